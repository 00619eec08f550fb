"""Editing after the fact, through the services the panels use: the reflection agenda grows and shrinks, a
playlist is renamed or given the other purpose, a plan's steps are changed, reopened and backed by more
fragments. Each change is audited and announced on the bus."""

from __future__ import annotations

from datetime import date

import pytest

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.services import audit, cases, consent, fragments, plan, recordings, reflection


@pytest.fixture
def recorded(case_setup, test_video):
    ctx = case_setup["ctx"]
    rec = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    seen: list[str] = []
    ctx.bus.subscribe_all(lambda e: seen.append(e.topic))
    return {**case_setup, "recording": rec, "seen": seen}


def _actions(ctx, kind: str) -> list[str]:
    return [row.action for row in audit.list_entries(ctx, object_type=kind)]


def test_a_reflection_started_before_its_fragments_gets_them_added_and_removed(recorded, test_video):
    ctx, conv, rec = recorded["ctx"], recorded["conversation"], recorded["recording"]
    refl = reflection.start_reflection(ctx, conv.id, date(2026, 11, 9))  # no playlist yet: an empty agenda
    assert refl.items == () and reflection.agenda_candidates(ctx, refl.id) == []
    first = fragments.from_span(ctx, rec.id, 1000, 2500, "Weer een formulier")
    second = fragments.from_span(ctx, rec.id, 4000, 5500, "Stilte")
    assert [f.id for f in reflection.agenda_candidates(ctx, refl.id)] == [first.id, second.id]
    refl = reflection.add_to_agenda(ctx, refl.id, second.id)
    refl = reflection.add_to_agenda(ctx, refl.id, first.id)
    assert [i.fragment.id for i in refl.items] == [second.id, first.id]
    assert [f.id for f in reflection.agenda_candidates(ctx, refl.id)] == []
    refl = reflection.remove_from_agenda(ctx, refl.id, second.id)
    assert [(i.fragment.id, i.position) for i in refl.items] == [(first.id, 0)]
    assert [f.id for f in reflection.agenda_candidates(ctx, refl.id)] == [second.id]
    with pytest.raises(NotFound):  # was silently "removed" before
        reflection.remove_from_agenda(ctx, refl.id, second.id)
    assert fragments.get(ctx, second.id).title == "Stilte"  # off the agenda, not deleted
    assert _actions(ctx, "reflection_session")[:3] == ["reflection.agenda_remove", "reflection.agenda_add",
                                                       "reflection.agenda_add"]
    assert recorded["seen"].count("reflection.changed") == 4  # start, two adds, one remove
    other = cases.add_conversation(ctx, recorded["case"].id, date(2026, 11, 23))
    for purpose in ("recording", "analysis"):
        consent.grant(ctx, other.id, purpose, date(2026, 11, 23))
    elsewhere = fragments.from_span(ctx, recordings.import_recording(ctx, other.id, test_video).id, 0, 1000)
    assert elsewhere.id not in [f.id for f in reflection.agenda_candidates(ctx, refl.id)]


def test_a_playlist_is_renamed_and_given_the_other_purpose(recorded):
    ctx, rec = recorded["ctx"], recorded["recording"]
    frag = fragments.from_span(ctx, rec.id, 1000, 2500)
    made = fragments.create_playlist(ctx, rec.id, "reflection", "", (frag.id,))
    renamed = fragments.update_playlist(ctx, made.id, title="  Eerste ronde  ")
    assert (renamed.title, renamed.purpose) == ("Eerste ronde", "reflection")
    moved = fragments.update_playlist(ctx, made.id, purpose="client_interview")
    assert (moved.title, moved.purpose, [f.id for f in moved.fragments]) == ("Eerste ronde", "client_interview",
                                                                             [frag.id])
    assert [p.id for p in fragments.list_playlists(ctx, rec.id, "client_interview")] == [made.id]
    with pytest.raises(BadInput):
        fragments.update_playlist(ctx, made.id, purpose="onzin")
    assert _actions(ctx, "playlist")[:2] == ["playlist.update", "playlist.update"]
    assert recorded["seen"].count("playlist.changed") == 3


def test_fragment_title_and_span_change_after_it_was_made(recorded):
    ctx, rec = recorded["ctx"], recorded["recording"]
    frag = fragments.from_span(ctx, rec.id, 1000, 2500)
    changed = fragments.update(ctx, frag.id, title="Het moment van de brief", start_ms=500, end_ms=3000)
    assert (changed.title, changed.start_ms, changed.end_ms) == ("Het moment van de brief", 500, 3000)
    assert "fragment.changed" in recorded["seen"]


def test_the_plan_is_changed_after_the_wizard_steps_reopened_and_more_fragments_linked(recorded):
    ctx, rec, pro = recorded["ctx"], recorded["recording"], recorded["professional"]
    frag = fragments.from_span(ctx, rec.id, 1000, 2500, "Uitleg regels")
    other = fragments.from_span(ctx, rec.id, 4000, 5500, "Stilte")
    made = plan.add_plan(ctx, pro.id, "Eenvoudiger uitleggen", pillar_id="pijler.begrijpen")
    step = plan.add_action(ctx, made.id, "Regels in gewone taal", due_on=date(2027, 1, 10), links=[("fragment", frag.id)])
    changed = plan.update_plan(ctx, made.id, needed="Coach kijkt mee", timeline="Binnen zes weken")
    assert (changed.room_for_improvement, changed.needed, changed.timeline, changed.pillar_id) == (
        "Eenvoudiger uitleggen", "Coach kijkt mee", "Binnen zes weken", "pijler.begrijpen")
    assert plan.update_plan(ctx, made.id, pillar_id=None).pillar_id is None
    edited = plan.update_action(ctx, step.id, text="Een lijst regels in gewone taal", who="ik", due_on=None)
    assert (edited.text, edited.who, edited.due_on) == ("Een lijst regels in gewone taal", "ik", None)
    assert plan.update_action(ctx, step.id, due_on=date(2027, 2, 1)).due_on == date(2027, 2, 1)
    with pytest.raises(BadInput):
        plan.update_action(ctx, step.id, text="   ")
    plan.done(ctx, step.id, on=date(2027, 1, 20))
    reopened = plan.reopen(ctx, step.id)
    assert (reopened.status, reopened.done_on) == ("open", None)
    assert [f.fragment_id for f in plan.evidence_fragments(ctx, pro.id)] == [frag.id, other.id]
    linked = plan.link(ctx, step.id, "fragment", other.id)
    assert [(lk.kind, lk.target_id) for lk in linked.links] == [("fragment", frag.id), ("fragment", other.id)]
    added = plan.add_action(ctx, made.id, "Huisbezoek met een collega")
    assert [a.id for a in plan.get_plan(ctx, made.id).actions] == [step.id, added.id]
    assert {"plan.update", "plan.action.update", "plan.action.status"} <= set(
        _actions(ctx, "plan") + _actions(ctx, "plan_action"))
