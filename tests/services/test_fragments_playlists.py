"""Fragments from a span or an annotation, and playlists with a purpose and an order, through the services."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput, NotAllowed
from kijkwijzer.services import annotations, audit, cases, consent, fragments, people, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.store.models import Fragment


@pytest.fixture
def recording(case_setup, test_video):
    return recordings.import_recording(case_setup["ctx"], case_setup["conversation"].id, test_video)


def test_fragment_from_span_and_from_annotations(case_setup, recording):
    ctx = case_setup["ctx"]
    span = fragments.from_span(ctx, recording.id, 1000, 2500, "Begin van het gesprek")
    assert (span.start_ms, span.end_ms, span.title, span.annotation_id) == (1000, 2500, "Begin van het gesprek", None)
    note = annotations.add(ctx, AnnotationDraft(recording.id, 3000, observation="Cliënt kijkt weg\nen zwijgt"))
    moment = fragments.from_annotation(ctx, note.id)
    # A moment gets context before it and runs to the end of the 6 s recording.
    assert (moment.start_ms, moment.end_ms) == (0, recording.duration_ms)
    assert moment.title == "Cliënt kijkt weg" and moment.annotation_id == note.id
    spanned = annotations.add(ctx, AnnotationDraft(recording.id, 4000, 5000, observation="Stilte"))
    third = fragments.from_annotation(ctx, spanned.id, "eigen titel")
    assert (third.start_ms, third.end_ms, third.title) == (4000, 5000, "eigen titel")
    assert [f.id for f in fragments.list_for_recording(ctx, recording.id)] == [moment.id, span.id, third.id]


def test_bad_fragment_is_refused_and_writes_nothing(case_setup, recording):
    ctx = case_setup["ctx"]
    for start, end in ((3000, 1000), (recording.duration_ms + 10, None), (1000, 1100)):
        with pytest.raises(BadInput):
            fragments.from_span(ctx, recording.id, start, end)
    with ctx.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Fragment)) == 0


def test_playlist_keeps_its_purpose_and_order(case_setup, recording):
    ctx = case_setup["ctx"]
    a, b, c = (fragments.from_span(ctx, recording.id, s, s + 1000) for s in (0, 2000, 4000))
    playlist = fragments.create_playlist(ctx, recording.id, "client_interview", "Voor Mevrouw", (b.id, a.id))
    assert playlist.purpose_label == "voor het cliëntinterview"
    assert [f.id for f in playlist.fragments] == [b.id, a.id]
    assert [f.id for f in fragments.add_to_playlist(ctx, playlist.id, c.id, 0).fragments] == [c.id, b.id, a.id]
    assert [f.id for f in fragments.reorder(ctx, playlist.id, [a.id, b.id, c.id]).fragments] == [a.id, b.id, c.id]
    assert [f.id for f in fragments.move(ctx, playlist.id, c.id, 0).fragments] == [c.id, a.id, b.id]
    again = fragments.get_playlist(ctx, playlist.id)
    assert [f.id for f in again.fragments] == [c.id, a.id, b.id] and again.duration_ms == 3000
    with pytest.raises(BadInput):
        fragments.reorder(ctx, playlist.id, [a.id, b.id])
    with pytest.raises(BadInput):
        fragments.add_to_playlist(ctx, playlist.id, a.id)
    with pytest.raises(BadInput):
        fragments.create_playlist(ctx, recording.id, "voor de buren")
    reflection_list = fragments.create_playlist(ctx, recording.id, "reflection", fragment_ids=(a.id,))
    assert reflection_list.purpose_label == "voor het reflectiegesprek"
    assert [p.id for p in fragments.list_playlists(ctx, recording.id, "reflection")] == [reflection_list.id]
    # Deleting a fragment takes it off every list; deleting a list keeps the fragments.
    fragments.delete_fragment(ctx, a.id)
    assert [f.id for f in fragments.get_playlist(ctx, playlist.id).fragments] == [c.id, b.id]
    fragments.delete_playlist(ctx, playlist.id)
    assert len(fragments.list_for_recording(ctx, recording.id)) == 2


def test_fragment_of_another_recording_cannot_join_a_playlist(case_setup, recording, test_video):
    ctx = case_setup["ctx"]
    conv2 = cases.add_conversation(ctx, case_setup["case"].id, date(2026, 11, 23))
    consent.grant(ctx, conv2.id, "recording", date(2026, 11, 23))
    consent.grant(ctx, conv2.id, "analysis", date(2026, 11, 23))
    other = recordings.import_recording(ctx, conv2.id, test_video)
    foreign = fragments.from_span(ctx, other.id, 0, 1000)
    playlist = fragments.create_playlist(ctx, recording.id, "reflection")
    with pytest.raises(BadInput) as raised:
        fragments.add_to_playlist(ctx, playlist.id, foreign.id)
    assert "andere opname" in raised.value.nl


def test_only_people_named_in_consent_make_fragments(case_setup, recording):
    ctx = case_setup["ctx"]
    stranger = people.add_reviewer(ctx, "Onbekende collega", "colleague")
    as_stranger = ctx.as_actor(Actor(stranger.id, stranger.name, stranger.role))
    with pytest.raises(NotAllowed):
        fragments.from_span(as_stranger, recording.id, 0, 1000)
    mine = fragments.from_span(ctx, recording.id, 0, 1000)
    with pytest.raises(NotAllowed):
        fragments.list_for_recording(as_stranger, recording.id)
    with pytest.raises(NotAllowed):
        fragments.create_playlist(as_stranger, recording.id, "reflection", fragment_ids=(mine.id,))


def test_changes_are_audited_and_published(case_setup, recording):
    ctx = case_setup["ctx"]
    seen = []
    ctx.bus.subscribe_all(lambda e: seen.append(e.topic))
    f = fragments.from_span(ctx, recording.id, 0, 1000)
    p = fragments.create_playlist(ctx, recording.id, "reflection", fragment_ids=(f.id,))
    fragments.update(ctx, f.id, title="Nieuwe titel")
    fragments.remove_from_playlist(ctx, p.id, f.id)
    assert seen == ["fragment.added", "playlist.changed", "fragment.changed", "playlist.changed"]
    actions = [r.action for r in audit.list_entries(ctx) if r.object_type in ("fragment", "playlist")]
    assert actions == ["playlist.remove_fragment", "fragment.update", "playlist.add", "fragment.add"]
