"""Generated Dutch two-voice conversations with exact ground truth, to measure who-speaks-when (issue 13).

espeak-ng speaks every sentence in the voice of the professional or the client (`PAIRS`: a man and a woman,
or two similar voices); the sentences are laid out on a timeline (turns, pauses, optionally a listener's "ja"
through the other's speech, interruptions and long silences) and mixed at 16 kHz, optionally with background
noise, the client on a far microphone (quieter, reverberant, muffled) or each voice on its own channel.

The truth is computed from the samples themselves, per voice before mixing: a millisecond is speech when the
voice's own signal there exceeds espeak's silence (synth._SILENCE_THRESHOLD); pauses inside one voice shorter
than `MIN_PAUSE_MS` belong to the speech around them. Everything is deterministic (same arguments, same
tools: same samples and truth).
"""

from __future__ import annotations

import os
import random
import tempfile
import wave
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import signal

from kijkwijzer.media.dialogue_lines import LISTENING, sentences_of
from kijkwijzer.media.probe import tool
from kijkwijzer.media.synth import _BITEXACT, _SILENCE_THRESHOLD, _atomic, _ffmpeg, _run

RATE = 16000
MIN_PAUSE_MS = 250
SPEAKERS = ("professional", "client")


@dataclass(frozen=True)
class Voice:
    variant: str  # espeak-ng voice, e.g. "nl+m3"
    pitch: int  # 0-99
    speed: int  # words per minute


PAIRS: dict[str, tuple[Voice, Voice]] = {  # (professional, client)
    "man-vrouw": (Voice("nl+m3", 38, 150), Voice("nl+f3", 62, 138)),
    "vrouw-man": (Voice("nl+f2", 56, 146), Voice("nl+m1", 32, 136)),
    "twee-mannen": (Voice("nl+m3", 42, 150), Voice("nl+m2", 48, 140)),
    "twee-vrouwen": (Voice("nl+f4", 60, 148), Voice("nl+f1", 66, 140)),
}

Segment = tuple[int, int, str]  # (start_ms, end_ms, speaker): end exclusive


@dataclass(frozen=True)
class Conditions:
    noise_snr_db: float | None = None  # background noise this far below the speech (None: none)
    far_client: bool = False  # the client sits far from the microphone
    overlaps: bool = False  # "ja" through the other's speech, and interruptions
    long_silences: bool = False  # now and then 6-20 s in which nobody speaks
    stereo: bool = False  # each voice on its own channel (left: professional), a little bleed of the other


@dataclass(frozen=True)
class Dialogue:
    path: Path
    pair: str
    conditions: Conditions
    duration_ms: int
    truth: tuple[Segment, ...]  # sorted by start; one speaker's segments never overlap
    turns: tuple[Segment, ...]  # each turn's first to last sentence (a "ja" through the other is a turn too)

    def of(self, speaker: str) -> tuple[Segment, ...]:
        return tuple(s for s in self.truth if s[2] == speaker)

    def alone(self, speaker: str = "professional", min_ms: int = 4000) -> tuple[int, int]:
        """The longest turn of `speaker` in which nobody else speaks (for "dit ben ik")."""
        others = [s for s in self.truth if s[2] != speaker]
        spans = [(a, b) for a, b, who in self.turns if who == speaker and b - a >= min_ms
                 and not any(o[0] < b and a < o[1] for o in others)]
        if not spans:
            raise ValueError(f"no turn of {speaker} alone of {min_ms} ms or more")
        return max(spans, key=lambda s: s[1] - s[0])


def _espeak(voice: Voice, text: str, wav: Path) -> None:
    cmd = [tool("espeak-ng"), "-v", voice.variant, "-p", str(voice.pitch), "-s", str(voice.speed), "-b", "1",
           "-w", str(wav), "--stdin"]
    _run(cmd, stdin=text.encode("utf-8"))


_SPOKEN: dict[tuple[Voice, str], np.ndarray] = {}  # what this process had espeak say already


def _spoken(voice: Voice, texts: list[str], work: Path) -> dict[str, np.ndarray]:
    """Each distinct text spoken, espeak's own silence trimmed, at 16 kHz as float32 in int16 scale."""
    distinct = sorted(set(texts) - {text for v, text in _SPOKEN if v == voice})
    wavs = [work / f"{voice.variant.replace('+', '_')}-{voice.pitch}-{i:03d}.wav" for i in range(len(distinct))]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(lambda job: _espeak(voice, *job), zip(distinct, wavs, strict=True)))
    for text, wav in zip(distinct, wavs, strict=True):
        with wave.open(str(wav), "rb") as reader:
            rate = reader.getframerate()
            raw = np.frombuffer(reader.readframes(reader.getnframes()), dtype=np.int16)
        loud = np.flatnonzero(np.abs(raw.astype(np.int32)) > _SILENCE_THRESHOLD)
        raw = raw[loud[0]: loud[-1] + 1] if len(loud) else raw[:0]
        resampled = signal.resample_poly(raw.astype(np.float64), RATE, rate) if rate != RATE else raw
        _SPOKEN[voice, text] = np.asarray(resampled, dtype=np.float32)
    return {text: _SPOKEN[voice, text] for text in texts}


def _layout(seconds: float, rng: random.Random, when: Conditions,
            sound: dict[str, dict[str, np.ndarray]]) -> tuple[list[tuple[str, str, int]], list[Segment]]:
    """Place sentences on the timeline with their real lengths: [(speaker, text, start_sample)], turns."""
    pools = {who: sentences_of(who) for who in SPEAKERS}
    placed: list[tuple[str, str, int]] = []
    turns: list[Segment] = []
    free = {who: 0 for who in SPEAKERS}  # sample from which each voice is silent
    at = rng.randint(6, 12) * RATE // 10
    who, first = "professional", True
    total = int(seconds * RATE)
    while at < total:
        count = 3 if first else rng.choice((1, 1, 2, 2, 3) if who == "professional" else (1, 1, 1, 2))
        if not first and rng.random() < 0.08:
            count = rng.randint(4, 6)  # a monologue
        start, t = at, at
        for _ in range(count):
            text = rng.choice(pools[who])
            placed.append((who, text, t))
            t += len(sound[who][text]) + rng.randint(25, 50) * RATE // 100
        end = placed[-1][2] + len(sound[who][placed[-1][1]])
        turns.append((start, end, who))
        free[who] = end
        other = "client" if who == "professional" else "professional"
        if when.overlaps and end - start > 3 * RATE and rng.random() < 0.5:  # the listener: "ja" in between
            text = rng.choice(LISTENING)
            t = start + (end - start) * rng.randint(35, 65) // 100
            if t >= free[other] + RATE // 2 and t + len(sound[other][text]) < end:
                placed.append((other, text, t))
                turns.append((t, t + len(sound[other][text]), other))
                free[other] = t + len(sound[other][text])
        if when.long_silences and rng.random() < 0.12:
            gap = rng.randint(60, 200) * RATE // 10
        elif when.overlaps and rng.random() < 0.3:  # the other starts before this one has finished
            gap = -rng.randint(3, 10) * RATE // 10
        else:
            gap = rng.randint(3, 10) * RATE // 10
        at = max(end + gap, free[other] + RATE // 10, start + RATE // 2)
        who, first = other, False
    return placed, turns


def _truth_of(track: np.ndarray, speaker: str) -> list[Segment]:
    """Speech of one dry voice, per millisecond, pauses shorter than MIN_PAUSE_MS bridged."""
    per_ms = RATE // 1000
    usable = len(track) // per_ms * per_ms
    loud = np.abs(track[:usable]).reshape(-1, per_ms).max(axis=1) > _SILENCE_THRESHOLD
    edges = np.flatnonzero(np.diff(np.concatenate(([0], loud.astype(np.int8), [0]))))
    runs = [[int(a), int(b)] for a, b in zip(edges[::2], edges[1::2], strict=True)]
    joined: list[list[int]] = []
    for run in runs:
        if joined and run[0] - joined[-1][1] < MIN_PAUSE_MS:
            joined[-1][1] = run[1]
        else:
            joined.append(run)
    return [(a, b, speaker) for a, b in joined]


def _far(track: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A far microphone: a quarter of the level, a room's reverberation (RT60 0.5 s), no highs above 3.4 kHz."""
    t = np.arange(int(0.5 * RATE)) / RATE
    ir = rng.standard_normal(len(t)) * np.exp(-6.9 * t / 0.5) * 0.25
    ir[0] = 1.0
    wet = signal.fftconvolve(track, ir / np.sqrt(np.sum(ir**2)))[: len(track)]
    sos = signal.butter(4, 3400, "low", fs=RATE, output="sos")
    return (0.25 * signal.sosfilt(sos, wet)).astype(np.float32)


def _noise(n: int, level: float, rng: np.random.Generator) -> np.ndarray:
    """Pink noise with a little mains hum, RMS `level`."""
    spectrum = np.fft.rfft(rng.standard_normal(n))
    spectrum /= np.sqrt(np.maximum(np.fft.rfftfreq(n, 1 / RATE), 20.0))
    pink = np.fft.irfft(spectrum, n)
    pink += 0.3 * np.std(pink) * np.sin(2 * np.pi * 50 * np.arange(n) / RATE)
    return (pink * (level / max(float(np.std(pink)), 1e-9))).astype(np.float32)


def make_dialogue(target: Path, pair: str = "man-vrouw", seconds: float = 60, seed: int = 1,
                  conditions: Conditions = Conditions()) -> Dialogue:
    """A conversation of about `seconds` (.wav at 16 kHz; any other suffix is encoded by ffmpeg as AAC)."""
    voices = dict(zip(SPEAKERS, PAIRS[pair], strict=True))
    rng = random.Random(f"{pair}/{seed}/{seconds}/{conditions}")
    target = Path(target)
    with tempfile.TemporaryDirectory(prefix="kw-dialoog-") as tmp:
        work = Path(tmp)
        texts = {who: list(sentences_of(who)) + list(LISTENING) for who in SPEAKERS}
        sound = {who: _spoken(voices[who], texts[who], work) for who in SPEAKERS}
        placed, turns = _layout(seconds, rng, conditions, sound)
        length = max(at + len(sound[who][text]) for who, text, at in placed) + RATE
        tracks = {who: np.zeros(length, dtype=np.float32) for who in SPEAKERS}
        for who, text, at in placed:
            tracks[who][at: at + len(sound[who][text])] += sound[who][text]
        truth = sorted(s for who in SPEAKERS for s in _truth_of(tracks[who], who))
        noise_rng = np.random.default_rng(rng.randrange(2**32))
        if conditions.far_client:
            tracks["client"] = _far(tracks["client"], noise_rng)
        if conditions.stereo:
            bleed = 0.06
            mix = np.stack([tracks["professional"] + bleed * tracks["client"],
                            tracks["client"] + bleed * tracks["professional"]])
        else:
            mix = (tracks["professional"] + tracks["client"])[None, :]
        if conditions.noise_snr_db is not None:
            active = np.abs(mix.sum(axis=0)) > _SILENCE_THRESHOLD
            power = float(np.mean(mix[:, active] ** 2)) if active.any() else 1.0
            level = np.sqrt(power / 10 ** (conditions.noise_snr_db / 10))
            mix = mix + np.stack([_noise(length, level, noise_rng) for _ in range(len(mix))])
        peak = float(np.max(np.abs(mix))) or 1.0
        pcm = np.round(mix * min(1.0, 29000 / peak)).astype(np.int16)
        _write(target, pcm, work)
    ms = 1000 / RATE
    return Dialogue(target, pair, conditions, length * 1000 // RATE, tuple(truth),
                    tuple((round(a * ms), round(b * ms), who) for a, b, who in sorted(turns)))


def _write(target: Path, pcm: np.ndarray, work: Path) -> None:
    wav = target if target.suffix.lower() == ".wav" else work / "mix.wav"
    with _atomic(wav) if wav == target else nullcontext(wav) as out, wave.open(str(out), "wb") as writer:
        writer.setnchannels(pcm.shape[0])
        writer.setsampwidth(2)
        writer.setframerate(RATE)
        writer.writeframes(np.ascontiguousarray(pcm.T).tobytes())
    if wav != target:
        with _atomic(target) as tmp:
            _run(_ffmpeg("-i", str(wav), "-c:a", "aac", "-b:a", "96k", "-ar", "44100", *_BITEXACT, str(tmp)))
