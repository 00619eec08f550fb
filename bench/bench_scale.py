"""Scale (issue 16 part 3): the workbench on a workspace with 200 cases, 1,000 recordings and 200,000 annotations
(bench/big_workspace.py makes it once and keeps it under .cache/; every figure here is measured anew).

startup: from just before `main.py WORKSPACE` is started to the workspace shown in the window: the workbench painted
with its Werkmap, before any recording is opened (the workbench writes that moment: KIJKWIJZER_BENCH_READY_FILE),
median of STARTS runs on a fresh copy of the workspace each; beside it, without a target, the moment its window was mapped on the X display (an X client watching
MapNotify, bench/window_mapped.py): the window comes on screen before the workspace is opened (launch.py).
Then one process (bench/scale_metrics.py) opens it in-process and measures the Werkmap painted, the rows it read
at start, opening a case, opening recordings of ~200 and of 10,000 annotations, scrolling the Werkmap and the
event loop's longest stall in each phase. The load average is written beside the figures (2 shared cores).

    python bench/bench_scale.py [--json] [--starts 5]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import big_workspace
from bench.bytecode import compile_project
from bench.window_mapped import time_to_map_and_ready
from bench.xvfb import virtual_display

TARGETS = {"startup_workspace_shown_ms": 1500, "open_case_ms": 100, "open_recording_200_ms": 500,
           "werkmap_scroll_step_ms_p95": 50, "stall_ms_start": 500, "stall_ms_scroll": 100, "peak_rss_mb": 250}
STARTS = 5


def _copy(source: Path, into: Path) -> Path:
    target = into / "groot"
    shutil.copytree(source, target)
    return target


def startups(source: Path, display: str, runs: int) -> list[dict[str, float]]:
    compile_project()  # as installed: see bench/bytecode.py
    env = {**os.environ, "KIJKWIJZER_PASSPHRASE": big_workspace.PASSPHRASE}
    found = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="kw-schaal-") as tmp:
            workspace = _copy(source, Path(tmp))
            load = os.getloadavg()[0]
            mapped, shown, _ready = time_to_map_and_ready(
                [sys.executable, str(ROOT / "main.py"), str(workspace), "--no-start-prompts"], display,
                Path(tmp) / "ready", env={**env, "XDG_CONFIG_HOME": tmp}, cwd=str(ROOT))  # no remembered recording
            found.append({"shown_ms": round(shown, 1), "mapped_ms": round(mapped, 1), "load": round(load, 2)})
    return found


def in_process(source: Path, summary: big_workspace.BigSummary) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="kw-schaal-") as tmp:
        workspace = _copy(source, Path(tmp))
        env = {**os.environ, "KIJKWIJZER_PASSPHRASE": big_workspace.PASSPHRASE, "XDG_CONFIG_HOME": tmp,
               "KW_BENCH_T0": f"{time.time():.6f}"}
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "scale_metrics.py"), str(workspace),
                               str(summary.typical_recording), str(summary.biggest_recording)],
                              env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
        if done.returncode != 0:
            raise SystemExit(f"scale_metrics failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def measure(starts: int = STARTS) -> dict[str, object]:
    source, summary = big_workspace.cached(report=lambda text: print(text, file=sys.stderr))
    with virtual_display() as display:
        runs = startups(source, display, starts)
        result: dict[str, object] = {
            "name": "scale", "cases": summary.cases, "recordings": summary.recordings,
            "annotations": summary.annotations,
            "startup_workspace_shown_ms": round(statistics.median(r["shown_ms"] for r in runs), 1),
            "startup_mapped_ms": round(statistics.median(r["mapped_ms"] for r in runs), 1),
            "startup_runs": runs,
        }
        result.update(in_process(source, summary))
    result["targets"] = TARGETS
    result["met"] = {key: isinstance(result.get(key), (int, float)) and result[key] < target  # type: ignore[operator]
                     for key, target in TARGETS.items()}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON line (for bench/run.py)")
    parser.add_argument("--starts", type=int, default=STARTS)
    args = parser.parse_args()
    result = measure(args.starts)
    if args.json:
        print(json.dumps(result))
        return
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
