"""What the review keys do, as plain functions of the ReviewModel (napari's `_viewer_key_bindings.py` style).

Each function changes the model where the key changes review state (marks, selection, loop) and returns what the
window still has to do: an AnnotationDraft to add, an `Update` to push, an annotation to jump to, a seek target or
a `Message` to show. Service calls and undo commands stay on the Qt side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kijkwijzer.domain.annotation import AnnotationDraft, AnnotationView

from . import messages
from .messages import Message
from .model import ReviewModel

Accept = Callable[[AnnotationView], bool]


@dataclass(frozen=True)
class Update:
    """Change these fields of an annotation, as one undo step named `what`."""

    annotation_id: int
    before: dict[str, Any]
    after: dict[str, Any]
    what: Message


@dataclass(frozen=True)
class OpenEditor:
    """Open the annotation editor on the selection."""


def ready(model: ReviewModel, reviewer_id: int | None) -> Message | None:
    """Annotating needs an open recording and someone who annotates; else what to tell the user."""
    if model.recording is None:
        return messages.OPEN_RECORDING_FIRST
    if reviewer_id is None:
        return messages.CHOOSE_REVIEWER_FIRST
    return None


def span_draft(model: ReviewModel, themes: tuple[str, ...], reviewer_id: int | None) -> AnnotationDraft | Message:
    """A theme key or Enter on a marked span: what to annotate.

    No marks: a point at the playhead. I (and O, or else the playhead): that span; an end at or before the begin
    makes it a point at the begin. O alone: a point at the playhead. The marks are used up, unless the loop keeps
    an I..O span playing (O alone clears them, and the loop, in any case)."""
    problem = ready(model, reviewer_id)
    if problem is not None:
        return problem
    assert model.recording is not None
    start, end = model.position, None
    if model.mark_in is not None:
        start = model.mark_in
        end = model.mark_out if model.mark_out is not None else model.position
        if end <= start:
            end = None
        if not model.loop:
            model.clear_marks()
    elif model.mark_out is not None:
        model.clear_marks()
    return AnnotationDraft(model.recording.id, int(start), int(end) if end is not None else None, themes=themes)


def edit_or_commit_span(model: ReviewModel, reviewer_id: int | None) -> AnnotationDraft | Message | OpenEditor | None:
    """Enter (outside the list): a marked span becomes an annotation (add the draft, then open the editor);
    without marks the editor opens on the selection, or on the annotation at the playhead when none is selected.
    None: no recording, nothing to do."""
    if model.recording is None:
        return None
    if model.has_marks():
        return span_draft(model, (), reviewer_id)
    if model.selected_id is None:
        current = model.current()
        if current is not None:
            model.select(current.id)
    return OpenEditor()


def edit_span(model: ReviewModel, annotation_id: int, start: int, end: int | None) -> Update | None:
    """A span edge was dragged on the timeline: the change, or None when nothing changed."""
    current = model.annotations.get(annotation_id)
    if current is None:
        return None
    before = {"start_ms": current.start_ms, "end_ms": current.end_ms}
    after = {"start_ms": start, "end_ms": end}
    return Update(annotation_id, before, after, messages.ADJUST_SPAN) if before != after else None


def take_playhead(model: ReviewModel, annotation_id: int, edge: str) -> Update | Message | None:
    """The editor's "now" buttons: the playhead becomes the begin ("start") or the end of the annotation.

    A new begin keeps the end only if the end still lies after it (else the annotation becomes a point);
    an end must lie after the begin."""
    current = model.annotations.get(annotation_id)
    if current is None:
        return None
    ms = model.position
    if edge == "start":
        end = current.end_ms if current.end_ms is not None and current.end_ms > ms else None
        after = {"start_ms": ms, "end_ms": end}
    else:
        if ms <= current.start_ms:
            return messages.END_AFTER_START
        after = {"start_ms": current.start_ms, "end_ms": ms}
    before = {"start_ms": current.start_ms, "end_ms": current.end_ms}
    return Update(annotation_id, before, after, messages.ADJUST_TIME) if before != after else None


def delete_target(model: ReviewModel, list_current: int | None) -> int | Message:
    """Delete: the selected annotation, else the list's current row, else a message."""
    target = model.selected_id if model.selected_id is not None else list_current
    return target if target is not None else messages.CHOOSE_TO_DELETE


def jump(model: ReviewModel, direction: int, accept: Accept | None = None) -> AnnotationView | Message | None:
    """N / P: the next (direction > 0) or previous annotation after/before the playhead that passes the list's
    filter `accept`. The window seeks to it and selects it (`jump_to`)."""
    if model.recording is None:
        return None
    if direction > 0:
        target = model.annotations.next_after(model.position, accept)
    else:
        target = model.annotations.previous_before(model.position, accept)
    if target is None:
        return messages.NO_NEXT if direction > 0 else messages.NO_PREVIOUS
    return target


def jump_to(model: ReviewModel, annotation_id: int) -> int | None:
    """Go to an annotation (clicked, N/P): the ms to seek to, or None if it is not in this recording."""
    target = model.annotations.get(annotation_id)
    return target.start_ms if target is not None else None


def still_target(model: ReviewModel) -> AnnotationView | Message:
    """Add still: the selected annotation of a recording with a picture."""
    target = model.selected()
    if target is None or model.recording is None:
        return messages.CHOOSE_FOR_STILL
    if model.recording.text_only:
        return messages.TEXT_ONLY_NO_STILL
    if not model.recording.has_video:
        return messages.NO_PICTURE_FOR_STILL
    return target


def toggle_loop(model: ReviewModel, on: bool) -> int | None:
    """The loop key: on or off; switched on outside the marked span, the playhead goes to its begin (that ms)."""
    model.set_loop(on)
    return model.loop_start_target()
