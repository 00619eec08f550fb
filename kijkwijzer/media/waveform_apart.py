"""The window's waveform: one not cached yet is computed in a process of its own (issue 16).

Decoding the sound with PyAV and reducing it with numpy brings ~40 MiB into a process, and a process keeps that
for the rest of its life: the demo's first opening peaked at 239 MiB against 197 on every later one. The child
computes the waveform, writes the sealed cache and ends; the window then reads the cache, as on every later
opening. The recording's key goes to the child through the pipe multiprocessing opens to it, never through a
file or the command line. The command line and the services compute in their own process as before."""

from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from pathlib import Path

from kijkwijzer.errors import BadInput, KijkwijzerError, Stopped
from kijkwijzer.media.source import MediaSource, as_source
from kijkwijzer.media.waveform import Waveform, cached_waveform, load_or_compute, plaintext_sha256

_running: set[BaseProcess] = set()
_stopped: set[BaseProcess] = set()  # ended by stop_all: not a failure to report
_lock = threading.Lock()


def _end_with_parent() -> None:
    """In the child: end at once when the window's process is gone, however it ended (killed, the session ending),
    instead of finishing a waveform nobody reads. A waveform cut short writes no cache (media/source.py write_derived)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="golfvorm-ouder", daemon=True).start()


def _compute(source: MediaSource, cache_dir: Path, sha256: str, buckets_per_second: int) -> None:
    _end_with_parent()
    try:
        load_or_compute(source, cache_dir, sha256, buckets_per_second)
    except (KijkwijzerError, OSError) as error:  # said by the window (no cache written), not as a traceback; OSError:
        raise SystemExit(1) from error  # the recording was erased meanwhile (consent withdrawn), or its disk is gone


def load_or_compute_apart(
    source: MediaSource | Path, cache_dir: Path, sha256: str | None = None, buckets_per_second: int = 50
) -> Waveform:
    """The cached waveform, else computed by a child process into the cache first. BadInput when the child
    wrote none (an unreadable sound track: the child's own error is in its output)."""
    source = as_source(source)
    sha256 = sha256 or plaintext_sha256(source)
    wave = cached_waveform(source, cache_dir, sha256, buckets_per_second)
    if wave is not None:
        return wave
    child = multiprocessing.get_context("spawn").Process(
        target=_compute, args=(source, Path(cache_dir), sha256, buckets_per_second), name="kijkwijzer-golfvorm",
        daemon=True)  # ends with the window
    with _lock:
        _running.add(child)
        child.start()
    try:
        child.join()
    finally:
        with _lock:
            _running.discard(child)
            stopped = child in _stopped
            _stopped.discard(child)
    wave = cached_waveform(source, cache_dir, sha256, buckets_per_second)
    if wave is None and stopped:
        raise Stopped(f"De golfvorm van {source.label} is niet afgemaakt: het venster sloot.",
                      f"The waveform of {source.label} was not finished: the window closed.")
    if wave is None:
        raise BadInput(f"De golfvorm van {source.label} kon niet worden berekend.",
                       f"The waveform of {source.label} could not be computed (exit code {child.exitcode}).")
    return wave


def stop_all() -> None:
    """Ends the waveform children still computing (the window is closing: it waits for them to end, not for their
    work). A waveform cut short writes no cache; the next opening computes it again."""
    with _lock:
        children = list(_running)
        _stopped.update(children)
    for child in children:
        child.terminate()
    for child in children:  # gone when the window is: nothing is written into the workspace after it
        child.join(1)
