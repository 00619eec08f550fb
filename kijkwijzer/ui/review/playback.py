"""Playback control over the Player interface: the 30 fps playhead clock, shuttle rates, marks and loop.

The player is polled from a QTimer on the Qt thread, so no VLC callback ever touches a widget.
VLC reports time in coarse steps while playing; between reports the playhead is interpolated from
the wall clock and the rate, and re-anchored whenever VLC reports a new time.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal

from kijkwijzer.media.player import Player

RATES = (0.25, 0.5, 1.0, 1.5, 2.0, 4.0)
TICK_MS = 33
DEFAULT_FRAME_MS = 40
log = logging.getLogger(__name__)


class Playback(QObject):
    position_changed = Signal(int)
    playing_changed = Signal(bool)
    rate_changed = Signal(float)
    marks_changed = Signal(object, object)  # in, out (ms or None)
    loop_changed = Signal(bool)
    volume_changed = Signal(int, bool)  # percent, muted
    ended = Signal()

    def __init__(self, player: Player, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.duration_ms = 0
        self.frame_ms = DEFAULT_FRAME_MS
        self.mark_in: int | None = None
        self.mark_out: int | None = None
        self.loop = False
        self._rate = 1.0
        self._playing = False
        self._anchor_ms = 0  # last position reported by the player (or asked for by a seek)
        self._anchor_clock = time.monotonic()
        self._last_reported = -1
        self._shown = 0
        self._seek_pending_until = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    # --- state -------------------------------------------------------------------------------------
    def set_media(self, duration_ms: int, fps: float) -> None:
        self.duration_ms = max(int(duration_ms), 0)
        self.frame_ms = round(1000 / fps) if fps and fps > 0 else DEFAULT_FRAME_MS
        self.mark_in = self.mark_out = None
        self._anchor_ms = self._shown = 0
        self._last_reported = -1
        self.timer.start()
        self.marks_changed.emit(None, None)
        try:
            self.volume_changed.emit(int(self.player.volume()), bool(self.player.is_muted()))
        except Exception:
            log.info("volume onbekend", exc_info=True)
        self.position_changed.emit(0)

    def stop(self) -> None:
        self.timer.stop()

    @property
    def position(self) -> int:
        return self._shown

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
        if self.duration_ms:
            shown = min(shown, self.duration_ms)
        looping = self.loop and playing and self.mark_in is not None and self.mark_out is not None
        if looping and shown >= self.mark_out:  # type: ignore[operator]
            self.seek(self.mark_in)  # type: ignore[arg-type]
            return
        if shown != self._shown:
            self._shown = shown
            self.position_changed.emit(shown)

    # --- transport -----------------------------------------------------------------------------------
    def play(self) -> None:
        if self.duration_ms and self._shown >= self.duration_ms - 50:
            self.seek(0)
        self.player.play()
        self._set_playing(True)

    def pause(self) -> None:
        self.player.pause()
        self._set_playing(False)

    def toggle(self) -> None:
        self.pause() if self._playing else self.play()

    def _set_playing(self, playing: bool) -> None:
        self._anchor_ms, self._anchor_clock = self._shown, time.monotonic()
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(playing)

    def seek(self, ms: int) -> None:
        upper = self.duration_ms if self.duration_ms else ms
        ms = int(max(0, min(ms, upper)))
        self.player.seek(ms)
        self._anchor_ms, self._anchor_clock = ms, time.monotonic()
        self._seek_pending_until = time.monotonic() + 0.25  # ignore stale reports from before the seek
        self._last_reported = -1
        self._shown = ms
        self.position_changed.emit(ms)

    def skip(self, delta_ms: int) -> None:
        self.seek(self._shown + delta_ms)

    def step_frame(self, direction: int) -> None:
        """One frame forwards or backwards; the player pauses first, as every editor does."""
        if self._playing:
            self._set_playing(False)
        try:
            self.player.step_frame(direction)
            target = int(self.player.position())
        except Exception:
            log.info("beeldstap via seek", exc_info=True)
            self.seek(self._shown + direction * self.frame_ms)
            return
        self._anchor_ms, self._anchor_clock = target, time.monotonic()
        self._seek_pending_until = time.monotonic() + 0.25
        self._last_reported = -1
        self._shown = target
        self.position_changed.emit(target)

    def go_start(self) -> None:
        self.seek(0)

    def go_end(self) -> None:
        self.seek(max(self.duration_ms - self.frame_ms, 0))

    # --- shuttle -----------------------------------------------------------------------------------
    def set_rate(self, rate: float) -> None:
        self._anchor_ms, self._anchor_clock = self._shown, time.monotonic()
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

    # --- marks and loop ------------------------------------------------------------------------------
    def set_mark_in(self, ms: int | None = None) -> None:
        self.mark_in = self._shown if ms is None else ms
        if self.mark_out is not None and self.mark_out <= self.mark_in:
            self.mark_out = None
        self.marks_changed.emit(self.mark_in, self.mark_out)

    def set_mark_out(self, ms: int | None = None) -> None:
        self.mark_out = self._shown if ms is None else ms
        if self.mark_in is not None and self.mark_in >= self.mark_out:
            self.mark_in = None
        self.marks_changed.emit(self.mark_in, self.mark_out)

    def clear_marks(self) -> None:
        self.mark_in = self.mark_out = None
        if self.loop:
            self.set_loop(False)
        self.marks_changed.emit(None, None)

    def set_loop(self, on: bool) -> None:
        self.loop = bool(on)
        self.loop_changed.emit(self.loop)
        if self.loop and self.mark_in is not None and not (self.mark_in <= self._shown < (self.mark_out or 1 << 62)):
            self.seek(self.mark_in)

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
