"""A private Xvfb display for the benchmarks (they measure a real window, as a user would see it), with settings of
its own: the window's size, its panels and the remembered recording are a new user's, not whatever the last
screenshot or bench run left in ~/.config (the video surface's size changed the demo's peak memory by 4 MiB)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
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
    old = {name: os.environ.get(name) for name in ("DISPLAY", "XDG_CONFIG_HOME", "QT_QPA_PLATFORM")}
    settings = tempfile.TemporaryDirectory(prefix="kw-bench-config-")
    os.environ["DISPLAY"] = f":{number}"
    os.environ["XDG_CONFIG_HOME"] = settings.name
    os.environ.pop("QT_QPA_PLATFORM", None)
    try:
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        settings.cleanup()
        for name, value in old.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
