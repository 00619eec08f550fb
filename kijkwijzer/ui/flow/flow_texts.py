"""The Gespreksverloop's figures and moments as the user reads them, in the UI's language (context "FlowTexts")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kijkwijzer.analysis.speech import Speaker
from kijkwijzer.analysis.turn_moments import Moment
from kijkwijzer.analysis.turns import SpeakerFigures, TurnFigures
from kijkwijzer.domain.timecode import format_ms

from ..i18n import count_text, current_lang

translate = QCoreApplication.translate  # (pyside6-lupdate finds translate("Context", "text") calls)


def clock(ms: int) -> str:
    """03:10, or 1:03:10 past the hour."""
    text = format_ms(ms, millis=False)
    return text[3:] if text.startswith("00:") else text.lstrip("0")


def seconds(ms: int) -> str:
    """6,8 s in Dutch, 6.8 s in English; whole seconds from a minute on."""
    text = f"{ms / 1000:.0f}" if ms >= 60_000 else f"{ms / 1000:.1f}"
    return (text.replace(".", ",") if current_lang() == "nl" else text) + " s"


def percent(share: float) -> str:
    text = f"{100 * share:.0f} %"
    return text


def who(speaker: Speaker | None) -> str:
    """"de professional": as it stands inside a sentence."""
    return {"professional": translate("FlowTexts", "de professional"), "client": translate("FlowTexts", "de cliënt"), "other": translate("FlowTexts", "een ander"),
            None: translate("FlowTexts", "beiden")}[speaker]


def column_title(speaker: Speaker) -> str:
    return {"professional": translate("FlowTexts", "Professional"), "client": translate("FlowTexts", "Cliënt"), "other": translate("FlowTexts", "Ander")}[speaker]


def source_text(source: str) -> str:
    return {"transcript": translate("FlowTexts", "sprekers uit het transcript"), "channels": translate("FlowTexts", "sprekers uit de kanalen"),
            "voices": translate("FlowTexts", "sprekers uit de stemmen")}.get(source, source)


def moment_text(moment: Moment) -> str:
    """"monoloog van 95 s door de professional op 03:10": the panel's line and the annotation's observation."""
    if moment.kind == "monologue":
        text = translate("FlowTexts", "monoloog van {duration} door {who} op {at}")
    elif moment.kind == "silence":
        text = translate("FlowTexts", "stilte van {duration}, doorbroken door {who}, op {at}")
    else:
        text = count_text(moment.count, translate("FlowTexts", "1 onderbreking binnen {duration} op {at}"),
                          translate("FlowTexts", "{n} onderbrekingen binnen {duration} op {at}"))
        if moment.speaker is not None:
            text += " " + translate("FlowTexts", "(vooral door {who})")
    return text.format(duration=seconds(moment.duration_ms), who=who(moment.speaker), at=clock(moment.start_ms))


def figure_rows(f: TurnFigures) -> list[tuple[str, list[str], str]]:
    """(figure, a cell per speaker in f.speakers, the whole conversation) for the figures table."""
    s = f.speakers

    def cells(make) -> list[str]:
        return [make(x) for x in s]

    def longest(x: SpeakerFigures) -> str:
        return translate("FlowTexts", "{duration} op {at}").format(duration=seconds(x.longest_turn_ms), at=clock(x.longest_turn_start_ms))

    started = sum(x.overlaps_started for x in s)
    rows = [
        (translate("FlowTexts", "Spreektijd"), cells(lambda x: clock(x.speech_ms)), clock(f.speech_ms)),
        (translate("FlowTexts", "Aandeel in de spreektijd"), cells(lambda x: percent(x.share_of_speech)), "100 %"),
        (translate("FlowTexts", "Aandeel in de opname"), cells(lambda x: percent(x.share_of_recording)),
         percent(f.speech_ms / f.duration_ms) if f.duration_ms else "–"),
        (translate("FlowTexts", "Beurten"), cells(lambda x: str(x.turns)), str(f.turn_count)),
        (translate("FlowTexts", "Mediane beurt"), cells(lambda x: seconds(x.median_turn_ms)), seconds(f.median_turn_ms)),
        (translate("FlowTexts", "Langste beurt"), cells(longest),
         longest_turn_text(f)),
        (translate("FlowTexts", "Ingevallen (overlap begonnen)"), cells(lambda x: str(x.overlaps_started)),
         translate("FlowTexts", "{n}, samen {duration}").format(n=started, duration=seconds(f.overlap_ms))),
        (translate("FlowTexts", "Waarvan onderbrekingen"), cells(lambda x: str(x.interruptions)),
         str(sum(x.interruptions for x in s))),
        (translate("FlowTexts", "Stilte (3 s of meer) doorbroken"), cells(lambda x: str(x.silences_broken)),
         count_text(len(f.silences), translate("FlowTexts", "1 stilte"), translate("FlowTexts", "{n} stiltes"))),
    ]
    if f.has_transcript:
        rows.append((translate("FlowTexts", "Vragen (uit het transcript)"), cells(lambda x: str(x.questions)), str(len(f.questions))))
        rows.append((translate("FlowTexts", "Wachttijd na een vraag (mediaan)"),
                     cells(lambda x: seconds(x.median_wait_ms) if x.median_wait_ms is not None else "–"), ""))
    return rows


def longest_turn_text(f: TurnFigures) -> str:
    turn = f.longest_turn
    if turn is None:
        return "–"
    return translate("FlowTexts", "{duration} op {at}").format(duration=seconds(turn.duration_ms), at=clock(turn.start_ms))


def summary(f: TurnFigures) -> str:
    """One paragraph under the table: the longest monologue and where, silences, interruptions, questions."""
    parts = []
    if f.longest_monologue is not None:
        m = f.longest_monologue
        parts.append(translate("FlowTexts", "Langste monoloog: {duration} door {who} op {at}.").format(
            duration=seconds(m.duration_ms), who=who(m.speaker), at=clock(m.start_ms)))
    parts.append(count_text(len(f.silences), translate("FlowTexts", "1 stilte van 3 s of meer."), translate("FlowTexts", "{n} stiltes van 3 s of meer.")))
    if not f.has_transcript:
        parts.append(translate("FlowTexts", "De wachttijd na een vraag is er alleen met een transcript."))
    return " ".join(parts)
