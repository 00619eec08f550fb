"""Typography of the PDF documents: fonts with the whole Dutch (and client-name) character range,
paragraph styles, page furniture (running footer with "pagina X van Y") and a document template that
feeds the table of contents and the PDF outline from the headings.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#D5DBE1")
ACCENT = colors.HexColor("#2F5D8A")
QUOTE_BG = colors.HexColor("#F3F5F8")
REACTION_BG = colors.HexColor("#FFF7E6")
REACTION_RULE = colors.HexColor("#E0A526")
MARGIN = 2.0 * cm

# DejaVu Sans ships with the package (formats/fonts/, Bitstream Vera licence beside it): every PDF looks the same on
# every machine, with the whole Dutch and client-name character range (ë, ş, ł, ’ ...), whatever fonts are installed.
FONT_DIR = Path(__file__).resolve().parent / "fonts"
_FACES = {
    "": "DejaVuSans.ttf",
    "-Bold": "DejaVuSans-Bold.ttf",
    "-Oblique": "DejaVuSans-Oblique.ttf",
    "-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}


@cache
def font_family() -> str:
    """The shipped DejaVu Sans, registered once as the family "KW"."""
    for suffix, file in _FACES.items():
        pdfmetrics.registerFont(TTFont(f"KW{suffix}", str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(
        "KW", normal="KW", bold="KW-Bold", italic="KW-Oblique", boldItalic="KW-BoldOblique"
    )
    return "KW"


@cache
def styles() -> dict[str, ParagraphStyle]:
    f = font_family()
    base = ParagraphStyle(
        "body", fontName=f, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT, spaceAfter=4
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED),
        "label": ParagraphStyle(
            "label",
            parent=base,
            fontName=f"{f}-Bold",
            fontSize=7.5,
            leading=10,
            textColor=MUTED,
            spaceAfter=1,
            spaceBefore=3,
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=f"{f}-Bold",
            fontSize=26,
            leading=31,
            textColor=ACCENT,
            spaceAfter=6,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=12.5, leading=17, textColor=MUTED, spaceAfter=18
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=f"{f}-Bold",
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=10,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=f"{f}-Bold",
            fontSize=12.5,
            leading=16,
            spaceBefore=12,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "contents": ParagraphStyle(
            "contents",
            parent=base,
            fontName=f"{f}-Bold",
            fontSize=12.5,
            leading=16,
            spaceBefore=12,
            spaceAfter=6,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=f"{f}-Bold",
            fontSize=10,
            leading=13.5,
            spaceBefore=2,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "keyq": ParagraphStyle(
            "keyq", parent=base, fontName=f"{f}-Oblique", textColor=MUTED, spaceAfter=8, keepWithNext=1
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=base,
            fontName=f"{f}-Oblique",
            leftIndent=7,
            rightIndent=7,
            borderPadding=(4, 6, 4, 6),
            backColor=QUOTE_BG,
            spaceBefore=3,
            spaceAfter=6,
        ),
        "reaction": ParagraphStyle(
            "reaction",
            parent=base,
            leftIndent=7,
            rightIndent=7,
            borderPadding=(4, 6, 4, 6),
            backColor=REACTION_BG,
            spaceBefore=3,
            spaceAfter=6,
        ),
        "toc1": ParagraphStyle(
            "toc1", parent=base, fontName=f"{f}-Bold", fontSize=10, leading=15, leftIndent=0
        ),
        "toc2": ParagraphStyle("toc2", parent=base, fontSize=9.5, leading=13, leftIndent=14),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of user text: escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


class NumberedCanvas(rl_canvas.Canvas):
    """Draws the running footer once the page count is known ("pagina 3 van 12")."""

    footer_left = ""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _ = A4
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, 1.45 * cm, width - MARGIN, 1.45 * cm)
        self.setFont(font_family(), 7.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, 1.0 * cm, self.footer_left)
        self.drawRightString(width - MARGIN, 1.0 * cm, f"pagina {self._pageNumber} van {total}")
        self.restoreState()


def canvas_with_footer(text: str) -> type[NumberedCanvas]:
    return type("FooterCanvas", (NumberedCanvas,), {"footer_left": text})


class Document(BaseDocTemplate):
    """A4 with generous margins; headings h1/h2 become table-of-contents entries and PDF bookmarks."""

    def __init__(self, target, title: str, author: str = "Kijkwijzer") -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=1.8 * cm,
            bottomMargin=2.0 * cm,
            title=title,
            author=author,
            subject=title,
            creator="Kijkwijzer",
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._heading_no = 0
        self._outline_level = -1

    def afterFlowable(self, flowable) -> None:
        if not isinstance(flowable, Paragraph) or flowable.style.name not in ("h1", "h2"):
            return
        level = min(0 if flowable.style.name == "h1" else 1, self._outline_level + 1)
        self._outline_level = level
        text = flowable.getPlainText()
        self._heading_no += 1
        key = f"h{self._heading_no}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))

    def beforeDocument(self) -> None:
        self._heading_no = 0
        self._outline_level = -1
