"""Annotations through the service the GUI uses: committed at once, undoable, audited, consent-gated."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput, NotAllowed
from kijkwijzer.services import annotations, audit, people, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.services.topics import Area
from kijkwijzer.store.models import Annotation, AuditEntry


@pytest.fixture
def recording(case_setup, test_video):
    return recordings.import_recording(case_setup["ctx"], case_setup["conversation"].id, test_video)


def _theme_ids(ctx):
    return [t.id for t in ctx.content.themes]


def test_added_annotation_is_in_the_database_with_author_and_vocabulary(case_setup, recording):
    ctx = case_setup["ctx"]
    theme = _theme_ids(ctx)[0]
    view = annotations.add(ctx, AnnotationDraft(recording.id, 1500, 2500, themes=(theme,),
                                                pillars=("pijler.begrijpen",), level="niveau.gevoel",
                                                observation="Cliënt wordt stil", quote="Ik weet het niet meer",
                                                tags=("stilte", "stilte", " ")))
    assert view.reviewer_name == "Sanne de Vries" and view.reviewer_role == "professional"
    again = annotations.list_for_recording(ctx, recording.id)
    assert [a.id for a in again] == [view.id]
    assert again[0].themes == (theme,) and again[0].tags == ("stilte",) and again[0].quote == "Ik weet het niet meer"


def test_update_returns_before_and_after_and_delete_restore_keeps_the_id(case_setup, recording):
    ctx = case_setup["ctx"]
    view = annotations.add(ctx, AnnotationDraft(recording.id, 1000, observation="eerst"))
    before, after = annotations.update(ctx, view.id, observation="daarna", end_ms=3000)
    assert before.observation == "eerst" and after.observation == "daarna" and after.end_ms == 3000
    removed = annotations.delete(ctx, view.id)
    assert annotations.list_for_recording(ctx, recording.id) == []
    restored = annotations.restore(ctx, removed)
    assert restored.id == view.id and restored.observation == "daarna"


def test_bad_annotation_is_refused_and_writes_nothing(case_setup, recording):
    ctx = case_setup["ctx"]
    with pytest.raises(BadInput):
        annotations.add(ctx, AnnotationDraft(recording.id, 5000, 1000))
    with pytest.raises(BadInput) as raised:
        annotations.add(ctx, AnnotationDraft(recording.id, 1000, themes=("thema.bestaat_niet",)))
    assert "thema.bestaat_niet" in raised.value.nl
    with ctx.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Annotation)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "annotation.add")) == 0


def test_every_change_writes_its_audit_row(case_setup, recording):
    ctx = case_setup["ctx"]
    view = annotations.add(ctx, AnnotationDraft(recording.id, 10))
    annotations.update(ctx, view.id, observation="x")
    annotations.delete(ctx, view.id)
    actions = [r.action for r in audit.list_entries(ctx, object_type="annotation")]
    assert actions == ["annotation.delete", "annotation.update", "annotation.add"]


def test_reviewer_not_named_in_consent_cannot_open_or_annotate(case_setup, recording):
    ctx = case_setup["ctx"]
    stranger = people.add_reviewer(ctx, "Onbekende collega", "colleague")
    as_stranger = ctx.as_actor(Actor(stranger.id, stranger.name, stranger.role))
    with pytest.raises(NotAllowed) as raised:
        recordings.open_recording(as_stranger, recording.id)
    assert "niet genoemd" in raised.value.nl
    with pytest.raises(NotAllowed):
        annotations.add(as_stranger, AnnotationDraft(recording.id, 10))
    coach = case_setup["coach"]
    as_coach = ctx.as_actor(Actor(coach.id, coach.name, coach.role))
    assert recordings.open_recording(as_coach, recording.id).id == recording.id
    assert annotations.add(as_coach, AnnotationDraft(recording.id, 10)).reviewer_role == "coach"


def test_events_are_published_after_commit(case_setup, recording):
    ctx = case_setup["ctx"]
    seen = []
    ctx.bus.subscribe(Area.ANNOTATION, lambda e: seen.append((e.topic, e.object_id)))
    view = annotations.add(ctx, AnnotationDraft(recording.id, 10))
    annotations.delete(ctx, view.id)
    assert seen == [("annotation.added", view.id), ("annotation.deleted", view.id)]


def test_a_still_name_that_is_a_path_is_refused(case_setup, recording):
    ctx = case_setup["ctx"]
    view = annotations.add(ctx, AnnotationDraft(recording.id, 10))
    with pytest.raises(BadInput):
        annotations.update(ctx, view.id, still_name="../../kijkwijzer.db")
    assert annotations.get(ctx, view.id).still_name is None
