"""The waveform's peak per pixel column (what the timeline and the audio view draw), on hand-computed cases."""

from __future__ import annotations

import pytest

from kijkwijzer.ui.review.waveform_tiles import WaveformTiles, tiles_of

LEVELS = [0.1, 0.5, 0.25, 0.75]  # buckets of 10 ms: 0-10, 10-20, 20-30, 30-40 ms


def test_a_column_over_several_buckets_shows_their_loudest():
    assert WaveformTiles(LEVELS, 10).column_peaks(0, 20, 2) == pytest.approx([0.5, 0.75])


def test_zoomed_in_columns_repeat_the_bucket_they_lie_in():
    assert WaveformTiles(LEVELS, 10).column_peaks(0, 5, 8) == pytest.approx([0.1, 0.1, 0.5, 0.5, 0.25, 0.25, 0.75, 0.75])


def test_columns_before_the_start_and_after_the_end_are_silent():
    assert WaveformTiles(LEVELS, 10).column_peaks(-20, 10, 7) == pytest.approx([0.0, 0.1, 0.1, 0.5, 0.25, 0.75, 0.0])


def test_an_empty_waveform_is_silent_everywhere():
    assert WaveformTiles([], 10).column_peaks(0, 10, 3) == pytest.approx([0.0, 0.0, 0.0])


def test_a_quiet_recording_is_scaled_up_to_nine_tenths():
    class Result:
        peaks = (0.05, 0.2, 0.1)
        buckets_per_second = 100

    tiles = tiles_of(Result())
    assert tiles is not None and tiles.bucket_ms == 10
    assert tiles.column_peaks(0, 10, 3) == pytest.approx([0.225, 0.9, 0.45], abs=1e-6)
