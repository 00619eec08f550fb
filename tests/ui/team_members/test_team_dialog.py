"""Bestand > Team en leergroepen…: the administrator adds and removes members (whose logins then do or no longer
open the workspace), a member sees the team read-only and changes their own password, and every refusal of a
service is said in the dialog, with nothing half-done."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import lab_groups, team_members
from tests.support.qt_input import answer_next_box
from tests.support.team import PASSWORD

pytestmark = pytest.mark.postgres
NEW_PASSWORD = "een-nieuw-wachtwoord"


def _closed(dialog) -> bool:
    """Done and gone: the small dialogs are deleted once closed."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _open_team(qtbot, win):
    win.actions_by_name["team"].trigger()
    dialog = win.team.dialog
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog) -> list[list[str]]:
    members = dialog.members.list
    return [[members.topLevelItem(i).text(c) for c in range(4)] for i in range(members.topLevelItemCount())]


def _select(dialog, login: str) -> None:
    members = dialog.members.list
    row = next(i for i in range(members.topLevelItemCount()) if members.topLevelItem(i).text(2) == login)
    members.setCurrentItem(members.topLevelItem(row))


def _add_in_dialog(qtbot, dialog, *, name: str, role: str, login: str, password: str, again: str):
    dialog.findChild(QPushButton, "addMemberButton").click()
    add = dialog.members.dialog
    qtbot.waitExposed(add)
    qtbot.keyClicks(add.name, name)
    add.role.setCurrentIndex(add.role.findData(role))
    add.login.selectAll()
    qtbot.keyClicks(add.login, login)
    qtbot.keyClicks(add.password, password)
    qtbot.keyClicks(add.again, again)
    add.ok_button.click()
    return add


def test_the_team_action_is_in_the_file_menu_with_its_shortcut(window):
    action = window.actions_by_name["team"]
    assert action in window.menus["file"].actions()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+T") and "Ctrl+Shift+T" in action.toolTip()


def test_the_administrator_adds_a_member_who_can_then_open_the_workspace(qtbot, members_db, open_team_window):
    win = open_team_window(members_db.admin)
    dialog = _open_team(qtbot, win)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["Team&leden", "Leer&groepen"]
    login = members_db.login("bram")

    add = _add_in_dialog(qtbot, dialog, name="Bram Visser", role="coach", login=login, password=PASSWORD,
                         again=PASSWORD)

    qtbot.waitUntil(lambda: _closed(add))
    assert _rows(dialog) == [["Bram Visser", "coach", login, "ja"]]
    assert "Bram Visser is toegevoegd" in dialog.findChild(QLabel, "teamDone").text()
    bram = members_db.open_as(login)  # the login opens the workspace as that person
    assert (bram.actor.name, bram.actor.role) == ("Bram Visser", "coach")
    his = open_team_window(bram)
    assert his.findChild(QLabel, "signedIn").text().startswith("Aangemeld als Bram Visser (coach)")
    dialog.close()


def test_what_the_server_refuses_is_said_in_the_add_dialog_and_nothing_is_made(qtbot, members_db, open_team_window):
    win = open_team_window(members_db.admin)
    dialog = _open_team(qtbot, win)
    login = members_db.login("cor")

    add = _add_in_dialog(qtbot, dialog, name="Cor Smit", role="researcher", login=login, password="kort",
                         again="kort")
    error = add.findChild(QLabel, "formError")
    assert add.isVisible() and error.isVisible()
    assert error.text() == "Een wachtwoord heeft minstens 10 tekens."
    add.password.setText(PASSWORD)
    add.again.setText(PASSWORD + "x")
    add.ok_button.click()
    assert add.isVisible() and error.text() == "De twee wachtwoorden zijn niet gelijk."
    add.login.setText("Cor Smit!")
    add.again.setText(PASSWORD)
    add.ok_button.click()
    assert add.isVisible() and error.text().startswith("Ongeldige login 'Cor Smit!'")
    assert team_members.list_members(members_db.admin) == [] and _rows(dialog) == []

    add.login.setText(login)
    add.ok_button.click()  # corrected: now it is made, once
    qtbot.waitUntil(lambda: _closed(add))
    assert [m.login for m in team_members.list_members(members_db.admin)] == [login]


def test_a_refusal_is_said_in_the_ui_language(qtbot, members_db, open_team_window, members_in_english):
    win = open_team_window(members_db.admin)
    dialog = _open_team(qtbot, win)
    add = _add_in_dialog(qtbot, dialog, name="Dirk Boer", role="colleague", login=members_db.login("dirk"),
                         password="kort", again="kort")
    assert add.findChild(QLabel, "formError").text() == "A password has at least 10 characters."
    add.reject()


def test_a_member_signs_in_with_a_certificate_without_a_password(qtbot, members_db, open_team_window):
    win = open_team_window(members_db.admin)
    dialog = _open_team(qtbot, win)
    dialog.findChild(QPushButton, "addMemberButton").click()
    add = dialog.members.dialog
    qtbot.keyClicks(add.name, "Eva Mol")
    assert add.login.text() == "eva_mol"  # suggested from the name until typed by hand
    add.login.setText(members_db.login("eva"))
    add.with_certificate.setChecked(True)
    assert not add.password.isEnabled() and not add.again.isEnabled()
    add.ok_button.click()
    qtbot.waitUntil(lambda: _closed(add))
    assert _rows(dialog)[0][2] == members_db.login("eva")
    members_db.drop_later(members_db.login("eva"))


def test_the_administrator_removes_a_member_after_a_confirmation(qtbot, members_db, open_team_window):
    login, _anna = members_db.add("anna", "Anna de Vries", "professional")
    win = open_team_window(members_db.admin)
    dialog = _open_team(qtbot, win)
    _select(dialog, login)
    seen: list[str] = []

    answer_next_box(QMessageBox.StandardButton.No, seen)
    assert dialog.members.remove_member() is False
    assert [row[2] for row in _rows(dialog)] == [login]  # Annuleren: nothing removed

    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    assert dialog.members.remove_member() is True
    assert all(f"De login {login} wordt van de databaseserver verwijderd" in text for text in seen)
    assert all("Wat Anna de Vries annoteerde, blijft bewaard." in text for text in seen)
    assert _rows(dialog) == []
    with pytest.raises(KijkwijzerError):
        members_db.open_as(login)


def test_a_member_removed_elsewhere_meanwhile_is_said_in_the_dialog(qtbot, members_db, open_team_window):
    login, anna = members_db.add("anna", "Anna de Vries", "professional")
    win = open_team_window(members_db.admin)
    dialog = _open_team(qtbot, win)
    _select(dialog, login)
    team_members.remove_member(members_db.admin, anna.id)  # another administrator's workbench, a moment earlier

    answer_next_box(QMessageBox.StandardButton.Yes, [])
    assert dialog.members.remove_member() is False
    error = dialog.findChild(QLabel, "teamError")
    assert error.isVisible() and error.text() == f"Kijker {anna.id} is geen teamlid met een login."
    assert _rows(dialog) == []  # the list shows what is true


def test_a_member_sees_the_team_read_only_and_changes_their_own_password(qtbot, members_db, open_team_window):
    login, anna = members_db.add("anna", "Anna de Vries", "professional")
    _other, bram = members_db.add("bram", "Bram Visser", "coach")
    lab_groups.add_to_group(members_db.admin, lab_groups.add_group(members_db.admin, "Intervisie").id, bram.id)
    group = lab_groups.add_group(members_db.admin, "Leerlab Zoetermeer")
    for member in (anna, bram):
        lab_groups.add_to_group(members_db.admin, group.id, member.id)
    win = open_team_window(members_db.open_as(login))
    dialog = _open_team(qtbot, win)

    assert [row[0] for row in _rows(dialog)] == ["Anna de Vries", "Bram Visser"]
    for name in ("addMemberButton", "removeMemberButton", "setPasswordButton", "addGroupButton", "newGroupName"):
        assert dialog.findChild(QPushButton, name) is None and dialog.findChild(QLabel, name) is None
    assert dialog.groups.findChild(QLabel, "groupsReadOnly").isVisibleTo(dialog.groups)
    assert dialog.groups.name.isReadOnly()
    ticks = dialog.groups.member_checks
    ticked = [ticks.item(i).text() for i in range(ticks.count()) if ticks.item(i).checkState() == Qt.CheckState.Checked]
    assert dialog.groups.name.text() == "Leerlab Zoetermeer"  # her own group first
    assert ticked == ["Anna de Vries (professional)", "Bram Visser (coach)"]
    assert not any(ticks.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable for i in range(ticks.count()))

    dialog.findChild(QPushButton, "myPasswordButton").click()
    change = dialog.members.dialog
    qtbot.keyClicks(change.password, NEW_PASSWORD)
    qtbot.keyClicks(change.again, NEW_PASSWORD)
    change.ok_button.click()
    qtbot.waitUntil(lambda: _closed(change))
    assert dialog.findChild(QLabel, "teamDone").text() == "Uw wachtwoord is gewijzigd."
    assert members_db.open_as(login, NEW_PASSWORD).actor.reviewer_id == anna.id
    with pytest.raises(KijkwijzerError):
        members_db.open_as(login, PASSWORD)


def test_in_team_mode_change_password_in_the_file_menu_is_the_logins(qtbot, members_db, open_team_window):
    login, _anna = members_db.add("anna", "Anna de Vries", "professional")
    win = open_team_window(members_db.open_as(login))
    said: list[str] = []
    win.statusBar().messageChanged.connect(said.append)

    win.actions_by_name["change_passphrase"].trigger()
    change = win.team.dialog
    qtbot.waitExposed(change)
    assert change.objectName() == "loginPasswordDialog"
    assert any(login in label.text() for label in change.findChildren(QLabel))  # whose password it is
    qtbot.keyClicks(change.password, NEW_PASSWORD)
    qtbot.keyClicks(change.again, "iets-anders-dan-dat")
    change.ok_button.click()
    assert change.isVisible() and change.error.text() == "De twee wachtwoorden zijn niet gelijk."
    qtbot.keyClicks(change.again, NEW_PASSWORD)
    change.ok_button.click()
    qtbot.waitUntil(lambda: _closed(change))
    assert "Uw wachtwoord is gewijzigd; gebruik het vanaf nu bij het aanmelden." in said
    members_db.open_as(login, NEW_PASSWORD)


def test_the_administrator_puts_members_in_a_learning_group(qtbot, members_db, open_team_window):
    _login, lars = members_db.add("lars", "Lars Groen", "learning_group")
    win = open_team_window(members_db.admin)
    dialog = _open_team(qtbot, win)
    dialog.tabs.setCurrentWidget(dialog.groups)
    groups = dialog.groups
    qtbot.keyClicks(groups.new_name, "Leerlab Zoetermeer")
    qtbot.keyClick(groups.new_name, Qt.Key.Key_Return)
    ticks = groups.member_checks
    item = next(ticks.item(i) for i in range(ticks.count()) if ticks.item(i).text() == "Lars Groen (leergroep)")
    item.setCheckState(Qt.CheckState.Checked)
    assert [(g.name, [m.id for m in g.members]) for g in lab_groups.list_groups(members_db.admin)] == \
        [("Leerlab Zoetermeer", [lars.id])]
    assert [g.name for g in lab_groups.groups_of(members_db.open_as(members_db.login("lars")), lars.id)] == \
        ["Leerlab Zoetermeer"]
