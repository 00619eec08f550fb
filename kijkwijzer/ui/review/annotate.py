"""What the review keys do to annotations: drop a point or a span, edit, delete, jump, adjust, add a still.

The rules are kijkwijzer/review/keys.py, plain functions of the ReviewModel; this class carries out what they
return: every change is an undo command on the review's stack, and every command is a service call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication

from kijkwijzer.domain.annotation import AnnotationDraft, AnnotationView
from kijkwijzer.domain.numbering import label, lower
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.review import keys
from kijkwijzer.review.messages import Message
from kijkwijzer.review.model import ReviewModel
from kijkwijzer.services.annotation_stills import still_name
from kijkwijzer.services.context import Context
from kijkwijzer.services.recordings import RecordingView

from ..i18n import current_lang
from ..workers import Workers
from .annotation_list import AnnotationList
from .undo_commands import AddAnnotation, DeleteAnnotation, UpdateAnnotation
from .undo_history import UndoHistory

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


class Annotate:
    def __init__(self, model: ReviewModel, ctx: Callable[[], Context], undo_stack: UndoHistory,
                 annotation_list: AnnotationList, *, seek: Callable[[int], None],
                 select: Callable[[int | None], None], say: Callable[[str], None], open_editor: Callable[[], None],
                 workers: Workers) -> None:
        """`ctx` gives the current context (the reviewer may change); `select` and `seek` are the view's, so the
        list and the player follow; `say` shows a status message; `open_editor` shows the annotation editor."""
        self.model = model
        self._ctx = ctx
        self.undo_stack = undo_stack
        self.list = annotation_list
        self.seek = seek
        self.select = select
        self.say = say
        self.open_editor = open_editor
        self.workers = workers
        self.last_added: AnnotationView | None = None

    @property
    def ctx(self) -> Context:
        return self._ctx()

    def _reviewer(self) -> int | None:
        return self.ctx.actor.reviewer_id

    def _tell(self, message: Message) -> None:
        self.say(message.message(current_lang()))

    def report(self, error: KijkwijzerError) -> None:
        self.say(error.message(current_lang()))

    # --- adding --------------------------------------------------------------------------------------
    def theme_key(self, theme_id: str) -> None:
        """A theme key: a point at the playhead, or the marked span (I, and O or the playhead) if one is open."""
        self._add(keys.span_draft(self.model, (theme_id,), self._reviewer()))

    def add(self, draft: AnnotationDraft) -> AnnotationView | None:
        """A ready draft (a panel's candidate moment) as one undoable step, selected like a theme key's."""
        return self._add(draft)

    def _add(self, draft: AnnotationDraft | Message) -> AnnotationView | None:
        if isinstance(draft, Message):
            self._tell(draft)
            return None
        command = AddAnnotation(self.ctx, draft, self.undo_stack.report, on_done=self._added)
        self.undo_stack.push(command)
        return command.view

    def _added(self, annotation: AnnotationView) -> None:
        self.last_added = annotation
        self.select(annotation.id)

    def edit_or_commit_span(self) -> None:
        """Enter: in the list, seek to the row; with a marked span, create it; then open the editor."""
        if self.list.table.hasFocus():
            self.list.activate_current()
            return
        outcome = keys.edit_or_commit_span(self.model, self._reviewer())
        if outcome is None:
            return
        if isinstance(outcome, (AnnotationDraft, Message)) and self._add(outcome) is None:
            return
        self.open_editor()

    # --- changing ------------------------------------------------------------------------------------
    def update(self, annotation_id: int, before: dict, after: dict, text: str | None = None) -> None:
        stack = self.undo_stack
        stack.push(UpdateAnnotation(self.ctx, annotation_id, before, after, stack.report, text))

    def _push(self, change: keys.Update | Message | None) -> None:
        if isinstance(change, Message):
            self._tell(change)
        elif change is not None:
            self.update(change.annotation_id, change.before, change.after, change.what.message(current_lang()))

    def edit_span(self, annotation_id: int, start: int, end: int) -> None:
        """A span edge was dragged on the timeline."""
        self._push(keys.edit_span(self.model, annotation_id, start, end))

    def take_playhead(self, annotation_id: int, edge: str) -> None:
        self._push(keys.take_playhead(self.model, annotation_id, edge))

    def delete_selected(self) -> None:
        current = self.list.current_view() if self.model.selected_id is None else None
        target = keys.delete_target(self.model, current.id if current else None)
        if isinstance(target, Message):
            self._tell(target)
            return
        self.undo_stack.push(DeleteAnnotation(self.ctx, target, self.undo_stack.report))

    # --- moving around ----------------------------------------------------------------------------------
    def jump(self, direction: int) -> None:
        """N / P: the next or previous annotation that passes the list's filter."""
        target = keys.jump(self.model, direction, self.list.accepts)
        if isinstance(target, Message):
            self._tell(target)
        elif target is not None:
            self.jump_to(target.id)

    def jump_to(self, annotation_id: int) -> None:
        ms = keys.jump_to(self.model, annotation_id)
        if ms is None:
            return
        self.seek(ms)
        self.select(annotation_id)

    # --- stills ------------------------------------------------------------------------------------
    def add_still(self) -> None:
        target = keys.still_target(self.model)
        if isinstance(target, Message):
            self._tell(target)
            return
        recording = cast(RecordingView, self.model.recording)  # the review opens services' RecordingViews
        ms = target.start_ms  # the annotation's moment, wherever the playhead has gone since
        name = still_name(target.id, ms)  # the same name the CLI's `--still` gives
        stills_dir = self.ctx.workspace.stills_dir
        source = recording.source or recording.path  # sealed: the still is sealed with its key

        def extract() -> str:
            from kijkwijzer.media.stills import extract_still

            stills_dir.mkdir(parents=True, exist_ok=True)
            extract_still(source, ms, stills_dir / name)
            return name

        def done(_name: object) -> None:
            current = self.model.annotations.get(target.id)
            if current is not None:
                self.update(target.id, {"still_name": current.still_name}, {"still_name": name},
                            translate("Annotate", "still toevoegen"))
                number = self.model.annotations.number_of(target.id) or 0
                self.say(translate("Annotate", "Still bewaard bij {annotation}.").format(
                    annotation=lower(label("annotation", number, current_lang()))))

        def failed(error: object) -> None:
            if isinstance(error, KijkwijzerError):
                self.report(error)
            else:
                self.say(translate("Annotate", "Still maken mislukt."))

        self.say(translate("Annotate", "Still wordt gemaakt…"))
        self.workers.run(extract, done, failed)
