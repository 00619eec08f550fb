"""Issue 11, item 5: what a killed process leaves behind is erased. A real child process is SIGKILLed half-way
through an import (the whole recording sits in `media/vault/.import-<id>.part`) or a backup (the zip sits in a
`.deel` file beside the target); the next open, or the next erasure, overwrites and removes it. An erasure a
crash interrupted after its commit is finished at the next open. A file a live process is writing is left alone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from kijkwijzer.services import consent, erasure, recordings
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.store.models import PendingErasure, Recording

from .support import scan

CHILD = Path(__file__).parents[1] / "support" / "killed_midway.py"
ON_SQLITE = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)  # the child opens a folder


def _start(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    child = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env, text=True)
    line = child.stdout.readline()
    if line.strip() != "midway":
        child.kill()
        pytest.fail(f"child did not get half-way: {line!r} {child.stderr.read()[-2000:]}")
    return child


def _kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL


def _media_needles(video: Path) -> dict[str, bytes]:
    data = video.read_bytes()
    return {"media head": data[:65536], "media middle": data[len(data) // 2:len(data) // 2 + 4096]}


def _import_killed_midway(ctx, conversation_id: int, video: Path) -> Path:
    child = _start("import", str(ctx.workspace.root), str(conversation_id), str(video))
    _kill(child)
    parts = list(ctx.workspace.vault_dir.glob(".import-*.part"))
    assert len(parts) == 1 and parts[0].stat().st_size > video.stat().st_size // 2, "the killed import left its copy"
    assert parts[0].read_bytes().startswith(b"KWS1"), "sealed while it is copied"
    assert scan(ctx.workspace.vault_dir, _media_needles(video)) == [], "not one plain byte of it"
    return parts[0]


@ON_SQLITE
def test_a_killed_import_is_erased_at_the_next_open(case_setup, test_video):
    ctx = case_setup["ctx"]
    part = _import_killed_midway(ctx, case_setup["conversation"].id, test_video)
    ctx.store.dispose()

    reopened = open_context(ctx.workspace)
    try:
        assert not part.exists()
        assert scan(ctx.workspace.root, _media_needles(test_video)) == []
    finally:
        reopened.store.dispose()


@ON_SQLITE
def test_the_withdrawal_erases_a_killed_imports_copy(case_setup, test_video):
    """The workspace stays open (no new open cleans up): the withdrawal itself takes the copy with it."""
    ctx = case_setup["ctx"]
    consents = {c.purpose: c for c in consent.list_for_conversation(ctx, case_setup["conversation"].id)}
    part = _import_killed_midway(ctx, case_setup["conversation"].id, test_video)

    report = erasure.withdraw_consent(ctx, consents["recording"].id)
    assert not part.exists() and report.files_erased >= 1
    assert scan(ctx.workspace.root, _media_needles(test_video)) == []


@ON_SQLITE
def test_an_import_still_running_is_not_touched_by_another_open(case_setup, test_video):
    ctx = case_setup["ctx"]
    child = _start("import", str(ctx.workspace.root), str(case_setup["conversation"].id), str(test_video))
    try:
        part = next(ctx.workspace.vault_dir.glob(".import-*.part"))
        copied = part.read_bytes()
        other = open_context(ctx.workspace)  # e.g. the command line while the window imports
        other.store.dispose()
        erasure.finish_pending(ctx)  # and an erasure meanwhile
        assert len(copied) > test_video.stat().st_size // 2 and part.read_bytes() == copied, \
            "a live import's copy must stay"
    finally:
        _kill(child)


@ON_SQLITE
def test_a_killed_backup_is_erased_at_the_next_open(case_setup, test_video, tmp_path):
    ctx = case_setup["ctx"]
    recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    outside = tmp_path / "usb-stick"
    outside.mkdir()
    target = outside / "reservekopie.zip"
    _kill(_start("backup", str(ctx.workspace.root), str(target)))
    partial = list(outside.glob(".reservekopie.zip.*.deel"))
    assert len(partial) == 1 and not target.exists()
    assert partial[0].stat().st_size > test_video.stat().st_size // 2, "the killed backup holds the recording"
    assert partial[0].read_bytes().startswith(b"KWBACKUP"), "sealed with the backup passphrase"
    assert scan(outside, _media_needles(test_video)) == [], "but not one plain byte of it"

    ctx.store.dispose()
    reopened = open_context(ctx.workspace)
    try:
        assert list(outside.iterdir()) == []
        assert list((ctx.workspace.media_dir / ".onvoltooid").iterdir()) == []
    finally:
        reopened.store.dispose()


def test_a_leftover_of_an_older_version_is_erased_at_the_next_open(sqlite_workspace):
    """No lock, no journal: a `.part` file lying in the vault (a power cut) is erased too."""
    ctx = open_context(sqlite_workspace)
    ctx.store.dispose()
    stale = sqlite_workspace.vault_dir / ".import-0123456789abcdef.part"
    stale.write_bytes(b"SECRET-FRAME" * 1000)
    reopened = open_context(sqlite_workspace)
    reopened.store.dispose()
    assert not stale.exists()
    assert scan(sqlite_workspace.root, {"frame": b"SECRET-FRAME"}) == []


@ON_SQLITE
def test_an_erasure_interrupted_after_its_commit_is_finished_at_the_next_open(case_setup, test_video):
    ctx = case_setup["ctx"]
    recording = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    with ctx.transaction() as session:  # what the erasing transaction leaves if the process dies right after
        session.execute(Recording.__table__.delete().where(Recording.id == recording.id))
        session.add(PendingErasure(area="vault", name=recording.sha256))
    ctx.store.dispose()
    assert recording.path.exists()

    reopened = open_context(ctx.workspace)  # no erasure or retention run: opening alone finishes it
    try:
        assert not recording.path.exists()
        with reopened.store.read() as session:
            assert session.scalars(select(PendingErasure)).all() == []
    finally:
        reopened.store.dispose()
