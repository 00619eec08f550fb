"""Issue 11, item 1: the media vault, stills, caches and backups were plain files readable by every account on
the machine (0644/0755). What the program creates is now the user's alone on POSIX (files 0600, folders 0700):
checked after the real command line created a workspace, imported a recording, annotated it, made a report
(stills in the cache), exported and backed up."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.support.cli import run_cli
from tests.support.sealed_backup import PASSPHRASE, PASSPHRASE_ENV

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def usual_umask():
    """The usual default (022): whatever is private below was made private by the program itself."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _cli(workspace: Path, *args: str) -> None:
    """The command in-process (tests/support/cli.py): `kijkwijzer.cli.main` sets and restores the umask itself,
    as the process would start with the usual one."""
    result = run_cli(*args, workspace=workspace)
    assert result.returncode == 0, (args, result.stderr)


def _open_to_others(root: Path) -> list[str]:
    found = []
    for path in [root, *root.rglob("*")]:
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            continue
        if mode & 0o077:
            found.append(f"{stat.filemode(mode)} {path.relative_to(root.parent)}")
    return found


def test_nothing_the_program_creates_is_readable_by_other_accounts(tmp_path, test_video, monkeypatch):
    ws, outside = tmp_path / "werkmap", tmp_path / "buiten"
    outside.mkdir()
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)  # the children inherit it
    for step in (("professionals", "add", "Sanne de Vries"), ("clients", "add"),
                 ("cases", "add", "--professional", "1", "--client", "1", "--title", "Schulden"),
                 ("conversations", "add", "--case", "1", "--date", "2026-11-02", "--goal", "Plan maken"),
                 ("consent", "grant", "--conversation", "1", "--purpose", "recording", "--purpose", "analysis",
                  "--date", "2026-11-02"),
                 ("recordings", "import", str(test_video), "--conversation", "1"),
                 ("annotations", "add", "--recording", "1", "--start-ms", "1500", "--text", "stil moment"),
                 ("fragments", "add", "--recording", "1", "--start", "1000", "--end", "3000"),
                 ("export", "report", "--conversation", "1", "--out", str(outside / "verslag.pdf")),
                 ("export", "csv", "--conversation", "1", "--out", str(outside / "annotaties.csv")),
                 ("backup", "create", "--with-media", "--out", str(outside / "kopie.zip"),
                  "--passphrase-env", PASSPHRASE_ENV)):
        _cli(ws, *step)

    assert list((ws / "media" / "vault").glob("*.mp4")), "the recording is in the vault"
    assert list((ws / "media" / "cache").iterdir()), "the report left stills in the cache"
    assert _open_to_others(ws) == []
    for name in ("verslag.pdf", "annotaties.csv", "kopie.zip"):
        assert (outside / name).stat().st_mode & 0o077 == 0, name


def test_a_workspace_left_open_by_an_older_version_is_closed_at_the_next_open(tmp_path, test_video):
    ws = tmp_path / "werkmap"
    _cli(ws, "professionals", "add", "Sanne de Vries")
    for path in [ws, *ws.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    (ws / "media" / "vault" / "oud.mp4").write_bytes(b"een opname van vroeger")
    (ws / "media" / "vault" / "oud.mp4").chmod(0o644)

    _cli(ws, "professionals", "list")

    for path in (ws / "media", ws / "kijkwijzer.db"):
        assert path.stat().st_mode & 0o077 == 0, path
