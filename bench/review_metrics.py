"""Child of bench/run.py: opens the workbench on a (copied) demo workspace under the benchmark's Xvfb and
measures annotate latency and the 10,000-annotation timeline paint. Seeks (until the target frame is on screen)
are bench/bench_seek.py's, peak memory and where it goes bench/bench_memory.py's. Prints one JSON object."""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import hooks as bench_hooks
from kijkwijzer.app import start


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    running = start([sys.argv[1]])
    if isinstance(running, int):
        raise SystemExit(running)
    window = running.window
    bench_hooks.wait_for_video(window, 5000)  # the demo recording playing: a real frame through VLC
    annotate = bench_hooks.annotate_latency(window, repeats=40)
    paint = bench_hooks.timeline_paint(None, repeats=100)
    result = {
        "annotate_ms_p95": round(p95(annotate), 1),
        "annotate_ms_median": round(statistics.median(annotate), 1),
        "timeline_paint_ms_p95": round(p95(paint), 2),
        "timeline_paint_ms_median": round(statistics.median(paint), 2),
    }
    window.close()
    running.ctx.store.dispose()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
