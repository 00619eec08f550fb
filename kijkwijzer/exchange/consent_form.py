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
STYLES = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=ACCENT,
                            spaceAfter=5 * mm),
    "heading": ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=12.5, leading=16, textColor=ACCENT,
                              spaceBefore=4 * mm, spaceAfter=1.5 * mm),
    "text": ParagraphStyle("text", fontName="Helvetica", fontSize=11, leading=15, textColor=INK, spaceAfter=2 * mm),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=12, textColor=colors.HexColor("#52606d"),
                            spaceBefore=2 * mm),
}


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


def _para(text: str, style: str) -> Paragraph:
    return Paragraph(html.escape(text), STYLES[style])


def _check(block: Block) -> Table:
    cell: list[Flowable] = [_para(block.text, "text")]
    if block.items:
        cell += [_para(f"• {name}", "text") for name in block.items]
    elif "genoemde mensen" in block.text:
        cell.append(_para("..........................................................", "text"))
    table = Table([[CheckBox(block.checked), cell]], colWidths=[9 * mm, None])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (0, 0), 2)]))
    return table


def _lines(block: Block) -> Flowable:
    rows = [[_para(label, "text"), ""] for label in block.items]
    table = Table(rows, colWidths=[62 * mm, None], rowHeights=[11 * mm] * len(rows))
    table.setStyle(TableStyle([("LINEBELOW", (1, 0), (1, -1), 0.6, INK), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 2 * mm), table])


def _flowables(blocks: list[Block]) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        if block.kind == "check":
            out += [_check(block), Spacer(1, 1.5 * mm)]
        elif block.kind == "lines":
            out.append(_lines(block))
        else:
            out.append(_para(block.text, block.kind))
    return out


def write_pdf(data: ConsentFormData, target: Path, leaflet: bool = False) -> Path:
    blocks = leaflet_blocks(data) if leaflet else form_blocks(data)
    title = blocks[0].text
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=16 * mm, title=title, author="Kijkwijzer", subject=title)
    doc.build(_flowables(blocks))
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
        elif b.kind == "lines":
            body.append("<table class=\"sign\">" + "".join(
                f"<tr><td>{html.escape(label)}</td><td class=\"line\"></td></tr>" for label in b.items) + "</table>")
        else:
            body.append(f'<p class="{b.kind}">{text}</p>')
    style = ("body{font-family:sans-serif;max-width:42em;margin:2em auto;color:#1f2933;line-height:1.45}"
             "h1,h2{color:#2f5d8a}.small{font-size:.85em;color:#52606d}.sign td{height:2.4em;vertical-align:bottom}"
             ".sign td.line{border-bottom:1px solid #1f2933;width:60%}")
    target.write_text(f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>'
                      f"{html.escape(blocks[0].text)}</title><style>{style}</style></head><body>"
                      + "\n".join(body) + "</body></html>\n", encoding="utf-8")
    return target
