"""Text-only recordings (the casebook's written accounts, vault_name ""): media actions refuse them with a clear
message, and backup, erasure, retention, the leftover clean-up and the media upgrade handle them without a file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kijkwijzer.errors import BadInput
from kijkwijzer.services import (
    cases,
    client_feedback,
    consent,
    erasure,
    fragments,
    lab,
    leftovers,
    people,
    recordings,
    retention,
    transcripts,
)
from kijkwijzer.services.casebook import load_into
from kijkwijzer.services.context import Actor
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.services.media_files import sealed_targets
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.services.text_recordings import add_text_recording
from kijkwijzer.store.models import PendingErasure, Recording
from tests.support.sealed_backup import PASSPHRASE

EXAMPLE = Path(__file__).resolve().parents[1] / "content" / "casebook_example"
WRITTEN = "tekstverslag uit het casusboek"


@pytest.fixture
def written(sqlite_workspace):
    ctx = open_context(sqlite_workspace)
    summary = load_into(ctx, EXAMPLE)
    [conv] = cases.list_conversations(ctx, summary.case_ids[0])
    [rec] = recordings.list_recordings(ctx, conv.id)
    pro = next(r for r in people.list_reviewers(ctx) if r.role == "professional")
    yield ctx, conv, rec, ctx.as_actor(Actor(pro.id, pro.name, pro.role))
    ctx.store.dispose()


def test_media_actions_refuse_a_written_account_saying_why(written, tmp_path) -> None:
    ctx, _conv, rec, pro = written
    opened = recordings.open_recording(ctx, rec.id)
    assert opened.text_only and opened.source is None and opened.path is None
    with pytest.raises(BadInput, match=WRITTEN) as caught:
        recordings.media_source(ctx, rec.id)
    assert "written account from the casebook" in caught.value.en
    copy = tmp_path / "kopie.mp4"
    copy.write_bytes(b"niets")
    with pytest.raises(BadInput, match=WRITTEN):
        recordings.locate(ctx, rec.id, copy)
    [frag] = fragments.list_for_recording(ctx, rec.id)
    with pytest.raises(BadInput, match="als videofragment delen"):
        lab.share_fragment(pro, frag.id, group_id=1)
    playlist = fragments.create_playlist(ctx, rec.id, "client_interview", "Voor de cliënt", (frag.id,))
    with pytest.raises(BadInput, match="afspelen voor de cliënt"):
        client_feedback.open_interview(ctx, playlist.id)


def test_a_written_account_needs_consent_to_record_and_text(written) -> None:
    ctx, conv, _rec, _pro = written
    with pytest.raises(BadInput, match="minstens één tekst"):
        add_text_recording(ctx, conv.id, [("", "  ")], "Leeg")
    later = cases.add_conversation(ctx, conv.case_id, conv.held_on + timedelta(days=14))
    with pytest.raises(Exception, match="geen toestemming gegeven voor opnemen"):
        add_text_recording(ctx, later.id, [("Cliënt", "Goedemorgen.")], "Zonder toestemming")
    consent.grant(ctx, later.id, "recording", later.held_on, method="verbal", verbal_at_ms=0)
    made = add_text_recording(ctx, later.id, [("Cliënt", "Goedemorgen."), ("", "Ze gaan zitten.")], "Met toestemming")
    assert made.text_only and made.duration_ms == (1000 + 1000) + (1200 + 1000)  # 1 and 3 words, each a pause
    assert [c.text for c in transcripts.list_cues(ctx, made.id)] == ["Goedemorgen.", "Ze gaan zitten."]


def test_removing_and_withdrawing_erase_a_written_account_without_a_file(written) -> None:
    ctx, conv, rec, pro = written
    report = recordings.remove_recording(pro, rec.id)
    assert report.recordings == 1 and report.transcript_cues == 4 and report.files_erased == 0
    assert not recordings.exists(ctx, rec.id)
    with ctx.store.read() as session:
        assert session.scalars(select(PendingErasure)).all() == []  # nothing was left to shred
    again = add_text_recording(ctx, conv.id, [("", "Een tweede verslag.")], "Opnieuw")
    analysis = next(c for c in consent.list_for_conversation(ctx, conv.id) if c.purpose == "recording")
    erasure.withdraw_consent(pro, analysis.id)
    assert not recordings.exists(ctx, again.id)


def test_retention_erases_a_written_account(written) -> None:
    ctx, _conv, rec, _pro = written
    [overdue] = retention.overdue(ctx, date.today() + timedelta(days=800))
    assert overdue.recording_id == rec.id
    [report] = retention.enforce(ctx, date.today() + timedelta(days=800))
    assert report.recordings == 1 and not recordings.exists(ctx, rec.id)


def test_leftovers_and_the_media_upgrade_leave_it_alone(written, sqlite_workspace) -> None:
    ctx, _conv, rec, _pro = written
    assert leftovers.clean(sqlite_workspace, ctx.store) == 0
    with ctx.store.read() as session:
        assert sealed_targets(session, sqlite_workspace) == []
    assert recordings.get(ctx, rec.id).available  # no file to miss: the account is in the database


def test_a_backup_brings_the_written_account_back(written, tmp_path) -> None:
    from tests.support.workspace_keys import encrypted_workspace

    ctx, _conv, rec, _pro = written
    exchange_backup.create_backup(ctx, tmp_path / "kopie.zip", passphrase=PASSPHRASE, include_media=True)
    target = open_context(encrypted_workspace(tmp_path / "doel"))
    try:
        exchange_backup.restore_backup(target, tmp_path / "kopie.zip", PASSPHRASE)
        back = recordings.get(target, rec.id)
        assert back.text_only and back.sha256 == rec.sha256 and back.duration_ms == rec.duration_ms
        with target.store.read() as session:
            assert session.get(Recording, rec.id).vault_name == ""
        assert [c.text for c in transcripts.list_cues(target, rec.id)] == [
            c.text for c in transcripts.list_cues(ctx, rec.id)]
    finally:
        target.store.dispose()
