"""Telling voices apart: the spectral features of a voice, and the professional's voice print.

Features are mel-frequency cepstral coefficients (MFCC) of 25 ms frames every 10 ms at 16 kHz, in the frames the
voice-activity detector uses (frame i starts at sample 160 i), computed with numpy in blocks (`FrameFeatures`), so
a two-hour recording is never held whole. The band, the number of coefficients and how frames are pooled were
chosen by measurement on generated conversations (docs/analysis.md, "Wie spreekt wanneer").
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field

import numpy as np

FEATURES_VERSION = 2

RATE = 16000
HOP = RATE // 100  # 10 ms: one frame per voice-activity frame
WINDOW = 400  # 25 ms
FFT = 512
LOW_HZ, HIGH_HZ = 100.0, 4000.0  # a far microphone keeps little above 3.4 kHz (measured: docs/analysis.md)
MELS = 24
COEFFICIENTS = 16  # c1..c16; c0 (loudness) left out: the same voice is loud near and soft far


def _mel(hz: np.ndarray | float) -> np.ndarray:
    return 2595.0 * np.log10(1.0 + np.asarray(hz, dtype=np.float64) / 700.0)


def _filterbank() -> np.ndarray:
    edges_hz = 700.0 * (10 ** (np.linspace(_mel(LOW_HZ), _mel(HIGH_HZ), MELS + 2) / 2595.0) - 1.0)
    bins = np.fft.rfftfreq(FFT, 1 / RATE)
    bank = np.zeros((MELS, len(bins)), dtype=np.float32)
    for m in range(MELS):
        lo, mid, hi = edges_hz[m: m + 3]
        up = (bins - lo) / (mid - lo)
        down = (hi - bins) / (hi - mid)
        bank[m] = np.clip(np.minimum(up, down), 0.0, None)
    return bank


def _dct() -> np.ndarray:
    n = np.arange(MELS)
    k = np.arange(1, COEFFICIENTS + 1)[:, None]
    return (np.cos(np.pi * k * (2 * n + 1) / (2 * MELS)) * np.sqrt(2.0 / MELS)).astype(np.float32)


_BANK = _filterbank()
_DCT = _dct()
_HAMMING = np.hamming(WINDOW).astype(np.float32)


def features(samples: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """MFCC (n, COEFFICIENTS) and loudness in dB (n,), float32, of every whole 25 ms frame at 10 ms steps of int16
    `samples`."""
    x = np.asarray(samples, dtype=np.float32)
    n = (len(x) - WINDOW) // HOP + 1
    if n <= 0:
        return np.zeros((0, COEFFICIENTS), dtype=np.float32), np.zeros(0, dtype=np.float32)
    x = np.concatenate(([x[0]], x[1:] - 0.97 * x[:-1]))  # pre-emphasis
    frames = np.lib.stride_tricks.sliding_window_view(x, WINDOW)[::HOP][:n] * _HAMMING
    power = np.abs(np.fft.rfft(frames, FFT)).astype(np.float32) ** 2
    loudness = (10.0 * np.log10(power.sum(axis=1) / (FFT * WINDOW) + 1.0)).astype(np.float32)
    return np.log(power @ _BANK.T + 1.0) @ _DCT.T, loudness


class FrameFeatures:
    """`features` of a stream of int16 blocks: `feed(block)` gives those of the frames it completes, frame i being
    samples [160 i, 160 i + 400) of the whole stream."""

    def __init__(self) -> None:
        self._rest = np.zeros(0, dtype=np.int16)
        self.frames = 0

    def feed(self, block: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        data = np.concatenate([self._rest, np.asarray(block, dtype=np.int16)])
        out = features(data)
        self.frames += len(out[0])
        self._rest = data[len(out[0]) * HOP:]
        return out


@dataclass(frozen=True)
class VoicePrint:
    """Features of an enrolled voice (never its sound): `frames` (n, d) float32, with where they came from."""

    frames: np.ndarray = field(repr=False)
    recording_id: int = 0
    start_ms: int = 0
    end_ms: int = 0
    version: int = FEATURES_VERSION

    @property
    def usable(self) -> bool:
        """Made with the features computed now (an older print is ignored until enrolled again)."""
        return self.version == FEATURES_VERSION and self.frames.ndim == 2 and self.frames.shape[1] == COEFFICIENTS

    @property
    def fingerprint(self) -> str:
        """Changes when the voice print does (a track made with another one is made again)."""
        digest = hashlib.sha256(np.ascontiguousarray(self.frames, dtype=np.float32).tobytes())
        digest.update(f"{self.version}".encode())
        return digest.hexdigest()[:16]

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        meta = {"recording_id": self.recording_id, "start_ms": self.start_ms, "end_ms": self.end_ms,
                "version": self.version}
        np.savez(out, frames=np.asarray(self.frames, dtype=np.float32), meta=np.array(json.dumps(meta)))
        return out.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> VoicePrint:
        with np.load(io.BytesIO(data), allow_pickle=False) as stored:
            meta = json.loads(str(stored["meta"]))
            return cls(np.asarray(stored["frames"], dtype=np.float32), int(meta["recording_id"]),
                       int(meta["start_ms"]), int(meta["end_ms"]), int(meta["version"]))
