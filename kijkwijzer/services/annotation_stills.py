"""A still for an annotation: the frame at its start, written into the stills folder sealed with the recording's
own key and named on the annotation. What the window's "Still toevoegen" (Ctrl+Shift+S) keeps, for the CLI's
`annotations add|update --still`."""

from __future__ import annotations

from kijkwijzer.domain.annotation import AnnotationView

from . import annotations as annotation_service
from . import recordings
from .context import Context


def still_name(annotation_id: int, ms: int) -> str:
    """A still's file name, for the window (ui/review/annotate.py) and the CLI alike."""
    return f"annotatie-{annotation_id}-{ms}.jpg"


def add_still(ctx: Context, annotation_id: int) -> AnnotationView:
    """Make the still at the annotation's start and name it on the annotation (one transaction: the change);
    the same checks as changing the annotation by hand (own annotation, analysis consent in force)."""
    from kijkwijzer.media.stills import extract_still  # PyAV and Pillow only when a still is made

    view = annotation_service.get(ctx, annotation_id)
    source = recordings.media_source(ctx, view.recording_id)
    name = still_name(view.id, view.start_ms)
    folder = ctx.workspace.stills_dir
    folder.mkdir(parents=True, exist_ok=True)
    extract_still(source, view.start_ms, folder / name)
    _before, after = annotation_service.update(ctx, annotation_id, still_name=name)
    return after
