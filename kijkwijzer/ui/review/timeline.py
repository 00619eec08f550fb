"""The timeline widget: whole recording, zoom and scroll, click to seek, drag span edges to adjust; the speaker
lane (who speaks when) under the waveform once the recording has a speaker track.

Painting is in timeline_painter; this file owns the view state (start, zoom), the cached layer and
the mouse. Span edge drags are previewed locally and handed to the review view on release, which
commits them through the undo stack.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import QScrollBar, QSizePolicy, QVBoxLayout, QWidget

from . import timeline_painter as tp
from .annotation_set import AnnotationSet
from .speaker_lane import SpeakerLane, lane_height, speaker_name
from .timeline_model import Palette, TimelineModel
from .waveform_tiles import WaveformTiles

MIN_MS_PER_PX = 2.0
EDGE_GRAB_PX = 5
ZOOM_STEP = 1.6


class TimelineCanvas(QWidget):
    seek_requested = Signal(int)
    annotation_clicked = Signal(int)
    span_edited = Signal(int, int, int)  # id, new start, new end
    view_changed = Signal()

    def __init__(self, annotations: AnnotationSet, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotations = annotations
        self.model = TimelineModel(palette)
        self.tiles: WaveformTiles | None = None
        self.duration_ms = 0
        self.position_ms = 0
        self.view_start_ms = 0.0
        self.ms_per_px = 1000.0
        self.fit = True  # zoomed out to the whole recording; follows resizes
        self.follow = True
        self.current_reviewer: int | None = None
        self.selected: int | None = None
        self.marks: tuple[int | None, int | None] = (None, None)
        self.labels: dict[int, str] = {}
        self.speakers: SpeakerLane | None = None  # the speaker lane; None: no speaker track (the lane takes no room)
        self._layer: QPixmap | None = None
        self._layer_key: tuple | None = None
        self._drag: dict | None = None
        self.paint_count = 0
        self.last_paint_ms = 0.0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(200)
        for signal in (annotations.reset, annotations.inserted, annotations.removed, annotations.changed,
                       annotations.rearranged):
            signal.connect(self._annotations_changed)

    # --- state ---------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(800, tp.preferred_height(len(self.model.lanes), self.speaker_h))

    def set_duration(self, ms: int) -> None:
        self.duration_ms = max(int(ms), 1)
        self.zoom_fit()

    def set_waveform(self, tiles: WaveformTiles | None) -> None:
        self.tiles = tiles
        self.update()

    @property
    def speaker_h(self) -> int:
        return lane_height(self.speakers)

    def set_speakers(self, lane: SpeakerLane | None) -> None:
        """Show who speaks when (None hides the lane)."""
        self.speakers = lane
        self._annotations_changed()

    def set_current_reviewer(self, reviewer_id: int | None) -> None:
        self.current_reviewer = reviewer_id
        self._annotations_changed()

    def set_selected(self, annotation_id: int | None) -> None:
        if annotation_id != self.selected:
            self.selected = annotation_id
            self.update()

    def set_marks(self, mark_in: int | None, mark_out: int | None) -> None:
        self.marks = (mark_in, mark_out)
        self.update()

    def set_position(self, ms: int) -> None:
        if ms == self.position_ms:
            return
        old_x = self.geometry_now().x_of(self.position_ms)
        self.position_ms = ms
        geo = self.geometry_now()
        x = geo.x_of(ms)
        if self.follow and not self.fit and not (0 <= x <= self.width() - 8) and self._drag is None:
            self._scroll_to(ms - 0.1 * self.width() * self.ms_per_px)
            return
        self.update(QRect(int(old_x) - 7, 0, 15, self.height()))
        self.update(QRect(int(x) - 7, 0, 15, self.height()))

    def _annotations_changed(self, *_args: object) -> None:
        self._rebuild_model()
        height = tp.preferred_height(len(self.model.lanes), self.speaker_h)
        if self.height() != height:
            self.setFixedHeight(height)
        self.update()

    def _rebuild_model(self) -> None:
        self.model.rebuild(self.annotations, self.annotations.revision, self.current_reviewer)

    # --- zoom and scroll ---------------------------------------------------------------------------
    def geometry_now(self) -> tp.Geometry:
        return tp.Geometry(self.view_start_ms, self.ms_per_px, max(self.width(), 1), max(self.height(), 1))

    def fit_ms_per_px(self) -> float:
        return max(self.duration_ms / max(self.width(), 1), 0.001)

    def zoom_fit(self) -> None:
        self.fit = True
        self.view_start_ms = 0.0
        self.ms_per_px = self.fit_ms_per_px()
        self.view_changed.emit()
        self.update()

    def zoom_by(self, factor: float, anchor_ms: float | None = None) -> None:
        anchor_ms = self.position_ms if anchor_ms is None else anchor_ms
        anchor_x = self.geometry_now().x_of(anchor_ms)
        if not 0 <= anchor_x <= self.width():
            anchor_x = self.width() / 2
        new = min(max(self.ms_per_px / factor, MIN_MS_PER_PX), self.fit_ms_per_px())
        self.ms_per_px = new
        self.fit = new >= self.fit_ms_per_px() * 0.999
        self._scroll_to(anchor_ms - anchor_x * new)

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def _scroll_to(self, start_ms: float) -> None:
        max_start = max(self.duration_ms - self.width() * self.ms_per_px, 0.0)
        self.view_start_ms = min(max(start_ms, 0.0), max_start)
        self.view_changed.emit()
        self.update()

    def scroll_to(self, start_ms: float) -> None:
        self._scroll_to(start_ms)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit:
            self.ms_per_px = self.fit_ms_per_px()
        self.view_changed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            anchor = self.geometry_now().ms_at(event.position().x())
            self.zoom_by(ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP, anchor)
        elif not self.fit:
            self._scroll_to(self.view_start_ms - delta / 120 * 80 * self.ms_per_px)
        event.accept()

    # --- painting --------------------------------------------------------------------------------
    def _layer_state(self) -> tuple:
        return (self.annotations.revision, self.current_reviewer, round(self.view_start_ms, 3), self.ms_per_px,
                self.width(), self.height(), self.selected, self.marks, id(self.tiles), tuple(self.labels.items()),
                id(self.speakers))

    def render_layer(self) -> QPixmap:
        """Everything except the playhead, for the current view; cached until the state changes."""
        if self.model.revision != self.annotations.revision:
            self._rebuild_model()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        painter = QPainter(pixmap)
        tp.paint_static(painter, self.geometry_now(), self.model, self.tiles, self.duration_ms, self.selected,
                        self.marks, self.labels, self.speakers)
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        started = time.perf_counter()
        key = self._layer_state()
        if self._layer is None or key != self._layer_key:
            self._layer = self.render_layer()
            self._layer_key = key
        painter = QPainter(self)
        painter.drawPixmap(event.rect(), self._layer, self._src(event))
        geo = self.geometry_now()
        if self._drag is not None and self._drag.get("moved"):
            self._paint_drag(painter, geo)
        tp.paint_playhead(painter, geo, self.position_ms)
        painter.end()
        self.last_paint_ms = (time.perf_counter() - started) * 1000
        self.paint_count += 1

    def _src(self, event: QPaintEvent) -> QRect:
        ratio = self._layer.devicePixelRatio() if self._layer else 1.0
        r = event.rect()
        return QRect(int(r.x() * ratio), int(r.y() * ratio), int(r.width() * ratio), int(r.height() * ratio))

    def _paint_drag(self, painter: QPainter, geo: tp.Geometry) -> None:
        drag = self._drag
        top = tp.lane_top(drag["lane"], self.speaker_h)
        x0, x1 = geo.x_of(drag["start"]), geo.x_of(drag["end"])
        painter.setPen(QPen(QColor("#ffffff"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 255, 255, 40))
        painter.drawRect(QRectF(x0, top + 2, max(x1 - x0, 2), tp.LANE_H - 4))

    def measure_paint(self, repeats: int = 50, size: QSize | None = None, cpu: bool = False) -> list[float]:
        """Milliseconds per full uncached paint (layer + playhead) into an image: the benchmark's number.
        `cpu` measures this thread's CPU time instead of the wall clock (steady on a busy machine)."""
        clock = time.thread_time if cpu else time.perf_counter
        if self.model.revision != self.annotations.revision:
            self._rebuild_model()
        size = size or self.size()
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        geo = tp.Geometry(self.view_start_ms, self.ms_per_px, size.width(), size.height())
        times = []
        for _ in range(repeats):
            started = clock()
            painter = QPainter(image)
            tp.paint_static(painter, geo, self.model, self.tiles, self.duration_ms, self.selected, self.marks,
                            self.labels, self.speakers)
            tp.paint_playhead(painter, geo, self.position_ms)
            painter.end()
            times.append((clock() - started) * 1000)
        return times

    # --- mouse -----------------------------------------------------------------------------------
    def _hit_edge(self, x: float, y: float) -> dict | None:
        lane = tp.lane_at(y, self.speaker_h)
        geo = self.geometry_now()
        t0, t1 = geo.ms_at(x - EDGE_GRAB_PX), geo.ms_at(x + EDGE_GRAB_PX)
        best = None
        for annotation_id, start, end in self.model.spans_near(lane, t0, t1):
            for edge, ms in (("start", start), ("end", end)):
                distance = abs(geo.x_of(ms) - x)
                if distance <= EDGE_GRAB_PX and (best is None or distance < best[0]):
                    best = (distance, {"id": annotation_id, "edge": edge, "start": start, "end": end,
                                       "lane": lane, "moved": False})
        return best[1] if best else None

    def _hit_marker(self, x: float, y: float) -> int | None:
        lane = tp.lane_at(y, self.speaker_h)
        geo = self.geometry_now()
        t0, t1 = geo.ms_at(x - 3), geo.ms_at(x + 3)
        points = self.model.points_near(lane, t0, t1)
        if points:
            return min(points, key=lambda p: abs(p[1] - geo.ms_at(x)))[0]
        spans = [s for s in self.model.spans_near(lane, geo.ms_at(x), geo.ms_at(x))]
        return spans[-1][0] if spans else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        self._drag = self._hit_edge(pos.x(), pos.y())
        if self._drag is not None:
            return
        clicked = self._hit_marker(pos.x(), pos.y())
        if clicked is not None:
            self.annotation_clicked.emit(clicked)
            return
        self._drag = {"scrub": True}
        self.seek_requested.emit(max(0, min(self.geometry_now().ms_at(pos.x()), self.duration_ms)))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        ms = max(0, min(self.geometry_now().ms_at(pos.x()), self.duration_ms))
        drag = self._drag
        if drag is None:
            hovering = self._hit_edge(pos.x(), pos.y()) is not None
            self.setCursor(Qt.CursorShape.SizeHorCursor if hovering else Qt.CursorShape.ArrowCursor)
            self._speaker_tip(pos.y(), ms)
            return
        if drag.get("scrub"):
            self.seek_requested.emit(ms)
            return
        if drag["edge"] == "start":
            drag["start"] = min(ms, drag["end"] - 1)
        else:
            drag["end"] = max(ms, drag["start"] + 1)
        drag["moved"] = True
        self.update()

    def _speaker_tip(self, y: float, ms: int) -> None:
        """Over the speaker lane the tooltip names whose bar it is."""
        speaker = self.speakers.speaker_at(y, ms, tp.RULER_H + tp.WAVE_H) if self.speakers is not None else None
        tip = speaker_name(speaker) if speaker is not None else ""
        if tip != self.toolTip():
            self.setToolTip(tip)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag and not drag.get("scrub") and drag.get("moved"):
            self.span_edited.emit(drag["id"], int(drag["start"]), int(drag["end"]))
        self.update()


class Timeline(QWidget):
    """The canvas plus a horizontal scroll bar that appears when zoomed in."""

    def __init__(self, annotations: AnnotationSet, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = TimelineCanvas(annotations, palette, self)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self.scrollbar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas)
        layout.addWidget(self.scrollbar)
        self._syncing = False
        self.canvas.view_changed.connect(self._sync_scrollbar)
        self.scrollbar.valueChanged.connect(self._scrolled)
        self._sync_scrollbar()

    def _sync_scrollbar(self) -> None:
        canvas = self.canvas
        visible_ms = canvas.width() * canvas.ms_per_px
        self._syncing = True
        self.scrollbar.setVisible(not canvas.fit)
        self.scrollbar.setRange(0, int(max(canvas.duration_ms - visible_ms, 0)))
        self.scrollbar.setPageStep(int(visible_ms))
        self.scrollbar.setSingleStep(max(int(visible_ms / 20), 1))
        self.scrollbar.setValue(int(canvas.view_start_ms))
        self._syncing = False

    def _scrolled(self, value: int) -> None:
        if not self._syncing:
            self.canvas.scroll_to(float(value))
