"""Issue 11, item 5: on a full disk, withdrawing consent printed a 67-line traceback and the consent stayed
active. On a real full file system (an 8 MB tmpfs filled to the last byte) the withdrawal now works, because
the files it erases go first and make room for recording it; everything else that cannot be written says so in
one Dutch/English line (exit 3 on the command line, DiskFull, a StoreError, in the window)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import DiskFull, StoreError
from kijkwijzer.services import annotations, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace
from tests.support.cases import build_case
from tests.support.sealed_backup import PASSPHRASE, PASSPHRASE_ENV
from tests.support.tmpfs import fill, small_tmpfs

from .support import scan

ROOT = Path(__file__).parents[2]


def _cli(ws: Workspace, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kijkwijzer.cli", "--workspace", str(ws.root), *args],
                          capture_output=True, text=True, check=False, cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture
def full_disk(tmp_path, test_video):
    """A workspace with a recording, an annotation and consent, on a file system with not one byte free."""
    with small_tmpfs(tmp_path / "schijf") as disk:
        ws = Workspace.at(disk / "werkmap")
        ctx = open_context(ws)
        made = build_case(ctx, coach=None, title="Werk", reason="", goal="")
        conversation, reviewer, as_pro, recorded = made.conversation, made.reviewer, made.as_pro, made.consents["recording"]
        recording = recordings.import_recording(as_pro, conversation.id, test_video)
        annotations.add(as_pro, AnnotationDraft(recording.id, 500, observation="geheim-woord-VOL"))
        ctx.store.dispose()
        filler = fill(disk)
        yield {"ws": ws, "recording": recording, "consent": recorded, "conversation": conversation,
               "disk": disk, "filler": filler, "reviewer": reviewer}


def test_withdrawal_works_on_a_full_disk(full_disk, test_video):
    ws, recording = full_disk["ws"], full_disk["recording"]

    done = _cli(ws, "consent", "withdraw", "--consent", str(full_disk["consent"].id))

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "recordings: 1" in done.stdout
    assert not recording.path.exists()
    shown = _cli(ws, "consent", "show", "--conversation", str(full_disk["conversation"].id), "--json")
    assert [c["withdrawn_reason"] for c in json.loads(shown.stdout)] == ["client", "client"]
    data = test_video.read_bytes()
    needles = {"media": data[len(data) // 2:len(data) // 2 + 4096], "annotation": b"geheim-woord-VOL"}
    assert scan(ws.root, needles) == []


@pytest.mark.parametrize("command", ["annotate", "import", "backup"])
def test_whatever_cannot_be_written_says_so_in_one_line(full_disk, test_video, tmp_path, command, monkeypatch):
    ws = full_disk["ws"]
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)  # the child inherits it
    args = {
        "annotate": ["annotations", "add", "--recording", str(full_disk["recording"].id), "--start-ms", "900",
                     "--text", "past niet"],
        "import": ["recordings", "import", str(test_video), "--conversation", str(full_disk["conversation"].id)],
        "backup": ["backup", "create", "--with-media", "--out", str(full_disk["disk"] / "kopie.zip"),
                   "--passphrase-env", PASSPHRASE_ENV],
    }[command]
    if command == "import":  # the same file is already in the vault: import a slightly different one
        other = tmp_path / "ander.mp4"
        other.write_bytes(test_video.read_bytes() + b"\0")
        args[2] = str(other)

    result = _cli(ws, *args)

    assert result.returncode == 3, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "schijf is vol" in result.stderr.lower() and "disk is full" in result.stderr.lower()
    assert sorted(p.name for p in full_disk["disk"].iterdir()) == ["vulling", "werkmap"]
    assert not list(ws.vault_dir.glob(".*"))


def test_the_window_gets_a_store_error_not_a_driver_exception(full_disk):
    ctx = open_context(full_disk["ws"])
    try:
        reviewer = full_disk["reviewer"]
        as_pro = ctx.as_actor(Actor(reviewer.id, reviewer.name, "professional"))
        with pytest.raises(DiskFull) as caught:
            annotations.add(as_pro, AnnotationDraft(full_disk["recording"].id, 700, observation="x" * 20_000))
        assert isinstance(caught.value, StoreError) and caught.value.nl and caught.value.en
        full_disk["filler"].unlink()  # room again: the same call works, nothing was half-stored
        annotations.add(as_pro, AnnotationDraft(full_disk["recording"].id, 700, observation="nu wel"))
        assert [a.observation for a in annotations.list_for_recording(as_pro, full_disk["recording"].id)] == [
            "geheim-woord-VOL", "nu wel"]
    finally:
        ctx.store.dispose()
