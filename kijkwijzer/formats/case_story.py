"""An anonymised case story in the shape of the 13 "interacties" of 004: the client, why the case was
brought in, per conversation the goal, what happened (fragments with quotes), what the client said
afterwards, the analysis (waterline, what was felt but not said, reflection, aandachtspunten) and SLIM.
As Markdown and as PDF. The text arrives already anonymised (roles instead of names).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

from kijkwijzer.domain.timecode import format_ms

from .report_data import Entry, ReflectionReport, dutch_date
from .report_style import Document, canvas_with_footer, styles


@dataclass(frozen=True)
class CaseStory:
    title: str
    profile: str
    reason: str
    client_label: str  # "de cliënt", or the pseudonym code when asked for
    recordings: int
    conversations: tuple[ReflectionReport, ...]
    goal: str = ""
    events: tuple[StoryEvent, ...] = ()  # dated events, notes (an unrecorded conversation) and the outcome


@dataclass(frozen=True)
class StoryEvent:
    occurred_on: date
    kind: str  # event | outcome | note
    text: str


_EVENT_WORDS = {"event": "Gebeurtenis", "outcome": "Afloop", "note": "Notitie"}


def _md_events(lines: list[str], story: CaseStory) -> None:
    """What happened around the conversations, by date, the outcome last (as 004's cases end)."""
    if not story.events:
        return
    lines += ["## Verloop en afloop", ""]
    ordered = sorted(story.events, key=lambda e: (e.kind == "outcome", e.occurred_on))
    for e in ordered:
        word = _EVENT_WORDS.get(e.kind, e.kind)
        lines += [f"- **{word}, {dutch_date(e.occurred_on)}.** {md(e.text)}", ""]


# ---- shared wording -----------------------------------------------------------------------------------


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _subtitle(story: CaseStory) -> str:
    words = ["één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]
    n = story.recordings
    amount = words[n - 1] if 0 < n <= len(words) else str(n)
    return f"({amount} video-opname{'' if n == 1 else 'n'})"


def _heading(report: ReflectionReport, number: int) -> str:
    return f"Gesprek {number} — {dutch_date(report.held_on)} ({report.setting})"


def _moment(entry: Entry) -> str:
    return format_ms(entry.start_ms, millis=False)


def _themes(report: ReflectionReport, entry: Entry) -> str:
    titles = [s.title for s in report.sections if s.theme_id in entry.theme_ids]
    return ", ".join(titles)


def _tellable(entry: Entry) -> bool:
    return entry.is_fragment or any(n.quote or n.below_waterline for n in entry.notes)


# ---- Markdown -----------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-]|\d+\.)", re.MULTILINE)


def md(text: str) -> str:
    """User text as literal Markdown: markup characters escaped, line breaks kept as hard breaks."""
    text = _MD_LINE_START.sub(
        lambda m: m.group(1) + "\\" + m.group(2), _MD_SPECIAL.sub(r"\\\1", text.strip())
    )
    return text.replace("\n", "  \n")


def _md_conversation(lines: list[str], report: ReflectionReport, number: int) -> None:
    lines += [f"## {md(_heading(report, number))}", ""]
    if report.goal:
        lines += [f"**Doel van het gesprek.** {md(report.goal)}", ""]
    entries = [e for e in report.entries if _tellable(e)]
    lines += ["### Wat er gebeurde", ""]
    if not entries:
        lines += ["_Er zijn (nog) geen fragmenten geselecteerd._", ""]
    for e in entries:
        themes = _themes(report, e)
        for i, note in enumerate(e.notes):
            head = f"**{_moment(e)}{' — ' + md(themes) if themes and i == 0 else ''}.** " if i == 0 else ""
            who = f" _({md(note.reviewer)})_" if note.reviewer else ""
            if note.observation:
                lines += [f"{head}{md(note.observation)}{who}", ""]
            elif head:
                lines += [head.strip(), ""]
            if note.quote:
                lines += [f"> “{md(note.quote)}”", ""]
    reactions = [(e, e.reaction) for e in report.entries if e.reaction]
    lines += ["### Wat de cliënt erover zegt", ""]
    if not reactions and not report.scores:
        lines += ["_Er is (nog) geen interview met de cliënt vastgelegd._", ""]
    elif report.interviewed_on is not None:
        lines += [f"_Interview met de cliënt op {dutch_date(report.interviewed_on)}._", ""]
    for e, r in reactions:
        parts = [
            f"Bij het fragment op {_moment(e)} zegt de cliënt: “{md(r.words)}”"
            if r.words
            else f"Bij het fragment op {_moment(e)}:"
        ]
        parts += [
            f"Gevoel: {md(r.feeling)}." if r.feeling else "",
            f"Aanvulling: “{md(r.addition)}”" if r.addition else "",
        ]
        lines += [" ".join(p for p in parts if p), ""]
    for s in report.scores:
        given = f"{s.score} {md(s.scale)}" if s.score is not None else "geen cijfer gegeven"
        lines += [
            f"**{md(s.question)}** {given}" + (f" — “{md(s.words)}”" if s.words else ""),
            "",
        ]
    lines += ["### Analyse", ""]
    analysis = _analysis_lines(report)
    lines += analysis or ["_Er is (nog) geen analyse vastgelegd._", ""]
    lines += ["### SLIM", ""]
    if not report.slim:
        lines += ["_Er is (nog) geen SLIM-analyse._", ""]
    for b in report.slim:
        if b.phase:
            lines += [f"_{md(b.phase)}_", ""]
        lines += [
            *([f"- Benadering van: {md(b.approach)}"] if b.approach else []),
            f"- Zelfbeeld van de cliënt: {md(', '.join(b.zelfbeeld) or '—')}",
            f"- Rol van de professional: {md(', '.join(b.rol) or '—')}",
            f"- Trajectlogica: {md(', '.join(b.logica) or '—')}",
            *(f"- {md(t)}: {md(v)}" for t, v in b.dimensions),
            f"- Oordeel: **{md(b.verdict or b.suggested or 'nog niet bepaald')}**",
            "",
        ]
        if b.analysis:
            lines += [md(b.analysis), ""]
        if b.note:
            lines += [f"_{md(b.note)}_", ""]


def _analysis_lines(report: ReflectionReport) -> list[str]:
    lines: list[str] = []
    for e in report.entries:
        for note in e.notes:
            if note.below_waterline:
                above = md(note.observation.strip()) if note.observation else "—"
                lines += [
                    (
                        f"- **{_moment(e)}** boven de waterlijn: {above}  \n  onder de waterlijn: "
                        f"{md(note.below_waterline.strip())}"
                    ),
                    "",
                ]
            if note.felt_unsaid:
                lines += [f"- Gevoeld maar niet gezegd ({_moment(e)}): “{md(note.felt_unsaid)}”", ""]
    for text in report.reflection_notes:
        lines += [f"- {md(text)}", ""]
    for p in report.aandachtspunten:
        extra = "".join(f" Vervolg: {md(f)}." for f in p.followups) + (
            f" Leerpunt: {md(p.leerpunt)}" if p.leerpunt else ""
        )
        lines += [f"- Aandachtspunt{' (' + md(p.theme) + ')' if p.theme else ''}: {md(p.text)}{extra}", ""]
    for p in report.leerpunten:  # lessons the professional takes on their own
        lines += [f"- Leerpunt{' (' + md(p.theme) + ')' if p.theme else ''}: {md(p.text)}", ""]
    return lines


def render_markdown(story: CaseStory) -> str:
    conversations = _count(len(story.conversations), "gesprek", "gesprekken")
    lines = [
        f"# Casus: {md(story.title)}",
        "",
        f"_{_subtitle(story)} · {conversations} · geanonimiseerd_",
        "",
        "## De cliënt",
        "",
        md(story.profile) or "_Geen profiel vastgelegd._",
        "",
        "## Waarom deze casus is ingebracht",
        "",
        md(story.reason) or "_Niet vastgelegd._",
        "",
    ]
    if story.goal:
        lines += ["## Doel", "", md(story.goal), ""]
    for number, report in enumerate(story.conversations, start=1):
        _md_conversation(lines, report, number)
    _md_events(lines, story)
    return "\n".join(lines).rstrip() + "\n"


# ---- PDF ------------------------------------------------------------------------------------------------


def _md_to_flowables(markdown: str) -> list[Flowable]:
    """The Markdown above, laid out with the report's typography (it only uses a small, known subset)."""
    out: list[Flowable] = []
    s = styles()
    for block in markdown.split("\n\n"):
        block = block.strip("\n")
        if not block:
            continue
        if block.startswith("# "):
            out.append(Paragraph(_inline(block[2:]), s["title"]))
        elif block.startswith("## "):
            out.append(Paragraph(_inline(block[3:]), s["h1"]))
        elif block.startswith("### "):
            out.append(Paragraph(_inline(block[4:]), s["h2"]))
        elif block.startswith("> "):
            out.append(Paragraph(_inline(block[2:]), s["quote"]))
        elif block.startswith("- "):
            out += [Paragraph("• " + _inline(item), s["body"]) for item in block[2:].split("\n- ")]
        else:
            out.append(Paragraph(_inline(block), s["body"]))
    return out


def _inline(text: str) -> str:
    """Markdown emphasis of our own making to reportlab markup; escaped user characters come out literal."""
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(match.group(1))
        return f"\ue000{len(held) - 1}\ue001"

    html = escape(re.sub(r"\\(.)", hold, text))
    html = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", html)
    html = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"<i>\1</i>", html)
    html = html.replace("  \n", "<br/>").replace("\n", "<br/>")
    return re.sub("\ue000(\\d+)\ue001", lambda m: escape(held[int(m.group(1))]), html)


def render_story_pdf(story: CaseStory) -> bytes:
    buffer = io.BytesIO()
    doc = Document(buffer, title=f"Casus: {story.title}")
    flowables = _md_to_flowables(render_markdown(story))
    flowables.insert(1, Spacer(1, 4))
    doc.multiBuild(
        flowables, canvasmaker=canvas_with_footer(f"Casusverhaal · {story.title[:80]} · geanonimiseerd")
    )
    return buffer.getvalue()
