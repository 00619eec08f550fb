"""Consent decides what the workbench allows, and the refusal says why: as a reviewer without consent,
try to open, annotate, cut fragments, import, and use a withdrawn recording."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.services import annotations, cases, consent, fragments, people, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.store.models import Recording


@pytest.fixture
def recording(case_setup, test_video):
    return recordings.import_recording(case_setup["ctx"], case_setup["conversation"].id, test_video)


def _as(ctx, reviewer):
    return ctx.as_actor(Actor(reviewer.id, reviewer.name, reviewer.role))


def _consent_id(ctx, conversation_id, purpose):
    return next(c.id for c in consent.list_for_conversation(ctx, conversation_id) if c.purpose == purpose)


def test_a_reviewer_not_named_cannot_open_annotate_list_or_cut_fragments(case_setup, recording):
    ctx = case_setup["ctx"]
    stranger = _as(ctx, people.add_reviewer(ctx, "Onbekende collega", "colleague"))
    attempts = {
        "open": lambda: recordings.open_recording(stranger, recording.id),
        "annotate": lambda: annotations.add(stranger, AnnotationDraft(recording.id, 10)),
        "list": lambda: annotations.list_for_recording(stranger, recording.id),
        "fragment": lambda: fragments.from_span(stranger, recording.id, 0, 1000),
    }
    for name, attempt in attempts.items():
        with pytest.raises(NotAllowed) as raised:
            attempt()
        assert "Onbekende collega is niet genoemd" in raised.value.nl, name
        assert "not named in the client's consent" in raised.value.en, name
    assert recordings.open_recording(_as(ctx, case_setup["coach"]), recording.id).id == recording.id


def test_a_reviewer_named_for_another_conversation_cannot_open_this_one(case_setup, recording, test_video):
    ctx = case_setup["ctx"]
    other_coach = people.add_reviewer(ctx, "Coach van een ander gesprek", "coach")
    later = cases.add_conversation(ctx, case_setup["case"].id, case_setup["conversation"].held_on)
    consent.grant(ctx, later.id, "analysis", later.held_on, reviewer_ids=(other_coach.id,))
    with pytest.raises(NotAllowed):
        recordings.open_recording(_as(ctx, other_coach), recording.id)


def test_import_without_consent_to_record_is_refused_and_writes_nothing(case_setup, test_video):
    ctx = case_setup["ctx"]
    only_analysis = cases.add_conversation(ctx, case_setup["case"].id, case_setup["conversation"].held_on)
    consent.grant(ctx, only_analysis.id, "analysis", only_analysis.held_on)
    with pytest.raises(NotAllowed) as raised:
        recordings.import_recording(ctx, only_analysis.id, test_video)
    assert raised.value.nl == "De cliënt heeft geen toestemming gegeven voor opnemen."
    assert list(ctx.workspace.vault_dir.iterdir()) == []
    with ctx.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Recording)) == 0


def test_after_withdrawal_the_recording_is_gone_for_everyone_and_cannot_come_back(case_setup, recording, test_video):
    ctx = case_setup["ctx"]
    conversation_id = case_setup["conversation"].id
    consent.withdraw(ctx, _consent_id(ctx, conversation_id, "analysis"))
    for actor in (ctx, _as(ctx, case_setup["coach"])):
        with pytest.raises(NotFound) as raised:
            recordings.open_recording(actor, recording.id)
        assert raised.value.nl.startswith(f"Opname {recording.id} bestaat niet")
        with pytest.raises(NotFound):
            annotations.add(actor, AnnotationDraft(recording.id, 10))
    with pytest.raises(NotAllowed) as raised:
        recordings.import_recording(ctx, conversation_id, test_video)
    assert "opnemen" in raised.value.nl
    assert all(not c.active for c in consent.list_for_conversation(ctx, conversation_id))


def test_only_the_cases_own_professional_records_a_withdrawal(case_setup, recording):
    ctx = case_setup["ctx"]
    analysis = _consent_id(ctx, case_setup["conversation"].id, "analysis")
    _other_pro, other_pro_reviewer = people.add_professional(ctx, "Andere klantmanager")
    for who in (case_setup["coach"], other_pro_reviewer):
        with pytest.raises(NotAllowed) as raised:
            consent.withdraw(_as(ctx, who), analysis)
        assert "eigen professional" in raised.value.nl
    assert recordings.open_recording(ctx, recording.id).available


def test_withdrawing_twice_or_an_unknown_consent_says_so(case_setup):
    ctx = case_setup["ctx"]
    analysis = _consent_id(ctx, case_setup["conversation"].id, "analysis")
    consent.withdraw(ctx, analysis)
    with pytest.raises(BadInput) as raised:
        consent.withdraw(ctx, analysis)
    assert "al beëindigd" in raised.value.nl
    with pytest.raises(NotFound):
        consent.withdraw(ctx, 9999)
