"""Audio peaks for the timeline: ffmpeg decodes to mono 8 kHz through a pipe, we keep one peak per bucket.

Streaming keeps memory flat for two-hour recordings; the result is cached per content hash as a small
binary file (one byte per bucket) so reopening a recording draws its waveform at once.
"""

from __future__ import annotations

import os
import struct
import subprocess
from array import array
from dataclasses import dataclass
from pathlib import Path

from kijkwijzer.errors import BadInput
from kijkwijzer.media.probe import read_info, tool
from kijkwijzer.media.vault import sha256_of

SAMPLE_RATE = 8000
_MAGIC = b"KWWF"
_VERSION = 1
_HEADER = struct.Struct("<4sBHI")  # magic, version, buckets per second, bucket count


@dataclass(frozen=True)
class Waveform:
    """Peak amplitude per bucket, 0..1 of full scale (not normalised: silence stays near 0)."""

    peaks: array[float]  # array("f")
    buckets_per_second: int

    def __len__(self) -> int:
        return len(self.peaks)

    def peak_at(self, ms: int) -> float:
        index = ms * self.buckets_per_second // 1000
        return self.peaks[index] if 0 <= index < len(self.peaks) else 0.0

    @property
    def bucket_ms(self) -> float:
        return 1000.0 / self.buckets_per_second

    @property
    def duration_ms(self) -> int:
        return len(self.peaks) * 1000 // self.buckets_per_second


def compute_waveform(path: Path, buckets_per_second: int = 50) -> Waveform:
    """Decode the first audio stream; a file without audio gives an empty waveform."""
    if not 1 <= buckets_per_second <= SAMPLE_RATE:
        raise BadInput(
            f"Ongeldig aantal waveform-vakjes per seconde: {buckets_per_second}",
            f"Invalid waveform buckets per second: {buckets_per_second}",
        )
    path = Path(path)
    peaks = array("f")
    if not read_info(path).has_audio:
        return Waveform(peaks, buckets_per_second)
    per_bucket = SAMPLE_RATE // buckets_per_second
    cmd = [
        tool("ffmpeg"),
        "-nostdin",
        "-v",
        "error",
        "-i",
        str(path),
        "-map",
        "0:a:0",
        "-vn",
        "-ac",
        "1",
        "-ar",
        str(SAMPLE_RATE),
        "-f",
        "s16le",
        "-acodec",
        "pcm_s16le",
        "-",
    ]
    read_size = per_bucket * 2 * 1000  # whole buckets per read
    pending = b""
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        while True:
            data = proc.stdout.read(read_size)
            if not data:
                break
            pending += data
            whole = len(pending) - len(pending) % (per_bucket * 2)
            _add_peaks(peaks, pending[:whole], per_bucket)
            pending = pending[whole:]
    if len(pending) >= 2:
        _add_peaks(peaks, pending[: len(pending) - len(pending) % 2], per_bucket)
    if proc.returncode != 0 and not peaks:
        raise BadInput(
            f"Het geluid van {path.name} kan niet worden gelezen.",
            f"The audio of {path.name} cannot be read.",
        )
    return Waveform(peaks, buckets_per_second)


def _add_peaks(peaks: array[float], raw: bytes, per_bucket: int) -> None:
    samples = array("h", raw)
    if samples.itemsize != 2:  # pragma: no cover - 'h' is 2 bytes on every supported platform
        raise RuntimeError("array('h') is not 16-bit here")
    for start in range(0, len(samples), per_bucket):
        bucket = samples[start : start + per_bucket]
        peaks.append(max(max(bucket), -min(bucket)) / 32768.0)


def _write_cache(cache: Path, wave: Waveform) -> None:
    quantised = bytes(min(255, int(p * 255 + 0.999)) for p in wave.peaks)  # round up: sound stays > 0
    tmp = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
    tmp.write_bytes(_HEADER.pack(_MAGIC, _VERSION, wave.buckets_per_second, len(quantised)) + quantised)
    os.replace(tmp, cache)


def _read_cache(cache: Path, buckets_per_second: int) -> Waveform | None:
    try:
        data = cache.read_bytes()
        magic, version, bps, count = _HEADER.unpack_from(data)
    except (OSError, struct.error):
        return None
    body = data[_HEADER.size :]
    if magic != _MAGIC or version != _VERSION or bps != buckets_per_second or len(body) != count:
        return None
    return Waveform(array("f", (b / 255.0 for b in body)), bps)


def load_or_compute(
    path: Path, cache_dir: Path, sha256: str | None = None, buckets_per_second: int = 50
) -> Waveform:
    """Cached waveform named `<sha256>.wave` in cache_dir; pass the sha256 when known (saves a hash)."""
    if sha256 is None:
        sha256 = sha256_of(Path(path))
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    cache = cache_dir / f"{sha256}.{buckets_per_second}.wave"
    cached = _read_cache(cache, buckets_per_second)
    if cached is not None:
        return cached
    wave = compute_waveform(path, buckets_per_second)
    _write_cache(cache, wave)
    return wave
