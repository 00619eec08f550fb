"""Render the consent form and the client leaflet (blocks from consent_text.py) as A4 PDF or as HTML."""

from __future__ import annotations

import html
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .consent_text import Block, ConsentFormData, form_blocks, leaflet_blocks

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#2f5d8a")


def _styles(size: float) -> dict[str, ParagraphStyle]:
    """The form is dense (one A4 to sign); the leaflet is set larger, for reading."""
    grey = colors.HexColor("#52606d")
    return {
        "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=size * 1.5, leading=size * 1.9,
                                textColor=ACCENT, spaceAfter=3 * mm),
        "heading": ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=size * 1.15, leading=size * 1.45,
                                  textColor=ACCENT, spaceBefore=2.5 * mm, spaceAfter=1 * mm),
        "text": ParagraphStyle("text", fontName="Helvetica", fontSize=size, leading=size * 1.3, textColor=INK,
                               spaceAfter=1.5 * mm),
        "small": ParagraphStyle("small", fontName="Helvetica", fontSize=size * 0.85, leading=size * 1.1,
                                textColor=grey, spaceBefore=2 * mm),
    }


STYLES = _styles(10.5)
LEAFLET_STYLES = _styles(12.5)


class CheckBox(Flowable):
    """A square to tick: crossed when the client chose it, empty when not, empty too on a blank form."""

    def __init__(self, checked: bool | None, size: float = 4.6 * mm) -> None:
        super().__init__()
        self.checked, self.size = checked, size
        self.width = self.height = size

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1)
        canvas.rect(0, 0, self.size, self.size)
        if self.checked:
            inset = self.size * 0.2
            canvas.setLineWidth(1.6)
            canvas.line(inset, inset, self.size - inset, self.size - inset)
            canvas.line(inset, self.size - inset, self.size - inset, inset)


def _para(text: str, style: str, styles: dict[str, ParagraphStyle] = STYLES) -> Paragraph:
    return Paragraph(html.escape(text), styles[style])


def _check(block: Block) -> Table:
    cell: list[Flowable] = [_para(block.text, "text")]
    if block.items:
        cell += [_para(f"• {name}", "text") for name in block.items]
    elif block.names_to_write:
        cell.append(_para("..........................................................", "text"))
    table = Table([[CheckBox(block.checked), cell]], colWidths=[9 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (0, 0), 3.5)]))
    return table


def sign_rows(items: tuple[str, ...]) -> list[tuple[str, str, str, str]]:
    """Client left, professional right: (label, prefilled, label, prefilled); empty prefill is a line to write on.
    `items`: the professional's name, then the labels client, professional, signature, date (Block "sign")."""
    professional, client, pro_label, signature, day = items
    return [(client, "", pro_label, professional), (signature, "", signature, ""), (day, "", day, "")]


def _sign(block: Block) -> Flowable:
    rows = [[_para(a, "text"), _para(b, "text"), _para(c, "text"), _para(d, "text")]
            for a, b, c, d in sign_rows(block.items)]
    table = Table(rows, colWidths=[28 * mm, 50 * mm, 32 * mm, None], rowHeights=[10 * mm] * len(rows))
    lines = [("LINEBELOW", (col, row), (col, row), 0.6, INK) for row, r in enumerate(sign_rows(block.items))
             for col, value in ((1, r[1]), (3, r[3])) if not value]
    table.setStyle(TableStyle([*lines, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LEFTPADDING", (2, 0), (2, -1), 6 * mm),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return KeepTogether([Spacer(1, 1 * mm), table])


def _flowables(blocks: list[Block], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        if block.kind == "check":
            out.append(_check(block))
        elif block.kind == "sign":
            out.append(_sign(block))
        else:
            out.append(_para(block.text, block.kind, styles))
    return out


def write_pdf(data: ConsentFormData, target: Path, leaflet: bool = False) -> Path:
    blocks = leaflet_blocks(data) if leaflet else form_blocks(data)
    title = blocks[0].text
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm,
                            bottomMargin=12 * mm, title=title, author="Kijkwijzer", subject=title)
    doc.build(_flowables(blocks, LEAFLET_STYLES if leaflet else STYLES))
    return target


def write_html(data: ConsentFormData, target: Path, leaflet: bool = False) -> Path:
    blocks = leaflet_blocks(data) if leaflet else form_blocks(data)
    body = []
    for b in blocks:
        text = html.escape(b.text)
        if b.kind == "title":
            body.append(f"<h1>{text}</h1>")
        elif b.kind == "heading":
            body.append(f"<h2>{text}</h2>")
        elif b.kind == "check":
            mark = ' checked' if b.checked else ''
            extra = "".join(f"<li>{html.escape(n)}</li>" for n in b.items)
            body.append(f'<p class="check"><input type="checkbox" disabled{mark}> {text}</p>'
                        + (f"<ul>{extra}</ul>" if extra else ""))
        elif b.kind == "sign":
            body.append("<table class=\"sign\">" + "".join(
                f"<tr><td>{html.escape(a)}</td><td class=\"{'' if b_ else 'line'}\">{html.escape(b_)}</td>"
                f"<td>{html.escape(c)}</td><td class=\"{'' if d else 'line'}\">{html.escape(d)}</td></tr>"
                for a, b_, c, d in sign_rows(b.items)) + "</table>")
        else:
            body.append(f'<p class="{b.kind}">{text}</p>')
    style = ("body{font-family:sans-serif;max-width:42em;margin:2em auto;color:#1f2933;line-height:1.45}"
             "h1,h2{color:#2f5d8a}.small{font-size:.85em;color:#52606d}.sign td{height:2.4em;vertical-align:bottom}"
             ".sign td.line{border-bottom:1px solid #1f2933;width:30%}")
    target.write_text(f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>'
                      f"{html.escape(blocks[0].text)}</title><style>{style}</style></head><body>"
                      + "\n".join(body) + "</body></html>\n", encoding="utf-8")
    return target
