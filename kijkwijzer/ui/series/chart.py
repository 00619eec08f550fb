"""A small line chart of the two client-feedback scores over a case's conversations (QPainter only).

Neutral colours: a low score is information, not an alarm. Missing scores leave a gap in the line.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

COLORS = ("#4477AA", "#EE7733")  # Paul Tol's bright blue and orange: distinguishable for colour-blind readers


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int | None, ...]
    color: str


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreChart")
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.minimum, self.maximum = 1, 10
        self.setMinimumSize(300, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def set_data(self, labels: list[str], series: list[Series], minimum: int, maximum: int) -> None:
        self.labels, self.series = tuple(labels), tuple(series)
        self.minimum, self.maximum = minimum, max(maximum, minimum + 1)
        self.setAccessibleDescription("; ".join(
            f"{s.name}: " + ", ".join("-" if v is None else str(v) for v in s.values) for s in series))
        self.update()

    def _plot_rect(self) -> QRectF:
        return QRectF(44, 34, max(self.width() - 64, 10), max(self.height() - 34 - 46, 10))

    def point(self, index: int, value: float) -> QPointF:
        """Where a score sits; conversations are inset from both ends so their labels fit."""
        rect = self._plot_rect()
        count = max(len(self.labels), 1)
        inset = min(70.0, rect.width() / 4)
        span = rect.width() - 2 * inset
        x = rect.left() + inset + span * (0.5 if count == 1 else index / (count - 1))
        y = rect.bottom() - rect.height() * (value - self.minimum) / (self.maximum - self.minimum)
        return QPointF(x, y)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), QColor("#ffffff"))
        rect = self._plot_rect()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        p.setFont(small)
        # Horizontal grid at every other scale step, with the values at the left.
        for value in range(self.minimum, self.maximum + 1):
            y = self.point(0, value).y()
            p.setPen(QPen(QColor("#e5e7eb" if value not in (self.minimum, self.maximum) else "#c9ced6"), 1))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            if (value - self.minimum) % 2 == 0 or value == self.maximum:
                p.setPen(QColor("#6b7280"))
                p.drawText(QRectF(0, y - 8, rect.left() - 8, 16),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        # Conversation labels under the axis.
        p.setPen(QColor("#374151"))
        for index, label in enumerate(self.labels):
            x = self.point(index, self.minimum).x()
            p.drawText(QRectF(x - 60, rect.bottom() + 6, 120, 36), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       label)
        # Legend along the top.
        x = rect.left()
        for s in self.series:
            p.setPen(QPen(QColor(s.color), 3))
            p.drawLine(QPointF(x, 16), QPointF(x + 18, 16))
            p.setPen(QColor("#1f2933"))
            width = p.fontMetrics().horizontalAdvance(s.name)
            p.drawText(QRectF(x + 24, 6, width + 4, 20), Qt.AlignmentFlag.AlignVCenter, s.name)
            x += 24 + width + 24
        for s in self.series:
            self._paint_series(p, s)
        if not self.labels:
            p.setPen(QColor("#6b7280"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("Nog geen gesprekken"))
        p.end()

    def _paint_series(self, p: QPainter, s: Series) -> None:
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
            p.setPen(color.darker(130))
            offset = -18 if s is self.series[0] else 6
            p.drawText(QRectF(pt.x() + 6, pt.y() + offset, 30, 14), Qt.AlignmentFlag.AlignLeft, str(value))
