"""The measurements bench/ calls keep working (tiny repeats; the numbers themselves are bench's job)."""

from __future__ import annotations

from bench import hooks as bench_hooks
from kijkwijzer.services import annotations


def test_bench_hooks_measure_through_the_real_paths(qtbot, vlc_window, review_workspace):
    window = vlc_window  # real VLC: playing and seeking are the subject
    times = bench_hooks.annotate_latency(window, repeats=3)
    assert len(times) == 3 and all(t > 0 for t in times)
    assert len(annotations.list_for_recording(review_workspace.as_pro, review_workspace.recording.id)) == 3
    seeks = bench_hooks.seek_latency(window, repeats=2)
    assert len(seeks) == 2 and all(t < 5000 for t in seeks)
    assert len(bench_hooks.timeline_paint(None, repeats=3)) == 3
    assert len(bench_hooks.timeline_paint(window, repeats=3)) == 3
    assert len(bench_hooks.playhead_paint(window, repeats=3)) == 3
    print(f"\nannotate {times} ms, seek {seeks} ms")
