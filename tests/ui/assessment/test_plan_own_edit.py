"""A step added in the plan panel rebuilds its tree once: the event of the panel's own change says the panel
started it, so the panel does not rebuild a second time for it; a step added elsewhere still shows at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kijkwijzer.services import plan
from kijkwijzer.ui.assessment import PlanPanel

pytestmark = pytest.mark.gui


def test_own_step_rebuilds_the_tree_once_and_a_step_from_elsewhere_still_shows(qtbot, case_setup):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    made = plan.add_plan(ctx, pro.id, "Eenvoudiger uitleggen", pillar_id="pijler.begrijpen")
    panel = PlanPanel(ctx, pro.id)
    qtbot.addWidget(panel)
    panel.resize(840, 260)
    panel.show()
    rebuilt: list[int] = []
    panel.tree.model().modelReset.connect(lambda: rebuilt.append(1))
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))

    panel.new_step.setFocus()
    qtbot.keyClicks(panel.new_step, "Huisbezoek met een collega")
    qtbot.keyClick(panel.new_step, Qt.Key.Key_Return)
    added = plan.get_plan(ctx, made.id).actions[0]
    assert added.text == "Huisbezoek met een collega"
    assert len(rebuilt) == 1  # not twice: once by add_step, not again for its own event
    assert panel.selected_action().id == added.id and panel.tree.topLevelItem(0).childCount() == 1

    elsewhere = plan.add_action(ctx, made.id, "Met de coach terugkijken")  # not started by the panel
    assert len(rebuilt) == 2
    top = panel.tree.topLevelItem(0)
    assert [top.child(i).text(0) for i in range(top.childCount())] == [added.text, elsewhere.text]
    assert panel.selected_action().id == added.id  # the chosen step stays chosen
    panel.close()
