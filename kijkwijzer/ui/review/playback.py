"""Playback control over the Player interface: the 30 fps playhead clock, shuttle rates and sound.

The playhead, marks and loop live in the ReviewModel (kijkwijzer/review/model.py); this class moves them with the
player and re-emits the model's changes as Qt signals. The player is polled from a QTimer on the Qt thread, so no
VLC callback ever touches a widget. VLC reports time in coarse steps while playing; between reports the playhead
is interpolated from the wall clock and the rate, and re-anchored whenever VLC reports a new time.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from kijkwijzer.media.player import Player
from kijkwijzer.review import keys
from kijkwijzer.review.model import ReviewModel

RATES = (0.25, 0.5, 1.0, 1.5, 2.0, 4.0)
TICK_MS = 33
log = logging.getLogger(__name__)


class Playback(QObject):
    position_changed = Signal(int)
    playing_changed = Signal(bool)
    rate_changed = Signal(float)
    marks_changed = Signal(object, object)  # in, out (ms or None)
    loop_changed = Signal(bool)
    volume_changed = Signal(int, bool)  # percent, muted
    ended = Signal()

    def __init__(self, player: Player, parent: QObject | None = None, model: ReviewModel | None = None) -> None:
        """`model`: the review's model (a playlist runner without a review view gets one of its own)."""
        super().__init__(parent)
        self.player = player
        self.model = model if model is not None else ReviewModel()
        self._rate = 1.0
        self._playing = False
        self._anchor_ms = 0  # last position reported by the player (or asked for by a seek)
        self._anchor_clock = time.monotonic()
        self._last_reported = -1
        self._seek_pending_until = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        events = self.model.events
        disconnect = [events.position.connect(self.position_changed.emit),
                      events.marks.connect(self.marks_changed.emit), events.loop.connect(self.loop_changed.emit)]
        self.destroyed.connect(lambda *_, d=disconnect: [undo() for undo in d])

    # --- state (the model's) -------------------------------------------------------------------------
    def set_media(self, duration_ms: int, fps: float) -> None:
        self.model.set_media(duration_ms, fps)
        self._anchor_ms = 0
        self._last_reported = -1
        self.timer.start()
        try:
            self.volume_changed.emit(int(self.player.volume()), bool(self.player.is_muted()))
        except Exception:
            log.info("volume unknown", exc_info=True)
        self.position_changed.emit(self.model.position)  # the new length shows beside it

    def stop(self) -> None:
        self.timer.stop()

    @property
    def position(self) -> int:
        return self.model.position

    @property
    def duration_ms(self) -> int:
        return self.model.duration_ms

    @property
    def frame_ms(self) -> int:
        return self.model.frame_ms

    @property
    def mark_in(self) -> int | None:
        return self.model.mark_in

    @property
    def mark_out(self) -> int | None:
        return self.model.mark_out

    @property
    def loop(self) -> bool:
        return self.model.loop

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def rate(self) -> float:
        return self._rate

    def tick(self) -> None:
        """Called ~30 times a second: read the player, interpolate, apply the loop, publish the playhead."""
        try:
            reported = int(self.player.position())
            playing = bool(self.player.is_playing())
        except Exception:  # noqa: BLE001 - a broken media handle must not stop the clock
            return
        now = time.monotonic()
        if now >= self._seek_pending_until and reported != self._last_reported and reported >= 0:
            self._last_reported = reported
            self._anchor_ms, self._anchor_clock = reported, now
        if playing != self._playing:
            self._playing = playing
            self._anchor_clock = now
            self.playing_changed.emit(playing)
        shown = self._anchor_ms
        if playing:
            shown = self._anchor_ms + int((now - self._anchor_clock) * 1000 * self._rate)
            shown = min(shown, self._anchor_ms + 1000)  # never run far ahead of the last report
        if self.model.duration_ms:
            shown = min(shown, self.model.duration_ms)
        restart = self.model.loop_restart(shown, playing)
        if restart is not None:
            self.seek(restart)
            return
        self.model.set_position(shown)

    # --- transport -----------------------------------------------------------------------------------
    def play(self) -> None:
        if self.model.at_end():
            self.seek(0)
        self.player.play()
        self._set_playing(True)

    def pause(self) -> None:
        self.player.pause()
        self._set_playing(False)

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def _set_playing(self, playing: bool) -> None:
        self._anchor_ms, self._anchor_clock = self.model.position, time.monotonic()
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(playing)

    def seek(self, ms: int) -> None:
        ms = self.model.clamp(ms)
        self.player.seek(ms)
        self._anchor_ms, self._anchor_clock = ms, time.monotonic()
        self._seek_pending_until = time.monotonic() + 0.25  # ignore stale reports from before the seek
        self._last_reported = -1
        self.model.set_position(ms)

    def skip(self, delta_ms: int) -> None:
        self.seek(self.model.position + delta_ms)

    def step_frame(self, direction: int) -> None:
        """One frame forwards or backwards; the player pauses first, as every editor does."""
        if self._playing:
            self._set_playing(False)
        try:
            self.player.step_frame(direction)
            target = int(self.player.position())
        except Exception:
            log.info("frame step done by seeking", exc_info=True)
            self.seek(self.model.position + direction * self.model.frame_ms)
            return
        self._anchor_ms, self._anchor_clock = target, time.monotonic()
        self._seek_pending_until = time.monotonic() + 0.25
        self._last_reported = -1
        self.model.set_position(target)

    def go_start(self) -> None:
        self.seek(0)

    def go_end(self) -> None:
        self.seek(self.model.end_target())

    # --- shuttle -----------------------------------------------------------------------------------
    def set_rate(self, rate: float) -> None:
        self._anchor_ms, self._anchor_clock = self.model.position, time.monotonic()
        self._rate = rate
        self.player.set_rate(rate)
        self.rate_changed.emit(rate)

    def shuttle_slower(self) -> None:
        """J: one rate step down; at the slowest rate jump back 5 s (VLC cannot play backwards)."""
        lower = [r for r in RATES if r < self._rate - 1e-6]
        if lower:
            self.set_rate(lower[-1])
        else:
            self.skip(-5000)
        if not self._playing:
            self.play()

    def shuttle_faster(self) -> None:
        """L: play; when already playing, one rate step up."""
        if not self._playing:
            if self._rate < 1.0:
                self.set_rate(1.0)
            self.play()
            return
        higher = [r for r in RATES if r > self._rate + 1e-6]
        if higher:
            self.set_rate(higher[0])

    def shuttle_stop(self) -> None:
        """K: pause and return to normal speed."""
        self.pause()
        if self._rate != 1.0:
            self.set_rate(1.0)

    # --- marks and loop (the model's rules) -------------------------------------------------------------
    def set_mark_in(self, ms: int | None = None) -> None:
        self.model.set_mark_in(ms)

    def set_mark_out(self, ms: int | None = None) -> None:
        self.model.set_mark_out(ms)

    def clear_marks(self) -> None:
        self.model.clear_marks()

    def set_loop(self, on: bool) -> None:
        target = keys.toggle_loop(self.model, on)
        if target is not None:
            self.seek(target)

    # --- sound -------------------------------------------------------------------------------------
    def set_volume(self, percent: int) -> None:
        percent = max(0, min(int(percent), 100))
        self.player.set_volume(percent)
        self.volume_changed.emit(percent, self.player.is_muted())

    def change_volume(self, delta: int) -> None:
        self.set_volume(self.player.volume() + delta)

    def set_mute(self, muted: bool) -> None:
        self.player.set_mute(bool(muted))
        self.volume_changed.emit(self.player.volume(), bool(muted))
