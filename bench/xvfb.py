"""A private Xvfb display for the benchmarks (they measure a real window, as a user would see it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def virtual_display(size: str = "1600x1000x24"):
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb ontbreekt / missing: run `make bench` (it installs it)")
    for number in range(91, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    proc = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or proc.poll() is not None:
            raise SystemExit("Xvfb start mislukt / failed to start")
        time.sleep(0.05)
    old = os.environ.get("DISPLAY")
    os.environ["DISPLAY"] = f":{number}"
    os.environ.pop("QT_QPA_PLATFORM", None)
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if old is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = old
