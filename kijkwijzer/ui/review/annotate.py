"""What the review keys do to annotations: drop a point or a span, edit, delete, jump, adjust, add a still.

Every change is an undo command on the review view's stack, and every command is a service call.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kijkwijzer.domain.annotation import AnnotationDraft, AnnotationView
from kijkwijzer.domain.numbering import label, lower
from kijkwijzer.errors import KijkwijzerError

from ..i18n import current_lang
from .undo_commands import AddAnnotation, DeleteAnnotation, UpdateAnnotation

if TYPE_CHECKING:
    from .review_view import ReviewView

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


class Annotate:
    def __init__(self, view: ReviewView) -> None:
        self.view = view
        self.last_added: AnnotationView | None = None

    @property
    def ctx(self):
        return self.view.ctx

    def _ready(self) -> bool:
        if self.view.recording is None:
            self.view.message.emit(translate("Annotate", "Open eerst een opname."))
            return False
        if self.ctx.actor.reviewer_id is None:
            self.view.message.emit(translate("Annotate", "Kies eerst wie er annoteert (Ik annoteer als …)."))
            return False
        return True

    # --- adding --------------------------------------------------------------------------------------
    def theme_key(self, theme_id: str) -> None:
        """A theme key: a point at the playhead, or the marked span (I, and O or the playhead) if one is open."""
        self._add(self._draft((theme_id,)))

    def _draft(self, themes: tuple[str, ...]) -> AnnotationDraft | None:
        if not self._ready():
            return None
        view, playback = self.view, self.view.playback
        start, end = playback.position, None
        if playback.mark_in is not None:
            start = playback.mark_in
            end = playback.mark_out if playback.mark_out is not None else playback.position
            if end <= start:
                end = None
            if not playback.loop:
                playback.clear_marks()
        elif playback.mark_out is not None:
            start, end = playback.position, None
            playback.clear_marks()
        return AnnotationDraft(view.recording.id, int(start), int(end) if end is not None else None,  # type: ignore[union-attr]
                               themes=themes)

    def _add(self, draft: AnnotationDraft | None) -> AnnotationView | None:
        if draft is None:
            return None
        command = AddAnnotation(self.ctx, draft, self.view.undo_stack.report, on_done=self._added)
        self.view.undo_stack.push(command)
        return command.view

    def _added(self, annotation: AnnotationView) -> None:
        self.last_added = annotation
        self.view.select(annotation.id)

    def edit_or_commit_span(self) -> None:
        """Enter: in the list, seek to the row; with a marked span, create it; then open the editor."""
        view, playback = self.view, self.view.playback
        if view.list.table.hasFocus():
            view.list.activate_current()
            return
        if view.recording is None:
            return
        if playback.mark_in is not None or playback.mark_out is not None:
            if self._add(self._draft(())) is None:
                return
        elif view.selected_id is None:
            current = view.annotations.current_at(playback.position)
            if current is not None:
                view.select(current.id)
        view.editor_requested.emit()

    # --- changing ------------------------------------------------------------------------------------
    def update(self, annotation_id: int, before: dict, after: dict, text: str | None = None) -> None:
        stack = self.view.undo_stack
        stack.push(UpdateAnnotation(self.ctx, annotation_id, before, after, stack.report, text))

    def edit_span(self, annotation_id: int, start: int, end: int) -> None:
        """A span edge was dragged on the timeline."""
        current = self.view.annotations.get(annotation_id)
        if current is None:
            return
        before = {"start_ms": current.start_ms, "end_ms": current.end_ms}
        after = {"start_ms": start, "end_ms": end}
        if before != after:
            self.update(annotation_id, before, after, translate("Annotate", "fragment aanpassen"))

    def take_playhead(self, annotation_id: int, edge: str) -> None:
        current = self.view.annotations.get(annotation_id)
        if current is None:
            return
        ms = self.view.playback.position
        if edge == "start":
            end = current.end_ms if current.end_ms is not None and current.end_ms > ms else None
            after = {"start_ms": ms, "end_ms": end}
        else:
            if ms <= current.start_ms:
                self.view.message.emit(translate("Annotate", "Het einde moet na het begin liggen."))
                return
            after = {"start_ms": current.start_ms, "end_ms": ms}
        before = {"start_ms": current.start_ms, "end_ms": current.end_ms}
        if before != after:
            self.update(annotation_id, before, after, translate("Annotate", "tijd aanpassen"))

    def delete_selected(self) -> None:
        target = self.view.selected_id
        if target is None:
            current = self.view.list.current_view()
            target = current.id if current else None
        if target is None:
            self.view.message.emit(translate("Annotate", "Kies eerst een annotatie om te verwijderen."))
            return
        self.view.undo_stack.push(DeleteAnnotation(self.ctx, target, self.view.undo_stack.report))

    # --- moving around ----------------------------------------------------------------------------------
    def jump(self, direction: int) -> None:
        """N / P: the next or previous annotation that passes the list's filter."""
        view = self.view
        if view.recording is None:
            return
        position = view.playback.position
        accept = view.list.accepts
        if direction > 0:
            target = view.annotations.next_after(position, accept)
        else:
            target = view.annotations.previous_before(position, accept)
        if target is None:
            view.message.emit(translate("Annotate", "Geen volgende annotatie.") if direction > 0 else translate("Annotate", "Geen vorige annotatie."))
            return
        self.jump_to(target.id)

    def jump_to(self, annotation_id: int) -> None:
        target = self.view.annotations.get(annotation_id)
        if target is None:
            return
        self.view.playback.seek(target.start_ms)
        self.view.select(target.id)

    # --- stills ------------------------------------------------------------------------------------
    def add_still(self) -> None:
        view = self.view
        target = view.annotations.get(view.selected_id) if view.selected_id is not None else None
        if target is None or view.recording is None:
            view.message.emit(translate("Annotate", "Kies eerst een annotatie voor de still."))
            return
        if not view.recording.has_video:
            view.message.emit(translate("Annotate", "Een geluidsopname heeft geen beeld voor een still."))
            return
        ms = target.start_ms  # the annotation's moment, wherever the playhead has gone since
        name = f"annotatie-{target.id}-{ms}.jpg"
        stills_dir = self.ctx.workspace.stills_dir
        source = view.recording.source or view.recording.path  # sealed: the still is sealed with its key

        def extract() -> str:
            from kijkwijzer.media.stills import extract_still

            stills_dir.mkdir(parents=True, exist_ok=True)
            extract_still(source, ms, stills_dir / name)
            return name

        def done(_name: object) -> None:
            current = view.annotations.get(target.id)
            if current is not None:
                self.update(target.id, {"still_name": current.still_name}, {"still_name": name},
                            translate("Annotate", "still toevoegen"))
                number = view.annotations.number_of(target.id) or 0
                view.message.emit(translate("Annotate", "Still bewaard bij {annotation}.").format(
                    annotation=lower(label("annotation", number, current_lang()))))

        def failed(error: object) -> None:
            if isinstance(error, KijkwijzerError):
                view.report(error)
            else:
                view.message.emit(translate("Annotate", "Still maken mislukt."))

        view.message.emit(translate("Annotate", "Still wordt gemaakt…"))
        view.workers.run(extract, done, failed)
