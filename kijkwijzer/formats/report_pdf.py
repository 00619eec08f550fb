"""The reflection report as a PDF (Dutch): a cover with case and goal, a table of contents, per theme the
fragments with timecode, still, observations, quote and the client's reaction, then what the client said
on the two feedback questions, the reflection, the SLIM analysis, the aandachtspunten and the plan actions.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable, ImageAndFlowables
from reportlab.platypus.tableofcontents import TableOfContents

from kijkwijzer.domain.numbering import label, lower
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import KijkwijzerError

from .report_data import Entry, ReflectionReport, StillImage, ThemeSection, dutch_date
from .report_style import RULE, Document, canvas_with_footer, para, styles

STILL_WIDTH = 6.0 * cm


def _span(entry: Entry) -> str:
    start = format_ms(entry.start_ms, millis=False)
    if entry.end_ms is None or entry.end_ms <= entry.start_ms:
        return start
    return f"{start} – {format_ms(entry.end_ms, millis=False)}"


def _facts(rows: list[tuple[str, str]]) -> Flowable:
    s = styles()
    data = [[Paragraph(escape(k), s["label"]), para(v)] for k, v in rows if v]
    if not data:  # e.g. a SLIM analysis with only a text: reportlab refuses a table without rows
        return Spacer(1, 0)
    table = Table(data, colWidths=[4.2 * cm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _cover(report: ReflectionReport) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [
        Spacer(1, 1.2 * cm),
        Paragraph("Reflectieverslag", s["title"]),
        Paragraph(
            escape(f"Gesprek van {dutch_date(report.held_on)} · gesprek {report.sequence} in deze casus"),
            s["subtitle"],
        ),
        _facts(
            [
                ("Cliënt (pseudoniem)", report.client),
                ("Casus", report.case_title),
                ("Waarom ingebracht", report.reason),
                ("Doel van het gesprek", report.goal),
                ("Setting", report.setting),
                ("Deelnemers", report.participants),
                ("Professional", report.professional),
                ("Opname", "\n".join(report.recordings)),
                ("Gemaakt op", dutch_date(report.generated_on)),
            ]
        ),
        Spacer(1, 0.5 * cm),
        para(
            "Vertrouwelijk. Dit verslag gaat over een cliënt die toestemming gaf voor analyse van dit gesprek. "
            "De cliënt staat er onder een pseudoniem in. Deel het alleen met wie bij de reflectie betrokken is.",
            "small",
        ),
    ]
    # A long contents list (many themes) gets a page of its own rather than spilling two lines over.
    out += [Spacer(1, 0.8 * cm)] if len(report.sections) <= 8 else [PageBreak()]
    out.append(Paragraph("Inhoud", s["contents"]))
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [s["toc1"], s["toc2"]]
    out += [toc, PageBreak()]
    return out


def _still(still: StillImage) -> Image | None:
    try:
        image = Image(io.BytesIO(still.read_bytes()))  # a sealed still is opened in memory only
    except (
        OSError,
        ValueError,
        TypeError,
        SyntaxError,
        KijkwijzerError,
    ):  # a damaged or missing still (or one whose key was destroyed) must not stop the report
        return None
    ratio = image.imageHeight / max(image.imageWidth, 1)
    image.drawWidth, image.drawHeight = STILL_WIDTH, STILL_WIDTH * ratio
    image.hAlign = "LEFT"
    return image


def _note_flowables(entry: Entry) -> list[Flowable]:
    out: list[Flowable] = []
    for note in entry.notes:
        meta = " · ".join(
            x
            for x in (
                note.reviewer,
                format_ms(note.start_ms, millis=False),
                note.level,
                ", ".join(note.pillars),
            )
            if x
        )
        out.append(Paragraph(escape(meta), styles()["label"]))
        if note.observation:
            out.append(para(note.observation))
        if note.quote:
            out.append(para(f"“{note.quote}”", "quote"))
        if note.below_waterline:
            out.append(para(f"Onder de waterlijn: {note.below_waterline}", "small"))
        if note.felt_unsaid:
            out.append(para(f"Gevoeld, niet gezegd: {note.felt_unsaid}", "small"))
    return out


def _after_flowables(entry: Entry) -> list[Flowable]:
    """The client's reaction and the reflection, below the still and the observations."""
    out: list[Flowable] = []
    if entry.reaction:
        r = entry.reaction
        parts = [
            ("De cliënt zegt", r.words),
            ("Gevoel", r.feeling),
            ("Aanvulling", r.addition),
            ("Vergelijking met de annotaties", r.comparison),
        ]
        html = "<br/>".join(f"<b>{k}:</b> {escape(v).replace(chr(10), '<br/>')}" for k, v in parts if v)
        out.append(KeepTogether([Spacer(1, 2), Paragraph(html, styles()["reaction"])]))
    if entry.reflection:
        out.append(para(f"In de reflectie: {entry.reflection}", "small"))
    if entry.tips:
        out.append(para(f"Tip: {entry.tips}", "small"))
    return out


def _title_adds(entry: Entry) -> bool:
    """A fragment made from an annotation is titled after its observation; do not print that twice."""
    title = entry.title.strip()
    return bool(title) and not any(n.observation.strip().startswith(title) for n in entry.notes)


def _needed(entry: Entry) -> float:
    """Room to ask for before an entry so its heading never stands alone at the foot of a page."""
    return STILL_WIDTH * 9 / 16 + 1.6 * cm if entry.still else 3 * cm


def _name(entry: Entry) -> str:
    """"Fragment 2", "Annotatie 4": as the review and the plan name it (domain/numbering.py)."""
    return entry.label or label("fragment" if entry.is_fragment else "annotation", entry.number)


def _entry(entry: Entry, first: bool = False) -> list[Flowable]:
    head = f"{_name(entry)} · {_span(entry)}" + (f" · {entry.title}" if _title_adds(entry) else "")
    heading = Paragraph(escape(head), styles()["h3"])
    body = _note_flowables(entry) or [para("(geen observatie genoteerd)", "small")]
    image = _still(entry.still) if entry.still else None
    if image is not None:
        content = [
            heading,
            ImageAndFlowables(
                image, body, imageSide="left", imageLeftPadding=0, imageRightPadding=12, imageBottomPadding=6
            ),
        ]
    else:
        content = [heading, *body]
    return [
        *([] if first else [CondPageBreak(_needed(entry))]),
        *content,
        *_after_flowables(entry),
        HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=4, spaceAfter=8),
    ]


def _theme(number: str, section: ThemeSection) -> list[Flowable]:
    s = styles()
    bar = Table([[""]], colWidths=[1.2 * cm], rowHeights=[0.12 * cm], hAlign="LEFT")
    bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(section.color or "#2F5D8A"))]))
    bar.keepWithNext = True
    first = _needed(section.entries[0]) if section.entries else 0
    out: list[Flowable] = [
        CondPageBreak(2.8 * cm + first),
        bar,
        Paragraph(escape(f"{number} {section.title}"), s["h2"]),
    ]
    if section.key_question:
        out.append(para(section.key_question, "keyq"))
    if section.reconstructed:
        out.append(para(section.reconstructed, "small"))
    if section.why:  # "waarom belangrijk?" and the cases of 004's theme table
        out.append(para(f"Waarom belangrijk? {section.why}", "small"))
    if section.cases:
        out.append(para(section.cases, "small"))
    for n, entry in enumerate(section.entries):
        out += _entry(entry, first=n == 0)
    if section.see_also:
        refs = "; ".join(f"{lower(_name(e))} op {_span(e)}" for e in section.see_also)
        out.append(para(f"Ook bij dit thema, eerder beschreven: {refs}.", "small"))
    return out


def _list_section(title: str, items: list[list[Flowable]], empty: str) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(5 * cm), Paragraph(escape(title), styles()["h1"])]
    if not items:
        return [*out, para(empty, "small")]
    for item in items:
        out += [KeepTogether(item), Spacer(1, 4)]
    return out


def _amount(n: int, one: str, many: str) -> str:
    return "" if n == 0 else f"{n} {one if n == 1 else many}"


def _numbered(report: ReflectionReport) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = [Paragraph("1 Fragmenten per thema", s["h1"])]
    entries = report.entries
    counts = [
        _amount(sum(e.is_fragment for e in entries), "fragment", "fragmenten"),
        _amount(
            sum(not e.is_fragment for e in entries),
            "annotatie buiten een fragment",
            "annotaties buiten een fragment",
        ),
    ]
    summary = " en ".join(c for c in counts if c) or "Nog geen fragmenten of annotaties"
    out.append(
        para(
            f"{summary}, geordend naar de thema's van de Kijkwijzer. Een fragment met meer thema's staat bij "
            "het eerste en wordt bij de andere genoemd.",
            "small",
        )
    )
    for i, section in enumerate(report.sections, start=1):
        out += _theme(f"1.{i}", section)
    scores = [
        [
            Paragraph(escape(sc.question), s["h3"]),
            para(sc.score_text + (f" — “{sc.words}”" if sc.words else "")),
        ]
        for sc in report.scores
    ]
    if report.interviewed_on is not None and scores:
        scores.insert(0, [para(f"Interview met de cliënt op {dutch_date(report.interviewed_on)}.", "small")])
    out += _list_section(
        "2 Wat de cliënt zegt over het gesprek",
        scores,
        "Er zijn (nog) geen scores van de cliënt op de twee feedbackvragen.",
    )
    out += _list_section(
        "3 Het reflectiegesprek",
        [[para(n)] for n in report.reflection_notes],
        "Er is (nog) geen reflectiegesprek vastgelegd.",
    )
    out += _list_section("4 SLIM-analyse", [_slim(b) for b in report.slim], "Er is (nog) geen SLIM-analyse.")
    out += _list_section(
        "5 Aandachtspunten", [_point(p) for p in report.aandachtspunten], "Er zijn (nog) geen aandachtspunten."
    )
    if report.leerpunten:  # lessons on their own, apart from the points to try
        out += [Paragraph("Leerpunten", s["h2"])]
        out += [KeepTogether(_leerpunt(p)) for p in report.leerpunten]
    out += _list_section(
        "6 Acties uit het verbeterplan",
        [_action(a) for a in report.actions],
        "Er zijn (nog) geen acties bij dit gesprek.",
    )
    out += _flow_section(report)
    return out


def _flow_section(report: ReflectionReport) -> list[Flowable]:
    """7 Gespreksverloop: who spoke how much, per recording analysed before (issue 13)."""
    s = styles()
    out: list[Flowable] = [CondPageBreak(6 * cm), Paragraph("7 Gespreksverloop", s["h1"])]
    if not report.flow:
        return [*out, para("Het gespreksverloop is (nog) niet berekend: open de opname en kies Gesprek > "
                           "Gespreksverloop > Analyseren.", "small")]
    out.append(para("Wie hoeveel spreekt, de beurten, stiltes en onderbrekingen: berekend op deze computer, bij het "
                    "thema Praat- en luisterbeurten. Een beurt eindigt bij een stilte van 3 s of als een ander "
                    "spreekt.", "small"))
    for block in report.flow:
        data = [[Paragraph(escape(c), s["label"]) for c in ("", *block.columns)]]
        data += [[Paragraph(escape(name), s["label"]), *(para(v) for v in values)] for name, values in block.rows]
        table = Table(data, colWidths=[5.2 * cm] + [None] * len(block.columns), hAlign="LEFT", repeatRows=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))
        out += [Paragraph(escape(f"{block.recording} · {block.source}"), s["h3"]), table, Spacer(1, 4)]
        out += [para(note, "small") for note in block.notes]
    if report.flow_missing:
        out.append(para("Nog niet berekend: " + "; ".join(report.flow_missing) + ".", "small"))
    return out


def _slim(block) -> list[Flowable]:
    rows = [
        *((("Benadering van", block.approach),) if block.approach else ()),
        ("Zelfbeeld cliënt", ", ".join(block.zelfbeeld)),
        ("Rol professional", ", ".join(block.rol)),
        ("Trajectlogica", ", ".join(block.logica)),
        *((title, values) for title, values in block.dimensions),
        ("Voorgesteld oordeel", block.suggested),
        ("Oordeel", block.verdict),
    ]
    out: list[Flowable] = [
        Paragraph(escape(" · ".join(x for x in (block.reviewer, block.phase) if x)), styles()["h3"]),
        _facts(rows),
    ]
    if block.analysis:
        out += [Spacer(1, 6), para(block.analysis)]
    if block.note:
        out.append(para(block.note, "small"))
    return out


def _point(point) -> list[Flowable]:
    meta = " · ".join(
        x
        for x in (
            point.theme,
            point.status,
            ", ".join(lower(f) for f in point.fragments),
        )
        if x
    )
    out: list[Flowable] = [Paragraph(escape(point.text), styles()["h3"]), para(meta, "small")]
    out += [para(f"Vervolg: {f}") for f in point.followups]
    if point.leerpunt:
        out.append(para(f"Leerpunt: {point.leerpunt}", "quote"))
    return out


def _leerpunt(point) -> list[Flowable]:
    meta = " · ".join(x for x in (point.theme, ", ".join(lower(f) for f in point.fragments)) if x)
    return [para(f"Leerpunt: {point.text}", "quote"), *([para(meta, "small")] if meta else [])]


def _action(action) -> list[Flowable]:
    meta = " · ".join(
        x
        for x in (
            action.pillar,
            f"wie: {action.who}" if action.who else "",
            f"wanneer: {action.due}" if action.due else "",
            action.status,
        )
        if x
    )
    out: list[Flowable] = [Paragraph(escape(action.text), styles()["h3"]), para(meta, "small")]
    if action.evidence:
        out.append(para("Onderbouwing: " + "; ".join(action.evidence), "small"))
    return out


def render_report(report: ReflectionReport) -> bytes:
    buffer = io.BytesIO()
    doc = Document(buffer, title=f"Reflectieverslag {report.client} {dutch_date(report.held_on)}")
    story = _cover(report) + _numbered(report)
    footer = f"Reflectieverslag · {report.client} · gesprek van {dutch_date(report.held_on)}"
    doc.multiBuild(story, canvasmaker=canvas_with_footer(footer))
    return buffer.getvalue()
