"""Measurements the bench/ scripts call (here, outside the product; tests/ui/review/test_bench_hooks.py keeps them honest): each returns milliseconds per repetition, measured the way a
user experiences it (through the key, the event loop and the player), never a shortcut around them.

Startup is measured by app.main itself: set KIJKWIJZER_BENCH_READY_FILE (and KIJKWIJZER_BENCH_EXIT=1)
and it writes the wall-clock time the review window was ready (its recording open), then the time the workbench was
first painted in its window (before the recording was opened).
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.ui.main_window import MainWindow
from kijkwijzer.ui.review.annotation_set import AnnotationSet
from kijkwijzer.ui.review.timeline import Timeline
from kijkwijzer.ui.review.timeline_model import Palette
from kijkwijzer.ui.review.waveform_tiles import WaveformTiles


def _spin_until(done: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    deadline = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


def annotate_latency(window: MainWindow, repeats: int = 20, theme_id: str | None = None) -> list[float]:
    """Key press on a theme key -> annotation committed (in the store, in the list) and painted."""
    review = window.review
    theme_id = theme_id or review.content.themes[0].id
    key = QKeySequence(review.theme_keys.key_of(theme_id))[0]
    canvas = review.timeline.canvas
    duration = max(review.playback.duration_ms, 1)
    times = []
    window.activateWindow()
    for i in range(repeats):
        review.playback.seek(int(duration * (i + 0.5) / (repeats + 1)))
        QCoreApplication.processEvents()
        count, paints = len(review.annotations), canvas.paint_count
        started = time.perf_counter()
        QTest.keyClick(window, key.key(), key.keyboardModifiers())
        _spin_until(lambda c=count, p=paints: len(review.annotations) > c and canvas.paint_count > p)
        times.append((time.perf_counter() - started) * 1000)
    return times


class _TimeReports:
    """Collects the player's own time reports (VLC's TimeChanged, on VLC's thread)."""

    def __init__(self, player) -> None:
        self.target: int | None = None
        self.tolerance = 100
        self.hit = threading.Event()
        player.on_time_changed(self._report)

    def _report(self, ms: int) -> None:
        target = self.target
        if target is not None and abs(ms - target) <= self.tolerance:
            self.hit.set()

    def expect(self, target: int, tolerance: int) -> None:
        self.hit.clear()
        self.tolerance = tolerance
        self.target = target


_reports: dict[int, _TimeReports] = {}


def seek_latency(window: MainWindow, repeats: int = 20, tolerance_ms: int = 100) -> list[float]:
    """Jump to an annotation while playing, until VLC itself reports a time at the annotation (its
    TimeChanged event; VLC reports nothing while paused, so the recording plays during this)."""
    review = window.review
    player = review.player
    reports = _reports.setdefault(id(player), _TimeReports(player))
    duration = max(review.playback.duration_ms, 1)
    targets = [v.start_ms for v in review.annotations.views() if v.start_ms < duration - 3000]
    targets = targets or [int(duration * f) for f in (0.2, 0.4, 0.6, 0.8)]
    rng = random.Random(3)
    review.playback.play()
    _spin_until(lambda: review.playback.playing, 2.0)
    times = []
    for _ in range(repeats):
        target = rng.choice(targets)
        reports.expect(target, tolerance_ms)
        started = time.perf_counter()
        review.playback.seek(target)
        _spin_until(reports.hit.is_set, 5.0)
        times.append((time.perf_counter() - started) * 1000)
        reports.target = None
        _spin_until(lambda: False, 0.3)  # let it play a moment, as a reviewer would
    review.playback.pause()
    return times


def timeline_paint(window: MainWindow | None = None, repeats: int = 100) -> list[float]:
    """Full uncached paints of the open review's timeline (or of a synthetic one, see below)."""
    if window is not None:
        return window.review.timeline.canvas.measure_paint(repeats)
    timeline = synthetic_timeline()
    try:
        return timeline.canvas.measure_paint(repeats)
    finally:
        timeline.deleteLater()


def synthetic_timeline(n: int = 10_000, duration_ms: int = 2 * 3600 * 1000, reviewers: int = 3,
                       width: int = 1400, seed: int = 7) -> Timeline:
    """A timeline of `n` annotations (30% spans) on a recording of `duration_ms`, with a waveform."""
    rng = random.Random(seed)
    colors = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933"]
    themes = {f"thema.{i}": c for i, c in enumerate(colors)}
    views = []
    for i in range(1, n + 1):
        reviewer = rng.randrange(1, reviewers + 1)
        start = rng.randrange(0, duration_ms)
        end = start + rng.randrange(1000, 60_000) if rng.random() < 0.3 else None
        views.append(AnnotationView(i, 1, reviewer, f"Kijker {reviewer}", "coach", start, end,
                                    themes=(rng.choice(list(themes)),)))
    annotations = AnnotationSet()
    annotations.load(1, views)
    timeline = Timeline(annotations, Palette(themes))
    annotations.setParent(timeline)
    timeline.resize(width, 200)
    timeline.canvas.resize(width, 200)
    timeline.canvas.set_duration(duration_ms)
    timeline.canvas.set_waveform(WaveformTiles([rng.random() for _ in range(duration_ms // 50)], 50))
    timeline.canvas.set_position(duration_ms // 3)
    timeline.canvas.measure_paint(1)  # fill the waveform tiles of this zoom level once, as a real view does
    return timeline


def playhead_paint(window: MainWindow, repeats: int = 100) -> list[float]:
    """What a playhead move costs while playing: a real paint event against the cached layer."""
    canvas = window.review.timeline.canvas
    times = []
    for i in range(repeats):
        canvas.set_position(canvas.position_ms + 40 * (1 if i % 2 else -1))
        started = time.perf_counter()
        canvas.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return times


def wait_for_video(window: MainWindow, play_ms: int = 3000) -> None:
    """Play a little so a real frame is on screen, then pause (screenshots, peak memory)."""
    review = window.review
    review.playback.play()
    end = time.perf_counter() + play_ms / 1000
    _spin_until(lambda: time.perf_counter() > end, play_ms / 1000 + 1)
    review.playback.pause()
    QCoreApplication.processEvents()
