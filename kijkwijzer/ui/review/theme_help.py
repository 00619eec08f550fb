"""The theme help under the coding pad: 004's introduction to the theme table, then every theme with its key
question, "waarom belangrijk?" and illustrative cases; the theme under the mouse (or last pressed) is marked
and scrolled into view. Opened with the pad's "?" button or Shift+F1; the arrow keys scroll it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from .. import theme_texts
from ..i18n import pick

INTRO_ID = "themas.inleiding"


class ThemeHelp(QTextBrowser):
    """Read-only, keyboard scrollable; `show_theme` marks one theme and brings it to the top."""

    def __init__(self, content, key_of, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeHelp")
        self.content = content
        self.key_of = key_of  # theme id -> the user's key for it
        self.current: str | None = None
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Uitleg bij de thema's"))
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(lines * 6)
        self.setMaximumHeight(lines * 13)
        self.render()

    def intro(self) -> str:
        if not self.content.has(INTRO_ID):
            return ""
        passage = self.content.passage(INTRO_ID)
        return pick(passage.text, passage.text_en)

    def render(self) -> None:
        """All themes, the current one on a light background; keeps the scroll place unless a theme is chosen."""
        blocks = []
        intro = self.intro()
        if intro:
            caption = self.tr("Over de thema's (Van Kijken naar Zien)")
            blocks.append(f"<p style='margin:0 0 4px 0'><b>{escape(caption)}</b><br>{escape(intro)}</p>")
        for theme in self.content.themes:
            block = theme_texts.theme_block_html(theme, self.key_of(theme.id), anchor=theme.id)
            if theme.id == self.current:
                block = f"<table width='100%' cellpadding='4' bgcolor='#fff6d6'><tr><td>{block}</td></tr></table>"
            blocks.append(block)
        bar = self.verticalScrollBar()
        place = bar.value()
        self.setHtml("".join(blocks))
        bar.setValue(place)

    def show_theme(self, theme_id: str) -> None:
        if theme_id == self.current:
            return
        self.current = theme_id
        self.render()
        if self.isVisible():
            self.scrollToAnchor(theme_id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.current:
            self.scrollToAnchor(self.current)
