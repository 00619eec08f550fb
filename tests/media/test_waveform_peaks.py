"""Waveform peaks measured with numpy equal the peaks worked out by hand, from real WAV files decoded by PyAV."""

from __future__ import annotations

import wave
from array import array
from itertools import pairwise
from pathlib import Path

import pytest

from kijkwijzer.media.waveform import compute_waveform, load_or_compute


def _wav(path: Path, samples: list[int], rate: int = 8000, channels: int = 1) -> Path:
    """16-bit PCM; `samples` interleaved when `channels` is 2."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(array("h", samples).tobytes())
    return path


def test_peaks_of_a_small_mono_case(tmp_path):
    # 8000 Hz at 4 buckets a second: 2000 samples a bucket, and a last, partial bucket of 500.
    samples = [0] * 6500
    samples[10] = 16384  # bucket 0: half of full scale
    samples[1999] = -8192  # bucket 0 too: smaller than the 16384 before it
    samples[2000] = -32768  # bucket 1: full scale, negative
    # bucket 2 (4000..5999) stays silent
    samples[6400] = 8192  # bucket 3, the partial one: a quarter
    wave_ = compute_waveform(_wav(tmp_path / "klein.wav", samples), buckets_per_second=4)
    assert list(wave_.peaks) == [0.5, 1.0, 0.0, 0.25]


def test_stereo_is_mixed_to_mono_before_the_peak(tmp_path):
    # One bucket per second; left and right interleaved. Opposite samples cancel, equal ones add up.
    left_right = [0] * (2 * 16000)
    left_right[2 * 100], left_right[2 * 100 + 1] = 16384, -16384  # second 0: cancels to 0
    left_right[2 * 8100], left_right[2 * 8100 + 1] = 16384, 16384  # second 1: mean 16384 = 0.5
    wave_ = compute_waveform(_wav(tmp_path / "stereo.wav", left_right, channels=2), buckets_per_second=1)
    assert list(wave_.peaks) == [0.0, 0.5]


def test_uneven_buckets_across_batches_match_the_definition(tmp_path):
    """Buckets start at sample k * rate // bps (8000 / 3 is not whole); the numpy batches (four seconds)
    must not shift a spike across a bucket border. The reference is the definition, one bucket at a time."""
    rate, bps, seconds = 8000, 3, 11
    samples = [((i * 7919) % 200) - 100 for i in range(rate * seconds)]  # a low, deterministic hum
    for at in (0, 2666, 2667, 5333, 31999, 32000, 32001, rate * seconds - 1):  # borders and batch edges
        samples[at] = 20000 + at % 1000
    wave_ = compute_waveform(_wav(tmp_path / "hum.wav", samples, rate), buckets_per_second=bps)
    starts = [k * rate // bps for k in range(-(-len(samples) * bps // rate) + 1)]
    starts[-1] = len(samples)
    expected = [max(abs(s) for s in samples[a:b]) / 32768 for a, b in pairwise(starts)]
    assert len(wave_.peaks) == len(expected) == 33
    assert list(wave_.peaks) == pytest.approx(expected, abs=1e-7)


def test_the_cache_keeps_the_peaks_rounded_up_to_a_byte(tmp_path):
    samples = [0] * 4000
    samples[5], samples[2005] = 1, 16384  # the faintest sound stays above zero once cached
    source = _wav(tmp_path / "kort.wav", samples)
    computed = load_or_compute(source, tmp_path / "cache", buckets_per_second=4)
    cached = load_or_compute(source, tmp_path / "cache", buckets_per_second=4)
    assert list(computed.peaks) == [pytest.approx(1 / 32768), 0.5]
    assert list(cached.peaks) == pytest.approx([1 / 255, 128 / 255])
