"""The ways into the learning lab: Beeld > Leerlab from an empty workspace, a learning-group member who opens the
workbench and starts in the Leerlab, and a group made from the share dialog (Leergroepen…) that is then chosen."""

from __future__ import annotations

from kijkwijzer.ui.lab.leerlab_view import LeerlabView


def test_from_an_empty_workspace_the_leerlab_opens_and_says_what_to_do(qtbot, empty_window):
    action = empty_window.actions_by_name["leerlab"]
    assert action.isEnabled() and action in empty_window.menus["view"].actions()
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(empty_window.docks.panel("leerlab"), LeerlabView), timeout=3000)
    view = empty_window.docks.panel("leerlab")
    assert view.isVisible() and view.pages.currentIndex() == 0
    assert view.empty.text().startswith("Je zit nog niet in een leergroep.")
    assert "Leerlab" in [a.text() for a in empty_window.menus["view"].actions()]


def test_a_member_remembered_from_last_time_starts_in_the_leerlab(qtbot, lab_setup):
    from .fixtures import open_lab_window

    first = open_lab_window(qtbot, lab_setup.ctx, lab_setup.member_id)  # chosen here: remembered next time
    first.close()  # (deleted by qtbot afterwards)
    from tests.support.fake_player import FakePlayer
    from tests.ui.conftest import open_main_window

    win = open_main_window(qtbot, lab_setup.ctx, FakePlayer())
    win.lab.player_factory = FakePlayer
    try:
        assert win.chosen.reviewer.id == lab_setup.member_id
        qtbot.waitUntil(lambda: isinstance(win.docks.panel("leerlab"), LeerlabView), timeout=3000)
        view = win.docks.panel("leerlab")
        assert view.shown_titles() == ["Formulier uitleggen  (0:02)"]
        dock = win.docks.panels["leerlab"]
        # the Leerlab is the member's main view: the review area (the welcome page) makes way for it
        qtbot.waitUntil(lambda: dock.height() > win.height() * 3 // 4, timeout=3000)
        assert not win.central.isVisible()
        win.select_reviewer(lab_setup.pro_reviewer_id)  # the professional reviews: the review area is back
        assert win.central.isVisible()
    finally:
        win.close()
        win.deleteLater()


def test_a_group_made_from_the_share_dialog_is_chosen(qtbot, pro_window, lab_setup):
    from .test_sharing import _open_share_dialog

    dialog = _open_share_dialog(pro_window, "Stilte")
    assert [dialog.group.itemText(i) for i in range(dialog.group.count())] == ["Leergroep Noord (1 lid)"]
    dialog.new_group.click()
    team = dialog.group_dialog
    assert team is not None and team.isVisible() and team.tabs.currentWidget() is team.groups
    team.groups.new_name.setText("Leerlab Zoetermeer")
    made = team.groups.add_group()
    assert made is not None
    team.reject()
    qtbot.waitUntil(lambda: dialog.group.currentText() == "Leerlab Zoetermeer (0 leden)", timeout=3000)
    dialog.reject()
