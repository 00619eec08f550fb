"""Benchmark (issue 16): how long a reviewer waits from a key press or a click until the picture at the target
is on screen, in the real window (main.py's start() under the benchmark's Xvfb, VLC drawing into the review's
video surface).

The recording is two hours of frame-coded video (bench/seek_workspace.py): every frame shows its own number in
grey bands. After the input the window's own playhead says where it went (target frame = position // 40 ms);
then the video surface is grabbed from the X server (a 5-pixel strip through its middle, ~1 ms) every few
milliseconds, with the event loop running in between, until the bands read the target frame. That is the
moment the user sees it; VLC's first time report (the old `seek_ms_median`) comes long before.

- short: N, then P, through annotations 1-9.5 s apart (paused, as a reviewer steps through them);
- long: a double-click on an annotation in the list, shuffled over the two hours (N/P between them too);
- frame_step: `.` and `,` (one frame forward, back).
Each group: median, p95, n, misses (target never shown within 5 s) and the load average when it finished.

    .venv/bin/python bench/bench_seek.py [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_MS = 200
TIMEOUT_S = 5.0
PASSPHRASE = "kijkwijzer-demo"  # generated, fictional data


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def summary(times: list[float | None]) -> dict:
    seen = [t for t in times if t is not None]
    result: dict = {"n": len(times), "misses": len(times) - len(seen), "target_ms": TARGET_MS,
                    "load_average": [round(x, 2) for x in os.getloadavg()]}
    if seen:
        result.update(median=round(statistics.median(seen), 1), p95=round(p95(seen), 1), max=round(max(seen), 1))
        result["met"] = result["p95"] < TARGET_MS and not result["misses"]
    return result


# --- the child: the real window ------------------------------------------------------------------------------
def child(workspace: str, near: list[int], far: list[int]) -> dict:
    from PIL import Image
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtGui import QGuiApplication, QImage
    from PySide6.QtTest import QTest

    from bench.seek_workspace import VIDEO_SIZE
    from kijkwijzer.app import start
    from kijkwijzer.media.framecode import read_frame

    extra = os.environ.get("KIJKWIJZER_BENCH_VLC_ARGS", "").split()
    if extra:  # a trial of VLC options (issue 16): e.g. --xlib, --avcodec-threads=1
        from kijkwijzer.media import vlc_early

        vlc_early.BASE_ARGS = (*vlc_early.BASE_ARGS, *extra)
    running = start([workspace, "--no-start-prompts"])
    if isinstance(running, int):
        raise SystemExit(running)
    window = running.window
    review = window.review
    surface = review.player_view.video  # kept at the picture's shape (player_view.PictureBox): VLC fills it

    def spin(ms: int = 2) -> None:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, ms)

    def on_screen() -> int | None:
        """The frame number the video surface shows on the X server now (the picture VLC drew edge to edge: a
        strip through its middle is grabbed)."""
        w, h = surface.width(), surface.height()
        grab = QGuiApplication.primaryScreen().grabWindow(int(surface.winId()), 0, h // 2 - 2, w, 5)
        image = grab.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        data = bytes(image.constBits())[: image.sizeInBytes()]
        picture = Image.frombuffer("L", (image.width(), image.height()), data, "raw", "L", image.bytesPerLine(), 1)
        return read_frame(picture)

    def wait_for(done, timeout_s: float) -> bool:
        deadline = time.perf_counter() + timeout_s
        while not done():
            if time.perf_counter() > deadline:
                return False
            spin(20)
        return True

    if not wait_for(lambda: review.recording is not None and review.timeline.canvas.tiles is not None, 180):
        raise SystemExit("the recording or its waveform did not open")
    if not wait_for(lambda: on_screen() == 0, 10):
        raise SystemExit(f"frame 0 is not on screen (read {on_screen()})")
    window.activateWindow()
    frame_ms = 1000 / 25

    def until_shown(action, expect_ms: int | None = None) -> float | None:
        """ms from the input to the target frame on screen; None if it never came (or the input went elsewhere)."""
        before = review.playback.position
        started = time.perf_counter()
        action()
        at = review.playback.position
        target = int(at // frame_ms)
        if at == before or (expect_ms is not None and at != expect_ms):
            print(f"miss: the input went to {at} ms, not {expect_ms} (was {before})", file=sys.stderr)
            return None
        while True:
            spin()
            shown = on_screen()
            elapsed = time.perf_counter() - started
            if shown == target:
                return elapsed * 1000
            if elapsed > TIMEOUT_S:
                print(f"miss: target frame {target}, on screen {shown}", file=sys.stderr)
                return None

    def key(code: Qt.Key) -> None:
        QTest.keyClick(window, code)

    def settle() -> None:  # a reviewer looks at the picture a moment before the next key
        end = time.perf_counter() + 0.3
        wait_for(lambda: time.perf_counter() > end, 1)

    result: dict = {"method": "key/double-click -> frame with the target's number grabbed from the X server",
                    "video": f"{VIDEO_SIZE[0]}x{VIDEO_SIZE[1]} (shown 3:1) H.264, 25 fps, key frame every 2 s, 2 h, sealed"}
    table = review.list.table

    def aim(start_ms: int):
        """Scroll the annotation's row into view (not timed) and return the double-click on it."""
        row = next(r for r in range(table.model().rowCount())
                   if review.list.view_at(table.model().index(r, 0)).start_ms == start_ms)
        index = table.model().index(row, 0)
        table.scrollTo(index)
        spin(20)
        at = table.visualRect(index).center()

        def double_click() -> None:  # press and release, then the second press (Qt's double-click) and release
            QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at)
            QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at)

        return double_click

    # short: from before the first near annotation, N through them, then P back
    review.playback.seek(near[0] - 2000)
    settle()
    short: list[float | None] = []
    route = [(Qt.Key.Key_N, ms) for ms in near] + [(Qt.Key.Key_P, ms) for ms in reversed(near[:-1])]
    for code, ms in route:
        short.append(until_shown(lambda c=code: key(c), ms))
        settle()
    result["short"] = summary(short)
    # frame steps, from where the short seeks left the playhead
    steps: list[float | None] = []
    for code in [Qt.Key.Key_Period] * 20 + [Qt.Key.Key_Comma] * 20:
        step = frame_ms if code == Qt.Key.Key_Period else -frame_ms
        frame = int(review.playback.position // frame_ms)
        steps.append(until_shown(lambda c=code: key(c), math.ceil(frame * frame_ms + step)))
        settle()
    result["frame_step"] = summary(steps)
    # long: double-clicks in the list over the two hours, then N / P among the far ones
    order = far[:]
    random.Random(5).shuffle(order)
    long: list[float | None] = []
    for start_ms in order:
        long.append(until_shown(aim(start_ms), start_ms))
        settle()
    result["long_list_click"] = summary(long)
    far_keys: list[float | None] = []
    aim(far[0])()
    settle()
    route = [(Qt.Key.Key_N, ms) for ms in far[1:11]] + [(Qt.Key.Key_P, ms) for ms in reversed(far[:10])]
    for code, ms in route:
        far_keys.append(until_shown(lambda c=code: key(c), ms))
        settle()
    result["long_n_p"] = summary(far_keys)
    window.close()
    running.ctx.store.dispose()
    return result


# --- the parent: video, workspace, display -------------------------------------------------------------------
def measure() -> dict:
    from bench.seek_workspace import build, coded_video
    from bench.xvfb import virtual_display

    os.environ.setdefault("KIJKWIJZER_PASSPHRASE", PASSPHRASE)
    os.environ.setdefault("KIJKWIJZER_NEW_PASSPHRASE", os.environ["KIJKWIJZER_PASSPHRASE"])
    video = coded_video()
    with tempfile.TemporaryDirectory(prefix="kw-bench-seek-") as tmp, virtual_display():
        made = build(Path(tmp) / "werkmap", video)
        marks = json.dumps({"near": made.near, "far": made.far})
        run = subprocess.run([sys.executable, __file__, "--child", str(made.root), marks], cwd=ROOT,
                             capture_output=True, text=True, timeout=900, check=False)
        if run.returncode != 0:
            raise SystemExit(f"bench_seek child failed ({run.returncode}):\n{run.stderr[-3000:]}")
        if run.stderr.strip():
            print(run.stderr.strip(), file=sys.stderr)
        return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("WORKSPACE", "MARKS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        marks = json.loads(args.child[1])
        print(json.dumps(child(args.child[0], marks["near"], marks["far"])))
        return
    result = measure()
    for name in ("short", "frame_step", "long_list_click", "long_n_p"):
        g = result[name]
        print(f"{name:<16} median {g.get('median')} ms  p95 {g.get('p95')} ms  (n {g['n']}, misses {g['misses']}, "
              f"load {g['load_average']})  target < {TARGET_MS}")
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
