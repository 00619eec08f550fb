"""The progress charts, drawn with the workbench's one chart (ui/chart.py): themes per conversation, client
feedback over time, actions done."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from kijkwijzer.content import Content
from kijkwijzer.services.series import CaseSeries

from ..chart import COLORS, Chart, Series
from ..i18n import pick

HEIGHT = 280
LEGEND_ROW = 20  # a wrapped legend row (about four entries fit a row at 1280x720)


def _chart(title: str, labels: Sequence[str], series: Sequence[Series], low: int, high: int, *,
           bars: bool = False, value_labels: bool = True) -> Chart:
    chart = Chart(title=title, bars=bars, value_labels=value_labels)
    chart.setMinimumHeight(HEIGHT + LEGEND_ROW * max(-(-len(series) // 4) - 1, 0))
    chart.set_data(labels, series, low, high)
    return chart


def conversation_label(series: CaseSeries, index: int) -> str:
    conv = series.conversations[index]
    return f"{conv.sequence}. {conv.held_on:%d-%m}"


def _labels(series: CaseSeries) -> list[str]:
    return [conversation_label(series, i) for i in range(len(series.conversations))]


def themes_chart(content: Content, series: CaseSeries, title: str) -> Chart:
    """Stacked bars: per conversation, how often each theme was annotated (by everyone who looked)."""
    used = [t for t in content.themes if any(dict(c.themes).get(t.id) for c in series.conversations)]
    bars = [Series(pick(theme.title, theme.title_en),
                   tuple(dict(conv.themes).get(theme.id, 0) for conv in series.conversations), theme.color)
            for theme in used]
    most = max((sum(dict(c.themes).values()) for c in series.conversations), default=1)
    return _chart(title, _labels(series), bars, 0, max(most, 1), bars=True)


def feedback_chart(content: Content, series: CaseSeries, title: str) -> Chart:
    """One line per feedback question over the conversations; gaps where it was not asked."""
    scale = content.rating_scale
    lines = [Series(pick(question.question, question.question_en),
                    tuple(next((p.score for p in conv.scores if p.question_id == question.id), None)
                          for conv in series.conversations), COLORS[n % len(COLORS)])
             for n, question in enumerate(content.feedback_questions)]
    return _chart(title, _labels(series), lines, scale.minimum, scale.maximum)


def actions_chart(done: Sequence[date], total: int, title: str) -> Chart:
    """Cumulative actions done over time against the number planned: the professional's own pace."""
    name = QCoreApplication.translate("ProgressCharts", "gedaan ({done} van {total})").format(
        done=len(done), total=total)
    line = Series(name, tuple(range(1, len(done) + 1)), COLORS[0])
    return _chart(title, [f"{day:%d-%m-%y}" for day in done], [line], 0, max(total, 1), value_labels=False)
