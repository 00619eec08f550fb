"""A private Xvfb server for a test that needs a real X display (the VLC window output, the window manager hints).
Xvfb picks a free display number itself (`-displayfd`), so tests running side by side (pytest -n) never race for
a number. The pipe it writes the number to stays open while it runs: a server whose second write to it fails
(the newline, after the number) stops with "Cannot write display number"."""

from __future__ import annotations

import os
import select
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


def _display_number(read: int, timeout_s: float) -> str:
    """What Xvfb writes to -displayfd: the number and a newline (possibly in more than one write)."""
    text = b""
    deadline = time.monotonic() + timeout_s
    while not text.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([read], [], [], max(deadline - time.monotonic(), 0))
        chunk = os.read(read, 32) if ready else b""
        if not chunk:
            break
        text += chunk
    return text.decode(errors="replace").strip()


def _accepts(socket_path: str, timeout_s: float) -> bool:
    """Wait until the display's socket takes a connection (Xvfb names its number a moment before that)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        probe = socket.socket(socket.AF_UNIX)
        try:
            probe.connect(socket_path)
            return True
        except OSError:
            time.sleep(0.02)
        finally:
            probe.close()
    return False


@contextmanager
def private_display(screen: str = "640x480x24", timeout_s: float = 10) -> Iterator[str]:
    """`:N` of a new Xvfb with one screen of `screen`; the test is skipped where Xvfb is missing or does not start."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp", "-noreset"],
                              pass_fds=(write,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write)
    number = _display_number(read, timeout_s)  # the read end stays open: Xvfb may still write to it
    if not number.isdigit() or not _accepts(f"/tmp/.X11-unix/X{number}", timeout_s):
        server.kill()
        server.wait()
        os.close(read)
        pytest.skip("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        os.close(read)
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
