"""Issue 11, item 5: inputs that ended in a traceback with exit 1 (or hung) now end in one Dutch/English line on
stderr and exit 3, and change nothing: odd JSON on stdin, a bad reviewer id in the environment, a database file
that is a folder, random bytes, cut off or someone else's, a workspace on a file or under /proc, an unreachable
or missing PostgreSQL database, an unsupported database URL, a FIFO as input file, a number too large."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from kijkwijzer.services import recordings
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace
from tests.support.cases import build_case
from tests.support.cli import CliResult, run_cli

ANNOTATE = ("annotations", "add", "--stdin")


@pytest.fixture(scope="module")
def template(tmp_path_factory, test_video) -> Path:
    ws = Workspace.at(tmp_path_factory.mktemp("invoer") / "werkmap")
    ctx = open_context(ws)
    made = build_case(ctx, coach=None, title="Werk", reason="", goal="")
    recordings.import_recording(ctx, made.conversation.id, test_video)
    ctx.store.dispose()
    return ws.root


_held_open: list[sqlite3.Connection] = []


@pytest.fixture
def root(template, tmp_path) -> Path:
    copy = tmp_path / "werkmap"
    shutil.copytree(template, copy)
    yield copy
    while _held_open:
        _held_open.pop().close()


def _damage(root: Path, how: str) -> None:
    db = root / "kijkwijzer.db"
    if how == "folder":
        db.unlink()
        db.mkdir()
    elif how == "random":
        db.write_bytes(os.urandom(db.stat().st_size))
    elif how == "cut off":
        with db.open("r+b") as handle:
            handle.truncate(db.stat().st_size // 2)
    elif how == "foreign":
        db.unlink()
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)")
            conn.execute("INSERT INTO klanten (naam) VALUES ('iemand')")
    elif how == "empty schema version":
        conn = sqlite3.connect(db)
        with conn:
            conn.execute("DELETE FROM alembic_version")
        # The connection that emptied it stays open while the command runs (its change still in the WAL), as
        # the test process held it while the command ran in a child before; closed after the test.
        _held_open.append(conn)


def _fifo(root: Path, name: str) -> str:
    path = root.parent / name
    os.mkfifo(path)
    return str(path)


NESTED = "[" * 100_000 + "]" * 100_000
# case: (stdin, arguments (a callable of the workspace root gives them), extra environment, words nl, words en)
CASES = {
    "start_ms Infinity": ('{"recording": 1, "start_ms": Infinity}', ANNOTATE, {}, "Regel 1", "Line 1"),
    "start_ms -Infinity": ('{"recording": 1, "start_ms": -Infinity}', ANNOTATE, {}, "getal", "number"),
    "start_ms NaN": ('{"recording": 1, "start_ms": NaN}', ANNOTATE, {}, "getal", "number"),
    "start_ms 1e400": ('{"recording": 1, "start_ms": 1e400}', ANNOTATE, {}, "te groot", "too large"),
    "level a list": ('{"recording": 1, "start_ms": 5, "level": ["x"]}', ANNOTATE, {}, "verwacht", "expected"),
    "themes an object": ('{"recording": 1, "start_ms": 5, "themes": {"a": 1}}', ANNOTATE, {}, "verwacht", "expected"),
    "recording true": ('{"recording": true, "start_ms": 5}', ANNOTATE, {}, "geheel getal", "whole number"),
    "lone surrogate": ('{"recording": 1, "start_ms": 5, "text": "\\ud800"}', ANNOTATE, {}, "surrogaat", "surrogate"),
    "deeply nested": (NESTED, ANNOTATE, {}, "genest", "nested"),
    "huge recording id": ('{"recording": 99999999999999999999999, "start_ms": 5}', ANNOTATE, {}, "te groot",
                          "too large"),
    "not UTF-8": (b'{"recording": 1, "start_ms": 5, "text": "\xff"}', ANNOTATE, {}, "UTF-8", "UTF-8"),
    "nested answers": (NESTED, ("assessment", "analyse"), {}, "genest", "nested"),
    "huge --recording": ("", ("annotations", "list", "--recording", "9" * 30), {}, "te groot", "too large"),
    "reviewer id not a number": ("", ("annotations", "list", "--recording", "1"), {"KIJKWIJZER_REVIEWER": "abc"},
                                 "kijker-id", "reviewer id"),
    "database is a folder": ("", ("recordings", "list"), {}, "is een map", "is a folder"),
    "database random bytes": ("", ("recordings", "list"), {}, "beschadigd", "damaged"),
    "database cut off": ("", ("recordings", "list"), {}, "beschadigd", "damaged"),
    "database of someone else": ("", ("recordings", "list"), {}, "geen Kijkwijzer-database",
                                 "not a Kijkwijzer database"),
    "database empty schema version": ("", ("recordings", "list"), {}, "lege schemaversie", "empty schema version"),
    "workspace on a file": ("", lambda r: ("--workspace", str(r / "kijkwijzer.db"), "recordings", "list"), {},
                            "geen werkmap", "not a workspace"),
    "workspace under /proc": ("", ("--workspace", "/proc/self/werkmap", "recordings", "list"), {},
                              "kan niet worden gebruikt", "cannot be used"),
    "PostgreSQL unreachable": ("", lambda r: ("--db", "postgresql://kw@127.0.0.1:1/kw", "--media", str(r / "m"),
                                              "recordings", "list"), {}, "kan niet worden gebruikt", "cannot be used"),
    "mysql URL": ("", lambda r: ("--db", "mysql://kw@localhost/kw", "--media", str(r / "m"), "recordings", "list"), {},
                  "niet ondersteund", "not supported"),
    "garbage URL": ("", lambda r: ("--db", "::garbage::", "--media", str(r / "m"), "recordings", "list"), {},
                    "niet ondersteund", "not supported"),
    "FIFO as subtitles": ("", lambda r: ("import", "srt", _fifo(r, "pijp.srt"), "--recording", "1"), {},
                          "geen gewoon bestand", "not a regular file"),
    "FIFO as ELAN file": ("", lambda r: ("import", "eaf", _fifo(r, "pijp.eaf"), "--recording", "1"), {},
                          "geen gewoon bestand", "not a regular file"),
    "FIFO as recording": ("", lambda r: ("recordings", "import", _fifo(r, "pijp.mp4"), "--conversation", "1"), {},
                          "geen gewoon bestand", "not a regular file"),
    "FIFO as backup": ("", lambda r: ("backup", "restore", _fifo(r, "pijp.zip")), {}, "geen gewoon bestand",
                       "not a regular file"),
}
DAMAGE = {"database is a folder": "folder", "database random bytes": "random", "database cut off": "cut off",
          "database of someone else": "foreign", "database empty schema version": "empty schema version"}


def _run(root: Path, stdin: str | bytes, args, env: dict[str, str]) -> CliResult:
    """The command line in-process (tests/support/cli.py: its stderr gets what a fresh process's would, log
    records and warnings included); the real process's exit status is tests/cli/test_cli_basics.py's."""
    argv = list(args(root) if callable(args) else args)
    if "--workspace" not in argv and "--db" not in argv:
        argv = ["--workspace", str(root), *argv]
    return run_cli(*argv, stdin=stdin, env=env)


def _snapshot(root: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.endswith("-shm")}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_one_bilingual_line_with_exit_3(root, case):
    stdin, args, env, nl, en = CASES[case]
    if case in DAMAGE:
        _damage(root, DAMAGE[case])
    before = _snapshot(root)

    result = _run(root, stdin, args, env)

    assert result.returncode == 3, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert " / " in result.stderr and nl in result.stderr and en in result.stderr, result.stderr
    assert result.stdout == ""
    assert _snapshot(root) == before, "nothing may change"


@pytest.mark.postgres
def test_a_missing_postgresql_database_is_one_line(postgres_server, tmp_path):
    url = f"postgresql://kw@127.0.0.1:{postgres_server.port}/bestaat_niet"
    result = _run(tmp_path, "", ("--db", url, "--media", str(tmp_path / "media"), "recordings", "list"), {})
    assert result.returncode == 3 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "bestaat_niet" in result.stderr and "kan niet worden gebruikt" in result.stderr
    assert "cannot be used" in result.stderr
