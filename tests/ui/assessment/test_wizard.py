"""The self-assessment wizard followed as 001 describes it, saving through the real services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWizard

from kijkwijzer.services import assessment, plan
from kijkwijzer.ui.assessment import AssessmentWizard


def _wizard(qtbot, case_setup, opened=None):
    wizard = AssessmentWizard(case_setup["ctx"], case_setup["professional"].id,
                              open_url=(opened.append if opened is not None else (lambda _u: None)))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _answer(wizard, default=4, **overrides):
    for sid, row in wizard.step2.rows.items():
        key = sid.removeprefix("stelling.").replace(".", "_")
        row.buttons[overrides.get(key, default)].click()


def test_step_1_opens_the_animation_link(qtbot, case_setup):
    opened: list[QUrl] = []
    wizard = _wizard(qtbot, case_setup, opened)
    wizard.step1.watch.click()
    assert [u.toString() for u in opened] == ["https://www.youtube.com/watch?v=2sDHTPI44tM"]
    assert "Bekijk de animatie" in wizard.step1.title()


def test_scale_colours_are_neutral_and_every_answer_carries_its_label(qtbot, case_setup):
    content = case_setup["ctx"].content
    for label in content.scale:
        colour = QColor(label.color)
        if colour.hslSaturationF() < 0.15:
            continue  # a grey has no hue
        hue = colour.hslHueF() * 360
        assert not (hue < 25 or hue > 335), f"{label.label} looks red"
        assert not (80 < hue < 170), f"{label.label} looks green"
    wizard = _wizard(qtbot, case_setup)
    row = next(iter(wizard.step2.rows.values()))
    assert [b.text() for b in row.buttons.values()] == ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"]


def test_twelve_statements_then_step_3_shows_the_pillar_with_room_and_its_advice(qtbot, case_setup):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    wizard = _wizard(qtbot, case_setup)
    wizard.next()
    assert len(wizard.step2.rows) == 12 and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _answer(wizard, 5, begrijpen_3=2)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.step3
    saved = assessment.list_for(ctx, pro.id)
    assert len(saved) == 1 and saved[0].pillars_with_room == ("pijler.begrijpen",)
    begrijpen = wizard.step3.boxes["pijler.begrijpen"]
    assert begrijpen.advice.isVisible() and begrijpen.chosen
    assert "Check in het gesprek met de cliënt wat niet is besproken maar wel relevant is" in begrijpen.advice.text()
    assert 'href="https://www.wrr.nl/publicaties/rapporten/2017/04/24/weten-is-nog-geen-doen"' in begrijpen.advice.text()
    assert not wizard.step3.boxes["pijler.willen"].advice.isVisible()
    assert not wizard.step3.invitation.isVisible()
    # going back and changing an answer corrects the same sitting instead of adding one
    wizard.back()
    _answer(wizard, 5, begrijpen_3=2, kunnen_1=1)
    wizard.next()
    assert len(assessment.list_for(ctx, pro.id)) == 1
    assert wizard.step3.boxes["pijler.kunnen"].advice.isVisible()


def test_all_agree_shows_the_invitation_and_choosing_a_pillar_shows_its_advice(qtbot, case_setup):
    wizard = _wizard(qtbot, case_setup)
    wizard.next()
    _answer(wizard, 4, willen_2=3)
    wizard.next()
    assert wizard.step3.invitation.isVisible()
    assert "bedenk dan aan welke pijler je nog zou willen werken" in wizard.step3.invitation.text()
    kunnen = wizard.step3.boxes["pijler.kunnen"]
    assert not kunnen.advice.isVisible()
    kunnen.choose.setChecked(True)
    assert kunnen.advice.isVisible() and "compassie voor jezelf" not in kunnen.advice.text()
    assert "Volg scholing" in kunnen.advice.text()
    assert wizard.step3.chosen_pillars() == ["pijler.kunnen"]


def test_step_4_the_four_questions_make_a_plan_with_dated_steps(qtbot, case_setup):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    wizard = _wizard(qtbot, case_setup)
    wizard.next()
    _answer(wizard, 4, willen_4=2)
    wizard.next()
    wizard.next()
    step4 = wizard.step4
    assert step4.pillar.currentData() == "pijler.willen"
    step4.fields[1].setPlainText("Niet afhaken als een cliënt een afspraak mist")
    first = step4.action_rows[0]
    first.text.setText("Bespreek twee gemiste afspraken met een collega")
    first.who.setText("collega Femke")
    first.has_date.setChecked(True)
    first.when.setDate(date(2027, 2, 1))
    step4.fields[3].setPlainText("Tijd in het teamoverleg")
    step4.fields[4].setPlainText("Februari")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    plans = plan.list_plans(ctx, pro.id)
    assert len(plans) == 1 and plans[0].pillar_id == "pijler.willen" and plans[0].needed == "Tijd in het teamoverleg"
    assert [(a.text, a.who, a.due_on) for a in plans[0].actions] == [
        ("Bespreek twee gemiste afspraken met een collega", "collega Femke", date(2027, 2, 1))]
    assert plans[0].assessment_id == wizard.sitting.id


def test_step_4_left_empty_finishes_without_a_plan_but_half_filled_asks_for_question_1(qtbot, case_setup):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    wizard = _wizard(qtbot, case_setup)
    wizard.next()
    _answer(wizard, 5)
    wizard.next()
    wizard.next()
    wizard.step4.action_rows[0].text.setText("Iets proberen")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and "verbetering" in wizard.step4.error.text()
    wizard.step4.action_rows[0].text.clear()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible() and plan.list_plans(ctx, pro.id) == []


def test_evidence_beside_the_pillar_and_into_the_plan(qtbot, case_setup, test_video):
    from kijkwijzer.domain.annotation import AnnotationDraft
    from kijkwijzer.services import annotations, recordings

    ctx, pro = case_setup["ctx"], case_setup["professional"]
    rec = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    note = annotations.add(ctx, AnnotationDraft(rec.id, 1200, 3400, pillars=("pijler.begrijpen",),
                                                observation="Vraagt niet door als de cliënt stil wordt"))
    wizard = _wizard(qtbot, case_setup)
    wizard.next()
    _answer(wizard, 4, begrijpen_1=2)
    wizard.next()
    evidence = wizard.step3.boxes["pijler.begrijpen"].evidence
    assert evidence.list is not None and evidence.list.count() == 1
    assert "Vraagt niet door" in evidence.list.item(0).text()
    assert wizard.step3.boxes["pijler.kunnen"].evidence.list is None  # nothing tagged there
    with qtbot.waitSignal(wizard.fragment_requested) as played:
        evidence.list.setCurrentRow(0)
        evidence.play_button.click()
    assert played.args == [rec.id, 1200, 3400]
    evidence.list.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert "1 aangevinkt" in wizard.step4.evidence_note.text()
    wizard.step4.fields[1].setPlainText("Doorvragen bij stilte")
    wizard.step4.action_rows[0].text.setText("Laat een stilte vallen en vraag wat er speelt")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    action = plan.list_plans(ctx, pro.id)[0].actions[0]
    assert ("annotation", note.id) in {(lk.kind, lk.target_id) for lk in action.links}
    assert [a.id for a in plan.actions_for(ctx, "annotation", note.id)] == [action.id]
