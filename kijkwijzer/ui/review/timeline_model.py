"""What the timeline paints, in flat sorted arrays: one lane per reviewer, points and spans apart.

Rebuilt from the AnnotationSet only when its revision changes, so a paint never walks Python objects
it will not draw: the painter bisects these arrays for the visible window.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtGui import QColor

from kijkwijzer.domain.annotation import AnnotationView

NO_THEME_COLOR = "#8a8f98"


@dataclass
class Lane:
    reviewer_id: int
    name: str
    role: str
    point_starts: list[int] = field(default_factory=list)
    point_colors: list[int] = field(default_factory=list)
    point_ids: list[int] = field(default_factory=list)
    span_starts: list[int] = field(default_factory=list)
    span_ends: list[int] = field(default_factory=list)
    span_colors: list[int] = field(default_factory=list)
    span_ids: list[int] = field(default_factory=list)
    max_span_ms: int = 0

    def first_span_index(self, t0: int) -> int:
        """Index of the first span that can still reach into a window starting at t0."""
        return bisect_left(self.span_starts, t0 - self.max_span_ms)


class Palette:
    """Theme id -> colour index; QColor objects are made once, not per annotation."""

    def __init__(self, theme_colors: dict[str, str]) -> None:
        self.colors: list[QColor] = [QColor(NO_THEME_COLOR)]
        self.index: dict[str, int] = {}
        for theme_id, color in theme_colors.items():
            self.index[theme_id] = len(self.colors)
            self.colors.append(QColor(color))
        self.span_colors: list[QColor] = []  # the same, translucent, for span bars
        for color in self.colors:
            translucent = QColor(color)
            translucent.setAlpha(165)
            self.span_colors.append(translucent)

    def of(self, themes: tuple[str, ...]) -> int:
        for theme_id in themes:
            found = self.index.get(theme_id)
            if found is not None:
                return found
        return 0


class TimelineModel:
    """Lanes for all reviewers of one recording; `lane_order` keeps the current reviewer first."""

    def __init__(self, palette: Palette) -> None:
        self.palette = palette
        self.lanes: list[Lane] = []
        self.revision = -1
        self._by_id: dict[int, tuple[int, int, int, bool]] = {}  # id -> (lane, start, end, is_span)

    def rebuild(self, views: Iterable[AnnotationView], revision: int, first_reviewer: int | None = None) -> None:
        lanes: dict[int, Lane] = {}
        by_id: dict[int, tuple[int, int, int, bool]] = {}
        of = self.palette.of
        for view in views:  # already in start order
            lane = lanes.get(view.reviewer_id)
            if lane is None:
                lane = lanes[view.reviewer_id] = Lane(view.reviewer_id, view.reviewer_name, view.reviewer_role)
            color = of(view.themes)
            if view.end_ms is not None and view.end_ms > view.start_ms:
                lane.span_starts.append(view.start_ms)
                lane.span_ends.append(view.end_ms)
                lane.span_colors.append(color)
                lane.span_ids.append(view.id)
                lane.max_span_ms = max(lane.max_span_ms, view.end_ms - view.start_ms)
                by_id[view.id] = (view.reviewer_id, view.start_ms, view.end_ms, True)
            else:
                lane.point_starts.append(view.start_ms)
                lane.point_colors.append(color)
                lane.point_ids.append(view.id)
                by_id[view.id] = (view.reviewer_id, view.start_ms, view.start_ms, False)
        ordered = sorted(lanes.values(), key=lambda lane: (lane.reviewer_id != first_reviewer, lane.reviewer_id))
        if first_reviewer is not None and all(lane.reviewer_id != first_reviewer for lane in ordered):
            ordered.insert(0, Lane(first_reviewer, "", ""))
        self.lanes = ordered
        self._by_id = by_id
        self.revision = revision

    def lane_index(self, reviewer_id: int) -> int:
        for i, lane in enumerate(self.lanes):
            if lane.reviewer_id == reviewer_id:
                return i
        return -1

    def extent(self, annotation_id: int) -> tuple[int, int, int, bool] | None:
        """(reviewer_id, start, end, is_span) of an annotation, for hit tests and the selection outline."""
        return self._by_id.get(annotation_id)

    def spans_near(self, lane_index: int, t0: int, t1: int) -> list[tuple[int, int, int]]:
        """(id, start, end) of spans in a lane overlapping [t0, t1]: candidates for an edge drag."""
        if not 0 <= lane_index < len(self.lanes):
            return []
        lane = self.lanes[lane_index]
        out = []
        i = lane.first_span_index(t0)
        while i < len(lane.span_starts) and lane.span_starts[i] <= t1:
            if lane.span_ends[i] >= t0:
                out.append((lane.span_ids[i], lane.span_starts[i], lane.span_ends[i]))
            i += 1
        return out

    def points_near(self, lane_index: int, t0: int, t1: int) -> list[tuple[int, int]]:
        if not 0 <= lane_index < len(self.lanes):
            return []
        lane = self.lanes[lane_index]
        i = bisect_left(lane.point_starts, t0)
        out = []
        while i < len(lane.point_starts) and lane.point_starts[i] <= t1:
            out.append((lane.point_ids[i], lane.point_starts[i]))
            i += 1
        return out
