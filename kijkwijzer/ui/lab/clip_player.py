"""Plays one shared fragment's sealed clip (the MediaSource from `lab.clip_source`) with its own player: the
picture (review/player_view.PlayerView), play/pause, a position slider and the time. The clip is a file of its
own, so its time runs from 0 to the fragment's length; a group member never holds the whole recording."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.media.player import Player
from kijkwijzer.media.source import MediaSource

from ..review.player_view import PlayerView, has_native_windows

log = logging.getLogger(__name__)
TICK_MS = 100
PlayerFactory = Callable[[], Player]


def default_player() -> Player:
    """VLC, as the review plays (headless where Qt has no native windows: offscreen tests, CI)."""
    from kijkwijzer.media.player_factory import create_player

    return create_player(headless=not has_native_windows())


class _PlayerNews(QObject):
    """VLC reports the end of the clip on its own thread; this queued signal brings it to the Qt thread."""

    ended = Signal()


class ClipPlayer(QWidget):
    message = Signal(str)
    started = Signal()  # the clip began to play (the window pauses the review meanwhile)

    def __init__(self, player_factory: PlayerFactory | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clipPlayer")
        self._factory = player_factory or default_player
        self.player: Player | None = None
        self.duration_ms = 0
        self.loaded = False
        self._news = _PlayerNews(self)
        self._news.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self.view = PlayerView(self)
        self.view.setMinimumSize(240, 135)
        self.view.show_message(self.tr("Kies een fragment."))
        self.play_button = QPushButton(self.tr("▶ Afspelen"), self)
        self.play_button.setObjectName("clipPlay")
        self.play_button.setToolTip(self.tr("Afspelen of pauzeren (Spatie op de knop)"))
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("clipPosition")
        self.slider.setAccessibleName(self.tr("Positie in het fragment"))
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(5000)
        self.slider.valueChanged.connect(self._seek)  # the user's moves only: the clock's are blocked
        self.time = QLabel(self)
        self.time.setObjectName("clipTime")
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._enable(False)

    # --- loading ---------------------------------------------------------------------------------------------
    def load(self, source: MediaSource, duration_ms: int) -> bool:
        """The clip, paused at its start; False (and said on the picture) when it cannot be played."""
        self.stop()
        self.duration_ms = max(0, int(duration_ms))
        try:
            if self.player is None:
                self.player = self._factory()
                self.player.on_end_reached(self._news.ended.emit)
            self.view.show_video()
            self.view.lend_surface(self.player)
            self.player.load(source)
            self.view.fit_picture(self.player.picture_size())
        except Exception as error:  # noqa: BLE001 - libvlc and a damaged seal fail in ways we cannot type
            log.warning("loading a clip failed: %r", error)
            self.loaded = False
            self.view.show_message(self.tr("Dit fragment kan niet worden afgespeeld."))
            self._enable(False)
            return False
        self.loaded = True
        self.slider.setRange(0, self.duration_ms)
        self._show_position(0)
        self._enable(True)
        return True

    def clear(self, text: str) -> None:
        """Nothing of the last clip stays: the file is let go of (it may be erased next) and `text` shows."""
        self.stop()
        if self.player is not None and self.loaded:
            try:
                self.player.unload()
            except Exception:
                log.info("unloading the clip failed", exc_info=True)
        self.loaded = False
        self.duration_ms = 0
        self.view.clear(text)
        self._show_position(0)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.play_button.setEnabled(on)
        self.slider.setEnabled(on)
        self.play_button.setText(self.tr("▶ Afspelen"))

    # --- playing ---------------------------------------------------------------------------------------------
    def playing(self) -> bool:
        try:
            return self.player is not None and self.loaded and self.player.is_playing()
        except Exception:  # noqa: BLE001
            return False

    def toggle(self) -> None:
        if self.player is None or not self.loaded:
            return
        if self.playing():
            self.stop()
            return
        if self._position() >= self.duration_ms - TICK_MS:
            self.player.seek(0)
        self.player.play()
        self.play_button.setText(self.tr("❚❚ Pauze"))
        self.timer.start()
        self.started.emit()

    def stop(self) -> None:
        """Paused where it is."""
        self.timer.stop()
        if self.player is not None and self.loaded:
            try:
                self.player.pause()
            except Exception:
                log.info("pausing the clip failed", exc_info=True)
        self.play_button.setText(self.tr("▶ Afspelen"))

    def _seek(self, ms: int) -> None:
        if self.player is not None and self.loaded:
            self.player.seek(int(ms))
            self._show_position(int(ms))

    def _position(self) -> int:
        try:
            return int(self.player.position()) if self.player is not None and self.loaded else 0
        except Exception:  # noqa: BLE001
            return 0

    def _tick(self) -> None:
        position = self._position()
        self._show_position(position)
        if not self.playing():
            self.stop()

    def _ended(self) -> None:
        self.stop()
        self._show_position(self.duration_ms)

    def _show_position(self, ms: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(min(ms, self.duration_ms))
        self.slider.blockSignals(False)
        self.view.set_position(ms)
        self.time.setText(f"{format_ms(ms, millis=False)[3:]} / {format_ms(self.duration_ms, millis=False)[3:]}")

    # --- teardown --------------------------------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()  # a hidden panel does not play on
        super().hideEvent(event)

    def close_media(self) -> None:
        """Release the player (once); the widget can load again afterwards with a new one."""
        self.timer.stop()
        player, self.player, self.loaded = self.player, None, False
        if player is not None:
            try:
                player.close()
            except Exception:
                log.info("closing the clip player failed", exc_info=True)
