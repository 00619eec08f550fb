"""The Leerlab view in the window: a learning-group member lands in it and sees exactly the fragments shared with
their group (played from the clip, with the professional's question), adds and changes their own tops and tips,
sees a colleague's feedback arrive by itself, and loses the fragment the moment the client withdraws consent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kijkwijzer.services import consent, lab
from kijkwijzer.ui.lab.leerlab_view import LeerlabView

from .fixtures import QUESTION


def _leerlab(qtbot, win) -> LeerlabView:
    qtbot.waitUntil(lambda: isinstance(win.docks.panel("leerlab"), LeerlabView), timeout=3000)
    return win.docks.panel("leerlab")


def test_a_group_member_lands_in_the_leerlab_with_exactly_the_shared_fragment(qtbot, member_window, lab_setup):
    view = _leerlab(qtbot, member_window)
    assert view.isVisible() and view.pages.currentIndex() == 1
    assert view.shown_titles() == ["Formulier uitleggen  (0:02)"]  # not "Stilte", the fragment not shared
    assert view.question.text() == f"Vraag van Sanne de Vries: {QUESTION}"
    assert "Leergroep Noord" in view.meta.text() and "gedeeld door Sanne de Vries" in view.meta.text()
    # the clip plays, not the recording: a file of its own in the clips folder
    assert view.player.loaded and view.player.player.source.path.parent == lab_setup.ctx.workspace.clips_dir
    assert view.player.player.duration() < 2500
    assert member_window.review.recording is None  # the whole recording stays out of reach
    assert not view.edit_question.isVisible() and not view.unshare_button.isVisible()  # not theirs


def test_someone_outside_the_group_sees_nothing(qtbot, member_window, lab_setup):
    view = _leerlab(qtbot, member_window)
    member_window.select_reviewer(lab_setup.outsider.actor.reviewer_id)
    view = _leerlab(qtbot, member_window)
    assert view.shown_titles() == [] and view.pages.currentIndex() == 0
    assert view.empty.text().startswith("Je zit nog niet in een leergroep.")


def test_a_top_with_a_theme_shows_in_the_thread_and_can_be_changed_and_deleted(qtbot, member_window, monkeypatch):
    view = _leerlab(qtbot, member_window)
    form = view.form
    assert view.cards.texts() == [] and view.cards.empty.isVisible()
    form.top.setChecked(True)
    form.theme.setCurrentIndex(form.theme.findData("thema.raakmomenten"))
    qtbot.keyClicks(form.text, "Mooi hoe je de stilte liet vallen")
    qtbot.keyClick(form.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter adds
    qtbot.waitUntil(lambda: len(view.cards.cards) == 1, timeout=3000)
    assert view.cards.texts() == ["Top · Raakmomenten · Lid Noord (jij): Mooi hoe je de stilte liet vallen"]
    assert form.text.toPlainText() == ""
    qtbot.waitUntil(lambda: view.shares.item(0).text().endswith("1 reactie"), timeout=3000)

    card = view.cards.cards[0]
    card.buttons["edit"].click()
    assert form.editing_id == card.view.id and form.add_button.text() == "Opslaa&n"
    form.tip.setChecked(True)
    form.text.setPlainText("Laat de stilte nog iets langer duren")
    form.add_button.click()
    qtbot.waitUntil(lambda: view.cards.texts() == [("Tip · Raakmomenten · Lid Noord (jij): "
                                                   "Laat de stilte nog iets langer duren")], timeout=3000)
    assert form.editing_id is None

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.cards.cards[0].buttons["delete"].click()
    qtbot.waitUntil(lambda: view.cards.texts() == [], timeout=3000)


def test_empty_feedback_is_refused_in_the_form(qtbot, member_window):
    view = _leerlab(qtbot, member_window)
    view.form.add_button.click()
    assert view.form.problem.isVisible() and view.form.problem.text() == "Schrijf eerst wat je zag."
    assert view.cards.cards == []


def test_a_colleagues_feedback_appears_without_reload(qtbot, member_window, lab_setup):
    view = _leerlab(qtbot, member_window)
    lab.add_feedback(lab_setup.pro, lab_setup.share.id, "tip", "Wat denken jullie van mijn toon?")
    qtbot.waitUntil(lambda: len(view.cards.cards) == 1, timeout=3000)
    assert view.cards.texts() == ["Tip · Sanne de Vries: Wat denken jullie van mijn toon?"]
    assert "edit" not in view.cards.cards[0].buttons  # someone else's: not to change


def test_withdrawn_learning_group_consent_takes_the_fragment_from_the_open_leerlab(qtbot, member_window, lab_setup):
    view = _leerlab(qtbot, member_window)
    lab.add_feedback(lab_setup.member, lab_setup.share.id, "top", "Duidelijke uitleg")
    qtbot.waitUntil(lambda: len(view.cards.cards) == 1, timeout=3000)
    assert view.player.loaded
    given = next(c for c in consent.list_for_conversation(lab_setup.pro, lab_setup.conversation.id)
                 if c.purpose == "learning_group")
    consent.withdraw(lab_setup.pro, given.id)
    qtbot.waitUntil(lambda: view.shown_titles() == [], timeout=3000)
    assert view.pages.currentIndex() == 0 and "Er is nog geen fragment met jouw leergroep gedeeld" in view.empty.text()
    assert not view.player.loaded and view.cards.cards == []
    assert list(lab_setup.ctx.workspace.clips_dir.iterdir()) == []


def test_the_leerlab_is_in_the_view_menu_with_its_shortcut(qtbot, pro_window, lab_setup, monkeypatch):
    action = pro_window.actions_by_name["leerlab"]
    assert action in pro_window.menus["view"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+L" and "Ctrl+Shift+L" in action.toolTip()
    action.trigger()
    view = _leerlab(qtbot, pro_window)
    assert view.shown_titles() == ["Formulier uitleggen  (0:02)"]
    assert view.shares.item(0).text().split("\n")[1].startswith("Leergroep Noord · gedeeld door jou")
    assert view.edit_question.isVisible() and view.unshare_button.isVisible()  # the professional's own
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.unshare_button.click()  # the professional withdraws the share from the Leerlab itself
    qtbot.waitUntil(lambda: view.shown_titles() == [], timeout=3000)
    assert view.empty.text().startswith("Je hebt nog geen fragment met een leergroep gedeeld.")
    assert lab.shares_for_me(lab_setup.member) == []
