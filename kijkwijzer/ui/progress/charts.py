"""The progress charts (Qt Charts): themes per conversation, client feedback over time, actions done."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter

from kijkwijzer.content import Content
from kijkwijzer.services.series import SeriesView

from ..i18n import pick


def _view(chart: QChart) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(280)
    return view


def int_axis(low: int, high: int, max_intervals: int = 5) -> QValueAxis:
    """A value axis whose ticks fall on whole numbers (so '%d' labels never repeat or mislead), at most
    `max_intervals` apart: in a 280 px chart more ticks leave the labels too little room and Qt Charts
    draws them as '…'. A step that divides the range exactly is preferred (1-10 becomes 1, 4, 7, 10)."""
    axis = QValueAxis()
    span = max(high - low, 1)
    steps = [s for s in (1, 2, 3, 4, 5, 10, 20, 25, 50, 100) if span / s <= max_intervals] or [span]
    step = next((s for s in steps if span % s == 0), steps[0])
    intervals = -(-span // step)
    axis.setRange(low, low + step * intervals)
    axis.setTickCount(intervals + 1)
    axis.setLabelFormat("%d")
    return axis


def position_axis(labels: Sequence[str]) -> QCategoryAxis:
    """Conversations (or actions) 1..n as an x axis with a label on each position."""
    axis = QCategoryAxis()
    axis.setRange(0.5, max(len(labels), 1) + 0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for n, label in enumerate(labels, start=1):
        axis.append(label, n)
    return axis


def conversation_label(series: SeriesView, index: int) -> str:
    conv = series.conversations[index]
    return f"{conv.sequence}. {conv.held_on:%d-%m}"


def themes_chart(content: Content, series: SeriesView, title: str) -> QChartView:
    """Stacked bars: per conversation, how often each theme was annotated (by everyone who looked)."""
    chart = QChart()
    chart.setTitle(title)
    bars = QStackedBarSeries()
    used = [t for t in content.themes if any(dict(c.themes).get(t.id) for c in series.conversations)]
    for theme in used:
        bar = QBarSet(pick(theme.title, theme.title_en))
        bar.setColor(QColor(theme.color))
        for conv in series.conversations:
            bar.append(dict(conv.themes).get(theme.id, 0))
        bars.append(bar)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append([conversation_label(series, i) for i in range(len(series.conversations))])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(axis_x)
    most = max((sum(dict(c.themes).values()) for c in series.conversations), default=1)
    axis_y = int_axis(0, max(most, 1))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_y)
    return _view(chart)


def feedback_chart(content: Content, series: SeriesView, title: str) -> QChartView:
    """One line per feedback question over the conversations; gaps where it was not asked."""
    chart = QChart()
    chart.setTitle(title)
    scale = content.rating_scale
    axis_x = position_axis([conversation_label(series, i) for i in range(len(series.conversations))])
    axis_y = int_axis(scale.minimum, scale.maximum)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    palette = ("#4A6FA5", "#B8913F", "#6B7280")
    for n, question in enumerate(content.feedback_questions):
        line = QLineSeries()
        line.setName(pick(question.question, question.question_en))
        line.setColor(QColor(palette[n % len(palette)]))
        line.setPointsVisible(True)
        for index, conv in enumerate(series.conversations, start=1):
            score = next((p.score for p in conv.scores if p.question_id == question.id), None)
            if score is not None:
                line.append(index, score)
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
    return _view(chart)


def actions_chart(done: Sequence[date], total: int, title: str) -> QChartView:
    """Cumulative actions done over time against the number planned: the professional's own pace."""
    chart = QChart()
    chart.setTitle(title)
    line = QLineSeries()
    line.setName(QCoreApplication.translate("ProgressCharts", "gedaan ({done} van {total})").format(
        done=len(done), total=total))
    line.setColor(QColor("#4A6FA5"))
    line.setPointsVisible(True)
    for count, _day in enumerate(done, start=1):
        line.append(count, count)
    chart.addSeries(line)
    axis_x = position_axis([f"{day:%d-%m-%y}" for day in done])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    line.attachAxis(axis_x)
    axis_y = int_axis(0, max(total, 1))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    line.attachAxis(axis_y)
    return _view(chart)
