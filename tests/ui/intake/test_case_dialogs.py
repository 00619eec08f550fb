"""Client, case and conversation made and edited in dialogs: what was typed is stored (a free-text setting, an
interpreter among the participants, dated case events) and shows in the werkmap."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kijkwijzer.services import cases, people
from kijkwijzer.ui.workspace_browser import ID_ROLE, KIND_ROLE

from .helpers import FakeImporter, answer_next_box, dialog_named


def type_into(qtbot, widget, text: str, replace: bool = True) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def click_cell(qtbot, table, row: int, column: int) -> None:
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def werkmap(window) -> set[tuple[str, str]]:
    return {(it.data(0, KIND_ROLE), it.text(0)) for it in window.browser._items()}


def test_client_case_and_conversation_are_made_in_dialogs_and_shown_in_the_werkmap(qtbot, known, known_window):
    window = known_window
    window.importer = FakeImporter()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = dialog_named(qtbot, "caseDialog")
    pseudonym = dialog.client_fields.pseudonym.text()
    assert pseudonym.startswith("C-") and dialog.client_fields.real_name.hasFocus()
    assert "Alleen u als professional ziet de echte naam" in dialog.findChild(type(dialog.error), "realNameNote").text()
    qtbot.keyClicks(dialog.client_fields.real_name, "Mevrouw Yilmaz")
    type_into(qtbot, dialog.reason, "Zit al twee jaar vast; ik wil een nieuwe aanpak proberen")
    type_into(qtbot, dialog.title, "Werk na de schulden")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter = OK

    conversation = dialog_named(qtbot, "conversationDialog")  # the first conversation is asked for next
    assert conversation.case_choice.currentText() == f"Werk na de schulden ({pseudonym})"
    type_into(qtbot, conversation.setting.lineEdit(), "bij de welzijnsorganisatie")
    qtbot.mouseClick(conversation.participants.add_button, Qt.MouseButton.LeftButton)
    role, description, _remove = conversation.participants.rows[-1]
    assert role.hasFocus()
    qtbot.keyClicks(role, "t")  # tolk
    type_into(qtbot, description, "tolk Arabisch")
    qtbot.mouseClick(conversation.ok_button, Qt.MouseButton.LeftButton)

    consent = dialog_named(qtbot, "consentDialog")  # consent comes before any import
    qtbot.keyClick(consent, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: ("case", f"Werk na de schulden ({pseudonym})") in werkmap(window), timeout=3000)
    case = next(c for c in cases.list_cases(known.ctx) if c.title == "Werk na de schulden")
    (made,) = cases.list_conversations(known.ctx, case.id)
    assert made.setting == "bij de welzijnsorganisatie"
    assert made.participants == (("client", ""), ("professional", ""), ("interpreter", "tolk Arabisch"))
    assert case.reason.startswith("Zit al twee jaar vast") and window.importer.calls == []
    client = people.get_client(known.ctx, case.client_id)
    assert client.pseudonym == pseudonym and client.has_real_name
    assert ("conversation", f"Gesprek 1 · {date.today().isoformat()}") in werkmap(window)
    assert window.browser.currentItem().data(0, ID_ROLE) == made.id


def test_editing_a_conversation_stores_each_field_as_it_is_left(qtbot, known, known_window):
    window = known_window
    window.intake.edit_conversation(known.conversation.id)
    dialog = dialog_named(qtbot, "conversationDialog")
    assert dialog.goal.toPlainText() == "Samen een plan maken" and not dialog.case_choice.isEnabled()
    type_into(qtbot, dialog.setting.lineEdit(), "huisbezoek")
    qtbot.keyClick(dialog.setting, Qt.Key.Key_Tab)
    assert cases.get_conversation(known.ctx, known.conversation.id).setting == "huisbezoek"
    qtbot.mouseClick(dialog.participants.add_button, Qt.MouseButton.LeftButton)
    role, description, _remove = dialog.participants.rows[-1]
    qtbot.keyClicks(role, "a")  # andere professional
    type_into(qtbot, description, "werkcoach van het UWV")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing stores what is pending, nothing is lost
    assert cases.get_conversation(known.ctx, known.conversation.id).participants == (
        ("other_professional", "werkcoach van het UWV"),)


def test_a_new_dialog_asks_before_esc_throws_typing_away(qtbot, known, known_window):
    window = known_window
    window.intake.new_conversation(known.case.id)
    dialog = dialog_named(qtbot, "conversationDialog")
    type_into(qtbot, dialog.goal, "Afspraken over de schuldhulp")
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen and dialog.isVisible()
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert len(cases.list_conversations(known.ctx, known.case.id)) == 1


def test_case_events_and_outcome_are_added_edited_and_deleted(qtbot, known, known_window):
    window = known_window
    window.browser.reveal("case", known.case.id)
    window.actions_by_name["edit_case"].trigger()
    case_dialog = dialog_named(qtbot, "caseDialog")
    type_into(qtbot, case_dialog.goal, "Een baan die bij haar past")
    qtbot.mouseClick(case_dialog.findChild(type(case_dialog.ok_button), "caseEventsButton"), Qt.MouseButton.LeftButton)
    assert cases.get_case(known.ctx, known.case.id).goal == "Een baan die bij haar past"  # stored on leaving
    dialog = dialog_named(qtbot, "caseEventsDialog")
    type_into(qtbot, dialog.new_text, "Huisbezoek door fraudeonderzoekers")
    qtbot.keyClick(dialog.new_text, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.new_kind, "u")  # uitkomst
    type_into(qtbot, dialog.new_text, "IPS-traject gestart")
    qtbot.mouseClick(dialog.findChild(type(dialog.ok_button), "addEventButton"), Qt.MouseButton.LeftButton)
    events = cases.list_case_events(known.ctx, known.case.id)
    assert [(e.kind, e.text) for e in events] == [("event", "Huisbezoek door fraudeonderzoekers"),
                                                 ("outcome", "IPS-traject gestart")]
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 1).text() == "uitkomst"
    click_cell(qtbot, dialog.table, 0, 2)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not dialog.table
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Uitkering gekort")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cases.list_case_events(known.ctx, known.case.id)[0].text == "Uitkering gekort",
                    timeout=2000)
    click_cell(qtbot, dialog.table, 1, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [e.text for e in cases.list_case_events(known.ctx, known.case.id)] == ["Uitkering gekort"]
    dialog.close()
    case_dialog.close()


def test_the_real_name_is_stored_and_shown_only_on_request(qtbot, known, known_window):
    window = known_window
    window.intake.edit_client(case_id=known.case.id)
    dialog = dialog_named(qtbot, "clientDialog")
    assert dialog.findChild(type(dialog.error), "clientPseudonym").text() == known.client.pseudonym
    assert not dialog.reveal.isVisible()  # nothing recorded yet
    type_into(qtbot, dialog.real_name, "Mevrouw Yilmaz")
    qtbot.keyClick(dialog.real_name, Qt.Key.Key_Tab)
    type_into(qtbot, dialog.profile, "Alleenstaand, twee kinderen")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing stores what is pending
    client = people.get_client(known.ctx, known.client.id)
    assert client.has_real_name and client.profile == "Alleenstaand, twee kinderen"
    window.intake.edit_client(client_id=known.client.id)
    again = dialog_named(qtbot, "clientDialog")
    assert again.real_name.text() == "" and again.reveal.isVisible()  # not shown until asked
    qtbot.mouseClick(again.reveal, Qt.MouseButton.LeftButton)
    assert again.real_name.text() == "Mevrouw Yilmaz"
    again.close()


def test_a_refused_edit_stays_on_screen_until_esc_is_pressed_again(qtbot, known, known_window):
    known_window.intake.edit_case(known.case.id)
    dialog = dialog_named(qtbot, "caseDialog")
    qtbot.keyClick(dialog.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Delete)  # a case without a title is refused
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.error.text().startswith("Geef de casus een titel.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert cases.get_case(known.ctx, known.case.id).title == "Schulden en werk"
