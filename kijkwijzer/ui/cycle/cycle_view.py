"""'Waar sta ik': the home of one case. The case on top with its next step, then the conversations in order
with the dated events and outcomes between them; per conversation the steps of the cycle, done or not, each
one click away. Read through services.cycle.case_cycle; it follows every change on the event bus.

The view only says what the user asked for (`step_requested(conversation_id, key)`, `import_requested`,
`checklist_requested`, `series_requested`, `case_action`, `conversation_edit_requested`,
`recording_action`); the window's CycleNavigator opens the right place.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import cycle as cycle_service
from kijkwijzer.services import recordings
from kijkwijzer.services.context import Context
from kijkwijzer.services.cycle import CaseCycle
from kijkwijzer.services.events import Event
from kijkwijzer.services.topics import Area

from ..i18n import current_lang
from ..intake import labels
from ..qt_events import EventBridge
from ..service_calls import call_or_say
from .case_header import CaseHeader
from .conversation_card import ConversationCard, long_date

# every area whose changes change a step
TOPICS = (Area.CASE, Area.CONVERSATION, Area.RECORDING, Area.CONSENT, Area.ANNOTATION, Area.FRAGMENT, Area.PLAYLIST,
          Area.REFLECTION, Area.AANDACHTSPUNT, Area.FEEDBACK, Area.CLIENT_REACTION, Area.PEOPLE)
STYLE = """
QWidget#cycleBody { background: #eef1f4; }
QFrame#cycleCase { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 4px; }
QLabel#cycleCaseTitle { font-size: 16px; font-weight: 700; color: #1f2933; }
QLabel#cycleCaseAbout { color: #374151; }
QLabel#cycleNextLine { color: #1f2933; font-weight: 600; }
QFrame[cycleCard="true"] { background: #fafbfc; border: 1px solid #d5dbe1; border-radius: 4px; }
QLabel#cycleConversationHeading { font-size: 14px; font-weight: 700; color: #1f2933; }
QLabel#cycleConversationAbout { color: #4b5563; }
QLabel#cycleEvent { color: #374151; padding: 2px 12px; border-left: 3px solid #b8c2cc; margin-left: 14px; }
QFrame[cycleTile="true"] { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 4px; }
QFrame[cycleTile="true"][cycleState="done"] { background: #f1f4f7; }
QFrame[cycleTile="true"][cycleState="next"] { background: #e8f0f8; border: 2px solid #2f6fb0; }
QFrame[cycleTile="true"]:focus { border: 2px dashed #1f2933; }
QLabel#cycleTileHeading { font-weight: 600; color: #1f2933; }
QFrame[cycleTile="true"][cycleState="waiting"] QLabel#cycleTileHeading,
QFrame[cycleTile="true"][cycleState="waiting"] QLabel#cycleTileLine { color: #6b7280; }
QLabel#cycleTileLine { color: #4b5563; }
QLabel#cycleProblem { color: #b42318; }
"""


class CycleView(QWidget):
    step_requested = Signal(int, str)  # conversation id, step key
    import_requested = Signal(int)  # conversation id
    checklist_requested = Signal(int)  # conversation id
    series_requested = Signal(int)  # a conversation of the case (the series view is opened from one)
    case_action = Signal(str, int)  # new_conversation | edit_case | case_events | edit_client, case id
    conversation_edit_requested = Signal(int)  # conversation id
    recording_action = Signal(str, int)  # open | replace | remove, recording id
    message = Signal(str)

    def __init__(self, ctx: Context, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cycleView")
        self.setStyleSheet(STYLE)
        self.ctx = ctx
        self.case_id = case_id
        self.data: CaseCycle | None = None
        self.cards: dict[int, ConversationCard] = {}
        self._shape: tuple = ()
        self._pending = False
        # everything sits in one scroll area: the view never grows its dock, however many conversations
        page = QWidget(self)
        page.setObjectName("cycleBody")
        self.header = CaseHeader(page)
        self.header.next_requested.connect(self.step_requested)
        self.header.series_requested.connect(self._series)
        self.header.case_action.connect(lambda name: self.case_action.emit(name, self.case_id))
        self.problem = QLabel(page)
        self.problem.setObjectName("cycleProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.body = QWidget(page)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(8)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(6, 6, 6, 6)
        page_layout.setSpacing(8)
        page_layout.addWidget(self.header)
        page_layout.addWidget(self.problem)
        page_layout.addWidget(self.body, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("cycleScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the tiles reflow
        self.scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.scroll.viewport().installEventFilter(self)
        self.bridge = EventBridge(ctx.bus, TOPICS, self)
        self.bridge.connect_to(self._on_event)
        self.refresh()

    def _on_event(self, _event: Event) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(50, self, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        try:
            data = cycle_service.case_cycle(self.ctx, self.case_id)
        except KijkwijzerError as error:
            self.problem.setText(error.message(current_lang()))
            self.problem.show()
            self.header.hide()
            self.body.hide()
            return
        self.problem.hide()
        self.header.show()
        self.body.show()
        self.data = data
        self.header.show_case(data)
        next_conv, next_key = data.next_step if data.next_step is not None else (None, None)
        shape = (tuple(c.conversation.id for c in data.conversations), tuple((e.id, e.occurred_on, e.kind, e.text)
                                                                             for e in data.events))
        if shape == self._shape:  # the same conversations: update in place (the focus stays on its tile)
            for conv in data.conversations:
                self.cards[conv.conversation.id].show_cycle(conv, next_key if conv.conversation.id == next_conv
                                                            else None)
            return
        self._shape = shape
        self._rebuild(data, next_conv, next_key)

    def _rebuild(self, data: CaseCycle, next_conv: int | None, next_key: str | None) -> None:
        while self.body_layout.count():
            widget = self.body_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = {}
        events = list(data.events)
        for conv in data.conversations:
            while events and events[0].occurred_on < conv.conversation.held_on:
                self._add_event(events.pop(0))
            card = ConversationCard(conv, next_key if conv.conversation.id == next_conv else None,
                                    self._recording_names, self.body)
            card.step_requested.connect(self.step_requested)
            card.import_requested.connect(self.import_requested)
            card.checklist_requested.connect(self.checklist_requested)
            card.edit_requested.connect(self.conversation_edit_requested)
            card.recording_action.connect(self.recording_action)
            self.body_layout.addWidget(card)
            self.cards[conv.conversation.id] = card
        for event in events:
            self._add_event(event)
        self.body_layout.addStretch(1)
        self._fit()

    def _fit(self) -> None:
        width = self.scroll.viewport().width() - 40  # the page's and the card's margins
        for card in self.cards.values():
            card.fit(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()  # also when the scroll bar comes or goes
        return False

    def _add_event(self, event) -> None:
        kind = labels.event_kinds().get(event.kind, event.kind)
        line = QLabel(f"{escape(long_date(event.occurred_on))} · <i>{escape(kind)}</i> · {escape(event.text)}",
                      self.body)
        line.setObjectName("cycleEvent")
        line.setTextFormat(Qt.TextFormat.RichText)
        line.setWordWrap(True)
        self.body_layout.addWidget(line)

    def _recording_names(self, conversation_id: int) -> list[tuple[int, str]]:
        found = call_or_say(self.message.emit, recordings.list_recordings, self.ctx, conversation_id)
        return [(r.id, r.original_name) for r in found or []]

    def _series(self) -> None:
        if self.data is not None and self.data.conversations:
            self.series_requested.emit(self.data.conversations[0].conversation.id)

    def tile(self, conversation_id: int, key: str):
        """The step tile of a conversation (for the navigator and for tests)."""
        card = self.cards.get(conversation_id)
        return card.tiles.get(key) if card is not None else None
