"""A new user on an empty workspace: the welcome page explains the cycle, never the command line, and asks
who they are; that person becomes the professional and the one "Ik annoteer als" shows at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from kijkwijzer.services import people

from .helpers import dialog_named


def visible_texts(window) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) if w.isVisible()]
    texts += [a.text() + " " + a.toolTip() for a in window.findChildren(type(window.actions_by_name["quit"]))]
    tree = window.browser
    texts += [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    return texts


def test_empty_workspace_shows_the_welcome_page_and_no_command_line(qtbot, empty_window):
    welcome = empty_window.intake.welcome
    assert empty_window.central.currentWidget() is welcome and welcome.isVisible()
    assert not empty_window.review.isVisible()
    texts = visible_texts(empty_window)
    steps = [f.findChild(QLabel, "stepTitle").text() for f in welcome.step_frames]
    assert steps == ["Casus en toestemming", "Opnemen en importeren", "Analyseren", "Cliëntinterview en reflectie",
                     "Vervolg"]
    assert "Wie bent u?" in texts and welcome.primary.isVisible()
    assert not [t for t in texts if "cli" in t.lower().replace("cliënt", "").replace("client", "")]
    assert empty_window.browser.topLevelItemCount() == 0  # no cut-off line in the werkmap


def test_first_run_identity_makes_the_professional_and_chooses_them(qtbot, empty_window):
    welcome = empty_window.intake.welcome
    name = welcome.identity.name
    assert name.hasFocus()  # a new user can type at once
    qtbot.keyClicks(name, "Sanne de Vries")
    function = welcome.identity.function.lineEdit()
    assert isinstance(function, QLineEdit)
    qtbot.mouseClick(function, Qt.MouseButton.LeftButton)
    function.selectAll()
    qtbot.keyClicks(function, "werkregisseur")
    qtbot.keyClick(function, Qt.Key.Key_Return)  # Enter starts, it does not edit an annotation
    qtbot.waitUntil(lambda: welcome.state == "first_case", timeout=3000)
    (pro,) = people.list_professionals(empty_window.base_ctx)
    assert (pro.name, pro.function) == ("Sanne de Vries", "werkregisseur")
    assert empty_window.reviewer_box.currentText() == "Sanne de Vries (professional)"
    assert empty_window.current_reviewer.professional_id == pro.id
    assert empty_window.ctx.actor.name == "Sanne de Vries"
    assert welcome.primary.text() == "&Nieuwe casus…"
    qtbot.waitUntil(welcome.primary.hasFocus, timeout=2000)
    qtbot.keyClick(welcome.primary, Qt.Key.Key_Return)  # Enter starts the next step
    dialog = dialog_named(qtbot, "caseDialog")
    dialog.close()
    qtbot.waitUntil(lambda: empty_window.browser.topLevelItemCount() == 1, timeout=3000)


def test_a_missing_name_is_said_not_stored(qtbot, empty_window):
    welcome = empty_window.intake.welcome
    qtbot.mouseClick(welcome.primary, Qt.MouseButton.LeftButton)
    problem = welcome.action_frame.findChild(QLabel, "welcomeProblem")
    assert problem is not None and problem.text() == "Vul uw naam in."
    assert people.list_professionals(empty_window.base_ctx) == [] and welcome.state == "identity"


def test_with_cases_the_welcome_page_lists_them_with_the_next_step(qtbot, known, known_window):
    welcome = known_window.intake.welcome
    assert welcome.state == "cases" and known_window.central.currentWidget() is welcome
    labels = [w.text() for w in welcome.findChildren(QLabel) if w.isVisible()]
    assert any(t.startswith("Schulden en werk · C-") for t in labels)
    assert any("Volgende stap: de opname van gesprek 1 van 2026-11-02 importeren." in t for t in labels)
    assert welcome.primary.text() == "Opname importeren…"


def test_with_a_recording_the_card_says_the_cycles_next_step(qtbot, known, known_window):
    """Once there is a recording, the card names the step the case's "Waar sta ik" names (here: annotating),
    not a fixed "analyseren" that stays after the analysis is done."""
    from kijkwijzer.services import consent, text_recordings

    shown_before = [w.text() for w in known_window.intake.welcome.findChildren(QLabel) if w.isVisible()]
    assert any("de opname van gesprek 1 van 2026-11-02 importeren" in t for t in shown_before)
    consent.grant(known.ctx, known.conversation.id, "analysis", known.conversation.held_on, method="verbal",
                  verbal_at_ms=0)
    text_recordings.add_text_recording(known.ctx, known.conversation.id, [("", "De klantmanager opent het gesprek.")],
                                       "Gesprek 1 (tekstverslag)")
    welcome = known_window.intake.welcome

    def shown() -> list[str]:
        return [w.text() for w in welcome.findChildren(QLabel) if w.isVisible()]

    qtbot.waitUntil(lambda: any("Volgende stap: gesprek 1, de opname bekijken en annoteren." in t for t in shown()),
                    timeout=3000)
    assert welcome.primary.text() == "Opname bekijken"
