"""Bewerken > Zoeken in alle opnamen (Ctrl+Shift+F) in the window: typed words, Enter, Enter on a hit opens its
recording at its moment (the player is there) with the annotation chosen; from an empty workspace the panel says
that nothing was found. The player is a FakePlayer: playback is not the subject here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidget

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations
from kijkwijzer.ui.search import SearchPanel
from tests.support.fake_player import FakePlayer
from tests.support.qt_input import press
from tests.ui.conftest import open_main_window


def _panel(win) -> SearchPanel:
    panel = win.docks.panel("search")
    assert isinstance(panel, SearchPanel)
    return panel


def test_a_typed_word_and_enter_open_the_hits_moment(qtbot, review_workspace):
    ws = review_workspace
    other = annotations.add(ws.as_pro, AnnotationDraft(ws.recording.id, 1000, observation="Zij knikt"))
    note = annotations.add(ws.as_pro, AnnotationDraft(ws.recording.id, 3200, observation="Zij vat samen",
                                                      quote="ik wil weer aan het werk als lasser"))
    player = FakePlayer()
    win = open_main_window(qtbot, ws.as_pro, player)  # nothing open yet
    try:
        assert win.review.recording is None
        press(win, "Ctrl+Shift+F")
        panel = _panel(win)
        field = panel.findChild(QLineEdit, "searchField")
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, "Lass")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        results = panel.findChild(QTreeWidget, "searchResults")
        assert results.hasFocus()
        group = results.topLevelItem(0)
        assert results.topLevelItemCount() == 1 and group.childCount() == 1
        assert "Schulden en werk · gesprek 1" in group.text(0)
        hit = group.child(0)
        assert [hit.text(c) for c in range(3)] == ["00:00:03", "Citaat", ws.reviewer.name]
        assert "«lasser»" in hit.text(3)
        assert results.currentItem() is hit
        qtbot.keyClick(results, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.review.recording is not None and player.position() == 3200)
        assert win.review.recording.id == ws.recording.id
        assert win.review.selected_id == note.id != other.id
    finally:
        win.close()
        win.deleteLater()


def test_from_an_empty_workspace_the_panel_says_nothing_was_found(qtbot, tmp_path):
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "leeg")
    win = open_main_window(qtbot, ctx, FakePlayer())
    try:
        action = win.actions_by_name["search_all"]
        assert action.isEnabled() and action in win.menus["edit"].actions()
        action.trigger()
        panel = _panel(win)
        summary = panel.findChild(QLabel, "searchSummary")
        assert summary.text().startswith("Typ een woord")
        field = panel.findChild(QLineEdit, "searchField")
        qtbot.keyClicks(field, "gesprek")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert summary.text() == "Niets gevonden voor ‘gesprek’."
        assert panel.findChild(QTreeWidget, "searchResults").topLevelItemCount() == 0
    finally:
        win.close()
        win.deleteLater()
        ctx.store.dispose()
