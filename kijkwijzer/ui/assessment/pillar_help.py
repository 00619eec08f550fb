"""What a pillar means, straight from the content: its definition (000 ~445-494) and its sub-factors (000
chapter 4, content/pillar_factors.toml), folded away under a "Wat betekent begrijpen?" button.

Used by the wizard (steps 2 and 3) and beside the plan (plan_fields.py): `PillarHelp(content, pillar_id)`,
`set_pillar(pillar_id | None)`; `pillar_help_html(content, pillar_id)` is the same text for a tooltip.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from kijkwijzer.content import Content

from ..i18n import pick
from .rich import bullets


def pillar_word(content: Content, pillar_id: str) -> str:
    """The pillar's name as a word in a sentence ("begrijpen", "understanding")."""
    pillar = content.pillar(pillar_id)
    return pick(pillar.title, pillar.title_en).lower()


def pillar_help_html(content: Content, pillar_id: str) -> str:
    """The definition, then the numbered elements with their opening sentence; all seed text (Dutch)."""
    pillar = content.pillar(pillar_id)
    elements = QCoreApplication.translate("PillarHelp", "Belangrijke elementen van %1").replace(
        "%1", pillar_word(content, pillar_id))
    factors = [f"<b>{f.number}. {escape(f.title)}</b><br/>{escape(f.text)}"
               for f in sorted(content.factors_for(pillar_id), key=lambda f: f.number)]
    html = f"<p>{escape(pillar.definition)}</p>"
    if factors:
        html += f"<b>{escape(elements)}</b>" + bullets(factors)
    return html


class PillarHelp(QWidget):
    """A button that unfolds the pillar's definition and elements; nothing shown without a pillar."""

    def __init__(self, content: Content, pillar_id: str | None = None, parent: QWidget | None = None, *,
                 expanded: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("pillarHelp")
        self.content = content
        self.pillar_id: str | None = None
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("pillarHelpToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it, Space unfolds it
        self.body = QLabel(self)
        self.body.setObjectName("pillarHelpText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.body.setStyleSheet("QLabel#pillarHelpText { background: #f4f6f8; border-left: 3px solid #8fa3b8;"
                                " padding: 6px 8px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._unfold)
        self.toggle.setChecked(expanded)
        self.set_pillar(pillar_id)

    def set_pillar(self, pillar_id: str | None) -> None:
        if pillar_id is not None and not self.content.has(pillar_id):
            pillar_id = None
        self.pillar_id = pillar_id
        if pillar_id is None:
            self.hide()
            self.body.clear()
            return
        if self.isHidden() and self.parentWidget() is not None:
            self.show()
        question = self.tr("Wat betekent %1?").replace("%1", pillar_word(self.content, pillar_id))
        self.toggle.setText(question)
        self.toggle.setToolTip(self.tr("Definitie en elementen van deze pijler uit het onderzoek achter het "
                                       "assessment; klik of Spatie om ze te tonen of te verbergen"))
        self.body.setText(pillar_help_html(self.content, pillar_id))
        self._unfold(self.toggle.isChecked())

    def _unfold(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)

    def text(self) -> str:
        """The help as shown when unfolded (for a test or a screen reader's summary)."""
        return self.body.text()
