"""`kijkwijzer-cli recordings import FILE --conversation ID --json` with files from outside, as a user runs it:
good files print id and duration; broken ones exit 3 with one readable line and leave nothing behind. The
commands run in-process (tests/support/cli.py)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kijkwijzer.media import synth
from tests.support.cli import CliResult, run_cli


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    """A file workspace with a conversation the client consented to record, made through the services."""
    from tests.support.cases import build_case
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path_factory.mktemp("cli") / "werkmap", encrypted=False)
    made = build_case(ctx, coach=None, title="Werk", reason="", goal="", purposes=("recording",))
    ctx.store.dispose()
    return ctx.workspace, made.conversation.id, tmp_path_factory.mktemp("outside")


def _import(workspace, conversation_id: int, path: Path) -> CliResult:
    return run_cli("recordings", "import", path, "--conversation", conversation_id, "--json",
                   workspace=workspace.root)


def _recording_rows(workspace) -> int:
    db = sqlite3.connect(workspace.root / "kijkwijzer.db")
    try:
        return db.execute("SELECT count(*) FROM recordings").fetchone()[0]
    finally:
        db.close()


def _vault(workspace) -> list[str]:
    return sorted(p.name for p in workspace.vault_dir.iterdir())


def _text_renamed(target: Path) -> Path:
    target.write_text("Dit is een boodschappenlijst, geen video.\nmelk\nbrood\n", encoding="utf-8")
    return target


BROKEN = {
    "zero-byte": (lambda d: synth.make_zero_byte(d / "leeg.mp4"), "leeg (0 bytes)"),
    "truncated": (lambda d: synth.make_corrupt(d / "afgebroken.mp4", "truncated"), "kan niet worden gebruikt"),
    "truncated-no-index": (lambda d: synth.make_corrupt(d / "zonder-index.mp4", "no_index"), "kan niet worden gebruikt"),
    "text renamed .mp4": (lambda d: _text_renamed(d / "lijst.mp4"), "geen (leesbaar) video- of audiobestand"),
    "missing": (lambda d: d / "bestaat-niet.mp4", "bestaat niet"),
    "unknown codec": (lambda d: synth.make_unknown_codec(d / "vreemd.mkv"), "kan niet worden gebruikt"),
    "no streams": (lambda d: synth.make_no_streams(d / "alleen-tekst.mkv"), "geen beeld en geen geluid"),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_refused_file_exits_3_with_one_line_and_writes_nothing(setup, kind):
    workspace, conversation_id, outside = setup
    make, reason = BROKEN[kind]
    before_rows, before_vault = _recording_rows(workspace), _vault(workspace)
    result = _import(workspace, conversation_id, make(outside))
    assert result.returncode == 3, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0] and " / " in lines[0], result.stderr  # Dutch / English
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert _recording_rows(workspace) == before_rows and _vault(workspace) == before_vault


def test_good_phone_and_audio_files_are_accepted_with_what_was_probed(setup):
    workspace, conversation_id, outside = setup
    cases = {
        "plain": (synth.make_test_video(outside / "gesprek.mp4", seconds=4), {"rotation": 0, "has_video": True}),
        "phone, rotated": (synth.make_test_video(outside / "telefoon.mp4", seconds=3, rotate=90, size="320x180"),
                           {"rotation": 90, "width": 320, "height": 180}),
        "variable frame rate": (synth.make_test_video(outside / "vfr.mp4", seconds=4, vfr=True),
                                {"variable_frame_rate": True}),
        "audio only": (synth.make_audio_only(outside / "alleen-geluid.m4a", seconds=3).path,
                       {"has_video": False, "has_audio": True}),
    }
    for name, (path, expected) in cases.items():
        result = _import(workspace, conversation_id, path)
        assert result.returncode == 0, f"{name}: {result.stderr}"
        data = json.loads(result.stdout)
        assert isinstance(data["id"], int) and data["duration_ms"] > 0, name
        assert {k: data[k] for k in expected} == expected, name
    # A moved or renamed original does not matter once imported.
    moved = outside / "elders" / "hernoemd.mp4"
    moved.parent.mkdir()
    shutil.move(outside / "gesprek.mp4", moved)
    listing = run_cli("recordings", "list", "--json", workspace=workspace.root)
    assert listing.returncode == 0 and all(Path(r["path"]).is_file() for r in json.loads(listing.stdout))


def test_import_without_consent_to_record_is_refused_by_the_cli(setup, test_video):
    workspace, _conversation_id, _outside = setup
    from kijkwijzer.services import cases
    from kijkwijzer.services.open_workspace import open_context

    ctx = open_context(workspace)
    fresh = cases.add_conversation(ctx, cases.list_cases(ctx)[0].id, date(2026, 12, 1))
    ctx.store.dispose()
    before = _vault(workspace)
    result = _import(workspace, fresh.id, test_video)
    assert result.returncode == 3 and "geen toestemming gegeven voor opnemen" in result.stderr
    assert _vault(workspace) == before
