"""The workbench's one chart technique (QPainter): values over a row of conversations or dates, drawn as lines
with a dot per value (a gap where a value is missing) or as stacked bars, on a whole-number value axis, with
the legend along the top. The series view and the progress view both draw with it.

Neutral colours: a low score is information, not an alarm.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Paul Tol's vibrant blue, orange and teal: distinguishable for colour-blind readers
COLORS = ("#4477AA", "#EE7733", "#009988")
STEPS = (1, 2, 3, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
LEFT, RIGHT, BOTTOM = 44.0, 20.0, 46.0  # room for the value labels, the last dot's value, two-line labels
TEXT, MUTED, GRID, AXIS = "#1f2933", "#6b7280", "#e5e7eb", "#c9ced6"


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


class Chart(QWidget):
    """`set_data(labels, series, minimum, maximum)`; `bars=True` stacks the series as bars per position."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "", bars: bool = False,
                 empty_text: str = "", value_labels: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self.title, self.bars, self.empty_text, self.value_labels = title, bars, empty_text, value_labels
        self.setAccessibleName(title)
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.minimum, self.maximum, self.step = 1, 10, 1
        self.setMinimumSize(300, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def set_data(self, labels: Sequence[str], series: Sequence[Series], minimum: int, maximum: int) -> None:
        self.labels, self.series = tuple(labels), tuple(series)
        self.minimum, self.maximum = minimum, max(maximum, minimum + 1)
        self.setAccessibleDescription("; ".join(
            f"{s.name}: " + ", ".join("-" if v is None else f"{v:g}" for v in s.values) for s in series))
        self.update()

    # --- geometry ---------------------------------------------------------------------------------------------
    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        return small

    def _title_font(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _legend(self) -> list[tuple[float, float, Series]]:
        """Where each legend entry starts (x, middle y), wrapping onto a next row when the width runs out."""
        metrics = QFontMetricsF(self._small_font())
        top = QFontMetricsF(self._title_font()).height() + 8 if self.title else 0.0
        x, y, out = LEFT, top + 16, []
        for s in self.series:
            width = 24 + metrics.horizontalAdvance(s.name) + 24
            if x > LEFT and x + width > self.width() - RIGHT:
                x, y = LEFT, y + metrics.height() + 6
            out.append((x, y, s))
            x += width
        return out

    def plot_rect(self) -> QRectF:
        legend = self._legend()
        below_legend = (legend[-1][1] + 18) if legend else 16.0
        return QRectF(LEFT, below_legend, max(self.width() - LEFT - RIGHT, 10),
                      max(self.height() - below_legend - BOTTOM, 10))

    def axis(self) -> tuple[int, int]:
        """(top of the value axis, step between its labels) at the current size."""
        return ticks(self.minimum, self.maximum, self.plot_rect().height(),
                     1.5 * QFontMetricsF(self._small_font()).height())

    def value_ticks(self) -> tuple[int, ...]:
        top, step = self.axis()
        return tuple(range(self.minimum, top + 1, step))

    def x_of(self, index: int) -> float:
        """Bars sit in the middle of equal bands; line positions are inset from both ends so their labels
        fit, a single one in the middle."""
        rect = self.plot_rect()
        count = max(len(self.labels), 1)
        if self.bars:
            return rect.left() + rect.width() * (index + 0.5) / count
        inset = min(70.0, rect.width() / 4)
        return rect.left() + inset + (rect.width() - 2 * inset) * (0.5 if count == 1 else index / (count - 1))

    def point(self, index: int, value: float) -> QPointF:
        """Where a value at a position sits."""
        rect = self.plot_rect()
        top, _step = self.axis()
        return QPointF(self.x_of(index), rect.bottom() - rect.height() * (value - self.minimum) / (top - self.minimum))

    # --- painting ---------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if self.title:
            p.setFont(self._title_font())
            p.setPen(QColor(TEXT))
            p.drawText(QRectF(0, 4, self.width(), 20), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       self.title)
        p.setFont(self._small_font())
        rect = self.plot_rect()
        self._paint_axis(p, rect)
        self._paint_legend(p)
        if self.bars:
            self._paint_bars(p)
        else:
            for s in self.series:
                self._paint_line(p, s)
        if not self.labels and self.empty_text:
            p.setPen(QColor(MUTED))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        p.end()

    def _paint_axis(self, p: QPainter, rect: QRectF) -> None:
        top, step = self.axis()
        every = 1 if rect.height() / max(top - self.minimum, 1) >= 8 else step  # faint lines at whole values
        for value in range(self.minimum, top + 1, every):
            y = self.point(0, value).y()
            p.setPen(QPen(QColor(AXIS if value in (self.minimum, top) else GRID), 1))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        p.setPen(QColor(MUTED))
        for value in self.value_ticks():
            y = self.point(0, value).y()
            p.drawText(QRectF(0, y - 8, rect.left() - 8, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        p.setPen(QColor("#374151"))
        for index, label in enumerate(self.labels):
            x = self.x_of(index)
            p.drawText(QRectF(x - 60, rect.bottom() + 6, 120, 36),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    def _paint_legend(self, p: QPainter) -> None:
        for x, y, s in self._legend():
            if self.bars:
                p.fillRect(QRectF(x + 3, y - 6, 12, 12), QColor(s.color))
            else:
                p.setPen(QPen(QColor(s.color), 3))
                p.drawLine(QPointF(x, y), QPointF(x + 18, y))
            p.setPen(QColor(TEXT))
            width = p.fontMetrics().horizontalAdvance(s.name)
            p.drawText(QRectF(x + 24, y - 10, width + 4, 20), Qt.AlignmentFlag.AlignVCenter, s.name)

    def _paint_line(self, p: QPainter, s: Series) -> None:
        color = QColor(s.color)
        path = QPainterPath()
        pen_down = False
        for index, value in enumerate(s.values):
            if value is None:
                pen_down = False
                continue
            pt = self.point(index, value)
            if pen_down:
                path.lineTo(pt)
            else:
                path.moveTo(pt)
                pen_down = True
        p.setPen(QPen(color, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        for index, value in enumerate(s.values):
            if value is None:
                continue
            pt = self.point(index, value)
            p.setPen(QPen(QColor("#ffffff"), 2))
            p.setBrush(color)
            p.drawEllipse(pt, 5, 5)
            if self.value_labels:
                p.setPen(color.darker(130))
                offset = -18 if self._label_above(s, index, value) else 6
                p.drawText(QRectF(pt.x() + 6, pt.y() + offset, 30, 14), Qt.AlignmentFlag.AlignLeft, f"{value:g}")

    def _label_above(self, s: Series, index: int, value: float) -> bool:
        """A value's label goes above its dot when no other line is higher there (on a tie: the first line's),
        below otherwise, so two labels at one position do not cover each other."""
        others = [o.values[index] for o in self.series if o is not s and index < len(o.values)]
        highest = max((v for v in others if v is not None), default=None)
        return highest is None or value > highest or (value == highest and s is self.series[0])

    def _paint_bars(self, p: QPainter) -> None:
        band = self.plot_rect().width() / max(len(self.labels), 1)
        width = max(min(80.0, band * 0.5), 4.0)
        p.setPen(QPen(QColor("#ffffff"), 1))
        for index in range(len(self.labels)):
            level = float(self.minimum)
            for s in self.series:
                value = s.values[index] if index < len(s.values) else None
                if not value:
                    continue
                low, high = self.point(index, level), self.point(index, level + value)
                p.setBrush(QColor(s.color))
                p.drawRect(QRectF(low.x() - width / 2, high.y(), width, low.y() - high.y()))
                level += value
