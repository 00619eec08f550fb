"""Importing recordings in the window as a user does: Bestand > Opname importeren with the file dialog
answered, the progress dialog with a working Cancel, a refused text file, and files dropped on the werkmap
and on the video. Real SQLite workspace, real vault, real ffprobe, VLC headless."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMetaObject, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kijkwijzer.services import recordings
from kijkwijzer.ui.workspace_browser import ID_ROLE, KIND_ROLE
from tests.support.qt_input import drop_file

pytestmark = pytest.mark.gui


def _vault(ws) -> set[str]:
    return {p.name for p in ws.workspace.vault_dir.iterdir()}


def _item(browser, kind: str, item_id: int):
    return next(it for it in browser._items() if it.data(0, KIND_ROLE) == kind and it.data(0, ID_ROLE) == item_id)


def _menu_action(window, menu: str, name: str):
    return next(a for a in window.menus[menu].actions() if a.objectName() == f"action_{name}")


def test_import_through_the_file_menu_shows_progress_then_selects_and_opens_the_new_recording(
        qtbot, window, review_workspace, second_video, monkeypatch):
    ws = review_workspace
    browser = window.browser
    conv_item = _item(browser, "conversation", ws.conversation.id)
    browser.setCurrentItem(conv_item)
    conv_item.setExpanded(False)  # a new recording used to hide under a closed node
    asked = []

    def answer(parent, title, folder, filters):
        asked.append(filters)
        return [str(second_video)], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(answer))
    seen_dialog = []
    window.importer.job_started.connect(lambda job: seen_dialog.append((job.dialog.isVisible(),
                                                                        job.dialog.labelText())))
    action = _menu_action(window, "file", "import_recording")
    assert action.shortcut().toString() == "Ctrl+Shift+I" and "Ctrl+Shift+I" in action.toolTip()
    with qtbot.waitSignal(window.importer.imported, timeout=30000) as got:
        action.trigger()
    new_id = got.args[0]
    assert len(seen_dialog) == 1 and seen_dialog[0][0]  # the progress dialog was up while copying
    assert "Schulden en werk" in seen_dialog[0][1] and "tweede gesprek.mp4" in seen_dialog[0][1]
    assert "Alle bestanden (*)" in asked[0] and "*.mp4" in asked[0]
    assert {r.id for r in recordings.list_recordings(ws.ctx, ws.conversation.id)} == {ws.recording.id, new_id}
    current = browser.currentItem()
    assert current.data(0, KIND_ROLE) == "recording" and current.data(0, ID_ROLE) == new_id
    assert current.parent().isExpanded()
    assert window.review.recording.id == new_id
    assert window.review.recording.original_name == "tweede gesprek.mp4"
    assert window.review.recording.path.is_file()


def test_cancel_on_the_first_progress_leaves_vault_and_database_as_they_were(
        qtbot, window, review_workspace, tmp_path):
    from kijkwijzer.media.synth import make_test_video

    ws = review_workspace
    big = make_test_video(tmp_path / "lang gesprek.mp4", seconds=4, size="1280x720")
    assert big.stat().st_size > 2 * 1024 * 1024  # several chunks: Cancel is polled between them
    before_files, before_rows = _vault(ws), recordings.list_recordings(ws.ctx)
    clicked = []

    def started(job):
        def first_progress(_done, _total):  # on the worker thread: the user clicks Cancel right now
            if not clicked:
                clicked.append(True)
                QMetaObject.invokeMethod(job.cancel_button, "click", Qt.ConnectionType.BlockingQueuedConnection)

        job.progressed.connect(first_progress, Qt.ConnectionType.DirectConnection)

    window.importer.job_started.connect(started)
    with qtbot.waitSignal(window.importer.job_started, timeout=5000) as got:
        window.importer.import_into(ws.conversation.id, [str(big)])
    job = got.args[0]
    qtbot.waitUntil(lambda: window.importer.job is None, timeout=30000)
    assert clicked and job.outcome is not None and job.outcome.cancelled and not job.outcome.done
    assert _vault(ws) == before_files  # no copy, no half-written temporary file
    assert recordings.list_recordings(ws.ctx) == before_rows
    assert "Afgebroken" in window.statusBar().currentMessage()
    assert window.review.recording.id == ws.recording.id  # what was open stays open


def test_a_text_file_is_refused_with_the_services_message_and_nothing_changes(
        qtbot, window, review_workspace, tmp_path, monkeypatch):
    ws = review_workspace
    notes = tmp_path / "aantekeningen.txt"
    notes.write_text("Dit is geen opname, maar ffmpeg leest het als tty-video.\n" * 40, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: ([str(notes)], "")))
    before_files, before_rows = _vault(ws), recordings.list_recordings(ws.ctx)
    window.browser.setCurrentItem(_item(window.browser, "conversation", ws.conversation.id))
    with qtbot.waitSignal(window.importer.job_started, timeout=5000):
        _menu_action(window, "file", "import_recording").trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "importRefused") is not None, timeout=30000)
    box = window.findChild(QMessageBox, "importRefused")
    assert "aantekeningen.txt" in box.text() and "tekstbestand" in box.text()
    assert _vault(ws) == before_files
    assert recordings.list_recordings(ws.ctx) == before_rows
    box.close()


def test_files_dropped_on_the_werkmap_and_on_the_video_are_imported(
        qtbot, window, review_workspace, second_video, tmp_path):
    from datetime import date

    from kijkwijzer.media.synth import make_test_video
    from kijkwijzer.services import cases, consent

    ws = review_workspace
    other = cases.add_conversation(ws.ctx, ws.conversation.case_id, date(2026, 11, 20), goal="Vervolg")
    consent.grant(ws.ctx, other.id, "recording", date(2026, 11, 20))
    browser = window.browser
    browser.refresh()
    target = _item(browser, "conversation", other.id)
    where = QPointF(browser.visualItemRect(target).center())
    with qtbot.waitSignal(window.importer.imported, timeout=30000) as got:
        assert drop_file(browser.viewport(), where, second_video)
    assert recordings.get(ws.ctx, got.args[0]).conversation_id == other.id  # the one under the drop
    assert window.review.recording.id == got.args[0]

    window.open_recording(ws.recording.id)  # the video shows the first conversation's recording
    third = make_test_video(tmp_path / "derde.mp4", seconds=2)
    video = window.review.player_view.video
    with qtbot.waitSignal(window.importer.imported, timeout=30000) as got:
        assert drop_file(video, QPointF(video.rect().center()), third)
    assert recordings.get(ws.ctx, got.args[0]).conversation_id == ws.conversation.id

    text = QMimeData()
    text.setText("https://example.org/video.mp4")
    refused = QDragEnterEvent(video.rect().center(), Qt.DropAction.CopyAction, text, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(video, refused)
    assert not refused.isAccepted()  # only local files are taken
