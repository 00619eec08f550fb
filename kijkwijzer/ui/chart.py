"""The workbench's one chart technique, on QtCharts: values over a row of conversations or dates, drawn as
lines with a dot per value (a gap where a value is missing) or as stacked bars, on a whole-number value axis,
with the legend along the top. The series view and the progress view both draw with it.

Per line: one QScatterSeries named after the line holds its dots (exactly the values that are there);
unnamed QLineSeries segments join dots at neighbouring positions, so a missing value is a gap. A value's label
goes above its dot, or below it where another line is higher, so two labels at one position stay readable
(QtCharts only puts them above: drawForeground writes them).

Neutral colours: a low score is information, not an alarm.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

# Paul Tol's vibrant blue, orange and teal: distinguishable for colour-blind readers
COLORS = ("#4477AA", "#EE7733", "#009988")
STEPS = (1, 2, 3, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
TEXT, MUTED, GRID, AXIS = "#1f2933", "#6b7280", "#e5e7eb", "#c9ced6"
DOT = 10.0


@dataclass(frozen=True)
class Series:
    """One line (or one stack level of the bars): a value per position, None where there is none."""

    name: str
    values: tuple[float | None, ...]
    color: str


def ticks(low: int, high: int, room: float, min_gap: float) -> tuple[int, int]:
    """(top of the axis, step) so that labelled values are whole numbers at least `min_gap` pixels apart in
    `room` pixels; a step that divides the range exactly is preferred (1-10 in a small chart: 1, 4, 7, 10)."""
    span = max(high - low, 1)
    fits = [s for s in STEPS if room * s / span >= min_gap] or [STEPS[-1]]
    step = next((s for s in fits[:3] if span % s == 0), fits[0])
    return low + step * -(-span // step), step


def runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """The stretches of neighbouring positions that have a value: what a line joins (a None breaks it)."""
    out: list[list[tuple[int, float]]] = [[]]
    for index, value in enumerate(values):
        if value is None:
            out.append([])
        else:
            out[-1].append((index, float(value)))
    return [run for run in out if run]


def unique_labels(labels: Sequence[str]) -> list[str]:
    """QtCharts refuses a category twice (two actions done on one day): repeats get invisible spaces."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        out.append(label + "\u200b" * seen.get(label, 0))
        seen[label] = seen.get(label, 0) + 1
    return out


class Chart(QChartView):
    """`set_data(labels, series, minimum, maximum)`; `bars=True` stacks the series as bars per position."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "", bars: bool = False,
                 empty_text: str = "", value_labels: bool = True) -> None:
        super().__init__(QChart(), parent)
        self.setObjectName("chart")
        self.title, self.bars, self.empty_text, self.value_labels = title, bars, empty_text, value_labels
        self.setAccessibleName(title)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.minimum, self.maximum, self.step = 1, 10, 1
        chart = self.chart()
        chart.setBackgroundRoundness(0)
        chart.setBackgroundBrush(QColor("#ffffff"))
        chart.setMargins(QMargins(4, 2, 8, 2))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        if title:
            chart.setTitle(title)
            chart.setTitleFont(self._title_font())
            chart.setTitleBrush(QColor(TEXT))
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setFont(self._small_font())
        legend.setLabelColor(QColor(TEXT))
        legend.setMarkerShape(legend.MarkerShape.MarkerShapeRectangle if bars else legend.MarkerShape.MarkerShapeFromSeries)
        self.x_axis = QBarCategoryAxis()
        self.y_axis = QValueAxis()
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsFont(self._small_font())
            axis.setLabelsColor(QColor(MUTED))
            axis.setGridLineColor(QColor(GRID))
            axis.setLinePenColor(QColor(AXIS))
        self.x_axis.setGridLineVisible(False)
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.setMinimumSize(300, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def set_data(self, labels: Sequence[str], series: Sequence[Series], minimum: int, maximum: int) -> None:
        self.labels, self.series = tuple(labels), tuple(series)
        self.minimum, self.maximum = minimum, max(maximum, minimum + 1)
        self.setAccessibleDescription("; ".join(
            f"{s.name}: " + ", ".join("-" if v is None else f"{v:g}" for v in s.values) for s in series))
        chart = self.chart()
        chart.removeAllSeries()
        self.x_axis.clear()
        self.x_axis.append(unique_labels([escape(label).replace("\n", "<br>") for label in self.labels]) or [""])
        self.x_axis.setRange(self.x_axis.categories()[0], self.x_axis.categories()[-1])
        if self.bars:
            self._add_bars()
        else:
            for s in self.series:
                self._add_line(s)
        self._fit_axis()

    def _attach(self, series: QLineSeries | QScatterSeries | QStackedBarSeries) -> None:
        self.chart().addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)

    def _add_line(self, s: Series) -> None:
        color = QColor(s.color)
        for run in runs(s.values):
            if len(run) < 2:
                continue
            segment = QLineSeries()
            segment.setPen(QPen(color, 2.5))
            segment.append([QPointF(x, y) for x, y in run])
            self._attach(segment)
            for marker in self.chart().legend().markers(segment):
                marker.setVisible(False)
        dots = QScatterSeries()
        dots.setName(s.name)
        dots.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        dots.setMarkerSize(DOT)
        dots.setColor(color)
        dots.setBorderColor(QColor("#ffffff"))
        dots.append([QPointF(x, float(v)) for x, v in enumerate(s.values) if v is not None])
        self._attach(dots)

    def _add_bars(self) -> None:
        stack = QStackedBarSeries()
        stack.setBarWidth(0.5)
        for s in self.series:
            bar = QBarSet(s.name)
            bar.setColor(QColor(s.color))
            bar.setBorderColor(QColor("#ffffff"))
            bar.append([float(v or 0) for v in s.values])
            stack.append(bar)
        self._attach(stack)

    # --- geometry ---------------------------------------------------------------------------------------------
    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        return small

    def _title_font(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_axis()

    def _fit_axis(self) -> None:
        top, step = self.axis()
        self.step = step
        self.y_axis.setRange(self.minimum, top)
        self.y_axis.setTickAnchor(self.minimum)
        self.y_axis.setTickInterval(step)
        # faint lines at whole values when there is room for them
        self.y_axis.setMinorTickCount(step - 1 if step > 1 and self.plot_rect().height() / (top - self.minimum) >= 8
                                      else 0)
        self.y_axis.setMinorGridLineColor(QColor(GRID))

    def plot_rect(self) -> QRectF:
        """The plot area in the view's own coordinates."""
        area = self.chart().plotArea()
        return QRectF(self.mapFromScene(area.topLeft()), self.mapFromScene(area.bottomRight()))

    def axis(self) -> tuple[int, int]:
        """(top of the value axis, step between its labels) at the current size."""
        return ticks(self.minimum, self.maximum, self.plot_rect().height(),
                     1.5 * QFontMetricsF(self._small_font()).height())

    def value_ticks(self) -> tuple[int, ...]:
        top, step = self.axis()
        return tuple(range(self.minimum, top + 1, step))

    def point(self, index: int, value: float) -> QPointF:
        """Where a value at a position sits, in the view's coordinates."""
        rect = self.plot_rect()
        top, _step = self.axis()
        count = max(len(self.labels), 1)
        x = rect.left() + rect.width() * (index + 0.5) / count
        return QPointF(x, rect.bottom() - rect.height() * (value - self.minimum) / (top - self.minimum))

    def _label_above(self, s: Series, index: int, value: float) -> bool:
        """A value's label goes above its dot when no other line is higher there (on a tie: the first line's),
        below otherwise, so two labels at one position do not cover each other."""
        others = [o.values[index] for o in self.series if o is not s and index < len(o.values)]
        highest = max((v for v in others if v is not None), default=None)
        return highest is None or value > highest or (value == highest and s is self.series[0])

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        dots = [d for d in self.chart().series() if isinstance(d, QScatterSeries)]
        if self.bars or not self.value_labels or not dots:
            return
        painter.setFont(self._small_font())
        for s in self.series:
            for index, value in enumerate(s.values):
                if value is None:
                    continue
                pt = self.chart().mapToPosition(QPointF(index, value), dots[0])
                offset = -DOT / 2 - 16 if self._label_above(s, index, value) else DOT / 2 + 2
                painter.setPen(QColor(s.color).darker(130))
                painter.drawText(QRectF(pt.x() + 3, pt.y() + offset, 30, 14), Qt.AlignmentFlag.AlignLeft,
                                 f"{value:g}")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.labels and self.empty_text:
            p = QPainter(self.viewport())
            p.setFont(self._small_font())
            p.setPen(QColor(MUTED))
            p.drawText(self.plot_rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
