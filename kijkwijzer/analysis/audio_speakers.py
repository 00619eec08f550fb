"""Who speaks when, from the sound (issue 13): fed a recording's 16 kHz samples in blocks, it finds the speech
(analysis/vad.py) and tells the voices apart (analysis/voice_clusters.py), or, when the recording has one voice
per channel, takes each channel's speech (analysis/channel_speakers.py).

Only what is needed is kept while feeding: per 10 ms frame the detector's decision, the loudness and 16 MFCC
(about 7 MB per hour), never the sound. Which voice is the professional: the one that fits the enrolled voice
print best ("dit ben ik") or, without one, the voice that opens the conversation. Nobody is called "other" from
the sound alone: how well a print fits did not tell a voice that is not in the recording from the professional's
own voice in noise (measured, docs/analysis.md).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kijkwijzer.errors import BadInput

from . import channel_speakers, vad, voice_clusters
from .speech import AUDIO_ANALYSIS_VERSION, Speaker, SpeechSegment, TrackSource
from .voices import HOP, RATE, FrameFeatures, VoicePrint

VERSION = AUDIO_ANALYSIS_VERSION
OPENING_MS = 3000  # the voice that speaks most in the first 3 s of speech opens the conversation
MIN_ENROL_SPEECH_MS = 2000
ABOVE_FLOOR_DB = 3.0  # speech is at least this much louder than the quietest tenth of the recording (measured)
MAX_PRINT_FRAMES = 6000


def _mono(block: np.ndarray) -> np.ndarray:
    block = np.asarray(block)
    if block.ndim == 1:
        return block.astype(np.int16, copy=False)
    if block.shape[0] == 1:
        return block[0].astype(np.int16, copy=False)
    return block.astype(np.int32).mean(axis=0).astype(np.int16)


class Analyser:
    """Feed int16 blocks, mono (n,) or one row per channel (channels, n), then `finish()`."""

    def __init__(self, voice: VoicePrint | None, settings: vad.VadSettings = vad.DEFAULT) -> None:
        self.voice = voice if voice is not None and voice.usable else None
        self.settings = settings
        self.done_ms = 0
        self._samples = 0
        self._detector = vad.Detector(settings)
        self._features = FrameFeatures()
        self._mfcc: list[np.ndarray] = []
        self._loudness: list[np.ndarray] = []
        self._channels: channel_speakers.Channels | None = None

    def feed(self, block: np.ndarray) -> None:
        block = np.asarray(block)
        if block.ndim == 2 and block.shape[0] > 1:
            if self._channels is None:
                self._channels = channel_speakers.Channels(block.shape[0], self.settings)
            self._channels.feed(block)
        mono = _mono(block)
        self._detector.feed(mono)
        mfcc, loudness = self._features.feed(mono)
        self._mfcc.append(mfcc)
        self._loudness.append(loudness)
        self._samples += len(mono)
        self.done_ms = self._samples * 1000 // RATE

    def finish(self) -> tuple[TrackSource, tuple[SpeechSegment, ...]]:
        if self._channels is not None and self._channels.separate():
            return "channels", self._channels.segments(self.voice)
        mfcc = np.concatenate(self._mfcc) if self._mfcc else np.zeros((0, 16), dtype=np.float32)
        loudness = np.concatenate(self._loudness) if self._loudness else np.zeros(0, dtype=np.float32)
        self._mfcc, self._loudness = [], []
        flags, segments = speech(self._detector, loudness, self.done_ms)
        return "voices", attribute(flags, mfcc, loudness, segments, self.voice, self.done_ms)


def speech(detector: vad.Detector, loudness: np.ndarray, total_ms: int) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The detector's speech frames and segments, without the segments that do not stand out of the recording's
    noise floor (a steady fan or hiss fools the detector now and then): their loudest tenth is less than
    ABOVE_FLOOR_DB above the quietest tenth of the recording."""
    flags = detector.flags()
    n = min(len(flags), len(loudness))
    flags = flags[:n].copy()
    kept: list[tuple[int, int]] = []
    floor = float(np.quantile(loudness[:n], 0.1)) if n else 0.0
    for start, end in vad.segments_of(flags, detector.frame_ms, detector.settings, total_ms):
        part = loudness[start // 10: max(start // 10 + 1, end // 10)]
        if len(part) and float(np.quantile(part, 0.9)) >= floor + ABOVE_FLOOR_DB:
            kept.append((start, end))
        else:
            flags[start // 10: end // 10] = False
    return flags, kept


def attribute(flags: np.ndarray, mfcc: np.ndarray, loudness: np.ndarray, segments: list[tuple[int, int]],
              voice: VoicePrint | None, total_ms: int) -> tuple[SpeechSegment, ...]:
    """The speech segments attributed to the professional, the client or someone else."""
    found = voice_clusters.split(mfcc, loudness, flags, segments)
    if found is None:  # one voice (or hardly any speech): the professional's
        return tuple(SpeechSegment(a, b, "professional") for a, b in segments)
    names = _names(found, voice)
    out: list[SpeechSegment] = []
    for first, end, label in voice_clusters.runs(found.voice):
        out.append(SpeechSegment(first * 10, min(total_ms, end * 10), names[label]))
    return tuple(sorted((s for s in out if s.end_ms > s.start_ms), key=lambda s: (s.start_ms, s.end_ms, s.speaker)))


def _names(found: voice_clusters.Split, voice: VoicePrint | None) -> tuple[Speaker, Speaker]:
    opening = _opening(found.voice)
    if voice is None:
        return ("professional", "client") if opening == 0 else ("client", "professional")
    fit = found.likelihood(voice.frames)
    return ("professional", "client") if int(fit.argmax()) == 0 else ("client", "professional")


def _opening(labels: np.ndarray) -> int:
    spoken = np.flatnonzero(labels >= 0)
    first = labels[spoken[: OPENING_MS // 10]]
    return int(np.bincount(first, minlength=2)[:2].argmax()) if len(first) else 0


def enrol(blocks: Sequence[np.ndarray], recording_id: int, start_ms: int, end_ms: int) -> VoicePrint:
    """The voice print of a stretch in which only the professional speaks: the MFCC of its loudest speech frames.
    BadInput when it holds too little speech."""
    detector = vad.Detector()
    features = FrameFeatures()
    mfcc, loudness = [], []
    for block in blocks:
        mono = _mono(block)
        detector.feed(mono)
        m, loud = features.feed(mono)
        mfcc.append(m)
        loudness.append(loud)
    frames = np.concatenate(mfcc) if mfcc else np.zeros((0, 16), dtype=np.float32)
    loud = np.concatenate(loudness) if loudness else np.zeros(0, dtype=np.float32)
    flags, segments = speech(detector, loud, detector.samples * 1000 // RATE)
    frames, loud = frames[: len(flags)], loud[: len(flags)]
    inside = voice_clusters.speech_frames(segments, len(frames)) & flags
    if inside.sum() * HOP * 1000 // RATE < MIN_ENROL_SPEECH_MS:
        raise BadInput(f"In het gemarkeerde stuk is te weinig spraak te horen (minstens "
                       f"{MIN_ENROL_SPEECH_MS // 1000} seconden nodig).",
                       f"The marked stretch holds too little speech (at least {MIN_ENROL_SPEECH_MS // 1000} "
                       "seconds needed).")
    keep = inside & (loud >= np.quantile(loud[inside], 1 - voice_clusters.LOUDEST))
    chosen = voice_clusters.sample(np.flatnonzero(keep), MAX_PRINT_FRAMES)
    return VoicePrint(frames[chosen].astype(np.float32), recording_id, start_ms, end_ms)
