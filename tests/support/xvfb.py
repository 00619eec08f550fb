"""A private Xvfb server for a test that needs a real X display (the VLC window output, the window manager hints).
Xvfb picks a free display number itself (`-displayfd`) and says it once it accepts connections, so tests running
side by side (pytest -n) never race for a number."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def private_display(screen: str = "640x480x24", timeout_s: float = 10) -> Iterator[str]:
    """`:N` of a new Xvfb with one screen of `screen`; the test is skipped where Xvfb is missing or does not start."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], timeout_s)
        number = os.read(read, 32).decode().strip() if ready else ""
    finally:
        os.close(read)
    if not number.isdigit():
        server.kill()
        server.wait()
        pytest.skip("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
