"""The reflection cycle as 004 describes it (issue 14 part 4), through the services on SQLite and PostgreSQL:
a reflection over two conversations (case 2), a follow-on reflection, leerpunten on their own, the client's
words without a score, the interview's own date, and a note about an earlier, unrecorded conversation."""

from __future__ import annotations

from datetime import date

import pytest

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.services import (
    aandachtspunten,
    audit,
    cases,
    client_feedback,
    consent,
    cycle,
    fragments,
    recordings,
    reflection,
    series,
)
from kijkwijzer.services.exchange.report_query import reflection_report

FIRST, SECOND, THIRD = date(2026, 11, 2), date(2026, 11, 23), date(2026, 12, 14)


def _recorded(ctx, case_id, held_on, test_video, conv=None):
    """A conversation (new unless given) with consent to record, analyse and interview, and its recording."""
    purposes = ("client_interview",) if conv else ("recording", "analysis", "client_interview")
    conv = conv or cases.add_conversation(ctx, case_id, held_on, goal="Vervolg")
    for purpose in purposes:
        consent.grant(ctx, conv.id, purpose, held_on)
    return conv, recordings.import_recording(ctx, conv.id, test_video)


@pytest.fixture
def two(case_setup, test_video):
    """004 case 2: two recorded conversations, a fragment in each, before any reflection."""
    ctx, case = case_setup["ctx"], case_setup["case"]
    conv1, rec1 = _recorded(ctx, case.id, FIRST, test_video, case_setup["conversation"])
    conv2, rec2 = _recorded(ctx, case.id, SECOND, test_video)
    frag1 = fragments.from_span(ctx, rec1.id, 1000, 2000, "Vraag en zelf invullen")
    frag2 = fragments.from_span(ctx, rec2.id, 3000, 4000, "Feiten in plaats van beleving")
    return {**case_setup, "conv1": conv1, "conv2": conv2, "frag1": frag1, "frag2": frag2}


def test_a_reflection_covers_two_conversations_with_agenda_items_from_both(two):
    ctx, conv1, conv2 = two["ctx"], two["conv1"], two["conv2"]
    refl = reflection.start_reflection(ctx, conv2.id, date(2026, 11, 30), covers=(conv1.id,),
                                       fragment_ids=(two["frag1"].id,))
    assert refl.covers == (conv1.id,) and refl.conversation_ids == (conv1.id, conv2.id)
    assert [seq for _c, seq, _d in refl.covered_sequences] == [1, 2]
    assert [f.id for f in reflection.agenda_candidates(ctx, refl.id)] == [two["frag2"].id]
    refl = reflection.add_to_agenda(ctx, refl.id, two["frag2"].id)
    assert [i.fragment.id for i in refl.items] == [two["frag1"].id, two["frag2"].id]
    # both conversations list it; the cycle counts it for both
    assert [r.id for r in reflection.list_reflections(ctx, conv1.id)] == [refl.id]
    assert [r.id for r in reflection.list_reflections(ctx, conv2.id)] == [refl.id]
    steps = cycle.case_cycle(ctx, two["case"].id).conversations
    assert [c.reflection_ids for c in steps] == [(refl.id,), (refl.id,)]
    # the point is tried after the last conversation looked back on: on conversation 3's checklist, not 2's
    point = aandachtspunten.add_aandachtspunt(ctx, refl.id, "Open vraag stellen en dan stil zijn", "thema.beurten",
                                              (two["frag1"].id,))
    assert point.conversation_id == conv2.id and point.from_sequence == 2
    # the points were made for both conversations: neither waits for "aandachtspunten vastleggen" any more
    steps = cycle.case_cycle(ctx, two["case"].id).conversations
    assert [c.step("aandachtspunten").done for c in steps] == [True, True]
    assert aandachtspunten.checklist(ctx, conv2.id) == []
    conv3 = cases.add_conversation(ctx, two["case"].id, THIRD)
    assert [e.point.id for e in aandachtspunten.checklist(ctx, conv3.id)] == [point.id]
    # a conversation of the agenda cannot be left out; once its fragment is off, it can
    with pytest.raises(BadInput) as refused:
        reflection.set_coverage(ctx, refl.id, ())
    assert "agenda" in refused.value.nl and "agenda" in refused.value.en
    reflection.remove_from_agenda(ctx, refl.id, two["frag1"].id)
    assert reflection.set_coverage(ctx, refl.id, ()).covers == ()
    assert reflection.list_reflections(ctx, conv1.id) == []
    assert reflection.set_coverage(ctx, refl.id, (conv1.id, conv2.id)).covers == (conv1.id,)
    verbs = [r.action for r in audit.list_entries(ctx, object_type="reflection_session")]
    assert verbs.count("reflection.coverage") == 2


def test_coverage_stays_within_the_case(two, ctx):
    other_case = cases.add_case(ctx, two["professional"].id, two["client"].id, "Andere casus")
    elsewhere = cases.add_conversation(ctx, other_case.id, FIRST)
    with pytest.raises(BadInput) as refused:
        reflection.start_reflection(two["ctx"], two["conv2"].id, SECOND, covers=(elsewhere.id,))
    assert "casus" in refused.value.nl and "case" in refused.value.en
    with pytest.raises(NotFound):
        reflection.start_reflection(two["ctx"], two["conv2"].id, SECOND, covers=(99999,))


def test_a_second_reflection_follows_the_first(two):
    ctx = two["ctx"]
    first = reflection.start_reflection(ctx, two["conv2"].id, date(2026, 11, 30), covers=(two["conv1"].id,))
    second = reflection.start_reflection(ctx, two["conv2"].id, date(2027, 1, 4), follows=first.id)
    assert (second.follows_id, second.follows_held_on) == (first.id, date(2026, 11, 30))
    assert reflection.get_reflection(ctx, first.id).follows_id is None
    with pytest.raises(BadInput):  # no circle
        reflection.set_follows(ctx, first.id, second.id)
    with pytest.raises(BadInput):
        reflection.set_follows(ctx, first.id, first.id)
    with pytest.raises(BadInput):  # it follows an earlier one, not a later one
        reflection.start_reflection(ctx, two["conv1"].id, date(2026, 11, 3), follows=second.id)
    assert reflection.set_follows(ctx, second.id, None).follows_id is None


def test_a_leerpunt_on_its_own_is_shown_apart_and_never_on_a_checklist(two):
    ctx = two["ctx"]
    refl = reflection.start_reflection(ctx, two["conv2"].id, date(2026, 11, 30), covers=(two["conv1"].id,))
    point = aandachtspunten.add_aandachtspunt(ctx, refl.id, "Meer naar beleving vragen", "thema.beleving")
    lesson = reflection.add_leerpunt(ctx, refl.id, "Ik vul mijn eigen vragen in; dat neemt de cliënt de ruimte",
                                     "thema.beurten", (two["frag1"].id,))
    assert (lesson.kind, lesson.status, lesson.followups, lesson.fragment_ids) == (
        "leerpunt", "closed", (), (two["frag1"].id,))
    view = reflection.get_reflection(ctx, refl.id)
    assert [p.id for p in view.aandachtspunten] == [point.id] and [p.id for p in view.leerpunten] == [lesson.id]
    conv3 = cases.add_conversation(ctx, two["case"].id, THIRD)
    assert [e.point.id for e in aandachtspunten.checklist(ctx, conv3.id)] == [point.id]
    with pytest.raises(BadInput):
        aandachtspunten.record_followup(ctx, lesson.id, conv3.id, "ja")
    with pytest.raises(BadInput):
        aandachtspunten.reopen(ctx, lesson.id)
    with pytest.raises(BadInput):
        reflection.add_leerpunt(ctx, refl.id, "   ")
    assert [p.id for p in aandachtspunten.list_aandachtspunten(ctx, two["case"].id, "leerpunt")] == [lesson.id]
    assert [p.kind for p in aandachtspunten.list_aandachtspunten(ctx, two["case"].id)] == ["aandachtspunt", "leerpunt"]
    conv2_cycle = cycle.case_cycle(ctx, two["case"].id).conversations[1]
    assert (conv2_cycle.leerpunten, conv2_cycle.open_points, conv2_cycle.step("aandachtspunten").count) == (1, 1, 1)
    line = series.case_series(ctx, two["case"].id).conversations[1]
    assert (line.raised, line.learned) == ((point.id,), (lesson.id,))
    assert "leerpunt.add" in [r.action for r in audit.list_entries(ctx, object_type="aandachtspunt")]


def test_the_clients_words_without_a_score(two):
    ctx, conv1, conv2 = two["ctx"], two["conv1"], two["conv2"]
    words = client_feedback.record_score(ctx, conv1.id, "feedback.werkrelatie", None, "Ze luistert niet naar mij")
    assert (words.score, words.words) == (None, "Ze luistert niet naar mij")
    with pytest.raises(BadInput) as refused:
        client_feedback.record_score(ctx, conv1.id, "feedback.doel", None, "  ")
    assert "woorden" in refused.value.nl and "words" in refused.value.en
    client_feedback.record_score(ctx, conv2.id, "feedback.werkrelatie", 6, "Beter")
    assert [(s.score, s.words) for s in client_feedback.scores(ctx, conv1.id)] == [(None, "Ze luistert niet naar mij")]
    view = series.case_series(ctx, two["case"].id)
    assert [c.scores[0].score for c in view.conversations] == [None, 6]
    assert view.lines[0].line.direction == "too_few"  # a missing number is no measurement
    with ctx.store.read() as session:
        report = reflection_report(session, ctx, conv1.id)
    assert [(s.score, s.score_text) for s in report.scores] == [(None, "Geen cijfer gegeven")]


def test_the_interview_has_its_own_date(two):
    ctx, conv1 = two["ctx"], two["conv1"]
    # 004 case 2: the interview about conversation 1 came after conversation 2 had taken place
    shown = client_feedback.set_interview_date(ctx, conv1.id, date(2026, 11, 25))
    assert shown.interviewed_on == date(2026, 11, 25)
    assert cases.list_conversations(ctx, two["case"].id)[0].interviewed_on == date(2026, 11, 25)
    assert cycle.case_cycle(ctx, two["case"].id).conversations[0].conversation.interviewed_on == date(2026, 11, 25)
    with pytest.raises(BadInput):
        client_feedback.set_interview_date(ctx, conv1.id, date(2026, 10, 1))
    with ctx.store.read() as session:
        assert reflection_report(session, ctx, conv1.id).interviewed_on == date(2026, 11, 25)
    assert client_feedback.set_interview_date(ctx, conv1.id, None).interviewed_on is None
    assert "conversation.interview_date" in [r.action for r in audit.list_entries(ctx, object_type="conversation")]


def test_a_note_about_an_earlier_unrecorded_conversation(two):
    ctx = two["ctx"]
    note = cases.add_case_event(ctx, two["case"].id, date(2026, 11, 12), "note",
                                "Tussendoor een gesprek gevoerd dat niet is opgenomen")
    assert [(e.kind, e.text) for e in cases.list_case_events(ctx, two["case"].id)] == [
        ("note", "Tussendoor een gesprek gevoerd dat niet is opgenomen")]
    assert note.occurred_on == date(2026, 11, 12)
