"""The top of the cycle view: the case (title, client's pseudonym, why this client, goal, profile), a new
conversation, the case's own dialogs, its series, and the next step to do with a button that goes there."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.services.cycle import CaseCycle

from . import step_words

# the case's own dialogs (the intake's), under the Casus button
CASE_ACTIONS = (("edit_case", QT_TRANSLATE_NOOP("CaseHeader", "Casus bewerken…")),
                ("case_events", QT_TRANSLATE_NOOP("CaseHeader", "Gebeurtenissen en uitkomst…")),
                ("edit_client", QT_TRANSLATE_NOOP("CaseHeader", "Cliënt bewerken…")))


class CaseHeader(QFrame):
    next_requested = Signal(int, str)  # conversation id, step key
    series_requested = Signal()
    case_action = Signal(str)  # new_conversation | edit_case | case_events | edit_client

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cycleCase")
        self.title = QLabel(self)
        self.title.setObjectName("cycleCaseTitle")
        self.title.setWordWrap(True)
        self.about = QLabel(self)
        self.about.setObjectName("cycleCaseAbout")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.series_button = QPushButton(self.tr("&Reeks"), self)
        self.series_button.setObjectName("cycleSeriesButton")
        self.series_button.setToolTip(self.tr("Reeks van deze casus: de lijn over de gesprekken heen (scores, "
                                              "woorden van de cliënt, aandachtspunten)"))
        self.series_button.clicked.connect(self.series_requested)
        self.new_conversation_button = QPushButton(self.tr("&Nieuw gesprek…"), self)
        self.new_conversation_button.setObjectName("cycleNewConversation")
        self.new_conversation_button.clicked.connect(lambda: self.case_action.emit("new_conversation"))
        self.case_button = QToolButton(self)
        self.case_button.setObjectName("cycleCaseMenu")
        self.case_button.setText(self.tr("Casus"))
        self.case_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.case_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.case_button)
        for name, text in CASE_ACTIONS:
            action = menu.addAction(QCoreApplication.translate("CaseHeader", text))
            action.setObjectName(f"cycle_{name}")
            action.triggered.connect(lambda _c=False, n=name: self.case_action.emit(n))
        self.case_button.setMenu(menu)
        self.next_line = QLabel(self)
        self.next_line.setObjectName("cycleNextLine")
        self.next_line.setWordWrap(True)
        self.next_button = QPushButton(self.tr("Ga naar de &volgende stap"), self)
        self.next_button.setObjectName("cycleNextButton")
        self.next_button.clicked.connect(self._go_next)
        self._next: tuple[int, str] | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_conversation_button)
        buttons.addWidget(self.case_button)
        buttons.addWidget(self.series_button)
        buttons.addStretch(1)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_button)
        next_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addLayout(buttons)
        layout.addWidget(self.next_line)
        layout.addLayout(next_row)

    def show_case(self, cycle: CaseCycle) -> None:
        case = cycle.case
        self.title.setText(self.tr("{title} · cliënt {pseudonym}").format(title=case.title,
                                                                          pseudonym=case.client_pseudonym))
        rows = [(self.tr("Waarom deze cliënt"), case.reason), (self.tr("Doel"), getattr(case, "goal", "")),
                (self.tr("Profiel"), getattr(case, "profile", ""))]
        self.about.setText("<br>".join(f"<b>{escape(name)}:</b> {escape(text)}" for name, text in rows if text))
        self.about.setVisible(any(text for _name, text in rows))
        self.series_button.setEnabled(bool(cycle.conversations))
        self._next = cycle.next_step
        if cycle.next_step is not None:
            conv_id, key = cycle.next_step
            sequence = next((c.conversation.sequence for c in cycle.conversations if c.conversation.id == conv_id), 0)
            self.next_line.setText(self.tr("Volgende stap: gesprek {n}, {todo}.").format(
                n=sequence, todo=step_words.todo(key)))
        elif cycle.conversations:
            self.next_line.setText(self.tr("Alle stappen van de gesprekken zijn gezet. Het volgende gesprek "
                                           "opnemen? Maak het aan bij de casus in de werkmap."))
        else:
            self.next_line.setText(self.tr("Deze casus heeft nog geen gesprek. Maak het eerste gesprek aan bij de "
                                           "casus in de werkmap (rechtsklik op de casus)."))
        self.next_button.setVisible(cycle.next_step is not None)

    def _go_next(self) -> None:
        if self._next is not None:
            self.next_requested.emit(*self._next)
