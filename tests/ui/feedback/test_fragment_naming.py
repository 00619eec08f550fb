"""Fragments and playlists are named and edited in the Fragmenten panel itself, committed as typed: a
fragment's name and span, a list's name and purpose, and a list deleted (its fragments stay)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kijkwijzer.services import fragments
from kijkwijzer.ui.feedback import PlaylistPanel

pytestmark = pytest.mark.gui


def _retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_a_fragment_is_renamed_and_its_span_changed_in_the_panel(qtbot, cycle_workspace):
    ws = cycle_workspace
    first, _second = ws.fragments
    panel = PlaylistPanel(ws.as_pro)
    qtbot.addWidget(panel)
    panel.set_recording(ws.recording.id)
    messages: list[str] = []
    panel.message.connect(messages.append)
    fields = panel.fragment_fields
    assert not fields.title.isEnabled()  # nothing chosen yet
    panel.pool.setCurrentRow(0)
    assert fields.title.text() == first.title and fields.start.text() == "00:00:00.500"
    _retype(qtbot, fields.title, "Weer een formulier")
    qtbot.waitUntil(lambda: fragments.get(ws.as_pro, first.id).title == "Weer een formulier")
    qtbot.waitUntil(lambda: "Weer een formulier" in panel.pool.item(0).text())  # the list follows
    assert panel.current_fragment_id() == first.id  # and the same fragment stays chosen
    _retype(qtbot, fields.start, "00:00:01")
    _retype(qtbot, fields.end, "0:03")
    qtbot.waitUntil(lambda: (fragments.get(ws.as_pro, first.id).start_ms,
                             fragments.get(ws.as_pro, first.id).end_ms) == (1000, 3000))
    _retype(qtbot, fields.end, "drie")
    qtbot.waitUntil(lambda: any("Ongeldige tijdcode" in m for m in messages))
    assert fragments.get(ws.as_pro, first.id).end_ms == 3000
    panel.close()


def test_a_playlist_is_named_given_the_other_purpose_and_deleted(qtbot, cycle_workspace):
    ws = cycle_workspace
    panel = PlaylistPanel(ws.as_pro)
    qtbot.addWidget(panel)
    panel.set_recording(ws.recording.id)
    fields = panel.playlist_fields
    assert panel.current_playlist_id() == ws.playlist.id and panel.buttons["interview"].isEnabled()
    _retype(qtbot, fields.title, "Eerste ronde")
    qtbot.waitUntil(lambda: fragments.get_playlist(ws.as_pro, ws.playlist.id).title == "Eerste ronde")
    qtbot.waitUntil(lambda: panel.chooser.currentText().startswith("Eerste ronde – voor het cliëntinterview"))
    fields.purpose.setFocus()
    qtbot.keyClick(fields.purpose, Qt.Key.Key_Down)  # the other purpose: for the reflection
    qtbot.waitUntil(lambda: fragments.get_playlist(ws.as_pro, ws.playlist.id).purpose == "reflection")
    qtbot.waitUntil(lambda: not panel.buttons["interview"].isEnabled())  # a reflection list is not shown to the client

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "Eerste ronde" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(50, answer_yes)
    panel.buttons["delete_list"].click()
    qtbot.waitUntil(lambda: panel.chooser.count() == 0)
    assert fragments.list_playlists(ws.as_pro, ws.recording.id) == []
    assert panel.pool.count() == 2  # the fragments stay
    assert not panel.playlist_fields.title.isEnabled()
    panel.close()
