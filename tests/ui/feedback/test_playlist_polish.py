"""The Fragmenten panel: a list's purpose is named once, and Delete removes the chosen fragment of the
recording after asking (it leaves every list; answering No keeps it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kijkwijzer.services import annotations, fragments
from kijkwijzer.ui.feedback import PlaylistPanel
from tests.support.cases import MARKER
from tests.support.qt_input import answer_next_box

pytestmark = pytest.mark.gui




@pytest.fixture
def panel(qtbot, cycle_workspace):
    made = PlaylistPanel(cycle_workspace.as_pro)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.set_recording(cycle_workspace.recording.id)
    return made


def test_the_purpose_is_named_once(qtbot, cycle_workspace, panel):
    assert panel.chooser.currentText() == f"{MARKER} lijst – voor het cliëntinterview (2)"
    made = fragments.create_playlist(cycle_workspace.as_pro, cycle_workspace.recording.id, "reflection",
                                     "Voor het reflectiegesprek")
    panel.refresh(made.id)
    assert panel.chooser.currentText() == "Voor het reflectiegesprek (0)"


def test_delete_key_removes_the_fragment_after_asking(qtbot, cycle_workspace, panel):
    ws = cycle_workspace
    first, second = ws.fragments
    panel.pool.setFocus()
    panel.pool.setCurrentRow(0)
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(panel.pool, Qt.Key.Key_Delete)
    assert seen and "verwijderen?" in seen[0]
    assert [f.id for f in fragments.list_for_recording(ws.as_pro, ws.recording.id)] == [first.id, second.id]

    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(panel.pool, Qt.Key.Key_Delete)
    assert [f.id for f in fragments.list_for_recording(ws.as_pro, ws.recording.id)] == [second.id]
    assert panel.pool.count() == 1 and panel.items.count() == 1  # it left the playlist too
    assert panel.chooser.currentText().endswith("(1)")
    assert len(annotations.list_for_recording(ws.as_pro, ws.recording.id)) == 1  # Delete here is not the review's


def test_the_context_menu_offers_it_too(qtbot, cycle_workspace, panel):
    assert panel.delete_action.text().startswith("Fragment verwijderen")
    assert panel.pool.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    panel.pool.setCurrentRow(1)
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    panel.delete_action.trigger()
    remaining = fragments.list_for_recording(cycle_workspace.as_pro, cycle_workspace.recording.id)
    assert [f.id for f in remaining] == [cycle_workspace.fragments[0].id]
