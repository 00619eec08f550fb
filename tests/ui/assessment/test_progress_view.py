"""The progress view: the professional's own line over a case, private to them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTableWidget

from kijkwijzer.services import cases, client_feedback, consent, plan, slim
from kijkwijzer.services.context import Actor
from kijkwijzer.ui.chart import Chart
from kijkwijzer.ui.progress import ProgressView


def _followed_case(case_setup):
    ctx, first = case_setup["ctx"], case_setup["conversation"]
    second = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 12, 7), goal="Vervolg")
    consent.grant(ctx, second.id, "analysis", second.held_on)
    for conv, score in ((first, 4), (second, 7)):
        consent.grant(ctx, conv.id, "client_interview", conv.held_on)
        client_feedback.record_score(ctx, conv.id, "feedback.werkrelatie", score)
    slim.add(ctx, first.id, zelfbeeld=["slim.zelfbeeld.wil_en_kan"], rol=["slim.rol.pedagogisch"],
             logica=["slim.logica.leren"])
    slim.add(ctx, second.id, zelfbeeld=["slim.zelfbeeld.wil_en_kan"], rol=["slim.rol.faciliteren"],
             logica=["slim.logica.kansen_bieden"])
    made = plan.add_plan(ctx, case_setup["professional"].id, "Faciliterend werken")
    action = plan.add_action(ctx, made.id, "Zoekprofiel samen maken")
    plan.add_action(ctx, made.id, "Nog een stap")
    plan.done(ctx, action.id, on=date(2026, 12, 1))
    return ctx


def test_progress_shows_feedback_line_verdicts_along_the_case_and_actions_done(qtbot, case_setup):
    ctx = _followed_case(case_setup)
    view = ProgressView(ctx, case_setup["professional"].id)
    qtbot.addWidget(view)
    assert "Alleen voor jou" in view.private.text()
    assert view.case_chooser.count() == 1
    charts = view.body.findChildren(Chart)
    feedback = next(c for c in charts if c.title == "Feedback van de cliënt")
    assert len(feedback.labels) == 2  # the two conversations
    line = next(s for s in feedback.series if any(v is not None for v in s.values))
    assert line.values == (4, 7)
    table = view.body.findChild(QTableWidget, "verdictTable")
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["mismatch (voorgesteld)", "match (voorgesteld)"]
    actions = next(c for c in charts if c.title == "Acties uit je plan gedaan")
    assert "1 van 2" in actions.series[0].name


def test_someone_else_sees_nothing_of_it(qtbot, case_setup):
    coach = case_setup["coach"]
    ctx = case_setup["ctx"].as_actor(Actor(coach.id, coach.name, coach.role))
    view = ProgressView(ctx, case_setup["professional"].id)
    qtbot.addWidget(view)
    assert view.data is None and "alleen voor" in view.error.text()
    assert view.case_chooser.count() == 0


def test_plan_panel_lists_what_is_due_and_marks_it_done(qtbot, case_setup):
    from kijkwijzer.ui.assessment import PlanPanel

    ctx, pro = case_setup["ctx"], case_setup["professional"]
    made = plan.add_plan(ctx, pro.id, "Doorvragen bij stilte")
    due = plan.add_action(ctx, made.id, "Stilte laten vallen", due_on=date(2027, 1, 10))
    plan.add_action(ctx, made.id, "Later", due_on=date(2027, 5, 1))
    panel = PlanPanel(ctx, pro.id, due_only=True, today=date(2027, 1, 15))
    qtbot.addWidget(panel)
    assert panel.tree.topLevelItemCount() == 1 and panel.tree.topLevelItem(0).text(0) == "Stilte laten vallen"
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.done.click()
    assert panel.tree.topLevelItemCount() == 0  # refreshed by the plan.changed event
    assert plan.get_plan(ctx, made.id).actions[0].status == "gedaan" and due.id == plan.get_plan(ctx, made.id).actions[0].id
    panel.due_only.setChecked(False)
    plan_item = panel.tree.topLevelItem(0)
    assert plan_item.text(0) == "Doorvragen bij stilte" and [plan_item.child(i).text(3) for i in range(2)] == ["gedaan", "open"]
