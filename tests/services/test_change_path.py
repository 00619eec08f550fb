"""The one change path: a service's `ctx.changed` writes the audit row and queues a typed event in one transaction
(both or neither); listeners subscribe to topics or areas, each runs in its own guard; every event says who
started it; the team-mode commit hook is handed to the context."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

import pytest
from sqlalchemy import select

from kijkwijzer.domain.annotation import AnnotationDraft, AnnotationView
from kijkwijzer.errors import BadInput
from kijkwijzer.services import annotations, cases, plan, recordings, team
from kijkwijzer.services.events import Event, EventBus
from kijkwijzer.services.topics import Area, Change, Topic
from kijkwijzer.store.models import Annotation, AuditEntry


def _audit(ctx, action: str) -> list[tuple[str, str, int | None, str]]:
    with ctx.store.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
        return [(r.action, r.object_type, r.object_id, r.detail) for r in rows]


@pytest.fixture
def recording(case_setup, test_video):
    return recordings.import_recording(case_setup["ctx"], case_setup["conversation"].id, test_video)


def test_one_call_writes_the_audit_row_and_publishes_the_typed_event(case_setup, recording):
    ctx = case_setup["ctx"]
    heard: list[Event] = []
    ctx.bus.subscribe(Topic.ANNOTATION_ADDED, heard.append)
    view = annotations.add(ctx, AnnotationDraft(recording.id, 1200, observation="stilte"))
    assert _audit(ctx, "annotation.add") == [("annotation.add", "annotation", view.id, f"recording {recording.id}")]
    [event] = heard
    assert (event.topic, event.object_id, event.scope_id) == (Topic.ANNOTATION_ADDED, view.id, recording.id)
    assert event.view_as(AnnotationView) == view and event.remote is False
    assert event.topic == "annotation.added"  # the string older workbenches and the audit log know


def test_a_change_whose_event_names_another_object_keeps_its_own_audit_row(case_setup):
    ctx, pro = case_setup["ctx"], case_setup["professional"]
    made = plan.add_plan(ctx, pro.id, "Eenvoudiger uitleggen")
    heard: list[Event] = []
    ctx.bus.subscribe(Area.PLAN, heard.append)
    step = plan.add_action(ctx, made.id, "Regels in gewone taal")
    assert _audit(ctx, "plan.action.add") == [("plan.action.add", "plan_action", step.id, f"plan {made.id}")]
    assert [(e.topic, e.object_id, e.scope_id) for e in heard] == [(Topic.PLAN_CHANGED, made.id, pro.id)]
    assert heard[0].view == step


def test_an_error_before_the_commit_leaves_neither_the_row_nor_the_event(case_setup, recording):
    ctx = case_setup["ctx"]
    heard: list[Event] = []
    ctx.bus.subscribe_all(heard.append)
    good, bad = AnnotationDraft(recording.id, 1000, observation="goed"), AnnotationDraft(recording.id, 5000, 1000)
    with pytest.raises(BadInput):  # the first one's row and event were written, then the second is refused
        annotations.add_many(ctx, [good, bad], [("Regel 1", "Line 1"), ("Regel 2", "Line 2")])
    with pytest.raises(RuntimeError), ctx.transaction() as session:
        ctx.changed(session, Change.CASE_UPDATE, case_setup["case"].id)
        raise RuntimeError("killed before the commit")
    assert heard == []
    assert _audit(ctx, "annotation.add") == [] and _audit(ctx, "case.update") == []
    with ctx.store.read() as session:
        assert session.scalars(select(Annotation)).all() == []


def test_a_failing_listener_is_reported_and_the_others_still_hear_the_event(caplog):
    bus = EventBus()
    heard: list[str] = []
    reported = []

    def broken(_event: Event) -> None:
        raise ValueError("this view is broken")

    bus.subscribe(Area.ANNOTATION, lambda e: heard.append("first"))
    bus.subscribe(Topic.ANNOTATION_ADDED, broken)
    bus.subscribe_all(lambda e: heard.append("third"))
    bus.on_listener_failed(reported.append)
    with caplog.at_level(logging.ERROR, logger="kijkwijzer.services.events"):
        failures = bus.publish(Event(Topic.ANNOTATION_ADDED, 7, 3))
    assert heard == ["first", "third"]
    assert [(f.event.object_id, f.listener, str(f.error)) for f in reported] == [
        (7, "test_a_failing_listener_is_reported_and_the_others_still_hear_the_event.<locals>.broken",
         "this view is broken")]
    assert failures == reported
    assert "Event listener" in caplog.text and "failed on annotation.added" in caplog.text


def test_subscriptions_are_typed_and_an_area_hears_only_its_own_topics():
    bus = EventBus()
    heard: list[Topic] = []
    stop = bus.subscribe(Area.CASE, lambda e: heard.append(e.topic))
    bus.subscribe(Topic.RECORDING_ERASED, lambda e: heard.append(e.topic))
    with pytest.raises(TypeError):
        bus.subscribe("case.", heard.append)  # type: ignore[arg-type]  # a free string is refused
    for topic in (Topic.CASE_CHANGED, Topic.CASE_ERASED, Topic.CONVERSATION_CHANGED, Topic.RECORDING_ERASED,
                  Topic.RECORDING_ADDED):
        bus.publish(Event(topic, 1))
    assert heard == [Topic.CASE_CHANGED, Topic.CASE_ERASED, Topic.RECORDING_ERASED]
    stop()
    bus.publish(Event(Topic.CASE_CHANGED, 1))
    assert heard[-1] == Topic.RECORDING_ERASED
    with pytest.raises(ValueError):
        Event("case.verzonnen", 1)  # type: ignore[arg-type]


def test_every_event_says_who_started_it(case_setup):
    ctx = case_setup["ctx"]
    heard: list[Event] = []
    ctx.bus.subscribe(Area.CASE, heard.append)
    token = object()
    mine = ctx.started_by(token)
    assert mine.actor == ctx.actor and mine.bus is ctx.bus and mine.content is ctx.content
    cases.update_case(mine, case_setup["case"].id, goal="Samen een plan maken, nu met schuldhulp")
    cases.update_case(ctx, case_setup["case"].id, goal="Samen een plan maken")
    assert [(e.topic, e.started_by) for e in heard] == [(Topic.CASE_CHANGED, token), (Topic.CASE_CHANGED, None)]
    assert ctx.initiator is None  # the original context is left as it was


class FakeCommitHook:
    """Stands in for team mode's NOTIFY (services/team.py), which needs a PostgreSQL server."""

    def __init__(self, fail: bool = False) -> None:
        self.calls: list[list[Topic]] = []
        self.fail = fail

    def __call__(self, session, events) -> None:
        assert session.in_transaction()  # inside the transaction: it commits with the change or not at all
        self.calls.append([e.topic for e in events])
        if self.fail:
            raise RuntimeError("the server went away")


def test_the_commit_hook_is_handed_in_and_runs_inside_the_transaction(case_setup):
    ctx = case_setup["ctx"]
    assert (ctx.on_commit is None) == ctx.store.is_sqlite  # the hook of team mode, set where it is opened
    hook = FakeCommitHook()
    team_ctx = replace(ctx, on_commit=hook)
    heard: list[Event] = []
    ctx.bus.subscribe(Area.CASE, heard.append)
    cases.update_case(team_ctx, case_setup["case"].id, goal="een")
    assert hook.calls == [[Topic.CASE_CHANGED]] and len(heard) == 1
    with pytest.raises(RuntimeError):
        cases.update_case(replace(ctx, on_commit=FakeCommitHook(fail=True)), case_setup["case"].id, goal="twee")
    assert len(heard) == 1 and cases.get_case(ctx, case_setup["case"].id).goal == "een"  # neither row nor event
    assert len(_audit(ctx, "case.update")) == 1


def test_a_team_notice_becomes_a_typed_remote_event_and_unknown_topics_are_left_out():
    notice = json.dumps({"topic": "annotation.deleted", "id": 5, "scope": 2, "origin": "elders", "pid": 1})
    event = team._received(notice, origin="hier")
    assert (event.topic, event.object_id, event.scope_id) == (Topic.ANNOTATION_DELETED, 5, 2)
    assert team._received(notice, origin="elders") is None  # our own, already published
    newer = json.dumps({"topic": "leerlab.shared", "id": 1, "scope": None, "origin": "elders", "pid": 1})
    assert team._received(newer, origin="hier") is None  # a topic of a newer version: ignored, not a crash


def test_each_change_keeps_the_audit_verb_and_topic_the_database_knows():
    """Audit rows of earlier versions and other workbenches' NOTIFYs use these strings: they must not move."""
    assert {(c.verb, c.object_type) for c in Change} >= {
        ("annotation.add", "annotation"), ("plan.action.link", "plan_action"), ("feedback.score", "conversation"),
        ("client_reaction.record", "fragment"), ("consent.withdraw", "consent"), ("retention.erase", "conversation"),
        ("import", "recording"), ("client.erase", "client"), ("case_event.delete", "case_event")}
    assert all(c.topic is None or c.topic.area.value == c.topic.value.split(".")[0] for c in Change)
    assert {t.value for t in Topic} == {
        "aandachtspunt.changed", "annotation.added", "annotation.changed", "annotation.deleted", "assessment.taken",
        "case.changed", "case.erased", "client.erased", "client_reaction.recorded", "consent.corrected",
        "consent.granted", "consent.withdrawn", "conversation.changed", "feedback.scored", "fragment.added",
        "fragment.changed", "fragment.deleted", "people.changed", "plan.changed", "playlist.changed",
        "playlist.deleted", "recording.added", "recording.erased", "reflection.changed", "slim.changed",
        "slim.deleted", "transcript.changed",
        "lab.feedback_changed", "lab.groups_changed", "lab.share_changed", "team.reconnected"}


def test_no_import_cycle_among_the_services():
    from scripts.check_cycles import cycles, import_graph

    edges = import_graph()
    services = {m: {t for t in ts if t.startswith("kijkwijzer.services")} for m, ts in edges.items()
                if m.startswith("kijkwijzer.services")}
    assert cycles(services) == []
