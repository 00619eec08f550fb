"""Paints the timeline: ruler, waveform band, the speaker lane (when there is a speaker track), one lane per
reviewer, marks and playhead.

Only what is visible is touched: point markers are found by bisecting sorted start times and,
where several fall on one pixel, the rest of that pixel is skipped with one more bisect; spans are
batched per colour. The result goes into a cached layer; a playhead move only blits and draws a line.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF

from kijkwijzer.domain.timecode import format_ms

from . import speaker_lane
from .speaker_lane import SpeakerLane
from .timeline_model import Lane, TimelineModel
from .waveform_tiles import WaveformTiles

RULER_H = 20
WAVE_H = 44
LANE_H = 24
LABEL_PAD = 4
TICK_STEPS_MS = (10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000,
                 300_000, 600_000, 900_000, 1_800_000, 3_600_000)

BACKGROUND = QColor("#1f2328")
LANE_BG = (QColor("#262b31"), QColor("#2b3138"))
RULER_BG = QColor("#171a1e")
TEXT = QColor("#c9d1d9")
WAVE = QColor("#5b8fb9")
MARK_FILL = QColor(255, 210, 80, 46)
MARK_EDGE = QColor("#ffd250")
PLAYHEAD = QColor("#ff5151")
SELECTION = QColor("#ffffff")


@dataclass(frozen=True)
class Geometry:
    """Maps media time to widget x: x = (ms - view_start_ms) / ms_per_px."""

    view_start_ms: float
    ms_per_px: float
    width: int
    height: int

    def x_of(self, ms: float) -> float:
        return (ms - self.view_start_ms) / self.ms_per_px

    def ms_at(self, x: float) -> int:
        return round(self.view_start_ms + x * self.ms_per_px)

    @property
    def view_end_ms(self) -> float:
        return self.view_start_ms + self.width * self.ms_per_px


def lane_top(index: int, speaker_h: int = 0) -> int:
    """Top of a reviewer's lane; `speaker_h` is the speaker lane's height above the lanes (0: none)."""
    return RULER_H + WAVE_H + speaker_h + index * LANE_H


def lane_at(y: float, speaker_h: int = 0) -> int:
    if y < RULER_H + WAVE_H + speaker_h:
        return -1
    return int((y - RULER_H - WAVE_H - speaker_h) // LANE_H)


def preferred_height(lanes: int, speaker_h: int = 0) -> int:
    return RULER_H + WAVE_H + speaker_h + max(lanes, 1) * LANE_H + 2


def paint_static(p: QPainter, geo: Geometry, model: TimelineModel, tiles: WaveformTiles | None,
                 duration_ms: int, selected: int | None, marks: tuple[int | None, int | None],
                 labels: dict[int, str], speakers: SpeakerLane | None = None) -> None:
    p.fillRect(QRectF(0, 0, geo.width, geo.height), BACKGROUND)
    _paint_ruler(p, geo, duration_ms)
    _paint_wave(p, geo, tiles)
    speaker_h = speaker_lane.lane_height(speakers)
    if speakers is not None and speaker_h:
        speaker_lane.paint(p, speakers, RULER_H + WAVE_H, geo.width, geo.view_start_ms, geo.ms_per_px)
    for index, lane in enumerate(model.lanes):
        _paint_lane(p, geo, model, lane, lane_top(index, speaker_h), index, labels.get(lane.reviewer_id, lane.name))
    _paint_selection(p, geo, model, selected, speaker_h)
    _paint_marks(p, geo, marks)
    end_x = geo.x_of(duration_ms)
    if end_x < geo.width:  # beyond the end of the recording
        p.fillRect(QRectF(end_x, 0, geo.width - end_x, geo.height), QColor(0, 0, 0, 90))


def paint_playhead(p: QPainter, geo: Geometry, ms: int) -> None:
    x = geo.x_of(ms)
    if -2 <= x <= geo.width + 2:
        p.setPen(QPen(PLAYHEAD, 1.5))
        p.drawLine(QLineF(x, 0, x, geo.height))
        p.setBrush(PLAYHEAD)
        p.drawPolygon(QPolygonF([QPointF(x - 5, 0), QPointF(x + 5, 0), QPointF(x, 7)]))


def tick_step(ms_per_px: float, min_px: int = 90) -> int:
    for step in TICK_STEPS_MS:
        if step / ms_per_px >= min_px:
            return step
    return TICK_STEPS_MS[-1]


def _paint_ruler(p: QPainter, geo: Geometry, duration_ms: int) -> None:
    p.fillRect(QRectF(0, 0, geo.width, RULER_H), RULER_BG)
    step = tick_step(geo.ms_per_px)
    millis = step < 1000
    font = QFont(p.font())
    font.setPointSizeF(7.5)
    p.setFont(font)
    p.setPen(QPen(TEXT, 1))
    first = int(max(geo.view_start_ms, 0) // step) * step
    lines = []
    t = first
    last_t = min(geo.view_end_ms, duration_ms)
    while t <= last_t:
        x = geo.x_of(t)
        lines.append(QLineF(x, RULER_H - 6, x, RULER_H))
        label = format_ms(t, millis=millis)
        if not millis and label.startswith("00:"):
            label = label[3:]
        p.drawText(QPointF(x + 3, RULER_H - 7), label)
        t += step
    p.drawLines(lines)


def _paint_wave(p: QPainter, geo: Geometry, tiles: WaveformTiles | None) -> None:
    band = QRectF(0, RULER_H, geo.width, WAVE_H)
    p.fillRect(band, QColor("#1a1e23"))
    if tiles is None:
        p.setPen(QPen(QColor("#3a4048"), 1))
        p.drawLine(QLineF(0, RULER_H + WAVE_H / 2, geo.width, RULER_H + WAVE_H / 2))
        return
    tiles.paint(p, geo.view_start_ms, geo.ms_per_px, geo.width, RULER_H, WAVE_H)


def _runs(cover: list[int]) -> list[tuple[int, int, int]]:
    """(x, width, colour index) of each run of equal, non-empty pixels in a coverage row."""
    runs = []
    x, width = 0, len(cover)
    while x < width:
        color = cover[x]
        if color < 0:
            x += 1
            continue
        run_end = x + 1
        while run_end < width and cover[run_end] == color:
            run_end += 1
        runs.append((x, run_end - x, color))
        x = run_end
    return runs


def _paint_lane(p: QPainter, geo: Geometry, model: TimelineModel, lane: Lane, top: int, index: int,
                label: str) -> None:
    """Annotations become one coverage row of pixels per layer (spans, points): markers closer than a
    pixel merge by construction, and the painter gets a few runs instead of thousands of shapes."""
    width = geo.width
    p.fillRect(QRectF(0, top, width, LANE_H), LANE_BG[index % 2])
    t0, t1 = geo.view_start_ms, geo.view_end_ms
    inv = 1.0 / geo.ms_per_px
    v0 = geo.view_start_ms
    # spans: later starts are painted over earlier ones
    span_cover = [-1] * width
    starts, ends, span_colors = lane.span_starts, lane.span_ends, lane.span_colors
    i = lane.first_span_index(int(t0))
    stop = bisect_right(starts, t1)
    while i < stop:
        end = ends[i]
        if end >= t0:
            x0 = int((starts[i] - v0) * inv)
            x1 = int((end - v0) * inv)
            x1 = max(x1, x0 + 2)
            x0 = max(x0, 0)
            x1 = min(x1, width)
            color = span_colors[i]
            if x1 - x0 <= 2:
                span_cover[x0] = color
                if x1 - x0 == 2:
                    span_cover[x0 + 1] = color
            else:
                span_cover[x0:x1] = [color] * (x1 - x0)
        i += 1
    # points: two pixels wide; several on one pixel are merged by jumping to the next pixel
    point_cover = [-1] * width
    pstarts, pcolors = lane.point_starts, lane.point_colors
    n = len(pstarts)
    i = bisect_left(pstarts, t0)
    ms_per_px = geo.ms_per_px
    last_x = width - 1
    while i < n:
        start = pstarts[i]
        if start > t1:
            break
        x = int((start - v0) * inv)
        if x < last_x:
            point_cover[x] = point_cover[x + 1] = pcolors[i]
        elif x == last_x:
            point_cover[x] = pcolors[i]
        i = bisect_left(pstarts, v0 + (x + 1) * ms_per_px, i + 1)
    span_fill, point_fill = model.palette.span_colors, model.palette.colors
    span_top, span_h, point_top, point_h = top + 9, LANE_H - 12, top + 2, LANE_H - 4
    fill = p.fillRect
    for x, run, color_index in _runs(span_cover):
        fill(x, span_top, run, span_h, span_fill[color_index])
    for x, run, color_index in _runs(point_cover):
        fill(x, point_top, run, point_h, point_fill[color_index])
    if label:
        p.setPen(TEXT)
        font = QFont(p.font())
        font.setPointSizeF(7.5)
        p.setFont(font)
        metrics = p.fontMetrics()
        label_width = metrics.horizontalAdvance(label) + 2 * LABEL_PAD
        p.fillRect(QRectF(0, top, label_width, 12), QColor(0, 0, 0, 120))
        p.drawText(QPointF(LABEL_PAD, top + 10), label)


def _paint_selection(p: QPainter, geo: Geometry, model: TimelineModel, selected: int | None,
                     speaker_h: int = 0) -> None:
    if selected is None:
        return
    extent = model.extent(selected)
    if extent is None:
        return
    reviewer_id, start, end, is_span = extent
    index = model.lane_index(reviewer_id)
    if index < 0:
        return
    top = lane_top(index, speaker_h)
    x0 = geo.x_of(start)
    x1 = max(geo.x_of(end), x0 + 2) if is_span else x0 + 2
    p.setPen(QPen(SELECTION, 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(x0 - 2, top + 1, x1 - x0 + 4, LANE_H - 2))


def _paint_marks(p: QPainter, geo: Geometry, marks: tuple[int | None, int | None]) -> None:
    mark_in, mark_out = marks
    if mark_in is not None and mark_out is not None and mark_out > mark_in:
        x0, x1 = geo.x_of(mark_in), geo.x_of(mark_out)
        p.fillRect(QRectF(x0, RULER_H, x1 - x0, geo.height - RULER_H), MARK_FILL)
    p.setPen(QPen(MARK_EDGE, 1, Qt.PenStyle.DashLine))
    for mark in (mark_in, mark_out):
        if mark is not None:
            x = geo.x_of(mark)
            p.drawLine(QLineF(x, RULER_H, x, geo.height))
