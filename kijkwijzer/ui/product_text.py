"""The one mark for text the program wrote itself where it could be taken for the method's (seed) text: a small
caption "Tekst van het programma, niet uit de methode", the same words in a tooltip, or, inside a paragraph of
rich text, the tag "Programmatekst:" with those words as its tooltip. ("Kijkwijzer" would not do: the method's
own theme list in 004 is called the Kijkwijzer too.) docs/content.md lists every such text ("Product text shown
to users"). The printed consent form and leaflet carry a footer line instead (content/consent.toml,
`toestemming.producttekst`), since a client reads them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

OBJECT_NAME = "productTextMark"
STYLE = "color: #5f6b76; font-size: 11px;"  # discreet grey on the light window; a dark screen styles it itself
INLINE_STYLE = "color:#52606d; font-style:italic;"


def mark_text() -> str:
    """The caption's words, in the UI language."""
    return QCoreApplication.translate("ProductText", "Tekst van het programma, niet uit de methode")  # literal: lupdate


def product_tag() -> str:
    """The short tag in front of a line of the program's own inside rich text."""
    return QCoreApplication.translate("ProductText", "Programmatekst:")


def product_html(text: str) -> str:
    """A line of the program's own in rich text: escaped, tagged and muted (seed texts beside it stay plain)."""
    return f"<span style='{INLINE_STYLE}'><b>{escape(product_tag())}</b> {escape(text)}</span>"


def mark_product(label: QLabel, text: str) -> QLabel:
    """A label whose whole text is the program's own: tagged, muted, the mark as its tooltip."""
    label.setText(product_html(text))
    label.setToolTip(mark_text())
    label.setProperty("productText", True)
    return label


def product_text_mark(parent: QWidget, about: str = "", *, styled: bool = True) -> QLabel:
    """The small caption; `about` (optional) says in its tooltip which text it marks. `styled=False` leaves the
    colour to the screen's own style sheet (the dark client interview: `QLabel#productTextMark`)."""
    label = QLabel(mark_text(), parent)
    label.setObjectName(OBJECT_NAME)
    if styled:
        label.setStyleSheet(STYLE)
    label.setWordWrap(True)
    label.setToolTip(about or mark_text())
    return label


def mark_tooltip(widget: QWidget) -> None:
    """Add the mark to a widget's tooltip (below what it already says)."""
    current = widget.toolTip()
    widget.setToolTip(f"{current}\n{mark_text()}" if current else mark_text())
