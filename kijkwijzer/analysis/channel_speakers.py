"""A recording with one voice per channel (a lapel microphone each): each channel's own speech.

The channels are separate when, where someone speaks, one channel is clearly louder than the others (`APART_DB`
in the median; a camera's stereo pair differs by a few dB at most). A channel's speech is where its detector
hears speech and it is not much quieter than the loudest channel (`BLEED_DB`: the other voice leaking in is far
quieter). The professional's channel fits the enrolled voice print best or, without one, speaks first; a third
and further channels are someone else.
"""

from __future__ import annotations

import numpy as np

from . import vad
from .speech import Speaker, SpeechSegment
from .voices import HOP, VoicePrint, features

APART_DB = 10.0
BLEED_DB = 12.0
FLOOR_DB = 30.0


class Channels:
    def __init__(self, count: int, settings: vad.VadSettings) -> None:
        self.count = count
        self.settings = settings
        self._detectors = [vad.Detector(settings) for _ in range(count)]
        self._rest = np.zeros((count, 0), dtype=np.int16)
        self._loudness: list[np.ndarray] = []  # (count, frames) dB per 10 ms
        self._sums = np.zeros((count, 16), dtype=np.float64)  # MFCC of the frames where a channel is loudest
        self._counts = np.zeros(count, dtype=np.int64)
        self.samples = 0

    def feed(self, block: np.ndarray) -> None:
        block = np.asarray(block, dtype=np.int16)[: self.count]
        self.samples += block.shape[1]
        for detector, row in zip(self._detectors, block, strict=True):
            detector.feed(row)
        data = np.concatenate([self._rest, block], axis=1)
        frames = data.shape[1] // HOP
        self._rest = data[:, frames * HOP:]
        if not frames:
            return
        power = (data[:, : frames * HOP].astype(np.float32) ** 2).reshape(self.count, frames, HOP).mean(axis=2)
        loud = (10 * np.log10(power + 1.0)).astype(np.float32)
        self._loudness.append(loud)
        top = loud.argmax(axis=0)
        ahead = loud.max(axis=0) - np.sort(loud, axis=0)[-2] >= APART_DB
        for channel in range(self.count):
            own = np.flatnonzero(ahead & (top == channel) & (loud[channel] > 40.0))
            if len(own):
                mfcc, _ = features(data[channel, : frames * HOP])
                own = own[own < len(mfcc)]
                self._sums[channel] += mfcc[own].sum(axis=0)
                self._counts[channel] += len(own)

    def _frames(self) -> tuple[np.ndarray, np.ndarray]:
        loud = np.concatenate(self._loudness, axis=1) if self._loudness else np.zeros((self.count, 0), np.float32)
        flags = [d.flags() for d in self._detectors]
        n = min([loud.shape[1], *(len(f) for f in flags)])
        return loud[:, :n], np.stack([f[:n] for f in flags])

    def separate(self) -> bool:
        loud, flags = self._frames()
        spoken = flags.any(axis=0)
        if spoken.sum() < 100:
            return False
        ordered = np.sort(loud[:, spoken], axis=0)
        return float(np.median(ordered[-1] - ordered[-2])) >= APART_DB

    def segments(self, voice: VoicePrint | None) -> tuple[SpeechSegment, ...]:
        loud, flags = self._frames()
        total_ms = self.samples * 1000 // vad.RATE
        own = flags & (loud >= loud.max(axis=0) - BLEED_DB)
        for channel, row in enumerate(loud):  # and not far below the channel's own speech (the other's leak)
            if own[channel].any():
                own[channel] &= row >= np.quantile(row[own[channel]], 0.9) - FLOOR_DB
        found = [vad.segments_of(row, 10.0, self.settings, total_ms) for row in own]
        names = self._names(found, voice)
        segments = (SpeechSegment(a, b, names[c]) for c, spans in enumerate(found) for a, b in spans)
        return tuple(sorted(segments, key=lambda s: (s.start_ms, s.end_ms, s.speaker)))

    def _names(self, found: list[list[tuple[int, int]]], voice: VoicePrint | None) -> list[Speaker]:
        names: list[Speaker] = ["other"] * self.count
        heard = [c for c in range(self.count) if found[c]]
        if not heard:
            return names
        if voice is not None and (self._counts[:2] > 0).all():
            means = self._sums[:2] / self._counts[:2, None]
            spread = voice.frames.std(axis=0) + 1e-6
            distance = np.linalg.norm((means - voice.frames.mean(axis=0)) / spread, axis=1)
            professional = int(distance.argmin())
        else:
            professional = min(heard[:2], key=lambda c: found[c][0][0])
        names[professional] = "professional"
        rest = [c for c in range(min(2, self.count)) if c != professional]
        for c in rest:
            names[c] = "client"
        return names
