"""Sharing from the Fragmenten list and the professional's Leergroep tab: the share dialog cuts the clip in the
background and refuses (in words) without the client's consent or a second time; a share can be withdrawn after
asking; the group's feedback shows beside the review and "Maak aandachtspunt…" turns it into one."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from kijkwijzer.services import aandachtspunten, consent, lab
from kijkwijzer.ui.lab.recording_lab import RecordingLabPanel
from kijkwijzer.ui.lab.share_dialog import ShareDialog


def _choose_fragment(win, title: str) -> None:
    pool = win.playlists.pool
    rows = [i for i in range(pool.count()) if title in pool.item(i).text()]
    assert rows, [pool.item(i).text() for i in range(pool.count())]
    pool.setCurrentRow(rows[0])


def _open_share_dialog(win, title: str) -> ShareDialog:
    _choose_fragment(win, title)
    action = win.lab.sharing.share_action
    assert action in win.playlists.pool.actions() and action.isVisible()
    action.trigger()
    dialog = win.lab.sharing.dialog
    assert isinstance(dialog, ShareDialog) and dialog.isVisible()
    return dialog


def _leergroep(qtbot, win) -> RecordingLabPanel:
    qtbot.waitUntil(lambda: isinstance(win.docks.panel("leergroep"), RecordingLabPanel), timeout=3000)
    return win.docks.panel("leergroep")


def test_sharing_a_fragment_from_the_fragment_list(qtbot, pro_window, lab_setup):
    dialog = _open_share_dialog(pro_window, "Stilte")
    assert dialog.group.currentText() == "Leergroep Noord (1 lid)"
    dialog.question.setPlainText("Is deze stilte te lang?")
    dialog.ok_button.click()
    assert dialog.bar.isVisible() and not dialog.ok_button.isEnabled()  # the clip is cut in the background
    qtbot.waitUntil(lambda: pro_window.lab.sharing.dialog is None, timeout=20000)  # done: closed (and deleted)
    shares = lab.shares_for_me(lab_setup.member)
    assert sorted(s.title for s in shares) == ["Formulier uitleggen", "Stilte"]
    assert next(s for s in shares if s.title == "Stilte").question == "Is deze stilte te lang?"
    assert "Gedeeld met Leergroep Noord: Stilte" in pro_window.statusBar().currentMessage()
    panel = _leergroep(qtbot, pro_window)
    qtbot.waitUntil(lambda: len(panel.sections) == 2, timeout=3000)


def test_the_share_dialog_says_why_it_refuses(qtbot, pro_window, lab_setup):
    dialog = _open_share_dialog(pro_window, "Formulier uitleggen")  # shared already (the fixture)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10000)
    assert dialog.problem.text() == f"Fragment {lab_setup.case.shared.id} is al gedeeld met leergroep Leergroep Noord."
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    dialog.reject()

    given = next(c for c in consent.list_for_conversation(lab_setup.pro, lab_setup.conversation.id)
                 if c.purpose == "learning_group")
    consent.withdraw(lab_setup.pro, given.id)
    dialog = _open_share_dialog(pro_window, "Stilte")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10000)
    assert "delen in een leergroep" in dialog.problem.text()
    assert lab.shares_for_me(lab_setup.member) == [] and list(lab_setup.ctx.workspace.clips_dir.iterdir()) == []
    dialog.reject()


def test_sharing_is_offered_to_the_professional_only(qtbot, pro_window, lab_setup):
    action, unshare = pro_window.lab.sharing.share_action, pro_window.lab.sharing.unshare_action
    assert action.isVisible()
    _choose_fragment(pro_window, "Stilte")
    qtbot.waitUntil(lambda: not unshare.isEnabled(), timeout=3000)  # not shared: nothing to withdraw
    _choose_fragment(pro_window, "Formulier uitleggen")
    qtbot.waitUntil(lambda: unshare.isEnabled(), timeout=3000)
    pro_window.select_reviewer(lab_setup.case.made.coach.id)
    assert not action.isVisible() and not pro_window.lab.sharing.unshare_action.isVisible()


def test_the_leergroep_tab_shows_the_feedback_and_makes_an_aandachtspunt(qtbot, lab_setup):
    from .fixtures import open_lab_window

    lab.add_feedback(lab_setup.member, lab_setup.share.id, "tip", "Vraag eerst wat de cliënt al weet", "thema.beleving")
    win = open_lab_window(qtbot, lab_setup.ctx, lab_setup.pro_reviewer_id, lab_setup.recording.id)
    try:
        panel = _leergroep(qtbot, win)  # opened by itself: the recording has a shared fragment
        assert len(panel.sections) == 1 and len(panel.feedback_cards()) == 1
        card = panel.feedback_cards()[0]
        theme = lab_setup.ctx.content.theme("thema.beleving").title
        assert card.plain == f"Tip · {theme} · Lid Noord: Vraag eerst wat de cliënt al weet"
        card.buttons["aandachtspunt"].click()
        dialog = panel.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.reflection.currentText() == "Nieuw reflectiegesprek van vandaag"  # none yet
        dialog.text.setPlainText("Eerst vragen wat de cliënt al weet")
        dialog.findChild(QPushButton, "aandachtspuntOk").click()
        qtbot.waitUntil(lambda: panel.feedback_cards() and "aandachtspunt" not in panel.feedback_cards()[0].buttons,
                        timeout=3000)
        points = aandachtspunten.list_aandachtspunten(lab_setup.pro, lab_setup.case.made.case.id)
        assert [(p.text, p.theme_id) for p in points] == [("Eerst vragen wat de cliënt al weet", "thema.beleving")]
        assert lab.feedback_thread(lab_setup.pro, lab_setup.share.id)[0].aandachtspunt_id == points[0].id
        assert "Aandachtspunt gemaakt" in win.statusBar().currentMessage()
    finally:
        win.close()
        win.deleteLater()


def test_withdrawing_a_share_asks_first(qtbot, pro_window, lab_setup, monkeypatch):
    panel = _leergroep(qtbot, pro_window)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    _choose_fragment(pro_window, "Formulier uitleggen")
    assert not pro_window.lab.sharing.unshare_current()  # "No": still shared
    assert len(lab.shares_for_me(lab_setup.member)) == 1
    assert pro_window.lab.sharing.unshare_current()
    assert lab.shares_for_me(lab_setup.member) == []
    qtbot.waitUntil(lambda: panel.sections == [], timeout=3000)
    assert panel.heading.text().startswith("Nog geen fragment van deze opname gedeeld.")
