"""Team mode survives a dropped connection: the listener says it lost the server, tries again with growing pauses,
says when it is back, tells the views to reload, and a colleague's annotation arrives live again afterwards."""

from __future__ import annotations

import itertools
import queue
import time

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, recordings, team
from kijkwijzer.services.context import Context
from kijkwijzer.services.topics import Area, Topic
from tests.support.listener_backend import allow_connections, end_listener, listeners

ON_POSTGRESQL = pytest.mark.parametrize("workspace", ["postgresql"], indirect=True)
NAME = "kw-test-listener"


def _second_workbench(case_setup, test_video):
    """My context with a recording, and another workbench's on the same database (its own bus)."""
    mine = case_setup["ctx"]
    rec = recordings.import_recording(mine, case_setup["conversation"].id, test_video)
    theirs = Context(store=mine.store, workspace=mine.workspace, actor=mine.actor)
    return mine, theirs, rec


def _listen(theirs):
    """Start listening on `theirs`; returns stop, the connection reports and the annotation/reload events."""
    reports: queue.Queue = queue.Queue()
    heard: queue.Queue = queue.Queue()
    theirs.bus.subscribe(Area.ANNOTATION, heard.put)
    theirs.bus.subscribe(Topic.TEAM_RECONNECTED, heard.put)
    stop = team.listen(theirs, on_lost=lambda error: reports.put(("lost", error)),
                       on_restored=lambda: reports.put(("restored", None)), application_name=NAME)
    return stop, reports, heard


def _next_about(heard: queue.Queue, object_id: int):
    """The next event about `object_id` (others, e.g. one made while the listener was away, are passed over)."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        event = heard.get(timeout=max(deadline - time.monotonic(), 0.01))
        if event.object_id == object_id:
            return event
    raise AssertionError(f"no event about {object_id}")


@ON_POSTGRESQL
def test_listener_reconnects_after_its_connection_is_ended(case_setup, test_video):
    mine, theirs, rec = _second_workbench(case_setup, test_video)
    stop, reports, heard = _listen(theirs)
    try:
        assert end_listener(mine, NAME) == 1
        kind, error = reports.get(timeout=5)
        assert kind == "lost" and isinstance(error, Exception)
        annotations.add(mine, AnnotationDraft(rec.id, 800, observation="terwijl weg"))  # maybe missed: reload covers
        assert reports.get(timeout=5) == ("restored", None)
        reload = heard.get(timeout=5)
        while reload.topic != Topic.TEAM_RECONNECTED:  # "terwijl weg", if it was heard after all
            reload = heard.get(timeout=5)
        assert reload.remote is True
        assert listeners(mine, NAME) == 1  # exactly one LISTEN connection again
        view = annotations.add(mine, AnnotationDraft(rec.id, 1500, observation="na herstel"))
        event = _next_about(heard, view.id)
        assert event.topic == Topic.ANNOTATION_ADDED and event.view.observation == "na herstel" and event.remote
    finally:
        started = time.monotonic()
        stop()
        assert time.monotonic() - started < 1.0
    assert listeners(mine, NAME) == 0  # stop() closed it
    assert reports.empty()


@ON_POSTGRESQL
def test_listener_keeps_trying_while_the_server_refuses(case_setup, test_video):
    mine, theirs, rec = _second_workbench(case_setup, test_video)
    stop, reports, heard = _listen(theirs)
    try:
        allow_connections(mine, False)
        try:
            assert end_listener(mine, NAME) == 1
            assert reports.get(timeout=5)[0] == "lost"
            with pytest.raises(queue.Empty):  # attempts after 0.5 and 1.5 s are refused: still away
                reports.get(timeout=2.0)
        finally:
            allow_connections(mine, True)
        assert reports.get(timeout=6) == ("restored", None)  # the next attempt, 3.5 s after the loss
        view = annotations.add(mine, AnnotationDraft(rec.id, 2000, observation="weer terug"))
        assert _next_about(heard, view.id).view.observation == "weer terug"
    finally:
        stop()
    assert reports.empty()  # one loss, one return: the refused attempts are not reported one by one


@ON_POSTGRESQL
def test_stop_is_prompt_while_waiting_to_reconnect(case_setup, test_video):
    mine, theirs, _rec = _second_workbench(case_setup, test_video)
    stop, reports, _heard = _listen(theirs)
    allow_connections(mine, False)
    try:
        end_listener(mine, NAME)
        assert reports.get(timeout=5)[0] == "lost"
        time.sleep(0.7)  # the first attempt has been refused; it now waits 1 s for the next
        started = time.monotonic()
        stop()
        assert time.monotonic() - started < 1.0
    finally:
        allow_connections(mine, True)
    time.sleep(1.5)  # long past the next attempt it would have made
    assert reports.empty() and listeners(mine, NAME) == 0


def test_pauses_between_attempts_double_up_to_five_seconds():
    assert list(itertools.islice(team.retry_delays(), 7)) == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0, 5.0]
