"""The reflection report's Gespreksverloop section (issue 13): the talk-and-listen figures of each recording of the
conversation whose speaker track was computed before, written out in Dutch. Nothing is computed for the report:
a recording without a track is named as not analysed."""

from __future__ import annotations

from dataclasses import replace

from kijkwijzer.analysis.speech import Speaker
from kijkwijzer.analysis.turn_moments import Moment
from kijkwijzer.analysis.turns import TurnFigures
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.formats.report_data import FlowBlock, ReflectionReport
from kijkwijzer.services import conversation_flow, recordings
from kijkwijzer.services.context import Context

WHO: dict[Speaker | None, str] = {"professional": "de professional", "client": "de cliënt", "other": "een ander",
                                  None: "beiden"}
COLUMN = {"professional": "Professional", "client": "Cliënt", "other": "Ander"}
SOURCE = {"transcript": "sprekers uit het transcript", "channels": "sprekers uit de kanalen",
          "voices": "sprekers uit de stemmen"}


def clock(ms: int) -> str:
    text = format_ms(ms, millis=False)
    return text[3:] if text.startswith("00:") else text.lstrip("0")


def seconds(ms: int) -> str:
    return (f"{ms / 1000:.0f}" if ms >= 60_000 else f"{ms / 1000:.1f}".replace(".", ",")) + " s"


def percent(share: float) -> str:
    return f"{100 * share:.0f} %"


def moment_text(m: Moment) -> str:
    if m.kind == "monologue":
        return f"monoloog van {seconds(m.duration_ms)} door {WHO[m.speaker]} op {clock(m.start_ms)}"
    if m.kind == "silence":
        return f"stilte van {seconds(m.duration_ms)}, doorbroken door {WHO[m.speaker]}, op {clock(m.start_ms)}"
    by = f" (vooral door {WHO[m.speaker]})" if m.speaker is not None else ""
    return f"{m.count} onderbrekingen binnen {seconds(m.duration_ms)} op {clock(m.start_ms)}{by}"


def block(label: str, f: TurnFigures) -> FlowBlock:
    s = f.speakers
    columns = (*(COLUMN[x.speaker] for x in s), "Samen")
    turn = f.longest_turn
    rows: list[tuple[str, tuple[str, ...]]] = [
        ("Spreektijd", (*(clock(x.speech_ms) for x in s), clock(f.speech_ms))),
        ("Aandeel in de spreektijd", (*(percent(x.share_of_speech) for x in s), "100 %")),
        ("Aandeel in de opname", (*(percent(x.share_of_recording) for x in s),
                                  percent(f.speech_ms / f.duration_ms) if f.duration_ms else "–")),
        ("Beurten", (*(str(x.turns) for x in s), str(f.turn_count))),
        ("Mediane beurt", (*(seconds(x.median_turn_ms) for x in s), seconds(f.median_turn_ms))),
        ("Langste beurt", (*(f"{seconds(x.longest_turn_ms)} op {clock(x.longest_turn_start_ms)}" for x in s),
                           f"{seconds(turn.duration_ms)} op {clock(turn.start_ms)}" if turn else "–")),
        ("Ingevallen (overlap begonnen)", (*(str(x.overlaps_started) for x in s),
                                           f"samen {seconds(f.overlap_ms)}")),
        ("Waarvan onderbrekingen", (*(str(x.interruptions) for x in s), str(sum(x.interruptions for x in s)))),
        ("Stilte (3 s of meer) doorbroken", (*(str(x.silences_broken) for x in s), str(len(f.silences)))),
    ]
    if f.has_transcript:
        rows.append(("Vragen (uit het transcript)", (*(str(x.questions) for x in s), str(len(f.questions)))))
        rows.append(("Wachttijd na een vraag (mediaan)",
                     (*(seconds(x.median_wait_ms) if x.median_wait_ms is not None else "–" for x in s), "")))
    notes = []
    if f.longest_monologue is not None:
        m = f.longest_monologue
        notes.append(f"Langste monoloog: {seconds(m.duration_ms)} door {WHO[m.speaker]} op {clock(m.start_ms)}.")
    if f.moments:
        notes.append("Momenten om te bekijken: " + "; ".join(moment_text(m) for m in f.moments) + ".")
    return FlowBlock(label, SOURCE.get(f.source, f.source), columns, tuple(rows), tuple(notes))


def with_flow(ctx: Context, conversation_id: int, report: ReflectionReport) -> ReflectionReport:
    """The report with the figures of every recording analysed before; `report.recordings` (pseudonymised, in
    recording order) names them."""
    blocks, missing = [], []
    rows = recordings.list_recordings(ctx, conversation_id)  # in id order, as report.recordings
    for index, row in enumerate(rows):
        label = report.recordings[index] if index < len(report.recordings) else f"opname {row.id}"
        try:
            flow = conversation_flow.cached(ctx, row.id)
        except KijkwijzerError:
            flow = None
        if flow is None:
            missing.append(label)
        else:
            blocks.append(block(label, flow.figures))
    return replace(report, flow=tuple(blocks), flow_missing=tuple(missing))
