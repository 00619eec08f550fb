"""Team mode on a real PostgreSQL server: a colleague's annotation appears live on my event bus."""

from __future__ import annotations

import queue

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, recordings, team
from kijkwijzer.services.context import Context
from kijkwijzer.services.topics import Area


@pytest.mark.parametrize("workspace", ["postgresql"], indirect=True)
def test_other_workbench_sees_an_annotation_live(case_setup, test_video):
    mine = case_setup["ctx"]
    rec = recordings.import_recording(mine, case_setup["conversation"].id, test_video)
    # A second workbench: same database, its own event bus (as another laptop would have).
    theirs = Context(store=mine.store, workspace=mine.workspace, actor=mine.actor)
    received: queue.Queue = queue.Queue()
    theirs.bus.subscribe(Area.ANNOTATION, received.put)
    own: list = []
    mine.bus.subscribe(Area.ANNOTATION, own.append)
    stop = team.listen(theirs)
    try:
        view = annotations.add(mine, AnnotationDraft(rec.id, 1200, observation="live gezien"))
        event = received.get(timeout=5)
        assert event.topic == "annotation.added" and event.object_id == view.id
        assert event.view.observation == "live gezien" and event.remote is True
        annotations.delete(mine, view.id)
        assert received.get(timeout=5).topic == "annotation.deleted"
    finally:
        stop()
    assert [e.topic for e in own] == ["annotation.added", "annotation.deleted"]  # mine once each, not echoed
