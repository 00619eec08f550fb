"""The plan after the wizard, edited in the plan panel as a user would: the point and a step changed beside the
tree (committed as typed), a step added with Enter, marked done and opened again, and a further fragment of the
professional's own conversation linked as evidence through the keyboard-opened menu."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kijkwijzer.services import fragments, plan, recordings
from kijkwijzer.ui.assessment import PlanPanel

pytestmark = pytest.mark.gui


def _retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_plan_is_changed_extended_reopened_and_linked_in_the_panel(qtbot, case_setup, test_video):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    rec = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    shown = fragments.from_span(ctx, rec.id, 1000, 2500, "Uitleg regels")
    later = fragments.from_span(ctx, rec.id, 4000, 5500, "Stilte na de vraag")
    made = plan.add_plan(ctx, pro.id, "Eenvoudiger uitleggen", pillar_id="pijler.begrijpen")
    step = plan.add_action(ctx, made.id, "Regels in gewone taal", links=[("fragment", shown.id)])
    panel = PlanPanel(ctx, pro.id)
    qtbot.addWidget(panel)
    panel.resize(840, 230)
    panel.show()
    fields = panel.fields

    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))  # the improvement point itself
    _retype(qtbot, fields.timeline, "Binnen zes weken")
    qtbot.waitUntil(lambda: plan.get_plan(ctx, made.id).timeline == "Binnen zes weken")
    assert panel.tree.topLevelItem(0).text(2) == "Binnen zes weken"  # the tree follows, the point stays chosen
    assert panel.selected().id == made.id

    panel.tree.setCurrentItem(panel.tree.topLevelItem(0).child(0))
    _retype(qtbot, fields.text, "Een lijst regels in gewone taal")
    _retype(qtbot, fields.who, "ik, met de coach")
    qtbot.waitUntil(lambda: plan.get_plan(ctx, made.id).actions[0].who == "ik, met de coach")
    fields.has_date.setChecked(True)
    fields.due.setDate(date(2027, 2, 1))
    qtbot.waitUntil(lambda: plan.get_plan(ctx, made.id).actions[0].due_on == date(2027, 2, 1))
    assert plan.get_plan(ctx, made.id).actions[0].text == "Een lijst regels in gewone taal"

    panel.done.click()
    qtbot.waitUntil(lambda: plan.get_plan(ctx, made.id).actions[0].status == "gedaan")
    assert panel.reopen.isEnabled() and not panel.done.isEnabled()
    panel.reopen.click()
    qtbot.waitUntil(lambda: plan.get_plan(ctx, made.id).actions[0].status == "open")

    panel.link_fragment.setFocus()
    qtbot.keyClick(panel.link_fragment, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is panel.link_menu)
    offered = [a for a in panel.link_menu.actions() if a.isEnabled()]
    assert [a.text().endswith("Stilte na de vraag") for a in offered] == [True]  # the linked one is not offered
    panel.link_menu.setActiveAction(offered[0])
    qtbot.keyClick(panel.link_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(plan.get_plan(ctx, made.id).actions[0].links) == 2)
    assert {lk.target_id for lk in plan.get_plan(ctx, made.id).actions[0].links} == {shown.id, later.id}

    _retype(qtbot, panel.new_step, "Huisbezoek met een collega")
    qtbot.keyClick(panel.new_step, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(plan.get_plan(ctx, made.id).actions) == 2)
    added = plan.get_plan(ctx, made.id).actions[1]
    assert (added.text, added.status) == ("Huisbezoek met een collega", "open")
    assert panel.selected_action().id == added.id and panel.new_step.text() == ""
    assert panel.info.text() == "1 verbeterplan."  # not "1 plan(nen)."
    assert step.id != added.id
    panel.close()
