"""The undo history survives switching the language (the window is rebuilt) and switching the reviewer."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from kijkwijzer.services import annotations
from kijkwijzer.ui import i18n
from tests.support.qt_input import press


def stored(review_workspace):
    return annotations.list_for_recording(review_workspace.as_pro, review_workspace.recording.id)


@pytest.fixture
def running(qtbot, qapp, review_workspace):
    """The running application (app.RunningApp) around the fixture workspace, VLC headless."""
    from kijkwijzer.app import RunningApp

    running = RunningApp(qapp, review_workspace.ctx, headless=True)
    window = running.build_window(review_workspace.recording.id)
    qtbot.waitExposed(window)
    yield running
    running.window.close()
    running.window.deleteLater()
    i18n.install("nl")
    if running.ctx is not review_workspace.ctx:
        running.ctx.store.dispose()


def test_undo_after_switching_the_language_through_the_taal_menu(qtbot, running, review_workspace):
    window = running.window
    window.review.playback.seek(1500)
    press(window, "1")
    (made,) = stored(review_workspace)
    window.findChild(QAction, "action_lang_en").trigger()
    rebuilt = running.window
    assert rebuilt is not window and i18n.current_lang() == "en"
    assert rebuilt.actions_by_name["undo"].text() == "Undo" and rebuilt.actions_by_name["undo"].isEnabled()
    rebuilt.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is rebuilt, timeout=3000)
    press(rebuilt, "Ctrl+Z")
    assert stored(review_workspace) == []
    assert len(rebuilt.review.annotations) == 0
    press(rebuilt, "Ctrl+Shift+Z")
    assert [(a.id, a.start_ms) for a in stored(review_workspace)] == [(made.id, 1500)]


def test_undo_after_switching_the_reviewer(qtbot, window, review_workspace):
    window.review.playback.seek(1200)
    press(window, "2")
    (made,) = stored(review_workspace)
    assert made.reviewer_id == review_workspace.reviewer.id
    window.select_reviewer(review_workspace.coach.id)
    assert window.review.ctx.actor.reviewer_id == review_workspace.coach.id
    assert window.actions_by_name["undo"].isEnabled()
    press(window, "Ctrl+Z")
    assert stored(review_workspace) == []
    press(window, "Ctrl+Y")
    (back,) = stored(review_workspace)
    assert back.id == made.id and back.reviewer_id == review_workspace.reviewer.id  # still the author's
    window.review.playback.seek(2500)
    press(window, "3")  # the coach's own annotation joins the same history
    assert {a.reviewer_id for a in stored(review_workspace)} == {review_workspace.reviewer.id,
                                                                review_workspace.coach.id}
    press(window, "Ctrl+Z")
    press(window, "Ctrl+Z")
    assert stored(review_workspace) == []


def test_opening_another_workspace_forgets_the_history(qtbot, qapp, running, review_workspace, tmp_path):
    from kijkwijzer.services import people
    from tests.support.workspaces import open_new

    other = open_new(tmp_path / "andere-werkmap")
    people.add_professional(other, "Ali Yilmaz")
    other.store.dispose()
    window = running.window
    window.review.playback.seek(1000)
    press(window, "1")
    assert running.undo_history.count() == 1
    running.switch_workspace(str(tmp_path / "andere-werkmap"))
    assert running.undo_history.count() == 0
    assert not running.window.actions_by_name["undo"].isEnabled()
