"""Benchmark (issue 16): the workbench's peak resident memory in the real window, and where it goes.

- demo_playing: the demo workspace (a copy), its recording playing for 5 s (target < 200 MiB);
- two_hours_10k: a two-hour recording with 10,000 annotations open (bench/seek_workspace.py), its waveform
  loaded, playing for 5 s (target < 250 MiB).
Each opened twice: the first opening computes the waveform in the window's process (and caches it), the second
reads it, as every later review of the recording does; the second is held against the target, the first is
reported with it. Each in a fresh process (main.py's start() under the benchmark's Xvfb); peak = VmHWM, with the breakdown of
bench/memory_breakdown.py taken while playing and the load average at the time. The demo is measured once more
with VLC's `--xlib` (its Xlib/OpenGL output, the workbench's default before: on this machine Mesa's software
renderer) to show what the XCB output the workbench now uses saves.

    .venv/bin/python bench/bench_memory.py [--json] [--demo DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS_MIB = {"demo_playing": 200, "two_hours_10k": 250}
PASSPHRASE = "kijkwijzer-demo"  # generated, fictional data


def child(workspace: str) -> dict:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from bench.memory_breakdown import breakdown
    from kijkwijzer.launch import prepare

    prepare([workspace])  # as the program starts: the key unlocked beside the imports, no collections until shown
    from kijkwijzer.app import start

    extra = os.environ.get("KIJKWIJZER_BENCH_VLC_ARGS", "").split()
    if extra:  # a trial of VLC options (issue 16): e.g. --xlib, --avcodec-threads=1
        from kijkwijzer.media import vlc_early

        vlc_early.BASE_ARGS = (*vlc_early.BASE_ARGS, *extra)
    running = start([workspace, "--no-start-prompts"])
    if isinstance(running, int):
        raise SystemExit(running)
    review = running.window.review

    def wait_for(done, timeout_s: float) -> bool:
        deadline = time.perf_counter() + timeout_s
        while not done():
            if time.perf_counter() > deadline:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return True

    recording = review.recording
    if recording is None:
        raise SystemExit("no recording opened")
    if recording.has_audio:
        wait_for(lambda: review.timeline.canvas.tiles is not None, 180)
    review.playback.play()
    end = time.perf_counter() + 5
    wait_for(lambda: time.perf_counter() > end, 6)
    result = breakdown()  # while playing
    review.playback.pause()
    result["annotations"] = len(review.annotations)
    result["recording_s"] = round(recording.duration_ms / 1000)
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    running.window.close()
    running.ctx.store.dispose()
    return result


def _run_child(workspace: Path, vlc_args: str = "") -> dict:
    env = {**os.environ, "KIJKWIJZER_BENCH_VLC_ARGS": vlc_args}
    run = subprocess.run([sys.executable, __file__, "--child", str(workspace)], cwd=ROOT, capture_output=True,
                         text=True, timeout=600, env=env, check=False)
    if run.returncode != 0:
        raise SystemExit(f"bench_memory child failed ({run.returncode}):\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def measure(demo: Path) -> dict:
    from bench.seek_workspace import build, coded_video
    from bench.xvfb import virtual_display

    os.environ.setdefault("KIJKWIJZER_PASSPHRASE", PASSPHRASE)
    os.environ.setdefault("KIJKWIJZER_NEW_PASSPHRASE", os.environ["KIJKWIJZER_PASSPHRASE"])
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="kw-bench-memory-") as tmp, virtual_display():
        copy = Path(tmp) / "werkmap-demo"
        shutil.copytree(demo, copy)
        made = build(Path(tmp) / "werkmap-2u", coded_video(), bulk=10_000 - 54)
        for name, root in (("demo_playing", copy), ("two_hours_10k", made.root)):
            # the first opening computes the waveform in the window's process (PyAV and numpy come in, ~40 MiB);
            # every later one reads it from the cache: that is the figure held against the target, both are kept
            first = _run_child(root)
            results[name] = _run_child(root)
            results[name]["first_open_peak_rss_mib"] = first["peak_rss_mib"]
            results[name]["first_open_heavy_modules"] = first["heavy_modules_loaded"]
        # the demo once more with --xlib (a later option wins): VLC then draws through Xlib/OpenGL, on Xvfb Mesa's
        # software renderer; the difference is what the workbench's XCB output (--no-xlib) saves here
        trial = _run_child(copy, "--xlib")
    results["demo_playing"]["vlc_opengl_output_mib"] = round(trial["peak_rss_mib"]
                                                             - results["demo_playing"]["peak_rss_mib"], 1)
    results["demo_playing"]["peak_rss_mib_with_opengl_output"] = trial["peak_rss_mib"]
    for name, target in TARGETS_MIB.items():
        results[name]["target_mib"] = target
        results[name]["met"] = results[name]["peak_rss_mib"] < target
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--demo", type=Path, default=None, help="a demo workspace (default: bench/run.py's)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    if args.demo is None:
        from bench.run import demo_workspace

        args.demo = demo_workspace()
    results = measure(args.demo)
    for name, r in results.items():
        print(f"{name:<14} peak {r['peak_rss_mib']} MiB (target < {r['target_mib']})  rss now {r['rss_mib']} MiB  "
              f"load {r['load_average']}; first opening (waveform computed) {r['first_open_peak_rss_mib']} MiB")
        for group, mib in r["memory_breakdown"].items():
            print(f"    {mib:>7} MiB  {group}")
        print(f"    heavy modules: {', '.join(r['heavy_modules_loaded'])}")
    demo = results["demo_playing"]
    print(f"VLC's OpenGL output would add {demo['vlc_opengl_output_mib']} MiB (with --xlib the demo peaks at "
          f"{demo['peak_rss_mib_with_opengl_output']} MiB)")
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
