"""Audio peaks for the timeline: PyAV decodes the first audio stream from the recording's file object (a
SealedReader for a sealed vault file); we keep one peak of the mono mix per bucket, measured with numpy in
batches at the audio's own sample rate.

Streaming keeps memory flat for two-hour recordings; the result is cached per content hash as a small
binary file (one byte per bucket), sealed with the recording's key, so reopening a recording draws its
waveform at once.
"""

from __future__ import annotations

import hashlib
import struct
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.media.source import MediaSource, as_source, read_derived, write_derived

if TYPE_CHECKING:
    import av
    import numpy as np

# PyAV and numpy (~40 MiB) are imported only to compute a waveform: a cached one is read without them.
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


def compute_waveform(source: MediaSource | Path, buckets_per_second: int = 50) -> Waveform:
    """Decode the first audio stream; a file without audio gives an empty waveform."""
    if not 1 <= buckets_per_second <= SAMPLE_RATE:
        raise BadInput(
            f"Ongeldig aantal waveform-vakjes per seconde: {buckets_per_second}",
            f"Invalid waveform buckets per second: {buckets_per_second}",
        )
    import av

    from kijkwijzer.media.decoding import opened

    source = as_source(source)
    with opened(source) as container:
        if not container.streams.audio:
            return Waveform(array("f"), buckets_per_second)
        stream = container.streams.audio[0]
        buckets = _Buckets(stream.codec_context.sample_rate or SAMPLE_RATE, buckets_per_second)
        try:
            for frame in container.decode(stream):
                buckets.add(frame)
        except av.FFmpegError:  # a damaged end: keep what was decoded (as ffmpeg did), unless nothing was
            if not buckets.any():
                raise BadInput(f"Het geluid van {source.label} kan niet worden gelezen.",
                               f"The audio of {source.label} cannot be read.") from None
    return Waveform(buckets.finish(), buckets_per_second)


_FULL_SCALE = {"u8": 128.0, "s16": 32768.0, "s32": 2147483648.0, "s64": 9223372036854775808.0}
_DTYPES = {"u8": "uint8", "s16": "int16", "s32": "int32", "s64": "int64", "flt": "float32", "dbl": "float64"}


class _Buckets:
    """Peak magnitude per bucket at the audio's own sample rate (a bucket starts at sample k * rate // bps),
    channels mixed to mono. The frames' raw samples are gathered and measured in batches of a few seconds with
    numpy, so a two-hour recording costs little more than decoding it."""

    def __init__(self, rate: int, per_second: int) -> None:
        import numpy as np

        self.rate, self.per_second = int(rate), int(per_second)
        self.peaks = array("f")
        self.raw: list[list[bytes]] = []  # per channel (planar) or one interleaved list (packed)
        self.layout: tuple[str, bool, int] | None = None  # sample format, planar, channels
        self.rest = np.zeros(0, dtype=np.float32)
        self.buffered = 0
        self.start = 0  # sample index of the first unmeasured sample: always a bucket start

    def any(self) -> bool:
        return bool(self.peaks) or self.buffered > 0

    def add(self, frame: av.AudioFrame) -> None:
        layout = (frame.format.name.rstrip("p"), frame.format.is_planar, max(1, len(frame.layout.channels)))
        if layout != self.layout:
            if self.layout is not None:
                self._measure(final=False)  # a change of sample format mid-stream ends the batch
            self.layout, self.raw = layout, [[] for _ in range(layout[2] if layout[1] else 1)]
        size = frame.format.bytes * frame.samples * (1 if layout[1] else layout[2])
        for plane, parts in zip(frame.planes, self.raw, strict=False):
            parts.append(bytes(memoryview(plane)[:size]))
        self.buffered += frame.samples
        if self.buffered >= 4 * self.rate:
            self._measure(final=False)

    def finish(self) -> array[float]:
        if self.buffered or len(self.rest):
            self._measure(final=True)
        return self.peaks

    def _mono(self) -> np.ndarray:
        """|mean of the channels| as a fraction of full scale, for what was gathered since the last batch."""
        import numpy as np

        assert self.layout is not None
        name, planar, channels = self.layout
        arrays = [np.frombuffer(b"".join(parts), dtype=_DTYPES.get(name, "float32")) for parts in self.raw]
        values = np.stack(arrays) if planar else arrays[0].reshape(-1, channels).T
        values = values.astype(np.float32)
        if name == "u8":
            values -= 128.0
        if name in _FULL_SCALE:
            values /= _FULL_SCALE[name]
        mixed = values.mean(axis=0) if values.shape[0] > 1 else values[0]
        self.raw = [[] for _ in self.raw]
        return np.minimum(np.abs(mixed), 1.0)

    def _measure(self, final: bool) -> None:
        import numpy as np

        samples = np.concatenate([self.rest, self._mono()]) if self.buffered else self.rest
        self.buffered = 0
        end = self.start + len(samples)
        first = len(self.peaks)
        last = -(-end * self.per_second // self.rate) if final else end * self.per_second // self.rate
        bounds = np.arange(first, last + 1, dtype=np.int64) * self.rate // self.per_second - self.start
        bounds[-1] = min(int(bounds[-1]), len(samples))
        if len(bounds) > 1:
            self.peaks.frombytes(np.maximum.reduceat(samples[: bounds[-1]], bounds[:-1]).astype(np.float32).tobytes())
        self.rest = samples[bounds[-1]:]
        self.start += int(bounds[-1])


def _write_cache(cache: Path, wave: Waveform, key: bytes | None) -> None:
    quantised = bytes(min(255, int(peak * 255 + 0.999)) for peak in wave.peaks)  # round up: sound stays > 0
    header = _HEADER.pack(_MAGIC, _VERSION, wave.buckets_per_second, len(quantised))
    write_derived(cache, header + quantised, key)


def _read_cache(cache: Path, buckets_per_second: int, key: bytes | None) -> Waveform | None:
    try:
        data = read_derived(cache, key)
        magic, version, bps, count = _HEADER.unpack_from(data)
    except (OSError, struct.error, KijkwijzerError):  # missing, damaged, or sealed under a destroyed key
        return None
    body = data[_HEADER.size :]
    if magic != _MAGIC or version != _VERSION or bps != buckets_per_second or len(body) != count:
        return None
    return Waveform(array("f", (level / 255.0 for level in body)), bps)


def plaintext_sha256(source: MediaSource | Path) -> str:
    """SHA-256 of the recording itself (through the key for a sealed file), as the vault names it."""
    digest = hashlib.sha256()
    with as_source(source).open() as reader:
        while block := reader.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def cached_waveform(
    source: MediaSource | Path, cache_dir: Path, sha256: str | None = None, buckets_per_second: int = 50
) -> Waveform | None:
    """The waveform cached before (`<sha256>.<rate>.wave` in cache_dir, sealed with the recording's key), or None.
    Reading it needs neither PyAV nor numpy."""
    source = as_source(source)
    cache = _cache_path(source, cache_dir, sha256, buckets_per_second)
    return _read_cache(cache, buckets_per_second, source.key)


def load_or_compute(
    source: MediaSource | Path, cache_dir: Path, sha256: str | None = None, buckets_per_second: int = 50
) -> Waveform:
    """Cached waveform named `<sha256>.<rate>.wave` in cache_dir, sealed with the recording's key; pass the
    sha256 when known (saves a hash)."""
    source = as_source(source)
    cache = _cache_path(source, cache_dir, sha256, buckets_per_second)
    cached = _read_cache(cache, buckets_per_second, source.key)
    if cached is not None:
        return cached
    wave = compute_waveform(source, buckets_per_second)
    _write_cache(cache, wave, source.key)
    return wave


def _cache_path(source: MediaSource, cache_dir: Path, sha256: str | None, buckets_per_second: int) -> Path:
    if sha256 is None:
        sha256 = plaintext_sha256(source)
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    return cache_dir / f"{sha256}.{buckets_per_second}.wave"
