"""Consent in the flow: after a new conversation the window asks for consent per purpose before any import,
with the delete-after date counted from the conversation's date; a date in the past is only stored after a clear
warning; a correction makes a new version and keeps the old one, listed as gecorrigeerd."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kijkwijzer.services import cases, consent

from .helpers import FakeImporter, answer_next_box, dialog_named


def type_date(qtbot, dialog, mnemonic: Qt.Key, edit, day: date) -> None:
    """As a user does: Alt+the label's letter (the year is selected then), the digits typed section by section."""
    qtbot.keyClick(dialog, mnemonic, Qt.KeyboardModifier.AltModifier)
    assert edit.hasFocus()
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def new_conversation_on(qtbot, window, case_id: int, day: date):
    window.intake.new_conversation(case_id)
    dialog = dialog_named(qtbot, "conversationDialog")
    type_date(qtbot, dialog, Qt.Key.Key_D, dialog.held_on, day)
    assert dialog.held_on.date() == QDate(day.year, day.month, day.day)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog_named(qtbot, "consentDialog")


def test_after_a_new_conversation_consent_is_asked_with_the_date_counted_from_it(qtbot, known, known_window):
    window = known_window
    window.importer = FakeImporter()
    dialog = new_conversation_on(qtbot, window, known.case.id, date(2026, 10, 15))
    assert dialog.flow and dialog.grant_button.isDefault()
    assert dialog.retain_until.date() == QDate(2027, 10, 15)  # a year after the conversation, not after today
    assert dialog.given_on.date() == QDate(2026, 10, 15)
    assert [p for p, box in dialog.purpose_boxes.items() if box.isChecked()] == ["recording", "analysis"]
    assert not dialog.past_warning.isVisible()
    qtbot.keyClick(dialog.grant_button, Qt.Key.Key_Return)  # Enter = Vastleggen en opname importeren
    qtbot.waitUntil(lambda: window.importer.calls != [], timeout=3000)
    conversation = cases.list_conversations(known.ctx, known.case.id)[-1]
    assert window.importer.calls == [conversation.id] and not (shiboken6.isValid(dialog) and dialog.isVisible())
    given = consent.list_for_conversation(known.ctx, conversation.id)
    assert {(c.purpose, c.retain_until) for c in given} == {("recording", date(2027, 10, 15)),
                                                            ("analysis", date(2027, 10, 15))}


def test_an_old_conversation_gets_a_date_a_year_from_today(qtbot, known, known_window):
    known_window.importer = FakeImporter()
    dialog = new_conversation_on(qtbot, known_window, known.case.id, date(2025, 3, 1))
    expected = consent.default_retain_until(date(2025, 3, 1))
    assert expected > date.today() and dialog.retain_until.date() == QDate(expected.year, expected.month, expected.day)
    dialog.close()


def test_a_delete_after_date_in_the_past_asks_first(qtbot, known, known_window):
    window = known_window
    window.importer = FakeImporter()
    dialog = new_conversation_on(qtbot, window, known.case.id, date(2026, 10, 15))
    type_date(qtbot, dialog, Qt.Key.Key_W, dialog.retain_until, date(2026, 11, 1))
    assert dialog.past_warning.isVisible() and "verleden" in dialog.past_warning.text()
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.mouseClick(dialog.grant_button, Qt.MouseButton.LeftButton)
    conversation = cases.list_conversations(known.ctx, known.case.id)[-1]
    assert seen and seen[0].startswith("pastRetentionWarning: De bewaartermijn 01-11-2026 ligt in het verleden")
    assert consent.list_for_conversation(known.ctx, conversation.id) == [] and dialog.isVisible()
    assert window.importer.calls == []
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(dialog.grant_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert {c.retain_until for c in consent.list_for_conversation(known.ctx, conversation.id)} == {date(2026, 11, 1)}


def test_a_correction_keeps_the_old_version_listed_as_gecorrigeerd(qtbot, known, known_window):
    window = known_window
    window.intake.ask_consent(known.conversation.id)
    dialog = dialog_named(qtbot, "consentDialog")
    first = dialog.current.item(0)
    assert first.text().endswith("· actief")
    qtbot.mouseClick(dialog.current.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.current.visualItemRect(first).center())
    assert dialog.correct_button.isEnabled()
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    correction = dialog_named(qtbot, "consentCorrectionDialog")
    type_date(qtbot, correction, Qt.Key.Key_G, correction.given_on, date(2026, 11, 3))
    qtbot.keyClick(correction.given_on, Qt.Key.Key_Return)  # Enter = Correctie vastleggen
    qtbot.waitUntil(lambda: dialog.current.count() == 2, timeout=2000)
    texts = [dialog.current.item(i).text() for i in range(2)]
    assert texts[0].startswith("Opnemen · gegeven 2026-11-02") and texts[0].endswith("· gecorrigeerd")
    assert texts[1].startswith("Opnemen · gegeven 2026-11-03") and texts[1].endswith("· actief")
    old, new = consent.list_for_conversation(known.ctx, known.conversation.id)
    assert old.superseded_by_id == new.id and not old.active and new.active
    assert QApplication.activeModalWidget() is not correction
    dialog.close()
