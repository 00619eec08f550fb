"""Benchmark: a two-hour recording sealed in the vault (AES-GCM, read through libvlc's media callbacks and
PyAV) next to the same file plain, as the workbench meets it.

- playback_start_ms: media handed to a fresh VLC player until its first picture is drawn (libvlc's video
  callbacks: the frame is decoded and displayed), median of `--starts`.
- seek_ms: paused, a jump to a random moment of the two hours until the new picture is drawn (the same
  moments for both files), median and p95 of `--seeks`.
- player_load_ms: the workbench's own VlcPlayer.load() (first picture, settle, paused on frame 0).
- still_ms: one 640-px JPEG at a random moment: PyAV from the sealed file (now) against one ffmpeg process
  on the plain file (the path before sealing); waveform_s: the whole two hours, the same two ways.
- import_s: the two hours sealed into a vault (probe, SHA-256 and AES-GCM while copying).
The source is made by kijkwijzer/media/synth.py (10 minutes repeated) and kept in .cache/ between runs;
every number is measured anew. Prints one line per number and, with --json, one JSON object last.

    .venv/bin/python bench/bench_sealed.py [--json] [--minutes 120] [--seeks 20] [--starts 5]
"""

from __future__ import annotations

import argparse
import ctypes
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import vlc

from kijkwijzer.crypto.sealed import new_key
from kijkwijzer.media.source import MediaSource
from kijkwijzer.media.stills import still_image
from kijkwijzer.media.synth import make_long_video
from kijkwijzer.media.vault import MediaVault
from kijkwijzer.media.vlc_early import BASE_ARGS
from kijkwijzer.media.vlc_input import SealedInput
from kijkwijzer.media.vlc_player import VlcPlayer
from kijkwijzer.media.waveform import compute_waveform

WIDTH, HEIGHT = 320, 180


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


class _Screen:
    """libvlc's video callbacks (vmem): VLC draws into our buffer and says when a picture is shown."""

    def __init__(self) -> None:
        self.buffer = ctypes.create_string_buffer(WIDTH * HEIGHT * 4)
        self.shown = threading.Event()

        @vlc.CallbackDecorators.VideoLockCb
        def lock(_opaque, planes):
            planes[0] = ctypes.cast(self.buffer, ctypes.c_void_p)

        @vlc.CallbackDecorators.VideoUnlockCb
        def unlock(_opaque, _picture, _planes):
            return None

        @vlc.CallbackDecorators.VideoDisplayCb
        def display(_opaque, _picture):
            self.shown.set()

        self.callbacks = (lock, unlock, display)  # referenced as long as the screen lives

    def attach(self, player: vlc.MediaPlayer) -> None:
        player.video_set_callbacks(*self.callbacks, None)
        player.video_set_format("RV32", WIDTH, HEIGHT, WIDTH * 4)


def _media(instance: vlc.Instance, path: Path, key: bytes | None) -> tuple[vlc.Media, SealedInput | None]:
    if key is None:
        return instance.media_new_path(str(path)), None
    sealed = SealedInput(MediaSource(path, key, "gesprek-2u.mp4"))
    return sealed.media(instance), sealed


def playback(path: Path, key: bytes | None, moments: list[int], starts: int, extra: tuple[str, ...] = ()
             ) -> dict[str, float]:
    instance = vlc.Instance([*BASE_ARGS, "--aout=dummy", *extra])
    screen = _Screen()
    start_ms: list[float] = []
    seek_ms: list[float] = []
    for run in range(starts):
        media, sealed = _media(instance, path, key)
        player = instance.media_player_new()
        screen.attach(player)
        player.set_media(media)
        player.audio_set_mute(True)
        screen.shown.clear()
        began = time.perf_counter()
        player.play()
        if not screen.shown.wait(10):
            raise RuntimeError("no picture within 10 s")
        start_ms.append((time.perf_counter() - began) * 1000)
        if run == 0:  # the seeks, in the first player, paused as a reviewer seeks
            time.sleep(0.3)
            player.set_pause(1)
            time.sleep(0.3)
            for moment in moments:
                screen.shown.clear()
                began = time.perf_counter()
                player.set_time(moment)
                if not screen.shown.wait(10):
                    raise RuntimeError(f"no picture after a seek to {moment} ms")
                seek_ms.append((time.perf_counter() - began) * 1000)
                time.sleep(0.15)
        player.stop()
        player.release()
        media.release()
        if sealed is not None:
            sealed.release()
    instance.release()
    return {"playback_start_ms": round(statistics.median(start_ms), 1),
            "seek_ms_median": round(statistics.median(seek_ms), 1), "seek_ms_p95": round(p95(seek_ms), 1)}


def player_load_ms(source: MediaSource | Path, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        player = VlcPlayer(headless=True)
        try:
            began = time.perf_counter()
            player.load(source)
            times.append((time.perf_counter() - began) * 1000)
        finally:
            player.close()
    return round(statistics.median(times), 1)


def stills(plain: Path, sealed: MediaSource, moments: list[int], work: Path) -> dict[str, float]:
    old, new = [], []
    for moment in moments:
        target = work / f"still-{moment}.jpg"
        began = time.perf_counter()
        subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-ss", f"{moment / 1000:.3f}", "-i", str(plain),
                        "-map", "0:v:0", "-frames:v", "1", "-vf", "scale=640:-2", "-q:v", "3", str(target)],
                       check=True, capture_output=True)
        old.append((time.perf_counter() - began) * 1000)
        target.unlink()
        began = time.perf_counter()
        still_image(sealed, moment, 640)
        new.append((time.perf_counter() - began) * 1000)
    return {"ffmpeg_plain": round(statistics.median(old), 1), "pyav_sealed": round(statistics.median(new), 1)}


def old_waveform(plain: Path) -> int:
    """The path before sealing, as it was: ffmpeg decodes to mono 8 kHz through a pipe, one peak per 20 ms."""
    per_bucket = 8000 // 50
    peaks = array("f")
    pending = b""
    cmd = ["ffmpeg", "-nostdin", "-v", "error", "-i", str(plain), "-map", "0:a:0", "-vn", "-ac", "1", "-ar", "8000",
           "-f", "s16le", "-acodec", "pcm_s16le", "-"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        while data := proc.stdout.read(per_bucket * 2 * 1000):
            pending += data
            whole = len(pending) - len(pending) % (per_bucket * 2)
            samples = array("h", pending[:whole])
            for start in range(0, len(samples), per_bucket):
                bucket = samples[start : start + per_bucket]
                peaks.append(max(max(bucket), -min(bucket)) / 32768.0)
            pending = pending[whole:]
    return len(peaks)


def measure(minutes: int, seeks: int, starts: int) -> dict:
    source = ROOT / ".cache" / "bench-2u" / f"gesprek-{minutes}min.mp4"
    if not source.is_file():
        make_long_video(source, seconds=minutes * 60)
    rng = random.Random(11)
    duration_ms = minutes * 60_000
    moments = [rng.randrange(60_000, duration_ms - 60_000) for _ in range(seeks)]
    work = Path(tempfile.mkdtemp(prefix="kw-bench-sealed-"))
    try:
        key = new_key()
        began = time.perf_counter()
        entry = MediaVault(work / "kluis").import_file(source, key)
        import_s = round(time.perf_counter() - began, 2)
        sealed = MediaSource(entry.path, key, source.name)
        result: dict = {"name": "sealed_2h", "minutes": minutes, "file_mb": round(source.stat().st_size / 1e6),
                        "import_s": import_s}
        for label, path, k in (("plain", source, None), ("sealed", entry.path, key)):
            result[label] = playback(path, k, moments, starts)
            result[label]["player_load_ms"] = player_load_ms(MediaSource(path, k))
        result["still_ms_median"] = stills(source, sealed, moments[:10], work)
        began = time.perf_counter()
        old_buckets = old_waveform(source)
        old_s = time.perf_counter() - began
        began = time.perf_counter()
        new_buckets = len(compute_waveform(sealed))
        new_s = time.perf_counter() - began
        result["waveform_s"] = {"ffmpeg_plain": round(old_s, 2), "pyav_sealed": round(new_s, 2),
                                "buckets": [old_buckets, new_buckets]}
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--minutes", type=int, default=120)
    parser.add_argument("--seeks", type=int, default=20)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    r = measure(args.minutes, args.seeks, args.starts)
    for label in ("plain", "sealed"):
        print(f"{label:<7} start {r[label]['playback_start_ms']} ms  seek median {r[label]['seek_ms_median']} ms "
              f"(p95 {r[label]['seek_ms_p95']})  VlcPlayer.load {r[label]['player_load_ms']} ms")
    print(f"still 640 px: ffmpeg (plain) {r['still_ms_median']['ffmpeg_plain']} ms, "
          f"PyAV (sealed) {r['still_ms_median']['pyav_sealed']} ms")
    print(f"waveform {args.minutes} min: ffmpeg (plain) {r['waveform_s']['ffmpeg_plain']} s, "
          f"PyAV (sealed) {r['waveform_s']['pyav_sealed']} s;  import (sealing) {r['import_s']} s, {r['file_mb']} MB")
    if args.json:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
