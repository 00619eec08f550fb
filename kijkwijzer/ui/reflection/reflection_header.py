"""The line under a reflection's heading: which conversations it looks back on (004 case 2 reflects on
conversations 1 and 2 at once), which earlier reflection it follows, and the two buttons that change that:
"Gesprekken" (tick the further conversations of the case) and "Vervolgreflectie starten" (a new reflection that
follows this one, about a conversation the user picks).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from kijkwijzer.services import cases, reflection
from kijkwijzer.services.cases import ConversationView
from kijkwijzer.services.context import Context
from kijkwijzer.services.reflection import ReflectionConversationView

from ..service_calls import call_or_say


def _day(day: date) -> str:
    return day.strftime("%d-%m-%Y")


class ReflectionHeader(QWidget):
    message = Signal(str)
    follow_on_started = Signal(int, int)  # the new reflection's id, its conversation's id

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown: ReflectionConversationView | None = None
        self.about = QLabel(self)
        self.about.setObjectName("reflectionAbout")
        self.about.setStyleSheet("color: #374151;")
        self.about.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # clipped, not wrapped
        self.covers_button = QToolButton(self)
        self.covers_button.setObjectName("reflectionCovers")
        self.covers_button.setText(self.tr("Gesp&rekken"))
        self.covers_button.setToolTip(self.tr("Over welke gesprekken van de casus dit reflectiegesprek gaat (Alt+R); "
                                              "een reflectie kan terugkijken op meer gesprekken tegelijk"))
        self.covers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.covers_menu = QMenu(self.covers_button)
        self.covers_menu.setObjectName("reflectionCoversMenu")
        self.covers_menu.aboutToShow.connect(self.fill_covers_menu)
        self.covers_button.setMenu(self.covers_menu)
        self.follow_on_button = QToolButton(self)
        self.follow_on_button.setObjectName("reflectionFollowOn")
        self.follow_on_button.setText(self.tr("&Vervolgreflectie starten"))
        self.follow_on_button.setToolTip(self.tr("Een nieuw reflectiegesprek dat op dit gesprek volgt, over een later "
                                                 "gesprek van de casus (Alt+V)"))
        self.follow_on_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.follow_on_menu = QMenu(self.follow_on_button)
        self.follow_on_menu.setObjectName("reflectionFollowOnMenu")
        self.follow_on_menu.aboutToShow.connect(self.fill_follow_on_menu)
        self.follow_on_button.setMenu(self.follow_on_menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.about, 1)
        layout.addWidget(self.covers_button)
        layout.addWidget(self.follow_on_button)

    def show_reflection(self, shown: ReflectionConversationView) -> None:
        self.shown = shown
        covered = [self.tr("gesprek {n} ({date})").format(n=seq, date=_day(day))
                   for _cid, seq, day in shown.covered_sequences]
        if len(covered) > 1:
            text = self.tr("Over {first} en {last}").format(first=", ".join(covered[:-1]), last=covered[-1])
        else:
            text = self.tr("Over {conversation}").format(conversation=covered[0] if covered else "?")
        if shown.follows_held_on is not None:
            text += " · " + self.tr("vervolg op reflectie van {date}").format(date=_day(shown.follows_held_on))
        self.about.setText(text)
        self.about.setToolTip(text)

    def _case_conversations(self) -> list[ConversationView]:
        if self.shown is None:
            return []
        own = call_or_say(self.message.emit, cases.get_conversation, self.ctx, self.shown.conversation_id)
        if own is None:
            return []
        return call_or_say(self.message.emit, cases.list_conversations, self.ctx, own.case_id) or []

    def fill_covers_menu(self) -> None:
        """The case's conversations, ticked when the reflection looks back on them; its own stays ticked."""
        self.covers_menu.clear()
        if self.shown is None:
            return
        for conv in self._case_conversations():
            action = QAction(self.tr("Gesprek {n} van {date}").format(n=conv.sequence, date=_day(conv.held_on)),
                             self.covers_menu)
            action.setObjectName(f"reflectionCovers_{conv.id}")
            action.setCheckable(True)
            action.setChecked(conv.id in self.shown.conversation_ids)
            if conv.id == self.shown.conversation_id:
                action.setEnabled(False)  # the reflection's own conversation
            action.toggled.connect(lambda on, cid=conv.id: self.set_covered(cid, on))
            self.covers_menu.addAction(action)

    def set_covered(self, conversation_id: int, covered: bool) -> None:
        if self.shown is None:
            return
        further = [c for c in self.shown.covers if c != conversation_id] + ([conversation_id] if covered else [])
        changed = call_or_say(self.message.emit, reflection.set_coverage, self.ctx, self.shown.id, tuple(further))
        if changed is not None:
            self.show_reflection(changed)

    def fill_follow_on_menu(self) -> None:
        """Which conversation the follow-on reflection is about: the later ones first (usually the one after
        the conversations this reflection looked back on)."""
        self.follow_on_menu.clear()
        if self.shown is None:
            return
        for conv in sorted(self._case_conversations(), key=lambda c: -c.sequence):
            action = self.follow_on_menu.addAction(self.tr("Over gesprek {n} van {date}").format(
                n=conv.sequence, date=_day(conv.held_on)))
            action.setObjectName(f"reflectionFollowOn_{conv.id}")
            action.triggered.connect(lambda _c=False, cid=conv.id: self.start_follow_on(cid))

    def start_follow_on(self, conversation_id: int) -> None:
        if self.shown is None:
            return
        made = call_or_say(self.message.emit, reflection.start_reflection, self.ctx, conversation_id,
                           max(date.today(), self.shown.held_on), follows=self.shown.id)
        if made is not None:
            self.message.emit(self.tr("Vervolgreflectie gestart."))
            self.follow_on_started.emit(made.id, conversation_id)
