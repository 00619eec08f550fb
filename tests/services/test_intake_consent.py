"""Consent in the intake: the retention date counts from the conversation's date, a date in the past is
refused with a message saying what it would do, and a mistake is corrected by a new version that keeps the
recording and its annotations (the old version kept, marked corrected, its values in the audit log)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput, NotAllowed, RetentionInPast
from kijkwijzer.services import annotations, audit, cases, consent, recordings, retention
from kijkwijzer.services.context import Actor
from kijkwijzer.services.topics import Area


def test_default_retention_is_a_year_after_the_conversation_but_never_almost_over():
    today = date(2026, 11, 30)
    assert consent.default_retain_until(date(2026, 11, 2), today) == date(2027, 11, 2)
    assert consent.default_retain_until(date(2026, 4, 1), today) == date(2027, 4, 1)  # > 3 months away: kept
    assert consent.default_retain_until(date(2025, 12, 31), today) == date(2027, 11, 30)  # a month left: a year from now
    assert consent.default_retain_until(date(2024, 2, 29), date(2024, 3, 1)) == date(2025, 2, 28)


def _old_conversation(setup, held_on: date):
    return cases.add_conversation(setup["ctx"], setup["case"].id, held_on, goal="gesprek van lang geleden")


def test_an_old_conversations_recording_stays_openable_with_the_default(case_setup, test_video):
    ctx = case_setup["ctx"]
    held_on = date.today() - timedelta(days=400)
    conv = _old_conversation(case_setup, held_on)
    granted = consent.grant(ctx, conv.id, "recording", held_on)
    consent.grant(ctx, conv.id, "analysis", held_on)
    assert granted.retain_until == consent.default_retain_until(held_on) and granted.retain_until > date.today()

    recording = recordings.import_recording(ctx, conv.id, test_video)
    assert recordings.open_recording(ctx, recording.id).available
    assert retention.overdue(ctx) == []


def test_a_retention_date_in_the_past_is_refused_unless_meant(case_setup, test_video):
    ctx = case_setup["ctx"]
    held_on = date.today() - timedelta(days=400)
    conv = _old_conversation(case_setup, held_on)
    yesterday = date.today() - timedelta(days=1)
    with pytest.raises(RetentionInPast) as refused:
        consent.grant(ctx, conv.id, "recording", held_on, retain_until=yesterday)
    assert isinstance(refused.value, BadInput)
    assert "verleden" in refused.value.nl and "onbruikbaar" in refused.value.nl and "gewist" in refused.value.nl
    assert "in the past" in refused.value.en and "erased" in refused.value.en
    assert consent.list_for_conversation(ctx, conv.id) == []  # nothing was written

    meant = consent.grant(ctx, conv.id, "recording", held_on, retain_until=yesterday, allow_past_retention=True)
    assert meant.retain_until == yesterday
    recording = recordings.import_recording(ctx, conv.id, test_video)
    with pytest.raises(NotAllowed, match="bewaartermijn"):
        recordings.open_recording(ctx, recording.id)
    assert [o.recording_id for o in retention.overdue(ctx)] == [recording.id]


def test_a_correction_keeps_the_recording_and_its_annotations(case_setup, test_video):
    ctx, conv, coach = case_setup["ctx"], case_setup["conversation"], case_setup["coach"]
    recording = recordings.import_recording(ctx, conv.id, test_video)
    as_coach = ctx.as_actor(Actor(coach.id, coach.name, coach.role))
    annotations.add(as_coach, AnnotationDraft(recording.id, 1200, observation="raakmoment"))
    analysis = next(c for c in consent.list_for_conversation(ctx, conv.id) if c.purpose == "analysis")
    seen = []
    ctx.bus.subscribe(Area.CONSENT, seen.append)

    fixed = consent.correct(ctx, analysis.id, reviewer_ids=(), retain_until=date(2028, 1, 31))
    assert (fixed.purpose, fixed.reviewer_ids, fixed.retain_until, fixed.given_on) == (
        "analysis", (), date(2028, 1, 31), analysis.given_on)
    assert fixed.active and fixed.id != analysis.id
    versions = {c.id: c for c in consent.list_for_conversation(ctx, conv.id)}
    old = versions[analysis.id]
    assert not old.active and old.superseded_by_id == fixed.id and old.withdrawn_at is None
    assert old.reviewer_ids == (coach.id,)  # the old version is kept as it was
    assert [(e.topic, e.object_id) for e in seen] == [("consent.corrected", fixed.id)]
    row = next(e for e in audit.list_entries(ctx) if e.action == "consent.correct")
    assert row.object_id == analysis.id and f"reviewers={coach.id}" in row.detail and str(fixed.id) in row.detail

    assert recordings.open_recording(ctx, recording.id).available  # nothing erased
    assert [n.observation for n in annotations.list_for_recording(ctx, recording.id)] == ["raakmoment"]
    with pytest.raises(NotAllowed, match="niet genoemd"):  # the corrected consent no longer names the coach
        recordings.open_recording(as_coach, recording.id)
    with pytest.raises(NotAllowed):
        consent.correct(as_coach, fixed.id, reviewer_ids=(coach.id,))
    with pytest.raises(BadInput, match="al gecorrigeerd"):
        consent.correct(ctx, analysis.id, retain_until=date(2029, 1, 1))
    with pytest.raises(BadInput, match="gecorrigeerd"):
        consent.withdraw(ctx, analysis.id)
    with pytest.raises(RetentionInPast):
        consent.correct(ctx, fixed.id, retain_until=date.today() - timedelta(days=2))


def test_a_corrected_past_date_no_longer_blocks_but_the_new_date_is_enforced(case_setup, test_video):
    ctx = case_setup["ctx"]
    held_on = date.today() - timedelta(days=400)
    conv = _old_conversation(case_setup, held_on)
    first = consent.grant(ctx, conv.id, "recording", held_on)
    consent.grant(ctx, conv.id, "analysis", held_on)
    recording = recordings.import_recording(ctx, conv.id, test_video)
    annotations.add(ctx, AnnotationDraft(recording.id, 500, observation="blijft"))
    past = consent.correct(ctx, first.id, retain_until=held_on + timedelta(days=365), allow_past_retention=True)
    with pytest.raises(NotAllowed):
        recordings.open_recording(ctx, recording.id)

    until = date.today() + timedelta(days=30)
    fixed = consent.correct(ctx, past.id, retain_until=until)
    assert recordings.open_recording(ctx, recording.id).available
    assert retention.overdue(ctx) == [] and retention.enforce(ctx) == []
    assert [n.observation for n in annotations.list_for_recording(ctx, recording.id)] == ["blijft"]

    later = until + timedelta(days=1)
    assert [(o.recording_id, o.retain_until) for o in retention.overdue(ctx, later)] == [(recording.id, until)]
    (report,) = retention.enforce(ctx, later)
    assert report.recordings == 1 and report.annotations == 1 and not recording.path.exists()
    states = {c.id: (c.active, c.withdrawn_reason) for c in consent.list_for_conversation(ctx, conv.id)}
    assert states[fixed.id] == (False, "retention")
    assert states[past.id] == states[first.id] == (False, None)  # corrected versions are not ended again
