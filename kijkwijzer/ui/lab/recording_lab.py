"""The professional's Leergroep tab beside the review: the fragments of the open recording that they shared,
each with the question, the group's tops and tips and, per feedback, "Maak aandachtspunt…" (or that it was
made). Follows the open recording (`set_recording`) and the chosen reviewer (`set_ctx`); live like the Leerlab.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import lab
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.topics import Area, Topic

from ..i18n import current_lang
from ..qt_events import EventBridge
from .feedback_cards import STYLE, FeedbackCard
from .leerlab_view import TOPICS as LAB_TOPICS
from .share_list import share_title
from .sharing import confirm_unshare
from .words import feedback_count_text, when_text

TOPICS = (*LAB_TOPICS, Area.AANDACHTSPUNT)


class ShareSection(QFrame):
    """One share of the recording with its thread."""

    moment_requested = Signal(int)  # ms in the recording
    unshare_requested = Signal(object)  # ShareView
    aandachtspunt_requested = Signal(object)  # FeedbackView

    def __init__(self, share, thread: list, content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareSection")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.share = share
        span = f"{format_ms(share.start_ms, millis=False)}–{format_ms(share.start_ms + share.duration_ms, millis=False)}"
        title = QLabel(f"<b>{escape(share_title(share))}</b> · {span}", self)
        title.setObjectName("shareSectionTitle")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        meta = QLabel(self.tr("Gedeeld met {group} op {day} · {feedback}").format(
            group=share.group_name, day=when_text(share.shared_on), feedback=feedback_count_text(len(thread))), self)
        meta.setWordWrap(True)
        meta.setStyleSheet("color: #4b5563;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(meta)
        if share.question:
            question = QLabel(self.tr("Jouw vraag: {question}").format(question=share.question), self)
            question.setWordWrap(True)
            question.setStyleSheet("font-style: italic;")
            layout.addWidget(question)
        row = QHBoxLayout()
        self.play = QPushButton(self.tr("▶ In de opname"), self)
        self.play.setToolTip(self.tr("Naar het begin van dit fragment in de opname"))
        self.play.clicked.connect(lambda: self.moment_requested.emit(share.start_ms))
        self.unshare = QPushButton(self.tr("Delen intrekken…"), self)
        self.unshare.setObjectName("sectionUnshare")
        self.unshare.clicked.connect(lambda: self.unshare_requested.emit(share))
        row.addWidget(self.play)
        row.addStretch(1)
        row.addWidget(self.unshare)
        layout.addLayout(row)
        self.cards: list[FeedbackCard] = []
        for view in thread:
            card = FeedbackCard(view, content, editable=False, to_aandachtspunt=True, parent=self)
            card.aandachtspunt_requested.connect(self.aandachtspunt_requested)
            layout.addWidget(card)
            self.cards.append(card)
        if not thread:
            empty = QLabel(self.tr("De groep heeft nog niet gereageerd."), self)
            empty.setStyleSheet("color: #6b7280;")
            layout.addWidget(empty)


class RecordingLabPanel(QWidget):
    message = Signal(str)
    moment_requested = Signal(int, int)  # recording id, ms

    def __init__(self, ctx: Context, recording_id: int | None = None, conversation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordingLabPanel")
        self.setStyleSheet(STYLE)
        self.ctx = ctx
        self.recording_id = recording_id
        self.conversation_id = conversation_id
        self.sections: list[ShareSection] = []
        self.dialog: QWidget | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("recordingLabHeading")
        self.heading.setWordWrap(True)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(6, 6, 6, 6)
        self.column.setSpacing(8)
        self.column.addWidget(self.heading)
        self.column.addStretch(1)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.refresh)
        self.bridge = EventBridge(ctx.bus, TOPICS, self)
        self.bridge.connect_to(self._on_event)
        self.refresh()

    def set_ctx(self, ctx: Context) -> None:
        self.ctx = ctx
        self.refresh()

    def set_recording(self, recording_id: int | None, conversation_id: int | None) -> None:
        self.recording_id, self.conversation_id = recording_id, conversation_id
        self.refresh()

    def _on_event(self, event: Event) -> None:
        if event.topic == Topic.RECORDING_ERASED and event.object_id == self.recording_id:
            self.recording_id = self.conversation_id = None
        self._soon.start()

    def refresh(self) -> None:
        self._soon.stop()
        for section in self.sections:
            self.column.removeWidget(section)
            section.hide()
            section.deleteLater()
        self.sections = []
        if self.recording_id is None:
            self.heading.setText(self.tr("Open een opname om te zien wat de leergroep van de gedeelde fragmenten "
                                         "vond."))
            return
        try:
            shares = lab.shares_of_recording(self.ctx, self.recording_id)
            threads = [lab.feedback_thread(self.ctx, share.id) for share in shares]
        except KijkwijzerError as error:
            self.heading.setText(error.message(current_lang()))
            return
        self.heading.setText(self.tr("Wat de leergroep van je gedeelde fragmenten vindt. Maak van een top of tip "
                                     "een aandachtspunt voor je reflectie.") if shares else
                             self.tr("Nog geen fragment van deze opname gedeeld. Kies bij Fragmenten een fragment en "
                                     "dan (rechtermuisknop) ‘Delen met leergroep…’."))
        for share, thread in zip(shares, threads, strict=True):
            section = ShareSection(share, thread, self.ctx.content, self)
            section.moment_requested.connect(lambda ms: self.moment_requested.emit(self.recording_id or 0, ms))
            section.unshare_requested.connect(self._unshare)
            section.aandachtspunt_requested.connect(self.make_aandachtspunt)
            self.column.insertWidget(self.column.count() - 1, section)
            self.sections.append(section)

    def feedback_cards(self) -> list[FeedbackCard]:
        return [card for section in self.sections for card in section.cards]

    # --- actions ------------------------------------------------------------------------------------------------
    def make_aandachtspunt(self, feedback) -> QWidget | None:
        """The dialog to turn `feedback` into an aandachtspunt (window-modal, not blocking)."""
        from .aandachtspunt_dialog import AandachtspuntDialog

        if self.conversation_id is None:
            return None
        dialog = AandachtspuntDialog(self.ctx, self.conversation_id, feedback, self.window())
        dialog.made.connect(lambda _point: (self.message.emit(self.tr("Aandachtspunt gemaakt.")), self.refresh()))
        dialog.finished.connect(lambda _r: (dialog.deleteLater(), setattr(self, "dialog", None)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _unshare(self, share) -> None:
        if not confirm_unshare(self, share):
            return
        try:
            lab.unshare(self.ctx, share.id)
        except KijkwijzerError as error:
            self.message.emit(error.message(current_lang()))
            return
        self.refresh()

    def close_panel(self) -> None:
        self._soon.stop()
        self.bridge.close()
