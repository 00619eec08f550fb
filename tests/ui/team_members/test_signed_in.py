"""Who you are in the window: in a team database the login says it ("Aangemeld als …", no "Ik annoteer als"
chooser), every view acts as that member, a learning-group member opens the window without a single error; a
single-user workspace keeps its chooser."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel

from kijkwijzer.services import lab_groups, people
from kijkwijzer.ui.main_window import MainWindow

pytestmark = pytest.mark.postgres


def _toolbar_texts(win) -> list[str]:
    bar = win.findChild(QLabel, "signedIn").parentWidget()
    return [label.text() for label in bar.findChildren(QLabel) if label.isVisible()]


def test_a_member_sees_who_they_are_and_no_chooser(qtbot, members_db, open_team_window):
    login, anna = members_db.add("anna", "Anna de Vries", "professional")
    win = open_team_window(members_db.open_as(login))

    assert not win.findChild(QComboBox, "reviewerChooser").isVisible()
    assert not any("Ik annoteer als" in text for text in _toolbar_texts(win))
    signed_in = win.findChild(QLabel, "signedIn")
    assert signed_in.isVisible()
    assert signed_in.text() == f"Aangemeld als Anna de Vries (professional) · teamdatabase 127.0.0.1/{members_db.name}"
    assert win.chosen.reviewer.id == anna.id and win.ctx.actor.reviewer_id == anna.id  # every view acts as her
    assert win.review.ctx.actor.reviewer_id == anna.id and win.browser.ctx.actor.reviewer_id == anna.id
    assert win.intake.welcome.state == "first_case"  # a professional starts a case, as on her own laptop

    people.update_reviewer(members_db.admin, anna.id, name="Anna Jansen")  # the administrator, on another workbench
    qtbot.waitUntil(lambda: "Anna Jansen" in signed_in.text(), timeout=5000)
    assert win.chosen.reviewer.name == "Anna Jansen"


def test_the_administrator_is_signed_in_as_administrator(members_db, open_team_window):
    win = open_team_window(members_db.admin)

    assert not win.findChild(QComboBox, "reviewerChooser").isVisible()
    assert win.findChild(QLabel, "signedIn").text() == \
        f"Aangemeld als beheerder kw · teamdatabase 127.0.0.1/{members_db.name}"
    assert win.chosen.reviewer is None  # the administrator acts as the workspace itself
    welcome = win.intake.welcome
    assert welcome.state == "team" and welcome.identity is None  # no "Wie bent u?" in a team database
    headings = [label.text() for label in welcome.findChildren(QLabel, "welcomeHeading")]
    assert "U beheert deze teamdatabase" in headings


def test_a_learning_group_member_opens_the_window_without_errors(members_db, open_team_window, monkeypatch):
    from tests.support.cases import build_case

    build_case(members_db.admin)  # a professional's case with a recording consent: nothing of it is the member's
    login, lars = members_db.add("lars", "Lars Groen", "learning_group")
    group = lab_groups.add_group(members_db.admin, "Leerlab Zoetermeer")
    lab_groups.add_to_group(members_db.admin, group.id, lars.id)
    said: list[str] = []
    monkeypatch.setattr(MainWindow, "show_message", lambda self, text: said.append(text))

    win = open_team_window(members_db.open_as(login))
    win.startup_prompts()
    win.actions_by_name["refresh"].trigger()

    assert said == []
    assert win.browser.recording_ids() == []
    welcome = win.intake.welcome
    assert welcome.state == "team"
    texts = [label.text() for label in welcome.findChildren(QLabel) if label.isVisibleTo(welcome)]
    assert "Welkom in het leerlab" in texts
    assert any("Leerlab Zoetermeer" in text for text in texts)
    assert not [b for b in welcome.findChildren(QLabel, "welcomeProblem")]
    assert win.findChild(QLabel, "signedIn").text().startswith("Aangemeld als Lars Groen (leergroep)")


def test_a_single_user_workspace_keeps_its_chooser(window):
    box = window.findChild(QComboBox, "reviewerChooser")
    assert box.isVisible() and box.count() == 2  # the professional and the coach
    assert not window.findChild(QLabel, "signedIn").isVisible()
    bar = box.parentWidget()
    assert "Ik annoteer als " in [label.text() for label in bar.findChildren(QLabel) if label.isVisible()]
