"""Keyboard-first annotating: a theme key commits at the playhead, undo and redo are service calls."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kijkwijzer.services import annotations
from tests.support.qt_input import press

RAAK = "thema.raakmomenten"


def stored(review_workspace):
    return annotations.list_for_recording(review_workspace.as_pro, review_workspace.recording.id)


def seek_paused(qtbot, window, ms: int) -> None:
    window.review.playback.seek(ms)
    qtbot.wait(50)
    assert window.review.playback.position == ms


def test_theme_key_creates_annotation_at_playhead_and_row(qtbot, window, review_workspace):
    seek_paused(qtbot, window, 2000)
    press(window, "1")
    rows = stored(review_workspace)
    assert [(a.start_ms, a.end_ms, a.themes) for a in rows] == [(2000, None, (RAAK,))]
    assert rows[0].reviewer_id == review_workspace.reviewer.id
    assert window.review.list.proxy.rowCount() == 1
    assert window.review.selected_id == rows[0].id
    canvas = window.review.timeline.canvas
    painted = canvas.paint_count
    qtbot.waitUntil(lambda: canvas.paint_count > painted, timeout=2000)
    assert canvas.model.extent(rows[0].id) is not None


def test_undo_removes_and_redo_restores_same_id(qtbot, window, review_workspace):
    seek_paused(qtbot, window, 1500)
    press(window, "2")
    (first,) = stored(review_workspace)
    press(window, "Ctrl+Z")
    assert stored(review_workspace) == []
    assert window.review.list.proxy.rowCount() == 0
    press(window, "Ctrl+Shift+Z")
    (again,) = stored(review_workspace)
    assert again.id == first.id and again.themes == first.themes and again.start_ms == 1500
    assert window.review.list.proxy.rowCount() == 1
    press(window, "Ctrl+Z")
    press(window, "Ctrl+Y")
    assert [a.id for a in stored(review_workspace)] == [first.id]


def test_delete_key_and_undo(qtbot, window, review_workspace):
    seek_paused(qtbot, window, 1000)
    press(window, "3")
    (made,) = stored(review_workspace)
    press(window, "Delete")
    assert stored(review_workspace) == []
    press(window, "Ctrl+Z")
    assert [a.id for a in stored(review_workspace)] == [made.id]


def test_marks_make_a_span_with_the_next_theme_key(qtbot, window, review_workspace):
    seek_paused(qtbot, window, 1000)
    press(window, "I")
    seek_paused(qtbot, window, 2500)
    press(window, "O")
    press(window, "4")
    rows = stored(review_workspace)
    assert [(a.start_ms, a.end_ms) for a in rows] == [(1000, 2500)]
    assert window.review.playback.mark_in is None


def test_enter_opens_editor_without_stopping_playback_and_typing_commits(qtbot, window, review_workspace):
    seek_paused(qtbot, window, 800)
    press(window, "1")
    (made,) = stored(review_workspace)
    window.review.playback.play()
    qtbot.waitUntil(lambda: window.review.playback.playing, timeout=3000)
    press(window, "Return")
    editor = window.review.editor
    assert window.editor_dock.isVisible()
    qtbot.waitUntil(lambda: editor.observation.hasFocus(), timeout=2000)
    assert window.review.playback.playing
    qtbot.keyClicks(editor.observation, "Client zucht en kijkt weg")
    qtbot.waitUntil(lambda: stored(review_workspace)[0].observation == "Client zucht en kijkt weg", timeout=3000)
    editor.pillar_boxes[next(iter(editor.pillar_boxes))].setChecked(True)
    assert stored(review_workspace)[0].pillars == (next(iter(editor.pillar_boxes)),)
    window.review.playback.pause()
    # one undo step per field: the pillar, then the whole typed text
    press(window, "Escape")
    press(window, "Ctrl+Z")
    assert stored(review_workspace)[0].pillars == ()
    press(window, "Ctrl+Z")
    assert stored(review_workspace)[0].observation == ""
    assert stored(review_workspace)[0].id == made.id


def test_no_reviewer_means_no_annotation_and_a_message(qtbot, window, review_workspace):
    from kijkwijzer.services.context import SYSTEM

    window.review.ctx = review_workspace.ctx.as_actor(SYSTEM)
    press(window, "1")
    assert stored(review_workspace) == []
    assert "annoteert" in window.statusBar().currentMessage()


def test_edits_from_elsewhere_appear_through_the_bus(qtbot, window, review_workspace):
    from kijkwijzer.domain.annotation import AnnotationDraft

    view = annotations.add(review_workspace.as_pro, AnnotationDraft(review_workspace.recording.id, 3000))
    assert window.review.list.proxy.rowCount() == 1
    annotations.update(review_workspace.as_pro, view.id, observation="via de CLI")
    assert window.review.annotations.get(view.id).observation == "via de CLI"
    annotations.delete(review_workspace.as_pro, view.id)
    assert window.review.list.proxy.rowCount() == 0
    assert Qt  # keep import used
