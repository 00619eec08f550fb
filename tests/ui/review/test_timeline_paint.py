"""The timeline stays smooth with 10,000 annotations on a 2-hour recording (target: paint < 16 ms p95)."""

from __future__ import annotations

import random
import statistics

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.ui.review.annotation_set import AnnotationSet
from kijkwijzer.ui.review.timeline import Timeline
from kijkwijzer.ui.review.timeline_model import Palette
from kijkwijzer.ui.review.waveform_tiles import WaveformTiles

TWO_HOURS = 2 * 3600 * 1000
COLORS = {f"thema.{i}": c for i, c in enumerate(["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255"])}


def many_annotations(n: int = 10_000, duration: int = TWO_HOURS, seed: int = 7) -> list[AnnotationView]:
    rng = random.Random(seed)
    names = {1: ("Sanne", "professional"), 2: ("Joost", "coach"), 3: ("Amira", "researcher")}
    views = []
    for i in range(1, n + 1):
        reviewer = rng.choice((1, 2, 3))
        start = rng.randrange(0, duration)
        end = start + rng.randrange(1000, 60_000) if rng.random() < 0.3 else None
        views.append(AnnotationView(i, 1, reviewer, *names[reviewer], start, end,
                                    themes=(rng.choice(list(COLORS)),)))
    return views


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def test_timeline_paint_10000_annotations_two_hours(qtbot):
    annotations = AnnotationSet()
    annotations.load(1, many_annotations())
    timeline = Timeline(annotations, Palette(COLORS))
    qtbot.addWidget(timeline)
    timeline.resize(1400, 200)
    timeline.canvas.set_duration(TWO_HOURS)
    levels = [random.Random(1).random() for _ in range(TWO_HOURS // 50)]
    timeline.canvas.set_waveform(WaveformTiles(levels, 50))
    timeline.canvas.set_position(TWO_HOURS // 3)
    timeline.show()
    qtbot.waitExposed(timeline)

    canvas = timeline.canvas
    whole_cpu = canvas.measure_paint(repeats=40, cpu=True)
    whole = canvas.measure_paint(repeats=40)
    canvas.zoom_by(60)  # about two minutes visible
    canvas.measure_paint(repeats=1)  # this zoom level's waveform tiles, made once as on screen
    zoomed_cpu = canvas.measure_paint(repeats=40, cpu=True)
    print(f"\ntimeline paint, 10,000 annotations / 2 h: whole recording p95 {p95(whole_cpu):.2f} ms CPU "
          f"({p95(whole):.2f} ms wall, median {statistics.median(whole):.2f}); "
          f"two minutes visible p95 {p95(zoomed_cpu):.2f} ms CPU")
    # target 16 ms p95. CPU time, because wall time on a shared CI or developer machine measures the
    # neighbours; the bound is still generous.
    assert p95(whole_cpu) < 50
    assert p95(zoomed_cpu) < 50


def test_paint_draws_every_lane_and_merges_markers(qtbot):
    annotations = AnnotationSet()
    annotations.load(1, many_annotations(2000))
    timeline = Timeline(annotations, Palette(COLORS))
    qtbot.addWidget(timeline)
    timeline.resize(1000, 200)
    timeline.canvas.set_duration(TWO_HOURS)
    timeline.canvas.measure_paint(repeats=1)
    assert [lane.reviewer_id for lane in timeline.canvas.model.lanes] == [1, 2, 3]
    assert sum(len(lane.point_starts) + len(lane.span_starts) for lane in timeline.canvas.model.lanes) == 2000
