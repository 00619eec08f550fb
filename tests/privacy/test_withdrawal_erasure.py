"""Withdrawal erases the recording and everything derived from it, provably: after one withdraw action no
file of the workspace (database, -wal, -shm, vault, stills, cache) and, on PostgreSQL, no file of the
server's data directory holds the media bytes or any text written about the recording."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import NotFound
from kijkwijzer.services import annotations, audit, consent, erasure, recordings
from kijkwijzer.store.models import Recording

from .support import Derived, add_second_conversation, derive_everything, on_disk, scan


@pytest.fixture
def wal_recycle_off(workspace, request):
    """The server set up as scrub.py recommends: old WAL segments are unlinked, not recycled."""
    if not workspace.db_url.startswith("postgresql"):
        yield None
        return
    server = request.getfixturevalue("postgres_server")
    import psycopg

    dsn = server.dsn()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("ALTER SYSTEM SET wal_recycle = off")
        conn.execute("SELECT pg_reload_conf()")
    yield server
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("ALTER SYSTEM RESET wal_recycle")
        conn.execute("SELECT pg_reload_conf()")


def _needles(video: Path, derived: Derived) -> dict[str, bytes]:
    data = video.read_bytes()
    middle = len(data) // 2
    needles = {"media head (64 KiB)": data[:65536], "media middle (4 KiB)": data[middle:middle + 4096]}
    still = derived.still_path.read_bytes()
    needles["still (4 KiB)"] = still[len(still) // 2:len(still) // 2 + 4096]
    needles["waveform cache"] = derived.waveform_path.read_bytes()
    needles.update({f"marker {m}": m.encode() for m in derived.markers})
    return needles


def test_withdrawal_leaves_nothing_of_the_recording_anywhere(case_setup, test_video, wal_recycle_off, tmp_path_factory):
    ctx = case_setup["ctx"]
    conversation = case_setup["conversation"]
    token = uuid.uuid4().hex[:10]
    recording = recordings.import_recording(ctx, conversation.id, test_video)
    derived = derive_everything(ctx, case_setup, recording, token)
    other = add_second_conversation(ctx, case_setup, tmp_path_factory.mktemp("outside"), token)
    needles = _needles(test_video, derived)
    needles["sealed vault file (64 KiB)"] = recording.path.read_bytes()[:65536]
    markers = {k: v for k, v in needles.items() if k.startswith("marker")}
    server = wal_recycle_off
    on_disk(ctx)  # so "before" sees everything in the main file (SQLite) or the table files (PostgreSQL) as well

    def everywhere() -> list[tuple[str, str]]:
        found = scan(ctx.workspace.root, needles)
        return found + (scan(Path(server.data), markers) if server is not None else [])

    before = {label for _path, label in everywhere()}
    readable = not getattr(ctx.store, "encrypted", False)  # an encrypted SQLite file shows no text, ever
    assert {"sealed vault file (64 KiB)", "still (4 KiB)", "waveform cache"} <= before
    assert not readable or {f"marker MARKER-{token}-observation", f"marker MARKER-{token}-words",
                            f"marker MARKER-{token}-cue1"} <= before
    assert not {"media head (64 KiB)", "media middle (4 KiB)"} & before  # the plain recording never lands here

    recording_consent = next(c for c in consent.list_for_conversation(ctx, conversation.id) if c.purpose == "recording")
    report = consent.withdraw(ctx, recording_consent.id)

    assert report.recordings == 1 and report.annotations == 2 and report.fragments == 2
    assert report.client_reactions == 1 and report.transcript_cues == 2 and report.feedback_scores == 1
    assert report.files_erased >= 3  # the media file, the still, the waveform cache
    assert set(report.purposes) == {"recording", "analysis", "client_interview"}
    left = everywhere()
    assert left == [], f"left behind after withdrawal: {left}"
    assert report.residue == ()  # SQLite: WAL emptied; PostgreSQL: tables rewritten, WAL segment unlinked
    assert list(ctx.workspace.vault_dir.iterdir()) == [other.vault_file]

    # One audit entry for the withdrawal, with ids only.
    entries = [e for e in audit.list_entries(ctx) if e.action == "consent.withdraw"]
    assert len(entries) == 1
    entry = entries[0]
    assert entry.object_id == recording_consent.id and entry.actor.startswith("Sanne de Vries")
    assert "MARKER" not in entry.detail and token not in entry.detail
    assert f"recordings {recording.id}" in entry.detail

    # The other conversation's recording and annotation are untouched.
    assert recordings.open_recording(ctx, other.recording.id).available
    assert [a.observation for a in annotations.list_for_recording(ctx, other.recording.id)] == [other.marker]
    control = {"control": other.marker.encode()}
    kept = scan(ctx.workspace.root, control) + (scan(Path(server.data), control) if server is not None else [])
    assert kept != [] or not readable  # the same scan does see text that should stay: the erasure is selective
    with pytest.raises(NotFound):
        recordings.open_recording(ctx, recording.id)


def test_a_media_file_shared_with_another_conversation_stays_for_that_one(case_setup, test_video):
    ctx = case_setup["ctx"]
    first = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    other = add_second_conversation(ctx, case_setup, None, "shared", video=test_video)
    assert other.recording.sha256 == first.sha256
    recording_consent = next(c for c in consent.list_for_conversation(ctx, first.conversation_id)
                             if c.purpose == "recording")
    report = consent.withdraw(ctx, recording_consent.id)
    assert report.recordings == 1 and report.media_kept_shared == 1
    if not ctx.store.is_sqlite:  # the server runs with PostgreSQL's default wal_recycle=on: the user is told
        assert any("wal_recycle=on" in line for line in report.residue)
    assert recordings.open_recording(ctx, other.recording.id).available
    with ctx.store.read() as session:
        assert session.scalars(select(Recording.id)).all() == [other.recording.id]


def test_withdrawing_learning_group_only_ends_the_sharing(case_setup, test_video):
    ctx = case_setup["ctx"]
    conversation = case_setup["conversation"]
    recording = recordings.import_recording(ctx, conversation.id, test_video)
    annotations.add(ctx, AnnotationDraft(recording.id, 100, observation="blijft"))
    sharing = consent.grant(ctx, conversation.id, "learning_group", conversation.held_on)
    report = consent.withdraw(ctx, sharing.id)
    assert report.recordings == 0 and report.consent_ids == (sharing.id,)
    assert recordings.open_recording(ctx, recording.id).available
    states = {c.purpose: c.active for c in consent.list_for_conversation(ctx, conversation.id)}
    assert states == {"recording": True, "analysis": True, "learning_group": False}


def test_an_erasure_interrupted_after_commit_is_finished_by_the_next_run(case_setup, test_video):
    """A crash between the commit and the shredding leaves the queue; the next run shreds the file."""
    ctx = case_setup["ctx"]
    recording = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    vault_file = recording.path
    from kijkwijzer.store.models import PendingErasure

    with ctx.transaction() as session:  # what the erasing transaction leaves if the process dies right after
        session.execute(Recording.__table__.delete().where(Recording.id == recording.id))
        session.add(PendingErasure(area="vault", name=recording.sha256))
    assert vault_file.exists()
    assert erasure.finish_pending(ctx) == 1
    assert not vault_file.exists()
    with ctx.store.read() as session:
        assert session.scalars(select(PendingErasure)).all() == []


def test_earlier_exports_outside_the_workspace_are_named_in_the_report(case_setup, test_video, tmp_path_factory):
    """The erasure cannot reach a CSV the professional exported earlier; it says so instead of staying silent."""
    from kijkwijzer.services.exchange import csv_and_subtitles as exchange

    ctx = case_setup["ctx"]
    conversation_id = case_setup["conversation"].id
    recording = recordings.import_recording(ctx, conversation_id, test_video)
    annotations.add(ctx, AnnotationDraft(recording.id, 100, observation="geëxporteerd"))
    exchange.export_csv(ctx, conversation_id, tmp_path_factory.mktemp("elders") / "annotaties.csv")
    analysis = next(c for c in consent.list_for_conversation(ctx, conversation_id) if c.purpose == "analysis")
    report = consent.withdraw(ctx, analysis.id)
    assert report.exports_outside == 1
    assert any("1 eerdere export(s) of back-up(s)" in line for line in report.lines())
