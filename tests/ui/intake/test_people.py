"""Personen: reviewers are added, renamed and archived in the window, and "Ik annoteer als" follows each
change at once, keeping the current choice; the professional's own name and function are edited there too."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kijkwijzer.services import people

from .helpers import dialog_named


def combo_texts(window) -> list[str]:
    box = window.reviewer_box
    return [box.itemText(i) for i in range(box.count())]


def test_reviewers_added_renamed_and_archived_follow_in_the_chooser(qtbot, known, known_window):
    window = known_window
    qtbot.mouseClick(window.intake.welcome.findChild(type(window.intake.welcome.primary), "welcomePeople"),
                     Qt.MouseButton.LeftButton)
    dialog = dialog_named(qtbot, "peopleDialog")
    name = dialog.new_name
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(name, "Joost Bakker")
    qtbot.keyClick(name, Qt.Key.Key_Return)  # Enter adds; the dialog stays open
    assert dialog.isVisible()
    assert combo_texts(window) == ["Sanne de Vries (professional)", "Joost Bakker (coach)"]
    assert window.reviewer_box.currentText() == "Sanne de Vries (professional)"

    field = dialog.reviewer_name
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "Joost de Boer")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field stores it
    assert "Joost de Boer (coach)" in combo_texts(window)
    assert dialog.list.currentItem().text() == "Joost de Boer (coach)"

    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert combo_texts(window) == ["Sanne de Vries (professional)"]
    assert [r.archived for r in people.list_reviewers(known.ctx, include_archived=True) if r.role == "coach"] == [True]
    qtbot.mouseClick(dialog.show_archived, Qt.MouseButton.LeftButton)
    assert dialog.list.item(0).text() == "Joost de Boer (coach) · gearchiveerd"
    assert dialog.archive_button.text() == "&Terugzetten"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_renaming_the_professional_renames_the_current_reviewer(qtbot, known, known_window):
    window = known_window
    window.actions_by_name["people"].trigger()
    dialog = dialog_named(qtbot, "peopleDialog")
    field = dialog.pro_name
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, "-Jansen")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter = Sluiten, and what was typed is stored
    assert not dialog.isVisible()
    (pro,) = people.list_professionals(known.ctx)
    assert pro.name == "Sanne de Vries-Jansen"
    assert window.reviewer_box.currentText() == "Sanne de Vries-Jansen (professional)"
    assert window.current_reviewer.name == "Sanne de Vries-Jansen" and "Sanne de Vries-Jansen" in window.status_reviewer.text()
