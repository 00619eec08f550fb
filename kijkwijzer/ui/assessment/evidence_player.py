"""Plays one annotated moment in place (step 3), from its start to its end, through the services.

Opening goes through `recordings.open_recording`, so consent is checked and the view is audited.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.media.player import Player
from kijkwijzer.services.context import Context
from kijkwijzer.services.evidence import EvidenceItem

from ..i18n import current_lang
from ..review.player_view import PlayerView
from .evidence_list import describe

log = logging.getLogger(__name__)
CONTEXT_MS = 2000  # a single moment plays with a little context around it


class EvidencePlayer(QWidget):
    message = Signal(str)

    def __init__(self, ctx: Context, player_factory: Callable[[], Player], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePlayer")
        self.ctx = ctx
        self._factory = player_factory
        self.player: Player | None = None
        self.end_ms = 0
        self.view = PlayerView(self)
        self.view.setMinimumHeight(180)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("■ Stop"), self)
        self.stop_button.clicked.connect(self.stop)
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._tick)
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.hide()

    def play(self, item: EvidenceItem) -> bool:
        from kijkwijzer.services import recordings

        try:
            rec = recordings.open_recording(self.ctx, item.recording_id)
        except KijkwijzerError as error:
            self.message.emit(error.message(current_lang()))
            return False
        if rec.text_only:  # a written account of the casebook: nothing to play
            self.message.emit(self.tr("Tekstverslag uit het casusboek: geen beeld of geluid"))
            return False
        if not rec.available:
            self.message.emit(self.tr("Het bestand van deze opname ontbreekt."))
            return False
        self.show()
        start = max(0, item.start_ms - (CONTEXT_MS if item.end_ms is None else 0))
        self.end_ms = item.end_ms if item.end_ms is not None else item.start_ms + CONTEXT_MS
        try:
            if self.player is None:
                self.player = self._factory()
            if rec.has_video:
                self.view.show_video()
                self.view.lend_surface(self.player)
            else:
                self.view.show_audio(rec.original_name, rec.duration_ms)
            self.player.load(rec.source or rec.path)
            self.view.fit_picture(self.player.picture_size())
            self.player.play()
            self.player.seek(start)
        except Exception as error:  # noqa: BLE001 - libvlc may fail in ways we cannot type
            log.warning("playing a fragment failed: %r", error)
            self.view.show_message(self.tr("Deze opname kan niet worden afgespeeld."))
            return False
        self.caption.setText(describe(item))
        self.timer.start()
        return True

    def _tick(self) -> None:
        if self.player is None:
            return
        position = self.player.position()
        self.view.set_position(position)
        if position >= self.end_ms:
            self.stop()

    def stop(self) -> None:
        self.timer.stop()
        if self.player is not None:
            self.player.pause()

    def close_media(self) -> None:
        self.timer.stop()
        if self.player is not None:
            self.player.close()
            self.player = None
