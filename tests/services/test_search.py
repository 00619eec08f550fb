"""Issue 15 part 4: search across recordings, on SQLite (FTS5) and PostgreSQL ('dutch' full-text search). Every
annotation, quote, transcript line, client reaction and client feedback with the words is found, with its recording,
case and moment; the index follows every edit in the edit's own transaction; input is only ever words; a reviewer
finds only what they may open."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import text

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput
from kijkwijzer.services import (
    access,
    annotations,
    cases,
    client_feedback,
    consent,
    fragments,
    people,
    search,
)
from kijkwijzer.services.context import Actor
from kijkwijzer.services.text_recordings import add_text_recording
from kijkwijzer.store.models import Recording
from tests.support.cases import DAY, build_case


@dataclass
class Filled:
    made: object
    recording: object
    annotation: object
    fragment: object
    cue_times: dict[str, int]


def fill(ctx, **case) -> Filled:
    """A case with a written account (its cues), an annotation with a quote, a fragment with the client's reaction
    and a feedback score with the client's words; each kind holds a word of its own."""
    made = build_case(ctx, purposes=("recording", "analysis", "client_interview"), **case)
    pro = made.as_pro
    recording = add_text_recording(pro, made.conversation.id, [
        ("Cliënt", "Ik had een goed gesprek met de klantmanager over mijn schulden."),
        ("Professional", "Zullen we die gesprekken elke week houden? Dan komt er rust."),
        ("Cliënt", "Een brommerwerkplaats lijkt me mooi werk.")], "Verslag eerste gesprek")
    cues = {c.text.split()[-1].strip(".?"): c.start_ms for c in _cues(pro, recording.id)}
    note = annotations.add(pro, AnnotationDraft(recording.id, 2500, end_ms=4000, observation="Zij vat samen en "
                                                "toetst of de cliënt zich begrepen voelt", quote="het ging over mijn"
                                                " kinderbijslag", below_waterline="schaamte", tags=("Narration",)))
    fragment = fragments.from_span(pro, recording.id, 6000, 9000)
    client_feedback.record_reaction(pro, fragment.id, words="Ik voelde me serieus genomen", feeling="opgelucht")
    question = pro.content.feedback_questions[0].id
    client_feedback.record_score(pro, made.conversation.id, question, None, words="De sfeer was veilig")
    return Filled(made, recording, note, fragment, cues)


def _cues(ctx, recording_id):
    from kijkwijzer.services import transcripts

    return transcripts.list_cues(ctx, recording_id)


def _found(ctx, words: str) -> list[tuple[str, int]]:
    return [(h.kind, h.object_id) for h in search.search(ctx, words)]


def test_every_kind_is_found_with_its_recording_case_and_moment(ctx):
    filled = fill(ctx)
    pro, rec, note = filled.made.as_pro, filled.recording, filled.annotation
    [hit] = search.search(pro, "toetst")
    assert (hit.kind, hit.object_id, hit.recording_id, hit.time_ms) == ("annotation", note.id, rec.id, 2500)
    assert (hit.case_id, hit.case_title, hit.conversation_sequence) == (filled.made.case.id, "Schulden en werk", 1)
    assert hit.who == filled.made.reviewer.name and hit.recording_name == "Verslag eerste gesprek"
    assert "«toetst»" in hit.snippet and ("toetst", True) in hit.parts
    assert search.search(pro, "schaamte")[0].kind == "annotation"  # below the waterline is the annotation's too
    assert search.search(pro, "narration")[0].kind == "annotation"  # and its labels
    [quote] = search.search(pro, "kinderbijslag")
    assert (quote.kind, quote.object_id, quote.time_ms) == ("quote", note.id, 2500)
    [cue] = search.search(pro, "brommerwerkplaats")
    assert (cue.kind, cue.time_ms, cue.who) == ("cue", filled.cue_times["werk"], "Cliënt")
    [reaction] = search.search(pro, "serieus")
    assert (reaction.kind, reaction.time_ms, reaction.recording_id) == ("reaction", 6000, rec.id)
    assert search.search(pro, "opgelucht")[0].kind == "reaction"  # how it felt is the client's reaction too
    [feedback] = search.search(pro, "sfeer veilig")
    assert (feedback.kind, feedback.time_ms, feedback.recording_id) == ("feedback", None, rec.id)
    assert search.search(pro, "sfeer onveilig") == []  # every word must be there


def test_hits_come_in_order_of_case_and_time_and_the_limit_keeps_the_best(ctx):
    filled = fill(ctx)
    pro = filled.made.as_pro
    hits = search.search(pro, "gesprek")  # the cue of the account's first line, and the second's "gesprekken"
    assert [h.kind for h in hits] == ["cue", "cue"]
    assert [h.time_ms for h in hits] == sorted(h.time_ms for h in hits)
    assert len(search.search(pro, "gesprek", limit=1)) == 1
    with pytest.raises(BadInput):
        search.search(pro, "gesprek", limit=0)


def test_the_index_follows_every_edit_in_the_edits_own_transaction(ctx):
    filled = fill(ctx)
    pro, note = filled.made.as_pro, filled.annotation
    annotations.update(pro, note.id, observation="Zij benoemt de spanning")
    assert search.search(pro, "toetst") == []
    assert _found(pro, "spanning") == [("annotation", note.id)]
    assert _found(pro, "kinderbijslag") == [("quote", note.id)]  # the quote did not change
    annotations.update(pro, note.id, quote="")
    assert search.search(pro, "kinderbijslag") == []
    with pytest.raises(RuntimeError), pro.transaction() as session:  # an edit that fails: nothing of it is found
        session.execute(text("UPDATE annotations SET observation = 'zwerfkatten' WHERE id = :i"), {"i": note.id})
        raise RuntimeError("mislukt")
    assert search.search(pro, "zwerfkatten") == [] and _found(pro, "spanning") == [("annotation", note.id)]
    annotations.delete(pro, note.id)
    assert search.search(pro, "spanning") == []
    client_feedback.record_reaction(pro, filled.fragment.id, words="Nu anders verwoord")
    assert search.search(pro, "serieus") == [] and search.search(pro, "verwoord")[0].kind == "reaction"
    fragments.delete_fragment(pro, filled.fragment.id)  # the reaction goes with its fragment (a cascade)
    assert search.search(pro, "verwoord") == []


def test_whatever_is_typed_is_only_words(ctx):
    """Query syntax of either database (quotes, *, NEAR, OR, :*, &|!, brackets) is never passed on:
    every run of letters and digits is a word that must occur."""
    filled = fill(ctx)
    pro = filled.made.as_pro
    for typed in ('"', "*", "NEAR(", "-", "'", ":*", "&|!", "()", "^x", "\x00", "' OR 1=1 --", "a OR"):
        assert search.search(pro, typed) == [], typed  # never a database error, and nothing these do not hold
    for typed in ('toetst"', "(toetst)", "toetst*", "+toetst^", "{toetst}", "toetst:*", "'toetst'", "-toetst"):
        assert _found(pro, typed) == [("annotation", filled.annotation.id)], typed


def test_a_reviewer_finds_only_what_they_may_open(ctx):
    filled = fill(ctx, others=(("Niet Genoemd", "coach"), ("Leergroep A", "learning_group")))
    made = filled.made
    coach, outsider, group = made.coach, made.reviewers["Niet Genoemd"], made.reviewers["Leergroep A"]
    other = build_case(ctx, professional="Karim Bouzid", coach=None, title="Ander traject")
    theirs = add_text_recording(other.as_pro, other.conversation.id, [("", "Een brommerwerkplaats in Zwolle")], "B")
    everyone = {("cue", h.object_id) for h in search.search(ctx, "brommerwerkplaats")}  # the system: all
    assert len(everyone) == 2
    for reviewer, expected in ((coach, 1), (outsider, 0), (group, 0), (made.reviewer, 1), (other.reviewer, 1)):
        hits = search.search(made.acting_as(reviewer), "brommerwerkplaats")
        assert len(hits) == expected, reviewer.name
        as_actor = Actor(reviewer.id, reviewer.name, reviewer.role)
        with ctx.store.read() as session:  # the same rule as opening the recording
            for hit in hits:
                assert access.refusal(session, as_actor, session.get(Recording, hit.recording_id)) is None
    assert search.search(other.as_pro, "brommerwerkplaats")[0].recording_id == theirs.id


def test_a_conversation_without_analysis_consent_for_the_coach_is_not_searched_by_them(ctx):
    filled = fill(ctx)
    made = filled.made
    second = cases.add_conversation(made.as_pro, made.case.id, DAY, goal="tweede")
    consent.grant(made.as_pro, second.id, "recording", DAY)
    consent.grant(made.as_pro, second.id, "analysis", DAY)  # nobody named
    add_text_recording(made.as_pro, second.id, [("", "Weer over de brommerwerkplaats")], "Tweede")
    assert len(search.search(made.as_pro, "brommerwerkplaats")) == 2
    assert len(search.search(made.acting_as(made.coach), "brommerwerkplaats")) == 1
    assert people.get_reviewer(ctx, made.coach.id).role == "coach"


@pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)
def test_sqlite_matches_word_starts_without_case_or_diacritics(ctx):
    filled = fill(ctx)
    pro = filled.made.as_pro
    assert {h.kind for h in search.search(pro, "gesp")} == {"cue"}
    assert len(search.search(pro, "GESP")) == 2
    assert _found(pro, "cliënt toetst") == _found(pro, "client toetst") == [("annotation", filled.annotation.id)]
    assert search.search(pro, "esprek") == []  # a word's start, not any part of it


@pytest.mark.parametrize("workspace", ["postgresql"], indirect=True)
def test_postgresql_stems_dutch_words(ctx):
    filled = fill(ctx)
    pro = filled.made.as_pro
    line = [h.time_ms for h in search.search(pro, "gesprek")]
    assert len(line) == 2  # "gesprek" and "gesprekken": one stem
    assert [h.time_ms for h in search.search(pro, "gesprekken")] == line
    assert len(search.search(pro, "gesp")) == 2  # word starts as on SQLite
    assert _found(pro, "cliënt toetst") == [("annotation", filled.annotation.id)]
    assert _found(pro, "de toetst") == _found(pro, "toetst")  # a stop word asks nothing


@pytest.mark.parametrize("workspace", ["postgresql"], indirect=True)
def test_postgresql_searches_through_its_indexes(ctx):
    """The query's documents are the indexes' expressions (migration 0006): with sequential scans off, every kind's
    plan uses its GIN index (a changed expression on either side would scan the whole table)."""
    from kijkwijzer.services.search_sources import SOURCES, postgres_sql

    fill(ctx)
    used = set()
    with ctx.store.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        for source in SOURCES.values():
            plan = "\n".join(r[0] for r in conn.execute(text("EXPLAIN " + postgres_sql(source, False)),
                                                         {"query": "'toetst':*", "options": "", "limit": 5}))
            used |= {name for name in ("ix_search_annotations", "ix_search_quotes", "ix_search_cues",
                                        "ix_search_reactions", "ix_search_feedback") if name in plan}
    assert used == {"ix_search_annotations", "ix_search_quotes", "ix_search_cues", "ix_search_reactions",
                    "ix_search_feedback"}
