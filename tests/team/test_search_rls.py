"""Search in a team database goes through the member's own login: row-level security decides what is found. Two
professionals each write a case through their own login (a written account, an annotation with a quote, a client
reaction, feedback); a coach is named in one of them. Nobody finds a word of a recording they may not open, also
when the workbench's own check is left out (a context acting as nobody in particular on the member's login)."""

from __future__ import annotations

from datetime import date

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, cases, client_feedback, consent, fragments, people, search
from kijkwijzer.services.context import SYSTEM, Context
from kijkwijzer.services.text_recordings import add_text_recording
from tests.support.team import team_database

pytestmark = pytest.mark.postgres
DAY = date(2026, 11, 2)
KINDS = {"annotation", "quote", "cue", "reaction", "feedback"}


def _own_case(ctx: Context, word: str, named: tuple[int, ...] = ()) -> int:
    """A case of the member `ctx` signs in as, every searchable text holding `word`; returns its recording."""
    me = people.get_reviewer(ctx, ctx.actor.reviewer_id)
    client = people.add_client(ctx)
    case = cases.add_case(ctx, me.professional_id, client.id, f"Traject {word}")
    conversation = cases.add_conversation(ctx, case.id, DAY)
    for purpose in ("recording", "analysis", "client_interview"):
        consent.grant(ctx, conversation.id, purpose, DAY, reviewer_ids=named if purpose == "analysis" else ())
    recording = add_text_recording(ctx, conversation.id, [("Cliënt", f"Het ging over de {word}.")], "Verslag")
    annotations.add(ctx, AnnotationDraft(recording.id, 200, observation=f"Zij vraagt naar de {word}",
                                         quote=f"die {word} van ons"))
    fragment = fragments.from_span(ctx, recording.id, 0, 900)
    client_feedback.record_reaction(ctx, fragment.id, words=f"Ik dacht aan de {word}")
    question = ctx.content.feedback_questions[0].id
    client_feedback.record_score(ctx, conversation.id, question, 4, words=f"Fijn, die {word}")
    return recording.id


def _kinds(ctx: Context, word: str) -> set[str]:
    return {h.kind for h in search.search(ctx, word)}


def test_each_member_finds_only_the_words_of_recordings_they_may_open(postgres_server, tmp_path):
    with team_database(postgres_server, tmp_path) as team:
        team.add("anna", "Anna de Vries", "professional")
        team.add("bert", "Bert Bakker", "professional")
        team.add("carl", "Carl Coach", "coach")
        anna, bert, carl = team.context("anna"), team.context("bert"), team.context("carl")
        a_recording = _own_case(anna, "appelboomgaard", named=(team.reviewer_ids["carl"],))
        b_recording = _own_case(bert, "perenboomgaard")

        assert _kinds(team.admin, "appelboomgaard") == _kinds(team.admin, "perenboomgaard") == KINDS  # all there
        expected = {"anna": (KINDS, set()), "bert": (set(), KINDS), "carl": (KINDS, set())}
        for short, ctx in (("anna", anna), ("bert", bert), ("carl", carl)):
            found = (_kinds(ctx, "appelboomgaard"), _kinds(ctx, "perenboomgaard"))
            assert found == expected[short], short
            # the server alone: the member's login, without the workbench's own check of who may see what
            bare = Context(store=ctx.store, workspace=ctx.workspace, actor=SYSTEM)
            assert (_kinds(bare, "appelboomgaard"), _kinds(bare, "perenboomgaard")) == expected[short], short
        assert {h.recording_id for h in search.search(carl, "appelboomgaard")} == {a_recording}
        assert {h.recording_id for h in search.search(bert, "perenboomgaard")} == {b_recording}
        assert search.search(bert, "appelboom") == []  # not even a word's start gives anything away
