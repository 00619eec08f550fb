"""The series view's chart is a QtCharts chart (the app's one chart technique): per feedback question one dot
series holding exactly the scores that were given, joined by lines only between neighbouring conversations,
so a missing score is a gap, not a zero."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QChartView, QLineSeries, QScatterSeries

from kijkwijzer.services import cases, client_feedback, consent
from kijkwijzer.ui.chart import Chart
from kijkwijzer.ui.series import SeriesView

pytestmark = pytest.mark.gui


def test_the_series_chart_has_a_line_per_question_with_a_gap_where_a_score_is_missing(qtbot, cycle_workspace):
    ws = cycle_workspace
    ctx = ws.as_pro
    ws.grant_interview()
    conversations = [ws.conversation]
    for day in (date(2026, 11, 23), date(2026, 12, 7)):
        conv = cases.add_conversation(ctx, ws.case.id, day, goal="Vervolg")
        consent.grant(ctx, conv.id, "client_interview", day)
        conversations.append(conv)
    for conv, relation, goal in zip(conversations, (4, 6, 8), (3, None, 5), strict=True):
        client_feedback.record_score(ctx, conv.id, "feedback.werkrelatie", relation)
        if goal is not None:
            client_feedback.record_score(ctx, conv.id, "feedback.doel", goal)

    view = SeriesView(ctx, ws.case.id)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    assert isinstance(view.chart, QChartView)
    all_series = view.chart.chart().series()
    dots = {s.name(): [(p.x(), p.y()) for p in s.points()] for s in all_series if isinstance(s, QScatterSeries)}
    questions = [q.title for q in ctx.content.feedback_questions]
    assert list(dots) == questions  # one per feedback question, in the content's order
    assert dots[questions[0]] == [(0, 4), (1, 6), (2, 8)]
    assert dots[questions[1]] == [(0, 3), (2, 5)]  # the second conversation has no score: no dot, not a zero
    lines = [[(p.x(), p.y()) for p in s.points()] for s in all_series if isinstance(s, QLineSeries)
             and not isinstance(s, QScatterSeries)]
    assert lines == [[(0, 4), (1, 6), (2, 8)]]  # the line with a gap draws no segment across it
    legend = [m.label() for m in view.chart.chart().legend().markers() if m.isVisible()]
    assert legend == questions
    axis = view.chart.chart().axes()[0]
    assert axis.categories() == [
        "Gesprek 1<br>02-11-2026", "Gesprek 2<br>23-11-2026", "Gesprek 3<br>07-12-2026"]
    view.close()


def test_an_empty_chart_says_so_in_its_plot_area(qtbot):
    said, silent = Chart(empty_text="Nog geen gesprekken"), Chart()
    images = []
    for chart in (said, silent):
        qtbot.addWidget(chart)
        chart.resize(500, 260)
        chart.set_data([], [], 1, 10)
        chart.show()
        qtbot.waitExposed(chart)
        images.append((chart.grab().toImage(), chart.plot_rect().toRect()))
    (with_text, area), (without, _area) = images
    centre = [(x, y) for x in range(area.center().x() - 60, area.center().x() + 60)
              for y in range(area.center().y() - 6, area.center().y() + 6)]
    assert any(with_text.pixelColor(x, y) != without.pixelColor(x, y) for x, y in centre)
    assert not [s for s in said.chart().series()]  # nothing drawn but the words
    for chart in (said, silent):
        chart.close()
