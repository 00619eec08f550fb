"""The Qt face of the open recording's annotations (kijkwijzer/review/annotations.py): the same reading methods,
and the model's observers as signals, so item models can beginInsertRows/endInsertRows exactly."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject, Signal

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.review.annotations import Accept, RecordingAnnotations


class AnnotationSet(QObject):
    """Sorted by (start_ms, id). Signals carry the row index so item models can insert/remove exactly."""

    about_to_insert = Signal(int)  # row
    inserted = Signal(int, object)  # row, view
    about_to_remove = Signal(int)  # row
    removed = Signal(int, object)  # row, view
    changed = Signal(int, object)  # row, view (same position)
    reset = Signal()
    about_to_rearrange = Signal()  # a burst merged at once (team mode) ...
    rearranged = Signal(object)  # ... done: the views added or changed (list); rows keep their identity

    def __init__(self, parent: QObject | None = None, annotations: RecordingAnnotations | None = None) -> None:
        super().__init__(parent)
        self.model = annotations if annotations is not None else RecordingAnnotations()
        events = self.model.events
        self._disconnect = [
            events.about_to_insert.connect(self.about_to_insert.emit), events.inserted.connect(self.inserted.emit),
            events.about_to_remove.connect(self.about_to_remove.emit), events.removed.connect(self.removed.emit),
            events.changed.connect(self.changed.emit), events.reset.connect(self.reset.emit),
            events.about_to_rearrange.connect(self.about_to_rearrange.emit),
            events.rearranged.connect(self.rearranged.emit),
        ]
        self.destroyed.connect(lambda *_, d=self._disconnect: [disconnect() for disconnect in d])

    # --- reading: the model's ---------------------------------------------------------------------
    @property
    def recording_id(self) -> int | None:
        return self.model.recording_id

    @property
    def revision(self) -> int:
        return self.model.revision

    def __len__(self) -> int:
        return len(self.model)

    def __bool__(self) -> bool:
        return len(self.model) > 0

    def __iter__(self) -> Iterator[AnnotationView]:
        return iter(self.model)

    def at(self, row: int) -> AnnotationView:
        return self.model.at(row)

    def get(self, annotation_id: int) -> AnnotationView | None:
        return self.model.get(annotation_id)

    def row_of(self, annotation_id: int) -> int:
        return self.model.row_of(annotation_id)

    def views(self) -> list[AnnotationView]:
        return self.model.views()

    def number_of(self, annotation_id: int) -> int | None:
        return self.model.number_of(annotation_id)

    def current_at(self, ms: int) -> AnnotationView | None:
        return self.model.current_at(ms)

    def next_after(self, ms: int, accept: Accept | None = None) -> AnnotationView | None:
        return self.model.next_after(ms, accept)

    def previous_before(self, ms: int, accept: Accept | None = None) -> AnnotationView | None:
        return self.model.previous_before(ms, accept)

    def reviewers(self) -> list[tuple[int, str, str]]:
        return self.model.reviewers()

    # --- writing ---------------------------------------------------------------------------------
    def load(self, recording_id: int | None, views: list[AnnotationView]) -> None:
        self.model.load(recording_id, views)
