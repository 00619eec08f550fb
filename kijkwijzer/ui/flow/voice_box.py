""""Dit ben ik": the professional marks a stretch of the recording in which only they speak, and their voice is
enrolled for telling the voices apart in all their recordings; "Stem vergeten" forgets it again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import conversation_flow, speech
from kijkwijzer.services.context import Context

from ..i18n import current_lang
from ..workers import Workers
from .flow_host import FlowHost, no_marks_text
from .flow_texts import clock


class VoiceBox(QWidget):
    message = Signal(str)
    changed = Signal()  # enrolled or forgotten: the tracks made from the voices are made anew

    def __init__(self, ctx: Context, recording_id: int, host: FlowHost, workers: Workers,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowVoice")
        self.ctx = ctx
        self.recording_id = recording_id
        self.host = host
        self.workers = workers
        self.professional_id: int | None = None
        self.state = QLabel(self)
        self.state.setObjectName("flowVoiceState")
        self.enrol_button = QPushButton(self.tr("Dit ben &ik"), self)
        self.enrol_button.setObjectName("flowEnrol")
        self.enrol_button.setToolTip(self.tr("Markeer met I en O een stuk waarin alleen u spreekt: uw stem wordt "
                                             "vastgelegd om de stemmen in al uw opnamen uit elkaar te houden."))
        self.forget_button = QPushButton(self.tr("Stem &vergeten"), self)
        self.forget_button.setObjectName("flowForget")
        self.enrol_button.clicked.connect(self.enrol)
        self.forget_button.clicked.connect(self.forget)
        layout = QHBoxLayout(self)  # one row: the panel stays low enough for a 1280x720 screen
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state, 1)
        layout.addWidget(self.enrol_button)
        layout.addWidget(self.forget_button)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.professional_id = conversation_flow.professional_of(self.ctx, self.recording_id)
            enrolled = speech.voice_enrolled(self.ctx, self.professional_id)
        except KijkwijzerError as error:
            self.state.setText(error.message(current_lang()))
            self.enrol_button.setEnabled(False)
            self.forget_button.setEnabled(False)
            return
        self.state.setText(self.tr("Uw stem: vastgelegd") if enrolled else self.tr("Uw stem: nog niet vastgelegd"))
        self.state.setToolTip(self.tr("Met uw vastgelegde stem worden de stemmen in al uw opnamen uit elkaar "
                                      "gehouden; zonder is de professional de stem die het gesprek opent."))
        self.forget_button.setEnabled(enrolled)
        self.enrol_button.setEnabled(True)

    def enrol(self) -> None:
        span = self.host.marked(self.recording_id)
        if span is None or self.professional_id is None:
            self.message.emit(no_marks_text())
            return
        ctx, professional_id, recording_id = self.ctx, self.professional_id, self.recording_id
        start, end = span
        self.enrol_button.setEnabled(False)
        self.state.setText(self.tr("Uw stem: wordt vastgelegd…"))

        def done(_result: object) -> None:
            self.refresh()
            self.message.emit(self.tr("Uw stem is vastgelegd uit {start}–{end}. Analyseer opnieuw om haar te "
                                      "gebruiken.").format(start=clock(start), end=clock(end)))
            self.changed.emit()

        self.workers.run(lambda: speech.enrol_voice(ctx, professional_id, recording_id, start, end), done,
                         self._failed)

    def forget(self) -> None:
        if self.professional_id is None:
            return
        try:
            speech.forget_voice(self.ctx, self.professional_id)
        except KijkwijzerError as error:
            self._failed(error)
            return
        self.refresh()
        self.message.emit(self.tr("Uw stem is vergeten: de sleutel ervan is vernietigd."))
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        self.refresh()
        text = error.message(current_lang()) if isinstance(error, KijkwijzerError) else \
            self.tr("Vastleggen van de stem is mislukt.")
        self.message.emit(text)
