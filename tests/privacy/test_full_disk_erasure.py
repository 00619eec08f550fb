"""Issue 11, item 5 (and item 2): withdrawing consent and erasing a client work on a disk without one free byte
(an 8 MB tmpfs filled to the last byte): the files and their keys go first, which makes the room to record it;
what still cannot be written is said in one Dutch/English line, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import DiskFull
from kijkwijzer.services import annotations, consent, content_keys, recordings
from kijkwijzer.services import full_disk as full_disk_module
from kijkwijzer.services.context import Actor
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace
from tests.support.cases import build_case
from tests.support.tmpfs import fill, small_tmpfs

ROOT = Path(__file__).parents[2]
DAY = date(2026, 11, 2)


def _cli(ws: Workspace, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kijkwijzer.cli", "--workspace", str(ws.root), *args],
                          capture_output=True, text=True, check=False, cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture
def full_disk(tmp_path, test_video):
    """A client with a recording, an annotation and consent, on a file system with not one byte free."""
    with small_tmpfs(tmp_path / "schijf") as disk:
        ws = Workspace.at(disk / "werkmap")
        ctx = open_context(ws)
        made = build_case(ctx, coach=None, client_real_name="Jozefien Quackenbosch", title="Werk", reason="",
                          goal="", held_on=DAY, purposes=("recording", "analysis", "learning_group"))
        client, conversation, reviewer, as_pro = made.client, made.conversation, made.reviewer, made.as_pro
        recorded, sharing = made.consents["recording"], made.consents["learning_group"]
        recording = recordings.import_recording(as_pro, conversation.id, test_video)
        annotations.add(as_pro, AnnotationDraft(recording.id, 500, observation="geheim-woord-VOL"))
        ctx.store.dispose()
        filler = fill(disk)
        yield {"ws": ws, "client": client, "recording": recording, "consent": recorded, "sharing": sharing,
               "conversation": conversation, "reviewer": reviewer, "filler": filler}


def _media_key(ws: Workspace, sha256: str) -> bytes | None:
    ctx = open_context(ws)
    try:
        with ctx.store.read() as session:
            return content_keys.find(session, content_keys.media_key_id(sha256))
    finally:
        ctx.store.dispose()


def test_a_withdrawal_on_a_full_disk_erases_first_then_records(full_disk):
    ctx = open_context(full_disk["ws"])
    try:
        reviewer = full_disk["reviewer"]
        as_pro = ctx.as_actor(Actor(reviewer.id, reviewer.name, "professional"))
        report = consent.withdraw(as_pro, full_disk["consent"].id)
        assert report.recordings == 1 and report.files_erased >= 1
        assert not full_disk["recording"].path.exists()
        states = {c.purpose: c.active for c in consent.list_for_conversation(as_pro, full_disk["conversation"].id)}
        assert states == {"recording": False, "analysis": False, "learning_group": False}
    finally:
        ctx.store.dispose()
    assert _media_key(full_disk["ws"], full_disk["recording"].sha256) is None  # the key went with the file


def test_a_withdrawal_that_erases_no_file_uses_the_reserve(full_disk):
    """Ending only the sharing erases no file; the reserve the workspace keeps gives the room to record it."""
    ws = full_disk["ws"]
    assert full_disk_module.reserve_path(ws).stat().st_size == full_disk_module.RESERVE_BYTES  # made at open
    ctx = open_context(ws)
    try:
        assert consent.withdraw(ctx, full_disk["sharing"].id).consent_ids == (full_disk["sharing"].id,)
        assert not consent.get(ctx, full_disk["sharing"].id).active
        assert not full_disk_module.reserve_path(ws).exists()  # given up; back at an open with room
    finally:
        ctx.store.dispose()


def test_without_the_reserve_it_says_so_in_one_line_and_changes_nothing(full_disk):
    ws = full_disk["ws"]
    full_disk_module.reserve_path(ws).unlink()
    fill(full_disk["filler"].parent)  # what the reserve held is taken by something else
    ctx = open_context(ws)
    try:
        with pytest.raises(DiskFull) as caught:
            consent.withdraw(ctx, full_disk["sharing"].id)
        assert caught.value.nl.startswith("De schijf is vol en de intrekking kon niet worden vastgelegd")
        assert "disk is full" in caught.value.en and "\n" not in caught.value.bilingual()
        assert consent.get(ctx, full_disk["sharing"].id).active
        full_disk["filler"].unlink()  # room again: the same withdrawal works
        assert consent.withdraw(ctx, full_disk["sharing"].id).consent_ids == (full_disk["sharing"].id,)
    finally:
        ctx.store.dispose()


def test_erasing_a_client_works_on_a_full_disk(full_disk):
    ws, client = full_disk["ws"], full_disk["client"]

    done = _cli(ws, "clients", "erase", client.pseudonym, "--yes")

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "recordings: 1" in done.stdout and "cases: 1" in done.stdout
    assert not full_disk["recording"].path.exists()
    listed = _cli(ws, "clients", "list")
    assert listed.returncode == 0 and client.pseudonym not in listed.stdout
    assert _media_key(ws, full_disk["recording"].sha256) is None
