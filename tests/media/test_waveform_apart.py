"""The window's waveform is computed in a child process (media/waveform_apart, issue 16): the window's own process
gets the same waveform, sealed in the cache, without ever importing PyAV or numpy; a recording whose sound
cannot be read is said clearly and leaves no cache. Each check runs in a fresh interpreter (as the window
does), so nothing other tests imported counts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kijkwijzer.crypto.sealed import SealedWriter, is_sealed, new_key
from kijkwijzer.media.waveform import compute_waveform

ROOT = Path(__file__).resolve().parents[2]
WINDOW_SIDE = """
import json, sys
from kijkwijzer.media.source import MediaSource
from kijkwijzer.media.waveform_apart import load_or_compute_apart
path, key, cache, name = json.loads(sys.stdin.read())
source = MediaSource(path, bytes.fromhex(key), name)
try:
    wave = load_or_compute_apart(source, cache, sha256="b" * 64)
    result = {"peaks": list(wave.peaks)}
except Exception as error:
    result = {"error": type(error).__name__, "message": str(error)}
result["heavy"] = [m for m in ("av", "numpy") if m in sys.modules]
print(json.dumps(result))
"""


def _sealed(plain: Path, target: Path) -> tuple[Path, bytes]:
    key = new_key()
    with open(plain, "rb") as source, open(target, "wb") as out:
        writer = SealedWriter(out, key)
        writer.write(source.read())
        writer.close()
    return target, key


def _in_a_window_process(path: Path, key: bytes, cache: Path, name: str) -> dict:
    done = subprocess.run([sys.executable, "-c", WINDOW_SIDE], input=json.dumps([str(path), key.hex(), str(cache), name]),
                          cwd=ROOT, capture_output=True, text=True, timeout=180, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_waveform_comes_from_a_child_and_the_window_never_imports_pyav_or_numpy(media_files, tmp_path):
    path, key = _sealed(media_files["audio_only"], tmp_path / "spraak.sealed")
    cache = tmp_path / "cache"
    shown = _in_a_window_process(path, key, cache, "spraak.m4a")
    assert shown["heavy"] == []
    expected = compute_waveform(media_files["audio_only"])
    assert max(expected.peaks) > 0.2
    # the cache keeps levels in 1/255 steps (rounded up, so sound stays above zero)
    assert len(shown["peaks"]) == len(expected.peaks)
    assert all(abs(a - b) <= 1 / 255 + 1e-6 for a, b in zip(shown["peaks"], expected.peaks, strict=True))
    (file,) = cache.iterdir()
    assert is_sealed(file)
    again = _in_a_window_process(path, key, cache, "spraak.m4a")  # a later opening reads the same cache
    assert again["peaks"] == shown["peaks"] and again["heavy"] == []


def test_a_recording_whose_sound_cannot_be_read_is_said_and_leaves_no_cache(media_files, tmp_path):
    path, key = _sealed(media_files["random"], tmp_path / "ruis.sealed")
    cache = tmp_path / "cache"
    shown = _in_a_window_process(path, key, cache, "ruis.mp4")
    assert shown["error"] == "BadInput" and "ruis.mp4" in shown["message"], shown
    assert not cache.exists() or list(cache.iterdir()) == []


def test_closing_the_window_ends_a_waveform_still_being_computed(tmp_path):
    import threading
    import time

    from kijkwijzer.errors import KijkwijzerError, Stopped
    from kijkwijzer.media import waveform_apart

    long = tmp_path / "lang.m4a"  # 10 minutes of tone: a second or two of work for the child
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=330:duration=600",
                    "-c:a", "aac", "-b:a", "32k", str(long)], check=True)
    cache, outcome = tmp_path / "cache", {}

    def compute() -> None:
        try:
            outcome["wave"] = waveform_apart.load_or_compute_apart(long, cache, sha256="c" * 64)
        except KijkwijzerError as error:
            outcome["error"] = error

    worker = threading.Thread(target=compute)
    worker.start()
    deadline = time.monotonic() + 10
    while not waveform_apart._running and time.monotonic() < deadline:
        time.sleep(0.01)
    assert waveform_apart._running, "no child started"
    stopped = time.monotonic()
    waveform_apart.stop_all()  # what the review does when the window closes
    worker.join(10)
    assert not worker.is_alive() and time.monotonic() - stopped < 2
    assert isinstance(outcome.get("error"), Stopped), outcome  # ended on purpose: not reported as unreadable sound
    assert not list(cache.glob("*.wave"))
    assert waveform_apart.load_or_compute_apart(long, cache, sha256="c" * 64).peaks  # the next opening computes it


KILLED_WINDOW_SIDE = """
import sys, threading, time
from kijkwijzer.media import waveform_apart
threading.Thread(target=waveform_apart.load_or_compute_apart, args=(sys.argv[1], sys.argv[2]),
                 kwargs={"sha256": "d" * 64}, daemon=True).start()
while not waveform_apart._running or next(iter(waveform_apart._running)).pid is None:  # added, then started
    time.sleep(0.01)
(child,) = waveform_apart._running
print(child.pid, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    """The process runs (a zombie nobody reaped yet counts as ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def test_a_window_killed_mid_waveform_leaves_no_child_working_on(tmp_path):
    """kill -9 (or the session ending) of the window's process: its waveform child ends with it, instead of going
    on for seconds in the background and writing into the workspace after the program is gone."""
    import os
    import signal
    import time

    minute = tmp_path / "minuut.m4a"
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=330:duration=60",
                    "-c:a", "aac", "-b:a", "32k", str(minute)], check=True)
    long = tmp_path / "twee-uur.m4a"  # that minute 120 times, copied: seconds of decoding for the child
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-stream_loop", "119", "-i", str(minute), "-c", "copy",
                    str(long)], check=True)
    cache = tmp_path / "cache"
    window = subprocess.Popen([sys.executable, "-c", KILLED_WINDOW_SIDE, str(long), str(cache)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        child = int(window.stdout.readline())
        time.sleep(0.5)  # the child is decoding
        assert _alive(child)
        os.kill(window.pid, signal.SIGKILL)
        window.wait(10)
        deadline = time.monotonic() + 1.0
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not _alive(child), "the waveform child works on without its window"
        assert not list(cache.glob("*.wave"))
    finally:
        window.kill()
        window.wait()
