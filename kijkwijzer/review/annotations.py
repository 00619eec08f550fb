"""The annotations of the open recording, kept in time order for the list, the timeline and N/P.

Filled once from the service, then kept current from the bus (added / changed / deleted carry the new view), so
edits from the CLI or another window appear the same way as our own. The observers carry the row, so a Qt item
model can insert and remove rows exactly (ui/review/annotation_set.py turns them into signals).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.domain.numbering import numbers

from .observe import Emitter

Accept = Callable[[AnnotationView], bool]
FAR = 1 << 62


def _key(view: AnnotationView) -> tuple[int, int]:
    return (view.start_ms, view.id)


class AnnotationEvents:
    def __init__(self) -> None:
        self.about_to_insert = Emitter("about_to_insert")  # row
        self.inserted = Emitter("inserted")  # row, view
        self.about_to_remove = Emitter("about_to_remove")  # row
        self.removed = Emitter("removed")  # row, view
        self.changed = Emitter("changed")  # row, view (same position)
        self.reset = Emitter("reset")  # ()
        # a burst merged at once (team mode): rows added, moved and gone, each keeping its identity
        self.about_to_rearrange = Emitter("about_to_rearrange")  # ()
        self.rearranged = Emitter("rearranged")  # the views added or changed (list)


class RecordingAnnotations:
    """Sorted by (start_ms, id)."""

    def __init__(self) -> None:
        self.events = AnnotationEvents()
        self.recording_id: int | None = None
        self._keys: list[tuple[int, int]] = []
        self._views: list[AnnotationView] = []
        self._by_id: dict[int, AnnotationView] = {}
        self.revision = 0  # bumped on every change: painters cache against it
        self._numbers: tuple[int, dict[int, int]] = (-1, {})

    # --- reading -------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._views)

    def __iter__(self) -> Iterator[AnnotationView]:
        return iter(self._views)

    def at(self, row: int) -> AnnotationView:
        return self._views[row]

    def get(self, annotation_id: int) -> AnnotationView | None:
        return self._by_id.get(annotation_id)

    def row_of(self, annotation_id: int) -> int:
        view = self._by_id.get(annotation_id)
        if view is None:
            return -1
        return bisect_left(self._keys, _key(view))

    def views(self) -> list[AnnotationView]:
        return list(self._views)

    def number_of(self, annotation_id: int) -> int | None:
        """Its number in this recording, the one the PDF report and the plan use too (domain/numbering.py)."""
        revision, by_id = self._numbers
        if revision != self.revision:
            by_id = numbers((v.recording_id, v.id) for v in self._views)
            self._numbers = (self.revision, by_id)
        return by_id.get(annotation_id)

    def current_at(self, ms: int) -> AnnotationView | None:
        """The annotation the playhead is in or last passed: the one the list highlights while playing."""
        row = bisect_right(self._keys, (ms, FAR)) - 1
        return self._views[row] if row >= 0 else None

    def next_after(self, ms: int, accept: Accept | None = None) -> AnnotationView | None:
        row = bisect_right(self._keys, (ms, FAR))
        for view in self._views[row:]:
            if accept is None or accept(view):
                return view
        return None

    def previous_before(self, ms: int, accept: Accept | None = None) -> AnnotationView | None:
        row = bisect_left(self._keys, (ms, -1)) - 1
        while row >= 0:
            view = self._views[row]
            if accept is None or accept(view):
                return view
            row -= 1
        return None

    def reviewers(self) -> list[tuple[int, str, str]]:
        """(id, name, role) of everyone who annotated this recording, in order of first appearance."""
        seen: dict[int, tuple[int, str, str]] = {}
        for view in self._views:
            seen.setdefault(view.reviewer_id, (view.reviewer_id, view.reviewer_name, view.reviewer_role))
        return list(seen.values())

    # --- writing (from the service's answers and events) ---------------------------------------------
    def load(self, recording_id: int | None, views: list[AnnotationView]) -> None:
        self.recording_id = recording_id
        self._views = sorted(views, key=_key)
        self._keys = [_key(v) for v in self._views]
        self._by_id = {v.id: v for v in self._views}
        self.revision += 1
        self.events.reset.emit()

    def store(self, view: AnnotationView) -> None:
        """An annotation was added or changed: insert it, or move it to its new place in time."""
        if view.recording_id != self.recording_id:
            return
        old = self._by_id.get(view.id)
        if old is not None and old.start_ms == view.start_ms:
            row = self.row_of(view.id)
            self._views[row] = view
            self._by_id[view.id] = view
            self.revision += 1
            self.events.changed.emit(row, view)
            return
        if old is not None:
            self._remove(view.id)
        row = bisect_left(self._keys, _key(view))
        self.events.about_to_insert.emit(row)
        self._keys.insert(row, _key(view))
        self._views.insert(row, view)
        self._by_id[view.id] = view
        self.revision += 1
        self.events.inserted.emit(row, view)

    def merge(self, views: list[AnnotationView], deleted: set[int]) -> list[AnnotationView]:
        """A burst of others' edits at once (team mode under load): `views` added or changed, `deleted` gone. One
        `rearranged` instead of a signal per row, so the list, its filter and the timeline go over the rows once;
        the rows keep their identity (a Qt view keeps its selection and scroll position). Returns what it took:
        the views that are new or differ from the ones shown (nothing else is announced)."""
        taken = [v for v in views
                 if v.recording_id == self.recording_id and v.id not in deleted and self._by_id.get(v.id) != v]
        gone = deleted & self._by_id.keys()
        if not taken and not gone:
            return []
        self.events.about_to_rearrange.emit()
        kept = {v.id: v for v in self._views if v.id not in gone}
        kept.update((v.id, v) for v in taken)
        self._views = sorted(kept.values(), key=_key)
        self._keys = [_key(v) for v in self._views]
        self._by_id = kept
        self.revision += 1
        self.events.rearranged.emit(taken)
        return taken

    def discard(self, view: AnnotationView) -> None:
        """An annotation was deleted."""
        if view.recording_id == self.recording_id:
            self._remove(view.id)

    def _remove(self, annotation_id: int) -> None:
        row = self.row_of(annotation_id)
        if row < 0:
            return
        self.events.about_to_remove.emit(row)
        view = self._views.pop(row)
        del self._keys[row]
        del self._by_id[annotation_id]
        self.revision += 1
        self.events.removed.emit(row, view)
