"""The method's own texts where the user needs them (issue 14): the SLIM bijlage in "Over SLIM…", the pillar
definitions and elements in the wizard and beside the plan, and step 3 for all-neutral answers (001:134-136).
Every expected text is read from ctx.content, so the test follows the content, not a copy of it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kijkwijzer.content.seedtext import SEED_REF
from kijkwijzer.services import plan
from kijkwijzer.ui.assessment import AssessmentWizard, PlanPanel

APPENDIX = ("slim.intro", "slim.vertreksituatie", "slim.uitgangspunt", "slim.causaliteit", "slim.strategie",
            "slim.optelsom", "slim.steun_en_kansen", "slim.normatief_beeld", "slim.vraag", "slim.aanwijzing")


def _first_line(item) -> int:
    return int(SEED_REF.match(item.seed[0])["start"])


def test_over_slim_shows_the_bijlage_passages_lists_and_verdicts_in_the_seeds_order(qtbot, case_setup):
    from kijkwijzer.ui.slim import SlimPanel

    ctx = case_setup["ctx"]
    content = ctx.content
    panel = SlimPanel(ctx, case_setup["conversation"].id)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.help_button.text() == "Over SLI&M…" and panel.tabs.cornerWidget() is panel.help_button
    dialog = panel.show_help()
    try:
        shown = dialog.plain_text()
        positions = []
        for id_ in APPENDIX:
            text = content.passage(id_).text
            assert text in shown, id_
            positions.append((_first_line(content.passage(id_)), shown.index(text)))
        assert [p for _line, p in sorted(positions)] == sorted(p for _line, p in positions)  # the seed's order
        for spec in content.slim_lists:
            assert spec.question in shown
            assert all(item.text in shown for item in content.slim_list_items(spec.id))
        for verdict in content.verdicts:
            assert f"{verdict.label}: {verdict.text}" in shown
        for dimension in content.slim_dimensions:
            assert dimension.text in shown and dimension.question in shown
        assert shown.index(content.passage("slim.vraag").text) < shown.index(content.verdict("slim.oordeel.match").text)
        assert shown.index(content.verdict("slim.oordeel.mismatch").text) < shown.index(
            content.passage("slim.aanwijzing").text)
        assert "Programmatekst:" in shown  # the one line of the workbench's own is marked
        assert dialog.text.hasFocus() or not dialog.isActiveWindow()  # the text takes the keys when active
    finally:
        dialog.close()


def test_the_slim_help_is_opened_from_the_keyboard(qtbot, case_setup):
    from kijkwijzer.ui.slim import SlimPanel

    panel = SlimPanel(case_setup["ctx"], case_setup["conversation"].id)
    qtbot.addWidget(panel)
    panel.show()
    panel.help_button.setFocus()
    qtbot.keyClick(panel.help_button, Qt.Key.Key_Space)
    try:
        assert panel.help_dialog is not None and panel.help_dialog.isVisible()
    finally:
        panel.help_dialog.close()


def _wizard(qtbot, case_setup):
    wizard = AssessmentWizard(case_setup["ctx"], case_setup["professional"].id, open_url=lambda _u: None)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _answer(wizard, default=4, **overrides):
    for sid, row in wizard.step2.rows.items():
        key = sid.removeprefix("stelling.").replace(".", "_")
        row.buttons[overrides.get(key, default)].click()


def _shows_pillar(help_, content, pillar_id) -> None:
    text = help_.text()
    assert escape(content.pillar(pillar_id).definition) in text
    factors = content.factors_for(pillar_id)
    assert factors and all(escape(f.title) in text and escape(f.text) in text for f in factors)


def test_step_2_unfolds_what_each_pillar_means_with_its_elements(qtbot, case_setup):
    content = case_setup["ctx"].content
    wizard = _wizard(qtbot, case_setup)
    wizard.next()
    assert set(wizard.step2.pillar_help) == {p.id for p in content.pillars}
    for pillar in content.pillars:
        help_ = wizard.step2.pillar_help[pillar.id]
        _shows_pillar(help_, content, pillar.id)
    begrijpen = wizard.step2.pillar_help["pijler.begrijpen"]
    assert begrijpen.toggle.text() == "Wat betekent begrijpen?" and not begrijpen.body.isVisible()
    begrijpen.toggle.setFocus()
    qtbot.keyClick(begrijpen.toggle, Qt.Key.Key_Space)
    assert begrijpen.body.isVisible()
    headings = [h for h in wizard.step2.findChildren(QLabel, "pillarHeading")]
    assert {h.toolTip() for h in headings} == {p.definition for p in content.pillars}
    notes = [wizard.step2.findChild(QLabel, name) for name in ("statementsWhere", "scaleNote")]
    assert all(n is not None and "Programmatekst:" in n.text() and n.toolTip() for n in notes)  # the wizard's own words
    neutral = next(iter(wizard.step2.rows.values())).buttons[3]
    assert "van het programma" in neutral.toolTip()  # the middle label is not the workbook's


def test_step_3_all_neutral_gets_no_invitation_all_agree_does_and_each_pillar_explains_itself(qtbot, case_setup):
    content = case_setup["ctx"].content
    wizard = _wizard(qtbot, case_setup)
    wizard.next()
    _answer(wizard, 3)
    wizard.next()
    step3 = wizard.step3
    assert not step3.invitation.isVisible()
    assert step3.chosen_pillars() == []
    for pillar_id, box in step3.boxes.items():
        assert not box.advice.isVisible() and "geen ‘(helemaal) oneens’" in box.state.text()
        assert "Programmatekst:" in box.state.text()
        _shows_pillar(box.help, content, pillar_id)
    wizard.back()
    _answer(wizard, 4, kunnen_2=3)  # all agree but one neutral: "vrijwel alle pijlers"
    wizard.next()
    assert step3.invitation.isVisible()
    assert step3.invitation.text() == content.passage("assessment.alles_eens").text
    wizard.back()
    _answer(wizard, 3, willen_1=2, begrijpen_1=5)  # mixed: only willen opens its advice, no invitation
    wizard.next()
    assert not step3.invitation.isVisible()
    assert step3.chosen_pillars() == ["pijler.willen"] and step3.boxes["pijler.willen"].advice.isVisible()
    wizard.next()  # step 4: the chosen pillar first, its definition as the tooltip
    assert wizard.step4.pillar.itemData(0, Qt.ItemDataRole.ToolTipRole) == content.pillar("pijler.willen").definition


def test_the_plan_shows_the_definition_and_elements_of_its_pillar(qtbot, case_setup):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    made = plan.add_plan(ctx, pro.id, "Eenvoudiger uitleggen", pillar_id="pijler.kunnen")
    plan.add_action(ctx, made.id, "Regels in gewone taal")
    bare = plan.add_plan(ctx, pro.id, "Zonder pijler")
    panel = PlanPanel(ctx, pro.id)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    help_ = panel.fields.pillar_help
    tops = {panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).id: panel.tree.topLevelItem(i)
            for i in range(panel.tree.topLevelItemCount())}
    panel.tree.setCurrentItem(tops[made.id])
    assert help_.isVisible() and help_.toggle.text() == "Wat betekent kunnen?"
    _shows_pillar(help_, ctx.content, "pijler.kunnen")
    assert escape(ctx.content.pillar("pijler.kunnen").definition) in tops[made.id].toolTip(4)
    panel.tree.setCurrentItem(tops[made.id].child(0))  # a step of that point: the same pillar
    assert help_.isVisible() and help_.pillar_id == "pijler.kunnen"
    help_.toggle.click()
    assert help_.body.isVisible()
    panel.tree.setCurrentItem(tops[bare.id])
    assert not help_.isVisible()
