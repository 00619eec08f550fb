"""`demo create` (what `make demo` opens): a real generated conversation and the method at work on it."""

from __future__ import annotations

import pytest

from kijkwijzer.errors import BadInput
from kijkwijzer.media.decoding import info_of
from kijkwijzer.services import annotations, cases, cycle, people, recordings, series
from kijkwijzer.services.demo import create_demo
from kijkwijzer.services.open_workspace import open_context


def test_demo_workspace_shows_the_cycle(sqlite_workspace):
    summary = create_demo(sqlite_workspace)
    ctx = open_context(sqlite_workspace)
    rec = recordings.get(ctx, summary.recording_id)
    info = info_of(recordings.media_source(ctx, rec.id))  # the sealed vault file, read through its key
    assert info.has_video and info.has_audio and 100_000 < info.duration_ms < 200_000
    notes = annotations.list_for_recording(ctx, rec.id)
    assert len(notes) >= 12
    assert len({t for n in notes for t in n.themes}) >= 10
    assert len({n.level for n in notes}) >= 3 and {p for n in notes for p in n.pillars} == {
        "pijler.begrijpen", "pijler.willen", "pijler.kunnen"}
    assert {n.reviewer_role for n in notes} == {"professional", "coach"}
    assert all(0 <= n.start_ms < rec.duration_ms for n in notes)
    assert [c.pseudonym.startswith("C-") for c in people.list_clients(ctx)] == [True]
    assert len(cases.list_conversations(ctx, summary.case_id)) == 2
    line = series.case_series(ctx, summary.case_id)
    assert len(line.conversations) == 2 and [p.kind for p in line.thread].count("aandachtspunt") == 3
    assert any(p.leerpunt for p in line.thread)  # an aandachtspunt answered by its leerpunt
    assert [p.text for p in line.thread if p.kind == "leerpunt"]  # and a leerpunt of the reflection on its own
    case = cases.get_case(ctx, summary.case_id)
    assert case.goal and case.profile
    assert [e.kind for e in cases.list_case_events(ctx, summary.case_id)] == ["event", "outcome"]
    where = cycle.case_cycle(ctx, summary.case_id)
    assert all(step.done for step in where.conversations[0].steps)
    assert where.next_step == (summary.follow_up_conversation_id, "reflection")
    with pytest.raises(BadInput):
        create_demo(sqlite_workspace)  # never over an existing workspace
