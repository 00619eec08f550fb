"""The annotation editor commits through the forms' shared autosave: typing is stored when another annotation
is chosen, when the editor's panel is closed and when the field is left, without waiting for the pause; what
it calls stored is in the store (a second context on the same workspace reads it), and typing not stored yet
is never overwritten by a change from elsewhere."""

from __future__ import annotations

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations
from kijkwijzer.services.open_workspace import open_context

LONG = 60_000  # the pause never runs out during a test: only the flush under test can store the typing


def _two_annotations(review_workspace):
    ctx = review_workspace.as_pro
    rid = review_workspace.recording.id
    return (annotations.add(ctx, AnnotationDraft(rid, 1000)), annotations.add(ctx, AnnotationDraft(rid, 2000)))


def _stored(review_workspace, annotation_id):
    """Read through a new context: committed to the database file, not held by a widget or a session."""
    ctx = open_context(review_workspace.workspace)
    try:
        return annotations.get(ctx.as_actor(review_workspace.as_pro.actor), annotation_id)
    finally:
        ctx.store.dispose()


def _editing(qtbot, window, annotation_id):
    window.review.select(annotation_id)
    window.open_editor()
    editor = window.review.editor
    editor.autosave.timer.setInterval(LONG)
    qtbot.waitUntil(lambda: editor.observation.hasFocus(), timeout=2000)
    return editor


def test_choosing_another_annotation_stores_the_typing_at_once(qtbot, window, review_workspace):
    first, second = _two_annotations(review_workspace)
    editor = _editing(qtbot, window, first.id)
    qtbot.keyClicks(editor.observation, "Kijkt weg")
    assert editor.has_pending() and editor.saved.text() == "…"
    assert _stored(review_workspace, first.id).observation == ""
    window.review.select(second.id)
    window.review.sync_editor()
    assert editor.view.id == second.id and not editor.has_pending()
    assert _stored(review_workspace, first.id).observation == "Kijkt weg"


def test_closing_the_editor_panel_and_leaving_a_field_store_the_typing(qtbot, window, review_workspace):
    first, _second = _two_annotations(review_workspace)
    editor = _editing(qtbot, window, first.id)
    qtbot.keyClicks(editor.quote, "ik weet het niet")
    assert _stored(review_workspace, first.id).quote == ""
    window.editor_dock.close()
    assert not editor.has_pending()
    assert _stored(review_workspace, first.id).quote == "ik weet het niet"

    editor = _editing(qtbot, window, first.id)
    qtbot.keyClicks(editor.observation, "Zucht")
    editor.tags.setFocus()
    qtbot.waitUntil(lambda: not editor.has_pending(), timeout=2000)
    assert _stored(review_workspace, first.id).observation == "Zucht"
    assert editor.saved.text() == "Opgeslagen"


def test_typing_not_stored_yet_survives_a_change_from_elsewhere(qtbot, window, review_workspace):
    first, _second = _two_annotations(review_workspace)
    editor = _editing(qtbot, window, first.id)
    qtbot.keyClicks(editor.observation, "Mijn eigen woorden")
    annotations.update(review_workspace.as_pro, first.id, observation="van elders", quote="ook van elders")
    assert editor.observation.toPlainText() == "Mijn eigen woorden"  # still pending: left alone
    assert editor.quote.toPlainText() == "ook van elders"  # nothing pending there: follows the store
    editor.flush()
    assert _stored(review_workspace, first.id).observation == "Mijn eigen woorden"
