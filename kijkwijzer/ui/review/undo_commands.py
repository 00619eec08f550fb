"""Undo/redo commands: every redo and every undo is itself one service call, committed at once.

Delete is undone by `restore`, which brings the annotation back under the same id. A command whose
service call fails reports the error and makes itself obsolete, so the stack drops it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kijkwijzer.domain.annotation import AnnotationDraft, AnnotationView
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import annotations
from kijkwijzer.services.context import Context

ErrorSink = Callable[[KijkwijzerError], None]
TEXT_FIELDS = frozenset({"observation", "quote", "below_waterline", "felt_unsaid", "tags"})
MERGE_WINDOW_S = 4.0
UPDATE_ID = 4201


translate = QCoreApplication.translate


class _ServiceCommand(QUndoCommand):
    def __init__(self, ctx: Context, on_error: ErrorSink, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.on_error = on_error
        self.failed = False

    def _run(self, call: Callable[[], object]) -> object | None:
        try:
            return call()
        except KijkwijzerError as error:
            self.failed = True
            self.setObsolete(True)
            self.on_error(error)
            return None


class AddAnnotation(_ServiceCommand):
    def __init__(self, ctx: Context, draft: AnnotationDraft, on_error: ErrorSink,
                 on_done: Callable[[AnnotationView], None] | None = None) -> None:
        super().__init__(ctx, on_error, translate("UndoCommands", "annotatie toevoegen"))
        self.draft = draft
        self.view: AnnotationView | None = None
        self.on_done = on_done

    def redo(self) -> None:
        if self.view is None:
            self.view = self._run(lambda: annotations.add(self.ctx, self.draft))  # type: ignore[assignment]
            if self.view is not None and self.on_done is not None:
                self.on_done(self.view)
        else:
            self._run(lambda: annotations.restore(self.ctx, self.view))  # type: ignore[arg-type]

    def undo(self) -> None:
        if self.view is not None:
            self._run(lambda: annotations.delete(self.ctx, self.view.id))  # type: ignore[union-attr]


class DeleteAnnotation(_ServiceCommand):
    def __init__(self, ctx: Context, annotation_id: int, on_error: ErrorSink) -> None:
        super().__init__(ctx, on_error, translate("UndoCommands", "annotatie verwijderen"))
        self.annotation_id = annotation_id
        self.before: AnnotationView | None = None

    def redo(self) -> None:
        before = self._run(lambda: annotations.delete(self.ctx, self.annotation_id))
        if before is not None:
            self.before = before  # type: ignore[assignment]

    def undo(self) -> None:
        if self.before is not None:
            self._run(lambda: annotations.restore(self.ctx, self.before))  # type: ignore[arg-type]


class UpdateAnnotation(_ServiceCommand):
    """Changes some fields. Successive typing in one text field of one annotation merges into one step."""

    def __init__(self, ctx: Context, annotation_id: int, before: dict[str, object], after: dict[str, object],
                 on_error: ErrorSink, text: str | None = None) -> None:
        super().__init__(ctx, on_error, text or translate("UndoCommands", "annotatie wijzigen"))
        self.annotation_id = annotation_id
        self.before = dict(before)
        self.after = dict(after)
        self.at = time.monotonic()

    def id(self) -> int:
        return UPDATE_ID if set(self.after) <= TEXT_FIELDS and len(self.after) == 1 else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateAnnotation) or other.failed or self.failed:
            return False
        if other.annotation_id != self.annotation_id or set(other.after) != set(self.after):
            return False
        if other.at - self.at > MERGE_WINDOW_S:
            return False
        self.after = dict(other.after)
        self.at = other.at
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._run(lambda: annotations.update(self.ctx, self.annotation_id, **self.after))

    def undo(self) -> None:
        self._run(lambda: annotations.update(self.ctx, self.annotation_id, **self.before))


def field_values(view: AnnotationView, names: list[str] | tuple[str, ...]) -> dict[str, object]:
    return {name: getattr(view, name) for name in names}
