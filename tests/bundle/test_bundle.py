"""The Linux bundle (dist/kijkwijzer, `make bundle`) on a machine without the project: every shipped library
finds what it links to, and a user with an empty home, no virtualenv on PATH and no environment of the developer
creates the demo with the bundled command line, opens it in the bundled window, plays the recording, drops an
annotation with a theme key, quits, and finds the annotation in the workspace.

Slow (a demo, a window, a few seconds of playback): it runs only when the bundle is there and
KIJKWIJZER_TEST_BUNDLE=1 (`make bundle` sets it), never in `make test`."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest

from kijkwijzer.workspace import Workspace
from tests.bundle.x_keys import click, press
from tests.support.xvfb import private_display

ROOT = Path(__file__).parents[2]
BUNDLE = ROOT / "dist" / "kijkwijzer"
INTERNAL = BUNDLE / "_internal"
PASSPHRASE = "kijkwijzer-demo"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (BUNDLE / "kijkwijzer").is_file() or os.environ.get("KIJKWIJZER_TEST_BUNDLE") != "1",
                       reason="the bundle test runs in `make bundle` (dist/kijkwijzer and KIJKWIJZER_TEST_BUNDLE=1)"),
]


def _clean(home: Path, **extra: str) -> list[str]:
    """`env -i` with a fresh HOME and a PATH of the system's programs only: no virtualenv, no developer settings."""
    variables = {"HOME": str(home), "PATH": "/usr/bin:/bin", "KIJKWIJZER_PASSPHRASE": PASSPHRASE, **extra}
    return ["env", "-i", *(f"{name}={value}" for name, value in variables.items())]


def _cli(home: Path, workspace: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*_clean(home, KIJKWIJZER_NEW_PASSPHRASE=PASSPHRASE), str(BUNDLE / "kijkwijzer-cli"),
                           "--workspace", str(workspace), *args], capture_output=True, text=True, timeout=timeout,
                          check=False)


def _annotations(home: Path, workspace: Path, recording: int) -> list[dict]:
    listed = _cli(home, workspace, "--json", "annotations", "list", "--recording", str(recording))
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def _tail(log: Path, lines: int = 40) -> str:
    """The end of the window's output without ALSA's complaints about the missing sound card."""
    said = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines()
            if not line.startswith("ALSA lib ")]
    return "\n".join(said[-lines:])


def _elf(path: Path) -> bool:
    with open(path, "rb") as stream:
        return stream.read(4) == b"\x7fELF"


def test_every_shipped_library_finds_what_it_links_to() -> None:
    # The bundle's programs run with _internal on LD_LIBRARY_PATH (PyInstaller's bootloader puts it there, and the
    # ffmpeg/ffprobe/espeak-ng it starts inherit it): ldd sees what they see.
    shipped = [p for p in INTERNAL.rglob("*") if p.is_file() and not p.is_symlink()
               and (".so" in p.name or p.parent == INTERNAL / "bin") and _elf(p)]
    assert len(shipped) > 100, "the bundle carries Python, Qt, VLC and its plugins"
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(INTERNAL)}
    missing = []
    for path in [BUNDLE / "kijkwijzer", *shipped]:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False).stdout
        missing += [f"{path.relative_to(BUNDLE)}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    assert missing == []


def test_demo_opens_plays_and_takes_an_annotation(tmp_path: Path) -> None:
    home, workspace, ready = tmp_path / "home", tmp_path / "werkmap", tmp_path / "window-ready"
    home.mkdir()
    created = _cli(home, workspace, "demo", "create", timeout=600)
    assert created.returncode == 0, created.stderr
    before = _annotations(home, workspace, 1)
    assert before, "the demo's first recording carries annotations"
    waveforms = Workspace.at(workspace).cache_dir
    assert not list(waveforms.glob("*.wave")), "the window is to compute the waveform, not `demo create`"

    # The window's output goes to a file, not to a pipe read only at the end: without a sound card (Xvfb, CI) VLC's
    # audio output probing makes ALSA print some 40 KiB at each start of playback, and a full pipe (64 KiB) stops
    # the writing VLC thread and, waiting on it, the event loop: no key is handled, no frame painted, no quit.
    log = tmp_path / "window.log"
    with private_display("1600x1000x24") as display, open(log, "w", encoding="utf-8") as output:
        started = time.monotonic()
        window = subprocess.Popen(
            [*_clean(home, DISPLAY=display, KIJKWIJZER_BENCH_READY_FILE=str(ready)), str(BUNDLE / "kijkwijzer"),
             "--workspace", str(workspace), "--recording", "1"],
            stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
        try:
            while not ready.exists() and window.poll() is None and time.monotonic() - started < 90:
                time.sleep(0.1)
            assert ready.exists(), f"no window: {window.poll()=}\n{_tail(log)}"
            print(f"bundle: window shown {time.monotonic() - started:.2f} s after the start")
            time.sleep(1)
            click(display, 250, 200)  # the video: the review keys go to the player, not the search field
            press(display, "space")  # play
            time.sleep(3)
            press(display, "1")  # the first theme's key: a point at the playhead
            time.sleep(1)
            press(display, "ctrl+q")
            code = window.wait(timeout=30)
        finally:
            if window.poll() is None:
                window.kill()
                window.wait()
    assert code == 0, _tail(log)

    added = [a for a in _annotations(home, workspace, 1) if a["id"] not in {b["id"] for b in before}]
    assert len(added) == 1, added
    assert added[0]["themes"] == ["thema.raakmomenten"]
    assert added[0]["start_ms"] >= 1000, "the recording played before the key was pressed"
    # the waveform was computed by the bundled program started again as a child (multiprocessing, freeze_support)
    assert list(waveforms.glob("*.wave")), _tail(log)
