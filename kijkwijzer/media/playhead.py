"""The playhead clock: smooth media time between a player's coarse time reports.

libvlc 3 reports the time every 250-500 ms, late. While running, the playhead moves on with a
monotonic clock times the rate from the last report, never backwards (a late report holds it still
instead) and never more than MAX_AHEAD_MS beyond a report. When stopped it is exactly where it was
put. Thread-safe: reports arrive on the player's thread, reads come from the UI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

MAX_AHEAD_MS = 1500
SEEK_GUARD_S = 0.5  # reports this soon after a jump may still describe the time before it
NEAR_MS = 300


class Playhead:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._anchor_ms = 0.0
        self._anchor_at = clock()
        self._shown = 0
        self._rate = 1.0
        self._running = False
        self._duration = 0
        self._guard_until = 0.0

    @property
    def running(self) -> bool:
        return self._running

    def _estimate(self, now: float) -> float:
        if not self._running:
            return self._anchor_ms
        ahead = min((now - self._anchor_at) * 1000.0 * self._rate, MAX_AHEAD_MS * self._rate)
        value = self._anchor_ms + ahead
        return min(value, self._duration) if self._duration else value

    def position(self) -> int:
        with self._lock:
            value = round(self._estimate(self._clock()))
            if self._running:
                value = max(value, self._shown)
            self._shown = value
            return value

    def jump(self, ms: int) -> None:
        """A seek: the playhead is at `ms` now, whatever reports still arrive for a moment."""
        with self._lock:
            now = self._clock()
            self._anchor_ms, self._anchor_at, self._shown = float(ms), now, int(ms)
            self._guard_until = now + SEEK_GUARD_S

    def start(self) -> None:
        with self._lock:
            self._running, self._anchor_at = True, self._clock()

    def stop(self) -> int:
        """Freeze where the playhead is now and return that time."""
        with self._lock:
            now = self._clock()
            self._anchor_ms = max(self._estimate(now), float(self._shown))
            self._running, self._anchor_at = False, now
            self._shown = round(self._anchor_ms)
            return self._shown

    def finish(self) -> None:
        """The end was reached: stopped at the duration."""
        with self._lock:
            self._running = False
            self._anchor_ms, self._shown = float(self._duration), self._duration

    def report(self, ms: int) -> None:
        """A time report from the player; re-anchors while running."""
        with self._lock:
            now = self._clock()
            if not self._running:
                return
            if now < self._guard_until and abs(ms - self._estimate(now)) >= NEAR_MS:
                return
            self._anchor_ms, self._anchor_at = float(ms), now

    def set_rate(self, rate: float) -> None:
        with self._lock:
            now = self._clock()
            self._anchor_ms, self._anchor_at = self._estimate(now), now
            self._rate = rate

    def set_duration(self, ms: int) -> None:
        with self._lock:
            self._duration = max(int(ms), 0)

    def reset(self, duration_ms: int = 0) -> None:
        with self._lock:
            self._anchor_ms, self._anchor_at, self._shown = 0.0, self._clock(), 0
            self._running, self._duration, self._guard_until = False, max(int(duration_ms), 0), 0.0
