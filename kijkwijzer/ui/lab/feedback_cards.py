"""A shared fragment's feedback thread as cards, newest last: a top or a tip, its Kijkwijzer theme, who wrote it
and when, the text; on one's own card Bewerken and Verwijderen, and in the professional's Leergroep section a
"Maak aandachtspunt…" button (or what became of it). The cards only show and ask; the owner calls the services."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kijkwijzer.content import Content

from .words import KIND_COLORS, kind_label, theme_label, when_text

STYLE = """
QFrame#feedbackCard { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 5px; }
QFrame#feedbackCard[mine="true"] { background: #f3f8fd; border-color: #b9cfe6; }
QLabel#feedbackText { color: #1f2937; }
QLabel#feedbackDone { color: #1f7a4d; }
"""


class FeedbackCard(QFrame):
    edit_requested = Signal(object)  # FeedbackView
    delete_requested = Signal(object)
    aandachtspunt_requested = Signal(object)

    def __init__(self, view, content: Content, *, editable: bool, to_aandachtspunt: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackCard")
        self.setProperty("mine", bool(view.mine))
        self.view = view
        self.header = QLabel(self._header(view, content), self)
        self.header.setObjectName("feedbackHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel(view.text, self)
        self.text.setObjectName("feedbackText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        if to_aandachtspunt:
            if view.aandachtspunt_id is not None:
                done = QLabel(self.tr("✓ Aandachtspunt gemaakt"), self)
                done.setObjectName("feedbackDone")
                row.addWidget(done)
            else:
                self._button(row, "aandachtspunt", self.tr("Maak aandachtspunt…"), self.aandachtspunt_requested)
        if editable and view.mine:
            self._button(row, "edit", self.tr("Bewerken"), self.edit_requested)
            self._button(row, "delete", self.tr("Verwijderen"), self.delete_requested)
        if row.count() > 1:
            layout.addLayout(row)

    def _button(self, row: QHBoxLayout, name: str, text: str, signal) -> None:
        button = QPushButton(text, self)
        button.setObjectName(f"feedback_{name}")
        button.clicked.connect(lambda _checked=False: signal.emit(self.view))
        self.buttons[name] = button
        row.addWidget(button)

    def _header(self, view, content: Content) -> str:
        theme = theme_label(content, view.theme_id)
        who = self.tr("{name} (jij)").format(name=view.reviewer_name) if view.mine else view.reviewer_name
        self.plain = " · ".join(p for p in (kind_label(view.kind), theme, who) if p) + f": {view.text}"
        parts = [f"<b style='color:{KIND_COLORS.get(view.kind, '#374151')}'>{escape(kind_label(view.kind))}</b>"]
        if theme:
            parts.append(f"<b>{escape(theme)}</b>")
        parts.append(escape(who))
        parts.append(f"<span style='color:#6b7280'>{escape(when_text(view.created_at))}</span>")
        return " · ".join(parts)


class FeedbackCards(QScrollArea):
    """The thread, oldest first; says so when there is nothing yet."""

    edit_requested = Signal(object)
    delete_requested = Signal(object)
    aandachtspunt_requested = Signal(object)

    def __init__(self, content: Content, *, editable: bool = True, to_aandachtspunt: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackCards")
        self.content = content
        self.editable = editable
        self.to_aandachtspunt = to_aandachtspunt
        self.cards: list[FeedbackCard] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        inner.setObjectName("feedbackInner")
        inner.setStyleSheet(STYLE)
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(0, 0, 4, 0)
        self.column.setSpacing(6)
        self.empty = QLabel(inner)
        self.empty.setObjectName("feedbackEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #6b7280;")
        self.column.addWidget(self.empty)
        self.column.addStretch(1)
        self.setWidget(inner)
        self.set_items([], "")

    def set_items(self, items, empty_text: str) -> None:
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        self.empty.setText(empty_text)
        self.empty.setVisible(not items and bool(empty_text))
        for view in items:
            card = FeedbackCard(view, self.content, editable=self.editable, to_aandachtspunt=self.to_aandachtspunt,
                                parent=self.widget())
            card.edit_requested.connect(self.edit_requested)
            card.delete_requested.connect(self.delete_requested)
            card.aandachtspunt_requested.connect(self.aandachtspunt_requested)
            self.column.insertWidget(self.column.count() - 1, card)
            self.cards.append(card)

    def texts(self) -> list[str]:
        """What each card says, as one plain line: "Top · Raakmomenten · Joost Bakker: text"."""
        return [card.plain for card in self.cards]

    def scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda _lo, hi: bar.setValue(hi), Qt.ConnectionType.SingleShotConnection)
        bar.setValue(bar.maximum())
