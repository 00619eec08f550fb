"""The consent dialog and the retention prompt as a professional uses them (offscreen Qt)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt

from kijkwijzer.services import cases, consent, recordings, retention
from kijkwijzer.services.context import Actor
from kijkwijzer.ui.privacy import ConsentDialog, RetentionPrompt, open_consent_dialog
from kijkwijzer.ui.privacy.consent_dialog import parse_timecode

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, case_setup):
    widget = ConsentDialog(case_setup["ctx"], case_setup["conversation"].id)
    qtbot.addWidget(widget)
    return widget


def test_dialog_lists_consent_and_records_a_new_one_with_named_reviewers(dialog, case_setup, qtbot):
    assert dialog.current.count() == 2 and "Opnemen" in dialog.current.item(0).text()
    fresh = cases.add_conversation(case_setup["ctx"], case_setup["case"].id, date(2026, 12, 1))
    other = ConsentDialog(case_setup["ctx"], fresh.id)
    qtbot.addWidget(other)
    other.grant_button.click()
    assert other.message.text() == "Kies minstens één doel."
    other.purpose_boxes["recording"].setChecked(True)
    other.purpose_boxes["analysis"].setChecked(True)
    other.reviewer_list.item(0).setCheckState(Qt.CheckState.Checked)
    other.verbal.setChecked(True)
    other.verbal_at.setText("00:12")
    with qtbot.waitSignal(other.changed):
        other.grant_button.click()
    granted = {c.purpose: c for c in consent.list_for_conversation(case_setup["ctx"], fresh.id)}
    assert set(granted) == {"recording", "analysis"}
    assert granted["analysis"].reviewer_ids == (case_setup["coach"].id,)
    assert granted["recording"].method == "verbal" and granted["recording"].verbal_at_ms == 12000
    assert granted["recording"].retain_until == date(2027, 12, 1)
    assert other.current.count() == 2


def test_withdraw_asks_first_and_says_what_was_erased(dialog, case_setup, test_video, monkeypatch):
    ctx = case_setup["ctx"]
    recording = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    dialog.refresh()
    dialog.current.setCurrentRow(1)  # analysis
    asked = []
    monkeypatch.setattr(dialog, "confirm", lambda text: asked.append(text) or False)
    assert dialog.withdraw_selected() is None
    assert re.search(r"\b1 opname\b", asked[0]) and recordings.get(ctx, recording.id)  # not "1 opnamen"
    monkeypatch.setattr(dialog, "confirm", lambda text: True)
    report = dialog.withdraw_selected()
    assert report is not None and report.recordings == 1
    assert re.match(r"Ingetrokken\. Gewist: 1 opname\b", dialog.message.text())
    assert "ingetrokken" in dialog.current.item(1).text() and not dialog.withdraw_button.isEnabled()


def test_a_coach_is_told_why_they_cannot_withdraw(case_setup, qtbot, monkeypatch):
    coach = case_setup["coach"]
    as_coach = case_setup["ctx"].as_actor(Actor(coach.id, coach.name, coach.role))
    widget = ConsentDialog(as_coach, case_setup["conversation"].id)
    qtbot.addWidget(widget)
    monkeypatch.setattr(widget, "confirm", lambda text: pytest.fail("must not ask"))
    widget.current.setCurrentRow(0)
    assert widget.withdraw_selected() is None
    assert "Alleen de eigen professional" in widget.message.text()


def test_form_is_saved_from_the_dialog(dialog, tmp_path):
    written = dialog.save_document(tmp_path / "formulier.pdf")
    assert written is not None and written.read_bytes().startswith(b"%PDF")
    assert dialog.save_document(tmp_path / "formulier.doc") is None and ".pdf" in dialog.message.text()


def test_retention_prompt_erases_on_confirmation(case_setup, test_video, qtbot):
    ctx = case_setup["ctx"]
    conversation = case_setup["conversation"]
    consent.grant(ctx, conversation.id, "training", conversation.held_on, retain_until=date(2027, 1, 1))
    recording = recordings.import_recording(ctx, conversation.id, test_video)
    overdue = retention.overdue(ctx, date(2027, 3, 1))
    prompt = RetentionPrompt(ctx, overdue, date(2027, 3, 1))
    qtbot.addWidget(prompt)
    assert prompt.table.rowCount() == 1 and prompt.table.item(0, 0).text() == case_setup["client"].pseudonym
    prompt.erase_button.click()
    assert prompt.result() == prompt.DialogCode.Accepted and [r.recordings for r in prompt.reports] == [1]
    assert recordings.list_recordings(ctx) == [] and not recording.path.exists()


def test_open_consent_dialog_and_timecodes(case_setup, qtbot):
    widget = open_consent_dialog(case_setup["ctx"], case_setup["conversation"].id)
    qtbot.addWidget(widget)
    assert widget.isVisible()
    widget.close()
    assert parse_timecode("1:02:03.5") == 3723500 and parse_timecode("00:12") == 12000
