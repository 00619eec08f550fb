"""Child of bench/bench_scale.py: opens the workbench in this process on a (copied) big workspace under the
bench's Xvfb and measures what a user of a years-old workspace meets: the window and the Werkmap on screen, how
many Werkmap rows were read at start, opening a case in the Werkmap, opening a recording of ~200 annotations and
the one of 10,000, scrolling the Werkmap, and the event loop's longest stall meanwhile (a 5 ms timer's
largest gap). `KW_BENCH_T0` (the parent's time.time() just before it started this process) is the zero.
Prints one JSON object.

    python bench/scale_metrics.py WORKSPACE TYPICAL_RECORDING_ID BIGGEST_RECORDING_ID
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

T0 = float(os.environ.get("KW_BENCH_T0", time.time()))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kijkwijzer.launch import prepare

prepare(sys.argv[1:2])  # as the program starts (kijkwijzer/launch.py): the key unlocked beside the imports

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kijkwijzer.app import start
from kijkwijzer.ui.workspace_browser import KIND_ROLE


class FirstPaint(QObject):
    """time.time() of the first paint of the Werkmap's rows (its viewport) and of the main window."""

    def __init__(self) -> None:
        super().__init__()
        self.werkmap: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.werkmap is None and event.type() == QEvent.Type.Paint:
            parent = watched.parent()
            if parent is not None and parent.objectName() == "workspaceBrowser":
                self.werkmap = time.time()
        return False


class StallWatch(QObject):
    """A 5 ms timer on the event loop: the largest gap between two of its ticks is the longest the loop was
    busy with something else (the user's clicks and keys waited that long)."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0

    def begin(self) -> None:
        self.gaps = []
        self.clock.start()
        self.last = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.gaps.append(now - self.last)
        self.last = now

    def longest(self) -> float:
        return round(max(self.gaps, default=0.0), 1)


def spin(done, timeout_s: float = 30.0) -> bool:
    deadline = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


def settle(seconds: float) -> None:
    spin(lambda: False, seconds)


def open_recording(window, recording_id: int) -> float:
    """Ms from Enter on a recording in the Werkmap to its annotations listed and the timeline painted."""
    canvas = window.review.timeline.canvas
    browser = window.browser
    if not browser.reveal("recording", recording_id):
        raise SystemExit(f"recording {recording_id} not in the Werkmap")
    settle(0.1)
    browser.setFocus()
    paints = canvas.paint_count
    started = time.perf_counter()
    QTest.keyClick(browser, Qt.Key.Key_Return)
    spin(lambda: canvas.paint_count > paints and window.review.recording is not None
         and window.review.recording.id == recording_id, 30)
    return round((time.perf_counter() - started) * 1000, 1)


def open_case(browser) -> tuple[float, int]:
    """Ms from expanding a closed case in the middle of the Werkmap to its conversations painted; its rows."""
    cases = [it for it in browser._items() if it.data(0, KIND_ROLE) == "case" and not it.isExpanded()]
    if not cases:
        return 0.0, 0
    case = cases[len(cases) // 2]
    browser.scrollToItem(case)
    settle(0.1)
    painted = FirstPaint()
    browser.viewport().installEventFilter(painted)
    started = time.perf_counter()
    browser.expandItem(case)
    spin(lambda: painted.werkmap is not None, 10)
    elapsed = (time.perf_counter() - started) * 1000
    browser.viewport().removeEventFilter(painted)
    return round(elapsed, 1), case.childCount()


def scroll_werkmap(browser, steps: int = 60, open_cases: bool = False) -> list[float]:
    """Page-down through the Werkmap (`open_cases`: opening every case on the way, as a user browsing it reads
    each case's conversations and recordings): ms a step."""
    bar = browser.verticalScrollBar()
    bar.setValue(0)
    settle(0.1)
    times = []
    for _ in range(steps):
        started = time.perf_counter()
        for item in _visible_cases(browser) if open_cases else ():
            browser.expandItem(item)
        bar.setValue(bar.value() + bar.pageStep())
        browser.viewport().repaint()
        QCoreApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        if bar.value() >= bar.maximum():
            break
    return times


def _visible_cases(browser) -> list:
    found, item = [], browser.itemAt(0, 0)
    height = browser.viewport().height()
    while item is not None and browser.visualItemRect(item).top() < height:
        if item.data(0, KIND_ROLE) == "case" and not item.isExpanded():
            found.append(item)
        item = browser.itemBelow(item)
    return found


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))], 1) if ordered else 0.0


def main() -> None:
    workspace, typical, biggest = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    app = QApplication.instance() or QApplication([sys.argv[0]])
    painted = FirstPaint()
    app.installEventFilter(painted)
    running = start([workspace, "--no-start-prompts"])
    if isinstance(running, int):
        raise SystemExit(running)
    window, browser = running.window, running.window.browser
    built = time.time()
    shown = time.perf_counter()
    window.dock_actions[0].trigger()  # Ctrl+1: the Werkmap (a tab beside the annotation editor) comes to the front
    rows_at_start = {kind: 0 for kind in ("professional", "case", "conversation", "recording")}
    for item in browser._items():
        rows_at_start[str(item.data(0, KIND_ROLE))] += 1
    stalls = StallWatch()
    stalls.begin()
    spin(lambda: painted.werkmap is not None, 30)
    werkmap_shown_ms = round((time.perf_counter() - shown) * 1000, 1)
    app.removeEventFilter(painted)
    initial = window.review.recording
    spin(lambda: window.review.recording is not None, 60)  # the remembered (or first) recording, if deferred
    settle(0.5)
    stall_start = stalls.longest()
    result: dict[str, object] = {
        "window_built_ms": round((built - T0) * 1000, 1),
        "werkmap_painted_ms": round(((painted.werkmap or time.time()) - T0) * 1000, 1),
        "werkmap_shown_ms": werkmap_shown_ms,  # from Ctrl+1 to the Werkmap's rows painted
        "werkmap_rows_at_start": rows_at_start,
        "initial_recording_opened_before_window": initial is not None,
        "initial_recording_id": window.review.recording.id if window.review.recording else None,
        "stall_ms_start": stall_start,
    }
    stalls.begin()
    case_ms, case_rows = open_case(browser)
    result["open_case_ms"], result["open_case_rows"] = case_ms, case_rows
    typical_runs = []
    for target in (typical, typical + 1, typical + 2):  # a few recordings of ~200 annotations, each new
        typical_runs.append(open_recording(window, target))
        settle(0.3)
    result["open_recording_200_ms"] = round(statistics.median(typical_runs), 1)
    result["open_recording_200_ms_runs"] = typical_runs
    result["annotations_typical"] = len(window.review.annotations)
    result["stall_ms_open_recording_200"] = stalls.longest()
    stalls.begin()
    scroll = scroll_werkmap(browser)
    result["werkmap_scroll_step_ms_p95"] = p95(scroll)
    result["werkmap_scroll_step_ms_max"] = round(max(scroll, default=0.0), 1)
    result["werkmap_rows_after_scroll"] = len(browser._items())
    result["stall_ms_scroll"] = stalls.longest()
    stalls.begin()
    opening = scroll_werkmap(browser, steps=15, open_cases=True)
    result["werkmap_page_opening_cases_ms_p95"] = p95(opening)
    result["stall_ms_scroll_opening_cases"] = stalls.longest()
    stalls.begin()
    result["open_recording_10000_ms"] = open_recording(window, biggest)
    result["annotations_biggest"] = len(window.review.annotations)
    result["stall_ms_open_recording_10000"] = stalls.longest()
    settle(0.3)
    result["rows"] = {kind: sum(1 for it in browser._items() if it.data(0, KIND_ROLE) == kind)
                      for kind in rows_at_start}
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    window.close()
    running.ctx.store.dispose()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
