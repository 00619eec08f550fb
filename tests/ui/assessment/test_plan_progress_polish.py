"""Polish the integrator reported: the plan's evidence column speaks the UI language, and the client-feedback
chart leaves its y-axis labels room to be drawn (labels closer than their height overlap)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFontMetricsF

from kijkwijzer.services import aandachtspunten, cases, client_feedback, consent, plan, reflection
from kijkwijzer.ui import i18n
from kijkwijzer.ui.assessment import PlanPanel
from kijkwijzer.ui.chart import Chart
from kijkwijzer.ui.progress import ProgressView


def _plan_with_evidence(case_setup):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    refl = reflection.start_reflection(ctx, conv.id, date(2026, 11, 9))
    point = aandachtspunten.add_aandachtspunt(ctx, refl.id, "Stilte laten vallen")
    made = plan.add_plan(ctx, case_setup["professional"].id, "Doorvragen", pillar_id="pijler.begrijpen")
    plan.add_action(ctx, made.id, "Oefenen", links=[("aandachtspunt", point.id)])
    return ctx, point


def test_plan_evidence_and_pillar_in_dutch_and_in_english(qtbot, case_setup):
    ctx, point = _plan_with_evidence(case_setup)
    panel = PlanPanel(ctx, case_setup["professional"].id)
    qtbot.addWidget(panel)
    top = panel.tree.topLevelItem(0)
    assert (top.text(4), top.child(0).text(4)) == ("pijler begrijpen", f"aandachtspunt {point.id}")
    i18n.install("en")
    try:
        english = PlanPanel(ctx, case_setup["professional"].id)
        qtbot.addWidget(english)
        top = english.tree.topLevelItem(0)
        assert (top.text(4), top.child(0).text(4)) == ("pillar understanding", f"attention point {point.id}")
        assert english.tree.headerItem().text(4) == "Evidence"
    finally:
        i18n.install("nl")


def test_feedback_chart_y_axis_has_room_for_its_labels(qtbot, case_setup):
    ctx, first = case_setup["ctx"], case_setup["conversation"]
    second = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 12, 7))
    for conv, score in ((first, 4), (second, 8)):
        consent.grant(ctx, conv.id, "client_interview", conv.held_on)
        client_feedback.record_score(ctx, conv.id, "feedback.werkrelatie", score)
    view = ProgressView(ctx, case_setup["professional"].id)
    qtbot.addWidget(view)
    view.resize(1100, 440)  # the height of a panel docked under the review
    view.show()
    qtbot.waitExposed(view)
    chart = next(c for c in view.body.findChildren(Chart) if c.title == "Feedback van de cliënt")
    qtbot.waitUntil(lambda: chart.isVisible() and chart.plot_rect().height() > 10)
    labelled = chart.value_ticks()
    assert (labelled[0], labelled[-1]) == (1, 10)  # the whole scale, labelled at its ends
    gap = chart.point(0, labelled[0]).y() - chart.point(0, labelled[1]).y()
    small = chart.font()
    small.setPointSizeF(max(small.pointSizeF() - 1, 7))  # the chart's labels are a point smaller
    assert gap >= 1.5 * QFontMetricsF(small).height(), (gap, labelled)
