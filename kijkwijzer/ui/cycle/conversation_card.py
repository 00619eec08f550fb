"""One conversation in the cycle view: its date, goal and who took part, and the eight steps of the cycle as
tiles (done or not, each one click to its place), with the import button of the conversation and a Meer menu
(edit the conversation; open, replace or remove one of its recordings)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.services.cycle import STEP_KEYS, ConversationCycle

from ..i18n import current_lang
from ..intake import labels
from . import step_words
from .step_tile import DONE, NEXT, TODO, WAITING, StepTile

RecordingNames = Callable[[int], list[tuple[int, str]]]
TILE_WIDTH = 180  # two lines hold the widest step line ("3 fragmenten, 1 afspeellijst")


def long_date(day: date) -> str:
    return QLocale(current_lang()).toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


class ConversationCard(QFrame):
    step_requested = Signal(int, str)  # conversation id, step key
    import_requested = Signal(int)  # conversation id
    checklist_requested = Signal(int)  # conversation id: the points of earlier conversations to check here
    edit_requested = Signal(int)  # conversation id
    recording_action = Signal(str, int)  # open | replace | remove, recording id

    def __init__(self, cycle: ConversationCycle, next_key: str | None, recordings: RecordingNames,
                 parent: QWidget | None = None) -> None:
        """`recordings(conversation_id)` gives (id, file name) of its recordings, for the Meer menu."""
        super().__init__(parent)
        self.recordings = recordings
        conv_id = cycle.conversation.id
        self.conversation_id = conv_id
        self.setObjectName(f"cycleConversation_{conv_id}")
        self.setProperty("cycleCard", True)
        self.heading = QLabel(self)
        self.heading.setObjectName("cycleConversationHeading")
        self.about = QLabel(self)
        self.about.setObjectName("cycleConversationAbout")
        self.about.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Opname importeren…"), self)
        self.import_button.setObjectName(f"cycleImport_{conv_id}")
        self.import_button.setToolTip(self.tr("Een opname van dit gesprek importeren (ook: bestanden hierheen slepen)"))
        self.import_button.clicked.connect(lambda: self.import_requested.emit(self.conversation_id))
        self.more_button = QToolButton(self)
        self.more_button.setObjectName(f"cycleMore_{conv_id}")
        self.more_button.setText(self.tr("Meer"))
        self.more_button.setToolTip(self.tr("Het gesprek bewerken; een opname openen, vervangen of verwijderen"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_menu.setObjectName(f"cycleMoreMenu_{conv_id}")
        self.more_menu.aboutToShow.connect(self.fill_more_menu)
        self.more_button.setMenu(self.more_menu)
        self.tiles = {key: StepTile(f"cycleStep_{conv_id}_{key}", self) for key in STEP_KEYS}
        for key, tile in self.tiles.items():
            tile.clicked.connect(lambda k=key: self.step_requested.emit(self.conversation_id, k))
        self.checklist_link = QLabel(self)  # a link, not a button: the line wraps in a narrow column
        self.checklist_link.setObjectName(f"cycleChecklist_{conv_id}")
        self.checklist_link.setWordWrap(True)
        self.checklist_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                                    | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.checklist_link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.checklist_link.linkActivated.connect(lambda _href: self.checklist_requested.emit(self.conversation_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self._columns = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addLayout(self.grid)
        layout.addWidget(self.checklist_link)
        layout.addLayout(buttons)
        self._reflow(4)
        self.show_cycle(cycle, next_key)

    def fill_more_menu(self) -> None:
        """Built when it opens: the recordings as they are now."""
        menu = self.more_menu
        menu.clear()
        edit = menu.addAction(self.tr("Gesprek bewerken…"))
        edit.setObjectName(f"cycle_edit_conversation_{self.conversation_id}")
        edit.triggered.connect(lambda: self.edit_requested.emit(self.conversation_id))
        for recording_id, name in self.recordings(self.conversation_id):
            menu.addSeparator()
            for action_name, text in (("open", self.tr("‘{name}’ openen")),
                                      ("replace", self.tr("‘{name}’ vervangen…")),
                                      ("remove", self.tr("‘{name}’ verwijderen…"))):
                action = menu.addAction(text.format(name=name))
                action.setObjectName(f"cycle_recording_{action_name}_{recording_id}")
                action.triggered.connect(
                    lambda _c=False, a=action_name, r=recording_id: self.recording_action.emit(a, r))

    def show_cycle(self, cycle: ConversationCycle, next_key: str | None) -> None:
        conv = cycle.conversation
        self.heading.setText(self.tr("Gesprek {n} · {date}").format(n=conv.sequence, date=long_date(conv.held_on)))
        about = []
        if conv.setting:
            about.append(self.tr("Waar: {setting}").format(setting=labels.setting_text(conv.setting)))
        if conv.goal:
            about.append(self.tr("Doel: {goal}").format(goal=conv.goal))
        roles = labels.participant_roles()
        present = [description or roles.get(role, role) for role, description in conv.participants]
        if present:
            about.append(self.tr("Aanwezig: {who}").format(who=", ".join(present)))
        if conv.interviewed_on is not None:  # its own date: it may come after a later conversation (004 case 2)
            about.append(self.tr("Cliëntinterview op {date}").format(date=long_date(conv.interviewed_on)))
        self.about.setText(" · ".join(about))
        self.about.setVisible(bool(about))
        for step in cycle.steps:
            tile = self.tiles.get(step.key)
            if tile is None:
                continue
            state = NEXT if step.key == next_key else DONE if step.done else TODO if step.available else WAITING
            tile.show_step(step_words.title(step.key), step_words.summary(cycle, step), state,
                           step_words.tooltip(step.key))
        line = step_words.checklist_line(cycle)
        self.checklist_link.setText(f'<a href="checklist">{escape(line)}</a>')
        self.checklist_link.setToolTip(self.tr("De checklist van dit gesprek: waren de aandachtspunten van eerder "
                                               "geprobeerd, en met welk effect?"))
        self.checklist_link.setVisible(bool(line))

    def fit(self, width: int) -> None:
        """Up to four tiles a row, as many as the width holds (the view says how wide it is); one a row with
        name and line side by side when the column is narrow."""
        columns = max(1, min(4, width // TILE_WIDTH))
        for tile in self.tiles.values():
            tile.set_inline(columns == 1)
        self._reflow(columns)

    def _reflow(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
        for index, key in enumerate(STEP_KEYS):
            self.grid.addWidget(self.tiles[key], index // columns, index % columns)
        for column in range(8):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
