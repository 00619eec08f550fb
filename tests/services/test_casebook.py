"""Loading the casebook into a workspace: a case of 004 becomes people, a case, conversations with consent,
text-only recordings whose transcript is the account, fragments with annotations and the client's words,
the interview without a score, SLIM with the seed's verdict, reflections and the events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kijkwijzer.errors import BadInput
from kijkwijzer.services import (
    aandachtspunten,
    annotations,
    cases,
    client_feedback,
    consent,
    fragments,
    people,
    recordings,
    reflection,
    slim,
    transcripts,
)
from kijkwijzer.services.casebook import held_on, load_into
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.services.text_recordings import cue_times, speaking_ms
from kijkwijzer.store.models import AuditEntry

EXAMPLE = Path(__file__).resolve().parents[1] / "content" / "casebook_example"


@pytest.fixture
def loaded(sqlite_workspace):
    ctx = open_context(sqlite_workspace)
    summary = load_into(ctx, EXAMPLE)
    yield ctx, summary
    ctx.store.dispose()


def test_a_case_becomes_people_case_and_dated_conversations(loaded) -> None:
    ctx, summary = loaded
    assert (summary.cases, summary.conversations, summary.recordings, summary.fragments) == (1, 1, 1, 1)
    case = cases.get_case(ctx, summary.case_ids[0])
    assert case.title == "Twaalf jaar in een uitkering" and case.client_pseudonym == "C-004-01"
    assert case.profile.startswith("Cliënt is een man van middelbare leeftijd")
    assert [(p.name, p.function) for p in people.list_professionals(ctx)] == [("Klantmanager 1", "klantmanager")]
    assert {r.name for r in people.list_reviewers(ctx) if r.role == "researcher"} == {"Onderzoeker 1", "Onderzoeker 2"}
    [conv] = cases.list_conversations(ctx, case.id)
    assert conv.held_on == date(2025, 1, 6) == held_on(1) and held_on(3) == date(2025, 2, 3)
    assert conv.goal.startswith("Doel van het gesprek")
    given = consent.list_for_conversation(ctx, conv.id)
    assert sorted(c.purpose for c in given) == ["analysis", "client_interview", "recording"]
    assert all(c.method == "verbal" and c.given_on == conv.held_on for c in given)
    events = cases.list_case_events(ctx, case.id)
    assert [e.kind for e in events] == ["note"] and events[0].occurred_on < conv.held_on


def test_each_conversation_is_a_text_only_recording_with_the_passages_as_cues(loaded, sqlite_workspace) -> None:
    ctx, summary = loaded
    [conv] = cases.list_conversations(ctx, summary.case_ids[0])
    [rec] = recordings.list_recordings(ctx, conv.id)
    assert rec.text_only and rec.path is None and rec.may_open and rec.available
    assert not (rec.has_video or rec.has_audio) and len(rec.sha256) == 64
    cues = transcripts.list_cues(ctx, rec.id)
    assert [c.speaker for c in cues] == ["", "Cliënt", "", ""]
    assert cues[1].text.startswith("Cliënt beklaagt zich over de toon")
    assert rec.duration_ms == sum(speaking_ms(c.text) + 1000 for c in cues)
    assert [(c.start_ms, c.end_ms) for c in cues] == cue_times([c.text for c in cues])
    assert not any(p.is_file() for p in sqlite_workspace.vault_dir.rglob("*"))  # nothing entered the vault
    with ctx.store.read() as session:
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "recording.add_text")) is not None


def test_fragments_carry_the_annotation_and_the_clients_words(loaded) -> None:
    ctx, summary = loaded
    [conv] = cases.list_conversations(ctx, summary.case_ids[0])
    [rec] = recordings.list_recordings(ctx, conv.id)
    cues = transcripts.list_cues(ctx, rec.id)
    [frag] = fragments.list_for_recording(ctx, rec.id)
    assert (frag.title, frag.start_ms, frag.end_ms) == ("Kritiek op de toon van de mail", cues[1].start_ms,
                                                        cues[2].end_ms)
    [note] = annotations.list_for_recording(ctx, rec.id)
    assert note.reviewer_name == "Onderzoeker 1" and note.themes == ("thema.weerstand",)
    assert note.level == "niveau.gevoel" and (note.start_ms, note.end_ms) == (frag.start_ms, frag.end_ms)
    assert note.observation.startswith("Hij zit veel met zijn armen over elkaar")
    assert "(boven de waterlijn) het gesprek boven de waterlijn ging over" in note.observation
    assert note.below_waterline.startswith("maar dat het onder de waterlijn")
    assert note.felt_unsaid.startswith("Wat zeg je nou?")
    assert client_feedback.get_reaction(ctx, frag.id).words.startswith("Ik hoop in een gesprek")


def test_interview_slim_reflection_and_points(loaded) -> None:
    ctx, summary = loaded
    case_id = summary.case_ids[0]
    [conv] = cases.list_conversations(ctx, case_id)
    [score] = client_feedback.scores(ctx, conv.id)
    assert score.question_id == "feedback.werkrelatie" and score.score is None
    assert score.words.startswith("ik vind haar wel aardig")
    assert cases.get_conversation(ctx, conv.id).interviewed_on == date(2025, 1, 9)
    [box] = slim.list_for_conversation(ctx, conv.id)
    assert box.verdict == "slim.oordeel.gedeeltelijke_mismatch" and box.reviewer_name == "Onderzoeker 2"
    assert box.zelfbeeld == ("slim.zelfbeeld.wil_en_kan",) and box.analysis.startswith("De klantmanager benadert")
    assert box.approach_of == "professional"
    [held] = reflection.list_reflections(ctx, conv.id)
    assert held.notes.startswith("In de reflectie achteraf") and held.held_on == date(2025, 1, 13)
    points = aandachtspunten.list_aandachtspunten(ctx, case_id)
    assert [(p.kind, p.theme_id) for p in points] == [("aandachtspunt", "thema.beleving"), ("leerpunt", None)]
    assert points[1].text == "Wat niet per se helpt is om over jezelf als mens te vertellen."


def test_loading_twice_is_refused_and_leaves_the_workspace_as_it_was(loaded) -> None:
    ctx, _summary = loaded
    before = len(cases.list_cases(ctx))
    with pytest.raises(BadInput, match="al in deze werkmap"):
        load_into(ctx, EXAMPLE)
    assert len(cases.list_cases(ctx)) == before


def test_progress_is_reported_per_case(sqlite_workspace) -> None:
    ctx = open_context(sqlite_workspace)
    seen: list[tuple[int, int]] = []
    load_into(ctx, EXAMPLE, progress=lambda done, total: seen.append((done, total)))
    ctx.store.dispose()
    assert seen[0] == (0, 2) and seen[-1] == (2, 2) and [d for d, _t in seen] == sorted(d for d, _t in seen)
