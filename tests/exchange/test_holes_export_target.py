"""Issue 11, item 5: `export ... --out` onto the live database or a vault file once overwrote it (exit 0).
Every writer (CSV, SRT, ELAN, PDF report, case story, consent form, backup) refuses the workspace's own files
with exit 3 and one Dutch/English line, and writes atomically: a failed write leaves an existing file as it
was and no temporary file behind."""

from __future__ import annotations

import hashlib

import pytest

from kijkwijzer.cli import main
from tests.support.tmpfs import fill, small_tmpfs

ON_SQLITE = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)

TARGETS = {
    "database": lambda ws, rec: ws.root / "kijkwijzer.db",
    "database -wal": lambda ws, rec: ws.root / "kijkwijzer.db-wal",
    "database -shm": lambda ws, rec: ws.root / "kijkwijzer.db-shm",
    "vault file": lambda ws, rec: ws.vault_dir / rec,
    "new file in stills": lambda ws, rec: ws.stills_dir / "nieuw.png",
    "cache": lambda ws, rec: ws.cache_dir / "x.pdf",
    "backups folder": lambda ws, rec: ws.backup_dir / "kopie.zip",
    "through ..": lambda ws, rec: ws.root / "media" / ".." / "kijkwijzer.db",
    "forms folder": lambda ws, rec: ws.forms_dir / "formulier.pdf",
}
COMMANDS = {
    "csv": lambda out, rec_id: ["export", "csv", "--conversation", "1", "--out", out],
    "srt": lambda out, rec_id: ["export", "srt", "--recording", str(rec_id), "--out", out],
    "eaf": lambda out, rec_id: ["export", "eaf", "--recording", str(rec_id), "--out", out],
    "report": lambda out, rec_id: ["export", "report", "--conversation", "1", "--out", out],
    "story": lambda out, rec_id: ["export", "story", "--case", "1", "--out", out],
    "backup": lambda out, rec_id: ["backup", "create", "--out", out],
    "consent form": lambda out, rec_id: ["consent", "form", "--conversation", "1", "--out", out],
}


WRITERS = [c for c in COMMANDS if c != "consent form"]  # the form must end in .pdf or .html
CASES = sorted({(c, "database") for c in WRITERS} | {(c, "vault file") for c in WRITERS}
               | {("csv", t) for t in TARGETS} | {("consent form", "forms folder")})


def _state(ws) -> dict[str, str]:
    """Every file of the workspace with its content hash (not the -shm index, which every reader touches)."""
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(ws.root.rglob("*"))
            if p.is_file() and not p.name.endswith("-shm")}


@ON_SQLITE
@pytest.mark.parametrize(("command", "target"), CASES)
def test_no_export_writes_onto_the_workspaces_own_files(case_setup, recording_id, capsys, command, target):
    ctx = case_setup["ctx"]
    ws = ctx.workspace
    from kijkwijzer.store.models import Recording

    with ctx.store.read() as session:
        vault_name = session.get(Recording, recording_id).vault_name
    (ws.vault_dir / vault_name).write_bytes(b"de opname zelf")
    ws.backup_dir.mkdir(exist_ok=True)
    out = TARGETS[target](ws, vault_name)
    ctx.store.checkpoint()
    before = _state(ws)

    code = main(["--workspace", str(ws.root), *COMMANDS[command](str(out), recording_id)])

    err = capsys.readouterr().err
    assert code == 3, err
    assert err.count("\n") == 1 and "hoort bij de werkmap" in err and "belongs to the workspace" in err
    assert "Traceback" not in err
    assert _state(ws) == before, "nothing of the workspace may change"


@ON_SQLITE
def test_an_export_is_written_whole_or_not_at_all(case_setup, recording_id, tmp_path, capsys):
    """On a full disk the export fails in one line; yesterday's file is still there, no half file beside it."""
    ctx = case_setup["ctx"]
    with small_tmpfs(tmp_path / "stick", "1m") as stick:
        earlier = stick / "annotaties.csv"
        earlier.write_text("gisteren;geëxporteerd\n", encoding="utf-8")
        filler = fill(stick)
        code = main(["--workspace", str(ctx.workspace.root), "export", "csv", "--conversation", "1",
                     "--out", str(earlier)])
        err = capsys.readouterr().err
        assert code == 3 and err.count("\n") == 1 and "schijf is vol" in err and "disk is full" in err, err
        assert earlier.read_text(encoding="utf-8") == "gisteren;geëxporteerd\n"
        assert sorted(p.name for p in stick.iterdir()) == ["annotaties.csv", "vulling"]
        filler.unlink()
        assert main(["--workspace", str(ctx.workspace.root), "export", "csv", "--conversation", "1",
                     "--out", str(earlier)]) == 0
        assert "gisteren" not in earlier.read_text(encoding="utf-8-sig")
        assert sorted(p.name for p in stick.iterdir()) == ["annotaties.csv"]
        assert earlier.stat().st_mode & 0o077 == 0, "an export is the user's alone"
    assert list((ctx.workspace.media_dir / ".onvoltooid").iterdir()) == []


def test_a_target_outside_the_workspace_is_fine(case_setup, recording_id, tmp_path):
    from kijkwijzer.services.exchange import csv_and_subtitles as exchange

    folder = tmp_path / "uit"
    folder.mkdir()
    result = exchange.export_csv(case_setup["ctx"], case_setup["conversation"].id, folder / "uit.csv")
    assert result.path.read_bytes() and sorted(p.name for p in folder.iterdir()) == ["uit.csv"]


def test_a_folder_as_target_is_refused(case_setup, recording_id, tmp_path):
    from kijkwijzer.errors import BadInput
    from kijkwijzer.services.exchange import csv_and_subtitles as exchange

    with pytest.raises(BadInput, match="is een map"):
        exchange.export_csv(case_setup["ctx"], case_setup["conversation"].id, tmp_path)
