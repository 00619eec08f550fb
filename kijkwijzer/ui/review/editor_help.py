"""The method's words beside the annotation editor's choices: under the themes the chosen themes' key
questions (and, folded open, why each matters), under the level its example from the cases, under the
waterline fields the seed's examples; the same texts, longer, in the tooltips.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from .. import theme_texts
from ..i18n import pick


def hint_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("editorHint")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#editorHint { color: #4b5563; font-size: 11px; }")
    return label


class ChosenThemesHelp(QWidget):
    """One line per chosen theme (title: key question); "Waarom belangrijk?" folds open the why texts."""

    def __init__(self, content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.theme_ids: tuple[str, ...] = ()
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("themeWhyToggle")
        self.toggle.setText(theme_texts.why_caption())
        self.toggle.setCheckable(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(self.tr("Toont waarom de gekozen thema's belangrijk zijn, met de illustratieve "
                                       "interacties uit Van Kijken naar Zien"))
        self.toggle.toggled.connect(self._folded)
        self.questions = hint_label(self)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.why = hint_label(self)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.why.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.questions)
        layout.addLayout(row)
        layout.addWidget(self.why)
        self.show_themes(())

    def _themes(self):
        return [self.content.theme(t) for t in self.theme_ids if self.content.has(t)]

    def show_themes(self, theme_ids: tuple[str, ...]) -> None:
        self.theme_ids = tuple(theme_ids)
        themes = self._themes()
        lines = []
        tips = []
        for theme in themes:
            question = escape(pick(theme.key_question, theme.key_question_en))
            if theme_texts.is_reconstructed(theme):
                question += f" <i>{escape(theme_texts.reconstructed_mark())}</i>"
                tips.append(theme_texts.reconstructed_tip())
            lines.append(f"<b>{escape(pick(theme.title, theme.title_en))}</b>: {question}")
        self.questions.setText("<br>".join(lines))
        self.questions.setToolTip("\n".join(tips))
        self.questions.setVisible(bool(themes))
        self.toggle.setVisible(bool(themes))
        self.why.setText("".join(
            f"<p style='margin:0 0 4px 0'><b>{escape(pick(t.title, t.title_en))}</b> — "
            f"{escape(theme_texts.why(t)).replace(chr(10), '<br>')}<br>{escape(theme_texts.cases_line(t))}"
            + (f" ({escape(theme_texts.cases_note(t))})" if t.cases_note else "") + "</p>"
            for t in themes))
        self.why.setVisible(bool(themes) and self.toggle.isChecked())

    def _folded(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.why.setVisible(open_ and bool(self.theme_ids))


class LevelHint(QLabel):
    """Under the level choice: the example of the chosen level, or where the levels come from."""

    def __init__(self, content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.setObjectName("editorHint")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#editorHint { color: #4b5563; font-size: 11px; }")
        bron = content.passage("niveau.bron") if content.has("niveau.bron") else None
        self.source = pick(bron.text, bron.text_en) if bron is not None else ""
        self.show_level(None)

    def show_level(self, level_id: str | None) -> None:
        level = self.content.level(level_id) if level_id and self.content.has(level_id) else None
        text = theme_texts.level_hint(level)
        if not text and self.source:
            text = self.tr("Uit de methode: {source}").format(source=self.source)
        self.setText(text)
        self.setToolTip(theme_texts.level_tooltip(level, self.source) if level is not None else self.source)


def waterline_help(content, field: QWidget, line_id: str, parent: QWidget | None) -> QLabel | None:
    """Put the waterline item's text and example on `field` as tooltip; with a `parent`, also return the
    one-line example hint to place under the field."""
    if not content.has(line_id):
        return None
    line = next(w for w in content.waterlines if w.id == line_id)
    field.setToolTip(theme_texts.waterline_tooltip(line))
    hint = theme_texts.waterline_hint(line)
    return hint_label(parent, hint) if hint and parent is not None else None
