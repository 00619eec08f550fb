"""Colleagues' annotations (team mode) in the open review: taken in as the bursts they arrive in, and read anew when
the connection to the team database is back.

When several reviewers annotate at once, the listener (services/team.py) publishes dozens of events at a time.
Taken in one by one, each would cost the list, its filter and the timeline a pass over every row. Here remote events
wait until the queue of them is drained (and at least GAP_MS after the previous burst), then a few are applied row by
row, exactly as a local edit, and a larger burst is merged at once (RecordingAnnotations.merge: the rows keep their
identity, so the list keeps its selection and scroll position). Local edits never wait: the review applies them
at once, except the events of one transaction that made many (`Event.burst`, e.g. an ELAN import of 5,000
annotations): those are gathered here the same way.

After a lost connection, what colleagues did meanwhile was announced to no one here: the recording's annotations
are read again, off the Qt thread (thousands of rows take a while, the window goes on), and merged; an annotation
changed here while they were being read is newer than what was read, and stays as it is.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.review.annotations import RecordingAnnotations
from kijkwijzer.services import annotations as annotation_service
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.topics import Topic

from ..workers import Workers

log = logging.getLogger(__name__)
GAP_MS = 150  # bursts follow each other at least this far apart (a colleague's single edit: at once)
FEW = 3  # up to this many events: row by row


class RemoteAnnotations(QObject):
    def __init__(self, annotations: RecordingAnnotations, workers: Workers, apply_one: Callable[[Event], None],
                 settle: Callable[[set[int], set[int]], None], report: Callable[[KijkwijzerError], None],
                 parent: QObject | None = None) -> None:
        """`apply_one(event)` takes one event in as the review does a local one; `settle(changed, deleted)` is told
        what a merge changed and removed (the selection and the editor follow); `report` shows a refusal."""
        super().__init__(parent)
        self.annotations = annotations
        self.workers = workers
        self.apply_one = apply_one
        self.settle = settle
        self.report = report
        self._pending: list[Event] = []
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setObjectName("remoteAnnotations")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._touched: set[int] | None = None  # while a reload is read: the annotations changed here meanwhile
        events = annotations.events
        for emitter in (events.inserted, events.changed, events.removed):
            emitter.connect(lambda _row, view: self._touch((view.id,)))
        events.rearranged.connect(lambda views: self._touch(view.id for view in views))

    # --- bursts ------------------------------------------------------------------------------------------------
    def take(self, event: Event) -> None:
        self._pending.append(event)
        if not self._timer.isActive():
            wait_ms = self._last * 1000 + GAP_MS - time.monotonic() * 1000
            self._timer.start(max(int(wait_ms), 0))

    def flush(self) -> None:
        self._timer.stop()
        events, self._pending = self._pending, []
        self._last = time.monotonic()
        if len(events) <= FEW:
            for event in events:
                self.apply_one(event)
            return
        latest: dict[int, AnnotationView] = {}
        deleted: set[int] = set()
        for event in events:  # in order: added then deleted is gone, deleted then restored is there
            view = event.view_as(AnnotationView)
            if event.topic == Topic.ANNOTATION_DELETED and event.object_id is not None:
                latest.pop(event.object_id, None)
                deleted.add(event.object_id)
            elif view is not None:
                latest[view.id] = view
                deleted.discard(view.id)
        self._touch(deleted)
        taken = self.annotations.merge(list(latest.values()), deleted)
        self.settle({view.id for view in taken}, deleted)

    def discard(self) -> None:
        """What waits is covered otherwise (the annotations are read anew) or no longer wanted (shut down)."""
        self._timer.stop()
        self._pending = []

    # --- back after a lost connection ----------------------------------------------------------------------------
    def reload(self, ctx: Context, recording_id: int) -> None:
        """Read the recording's annotations anew and merge them (see the module docstring)."""
        self.discard()  # what waited was published before this read: the read has it, in its newest state
        shown = {view.id for view in self.annotations}
        self._touched = set()
        self.workers.run(lambda: annotation_service.list_for_recording(ctx, recording_id),
                         lambda items: self._reloaded(recording_id, shown, items), self._reload_failed)

    def _touch(self, ids) -> None:
        if self._touched is not None:
            self._touched.update(ids)

    def _reloaded(self, recording_id: int, shown: set[int], items: object) -> None:
        touched, self._touched = self._touched or set(), None
        if self.annotations.recording_id != recording_id or not isinstance(items, list):
            return
        gone = shown - {view.id for view in items} - touched
        taken = self.annotations.merge([view for view in items if view.id not in touched], gone)
        self.settle({view.id for view in taken}, gone)

    def _reload_failed(self, error: Exception) -> None:
        self._touched = None
        if isinstance(error, KijkwijzerError):
            self.report(error)
        else:
            log.warning("reading the annotations anew failed: %r", error)
