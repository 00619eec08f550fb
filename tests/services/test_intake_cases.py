"""Cases and conversations in the intake: goal and profile, dated events and an outcome between the
conversations, and a conversation whose date, goal, free-text setting and participants can be corrected."""

from __future__ import annotations

from datetime import date

import pytest

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.services import audit, cases, people
from kijkwijzer.services.topics import Area


def test_a_case_has_a_goal_and_a_profile_that_can_be_edited(ctx):
    pro, _own = people.add_professional(ctx, "Sanne de Vries")
    client = people.add_client(ctx)
    events = []
    ctx.bus.subscribe(Area.CASE, events.append)
    case = cases.add_case(ctx, pro.id, client.id, "Schulden en werk", "loopt vast", goal="Rust rond de schulden",
                          profile="Vader van twee")
    assert (case.goal, case.profile, case.client_pseudonym) == ("Rust rond de schulden", "Vader van twee",
                                                                client.pseudonym)
    changed = cases.update_case(ctx, case.id, goal="Een eerste stap naar werk", title=" Werk ")
    assert (changed.title, changed.reason, changed.goal, changed.profile) == (
        "Werk", "loopt vast", "Een eerste stap naar werk", "Vader van twee")
    assert cases.get_case(ctx, case.id) == changed == cases.list_cases(ctx)[0]
    assert [(e.topic, e.object_id) for e in events] == [("case.changed", case.id)] * 2
    with pytest.raises(BadInput, match="titel"):
        cases.update_case(ctx, case.id, title="")
    with pytest.raises(NotFound):
        cases.get_case(ctx, 404)


def test_events_and_outcome_are_listed_by_date(ctx):
    pro, _own = people.add_professional(ctx, "Sanne de Vries")
    case = cases.add_case(ctx, pro.id, people.add_client(ctx).id, "Casus 4")
    outcome = cases.add_case_event(ctx, case.id, date(2026, 6, 1), "outcome", "Het rapport bleef dicht")
    visit = cases.add_case_event(ctx, case.id, date(2026, 3, 12), "event", "Huisbezoek door handhaving")
    cut = cases.add_case_event(ctx, case.id, date(2026, 4, 2), "event", "Uitkering gekort")
    assert [e.text for e in cases.list_case_events(ctx, case.id)] == [
        "Huisbezoek door handhaving", "Uitkering gekort", "Het rapport bleef dicht"]

    moved = cases.update_case_event(ctx, cut.id, occurred_on=date(2026, 2, 1), kind="note")
    assert (moved.occurred_on, moved.kind, moved.text) == (date(2026, 2, 1), "note", "Uitkering gekort")
    assert [e.id for e in cases.list_case_events(ctx, case.id)] == [cut.id, visit.id, outcome.id]
    cases.update_case_event(ctx, outcome.id, text="IPS-traject gestart")
    cases.delete_case_event(ctx, visit.id)
    assert [(e.kind, e.text) for e in cases.list_case_events(ctx, case.id)] == [
        ("note", "Uitkering gekort"), ("outcome", "IPS-traject gestart")]

    with pytest.raises(BadInput, match="Onbekende soort"):
        cases.add_case_event(ctx, case.id, date(2026, 1, 1), "ramp", "x")
    with pytest.raises(BadInput, match="Beschrijf"):
        cases.add_case_event(ctx, case.id, date(2026, 1, 1), "event", "  ")
    with pytest.raises(NotFound):
        cases.delete_case_event(ctx, visit.id)
    actions = [e.action for e in audit.list_entries(ctx) if e.object_type == "case_event"]
    assert actions.count("case_event.add") == 3 and "case_event.delete" in actions


def test_a_conversation_is_corrected_with_third_parties_and_a_free_setting(case_setup):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    seen = []
    ctx.bus.subscribe(Area.CONVERSATION, seen.append)
    changed = cases.update_conversation(
        ctx, conv.id, held_on=date(2026, 10, 30), setting="bij de welzijnsorganisatie",
        participants=[("client", "cliënt"), ("interpreter", "tolk Arabisch"), ("other_professional", " werkcoach UWV ")])
    assert changed.held_on == date(2026, 10, 30) and changed.setting == "bij de welzijnsorganisatie"
    assert changed.goal == conv.goal and changed.sequence == conv.sequence
    assert changed.participants_text == "cliënt, tolk Arabisch, werkcoach UWV"
    assert cases.get_conversation(ctx, conv.id) == changed == cases.list_conversations(ctx, conv.case_id)[0]
    assert [(e.topic, e.object_id, e.scope_id) for e in seen] == [("conversation.changed", conv.id, conv.case_id)]

    kept = cases.update_conversation(ctx, conv.id, goal="Plan maken")
    assert kept.participants == changed.participants and kept.goal == "Plan maken"
    assert cases.update_conversation(ctx, conv.id, participants=[]).participants == ()
    with pytest.raises(BadInput, match="Onbekende rol"):
        cases.update_conversation(ctx, conv.id, participants=[("buurman", "Piet")])
    with pytest.raises(NotFound):
        cases.update_conversation(ctx, 999, goal="x")
