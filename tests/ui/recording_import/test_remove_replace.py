"""A wrong recording out again from the werkmap's context menu: removing erases it (vault file gone, the
werkmap no longer lists it) after a confirmation naming what goes; replacing imports the new file first."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, recordings
from kijkwijzer.ui.workspace_browser import ID_ROLE, KIND_ROLE

pytestmark = pytest.mark.gui


def _recording_menu(browser, recording_id: int):
    item = next(it for it in browser._items()
                if it.data(0, KIND_ROLE) == "recording" and it.data(0, ID_ROLE) == recording_id)
    browser.setCurrentItem(item)
    return browser.conversation_menu(item)


def _action(menu, name: str):
    return next(a for a in menu.actions() if a.objectName() == name)


def test_remove_from_the_werkmap_menu_names_what_goes_and_erases_it(qtbot, window, review_workspace, answer_modal):
    ws = review_workspace
    annotations.add(ws.as_pro, AnnotationDraft(ws.recording.id, 1000, 2000, themes=("thema.raakmomenten",),
                                               observation="stil"))
    vault_file = ws.recording.path
    assert vault_file.is_file()
    seen = answer_modal("removeRecordingConfirm", lambda box: box.button(QMessageBox.StandardButton.Yes))
    menu = _recording_menu(window.browser, ws.recording.id)
    with qtbot.waitSignal(window.importer.removed, timeout=30000):
        _action(menu, "recording_remove").trigger()
    menu.deleteLater()
    assert "gesprek.mp4" in seen[0] and "1 annotatie" in seen[0]
    assert not vault_file.exists()
    assert recordings.list_recordings(ws.ctx, ws.conversation.id) == []
    qtbot.waitUntil(lambda: ws.recording.id not in window.browser.recording_ids())
    assert window.review.recording is None  # the review let go of it


def test_cancelling_the_confirmation_keeps_the_recording(qtbot, window, review_workspace, answer_modal):
    ws = review_workspace
    answer_modal("removeRecordingConfirm", lambda box: box.button(QMessageBox.StandardButton.Cancel))
    menu = _recording_menu(window.browser, ws.recording.id)
    _action(menu, "recording_remove").trigger()
    menu.deleteLater()
    assert window.importer.job is None
    assert ws.recording.path.is_file()
    assert [r.id for r in recordings.list_recordings(ws.ctx)] == [ws.recording.id]


def test_replace_imports_the_new_file_then_erases_the_old_one(qtbot, window, review_workspace, second_video,
                                                              answer_modal, monkeypatch):
    ws = review_workspace
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(second_video), "")))
    seen = answer_modal("replaceRecordingConfirm", lambda box: box.button(QMessageBox.StandardButton.Yes))
    started = []
    window.importer.job_started.connect(lambda job: started.append(job.cancel_button is not None))
    menu = _recording_menu(window.browser, ws.recording.id)
    with qtbot.waitSignal(window.importer.imported, timeout=30000) as got:
        _action(menu, "recording_replace").trigger()
    menu.deleteLater()
    assert started == [True]  # the same progress dialog, with Cancel, as an import
    assert "tweede gesprek.mp4" in seen[0] and "gesprek.mp4" in seen[0]
    assert [r.id for r in recordings.list_recordings(ws.ctx, ws.conversation.id)] == [got.args[0]]
    assert not ws.recording.path.exists()
    assert window.review.recording.id == got.args[0]
    assert window.browser.currentItem().data(0, ID_ROLE) == got.args[0]
