"""'Waar sta ik': the cycle view of a case built step by step through the services marks each step of each
conversation done when it is, names who annotated, and points at the first step still to do."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import NotAllowed
from kijkwijzer.services import (
    aandachtspunten,
    annotations,
    cases,
    client_feedback,
    consent,
    cycle,
    fragments,
    people,
    recordings,
    reflection,
)
from kijkwijzer.services.context import Actor

DAY = date(2026, 11, 2)


def _as(ctx, reviewer):
    return ctx.as_actor(Actor(reviewer.id, reviewer.name, reviewer.role))


def _done(conv: cycle.ConversationCycle) -> dict[str, bool]:
    return {s.key: s.done for s in conv.steps}


def test_the_cycle_follows_a_case_step_by_step(case_setup, test_video):
    ctx, case, conv = case_setup["ctx"], case_setup["case"], case_setup["conversation"]
    coach = _as(ctx, case_setup["coach"])
    cases.add_case_event(ctx, case.id, date(2026, 11, 10), "event", "Huisbezoek door handhaving")

    start = cycle.case_cycle(ctx, case.id)
    (first,) = start.conversations
    assert [s.key for s in first.steps] == list(cycle.STEP_KEYS)
    assert first.consent_purposes == ("recording", "analysis") and first.step("consent").done
    assert not any(done for key, done in _done(first).items() if key != "consent")
    assert start.next_step == (conv.id, "recording")
    assert not first.step("annotations").available and not first.step("client_interview").available
    assert [e.text for e in start.events] == ["Huisbezoek door handhaving"] and start.case == case

    rec = recordings.import_recording(ctx, conv.id, test_video)
    annotations.add(ctx, AnnotationDraft(rec.id, 500, observation="eigen blik"))
    note = annotations.add(coach, AnnotationDraft(rec.id, 1000, 2500, observation="raakmoment"))
    annotations.add(coach, AnnotationDraft(rec.id, 3000, observation="weerstand"))
    fragment = fragments.from_annotation(coach, note.id)
    playlist = fragments.create_playlist(coach, rec.id, "client_interview", "Voor de cliënt", (fragment.id,))
    middle = cycle.case_cycle(ctx, case.id).conversations[0]
    assert middle.recording_ids == (rec.id,) and middle.playlist_ids == (playlist.id,)
    assert middle.annotators == ((case_setup["coach"].name, 2), (case_setup["reviewer"].name, 1))
    assert middle.step("annotations").count == 3 and middle.step("fragments").done
    assert cycle.case_cycle(ctx, case.id).next_step == (conv.id, "reflection")  # no interview consent: skipped

    consent.grant(ctx, conv.id, "client_interview", DAY)
    assert cycle.case_cycle(ctx, case.id).next_step == (conv.id, "client_interview")
    client_feedback.record_reaction(ctx, fragment.id, words="Daar voelde ik me gehoord")
    client_feedback.record_score(ctx, conv.id, "feedback.werkrelatie", 4)
    refl = reflection.start_reflection(coach, conv.id, date(2026, 11, 9), playlist_id=playlist.id)
    point = aandachtspunten.add_aandachtspunt(coach, refl.id, "Open vraag, dan stil zijn", "thema.beurten")
    done = cycle.case_cycle(ctx, case.id)
    first = done.conversations[0]
    assert first.step("client_interview").count == 2 and first.reflection_ids == (refl.id,)
    assert (first.open_points, first.followed_up_points) == (1, 0) and first.step("aandachtspunten").done
    assert done.next_step == (conv.id, "followup")

    second = cases.add_conversation(ctx, case.id, date(2026, 11, 23), goal="Vervolg")
    consent.grant(ctx, second.id, "recording", date(2026, 11, 23))
    pending = cycle.case_cycle(ctx, case.id).conversations[1]
    assert (pending.checklist_points, pending.checked_points) == (1, 0)
    aandachtspunten.record_followup(ctx, point.id, second.id, "ja", "Veel meer dialoog")
    final = cycle.case_cycle(ctx, case.id)
    first, later = final.conversations
    assert all(_done(first).values())
    assert first.followed_up_points == 1 and first.step("followup").detail == "1/1"
    assert (later.checklist_points, later.checked_points) == (1, 1)
    assert [c.conversation.id for c in final.conversations] == [conv.id, second.id]
    assert final.next_step == (second.id, "recording")


def test_only_the_professional_and_named_reviewers_see_the_cycle(case_setup):
    ctx = case_setup["ctx"]
    assert cycle.case_cycle(_as(ctx, case_setup["coach"]), case_setup["case"].id).case.id == case_setup["case"].id
    stranger = people.add_reviewer(ctx, "Onbekende collega", "colleague")
    with pytest.raises(NotAllowed):
        cycle.case_cycle(_as(ctx, stranger), case_setup["case"].id)


def test_the_cycle_reads_a_fixed_number_of_queries_however_long_the_case(case_setup):
    ctx, case = case_setup["ctx"], case_setup["case"]

    def queries() -> int:
        statements = []

        def count(*_args) -> None:
            statements.append(1)

        event.listen(ctx.store.engine, "before_cursor_execute", count)
        try:
            cycle.case_cycle(ctx, case.id)
        finally:
            event.remove(ctx.store.engine, "before_cursor_execute", count)
        return len(statements)

    with_one = queries()
    for day in range(3, 9):
        conv = cases.add_conversation(ctx, case.id, date(2026, 11, day))
        consent.grant(ctx, conv.id, "recording", date(2026, 11, day))
    assert queries() == with_one
