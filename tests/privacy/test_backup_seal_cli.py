"""The backup passphrase on the command line: `--passphrase-env VAR`, or typed on a terminal (a real
pseudo-terminal here, not echoed, twice for a new backup); without either, exit 3 with one line saying how.
A plain backup of an earlier version restores with a notice that it was not encrypted."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kijkwijzer.cli import main
from kijkwijzer.formats import backup_seal
from tests.support.sealed_backup import PASSPHRASE, PASSPHRASE_ENV, plain_copy

ON_SQLITE = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)
ROOT = Path(__file__).parents[2]


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@ON_SQLITE
def test_without_a_passphrase_the_command_stops_with_exit_3(case_setup, tmp_path, capsys, monkeypatch):
    base = ["--workspace", str(case_setup["ctx"].workspace.root)]
    out = tmp_path / "buiten"
    out.mkdir()
    assert main([*base, "backup", "create", "--out", str(out / "kopie.kwbackup")]) == 3
    err = _one_line(capsys.readouterr().err)
    assert "--passphrase-env" in err and "wachtwoord" in err and "passphrase" in err
    assert list(out.iterdir()) == [], "nothing written, not even a temporary file"

    monkeypatch.setenv("KORT", "negen...9")
    assert main([*base, "backup", "create", "--out", str(out / "kopie.kwbackup"), "--passphrase-env", "KORT"]) == 3
    assert "minstens 10 tekens" in _one_line(capsys.readouterr().err)
    assert main([*base, "backup", "create", "--out", str(out / "kopie.kwbackup"), "--passphrase-env", "NERGENS"]) == 3
    assert "NERGENS" in _one_line(capsys.readouterr().err)
    assert list(out.iterdir()) == []


@ON_SQLITE
def test_the_passphrase_from_the_environment_makes_and_opens_the_backup(case_setup, tmp_path, capsys, monkeypatch):
    base = ["--workspace", str(case_setup["ctx"].workspace.root)]
    made = tmp_path / "kopie.kwbackup"
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert main([*base, "backup", "create", "--out", str(made), "--passphrase-env", PASSPHRASE_ENV]) == 0
    said = capsys.readouterr().out
    assert "versleuteld" in said and "kwijtraakt" in said and "loses this passphrase" in said
    assert made.read_bytes().startswith(backup_seal.MAGIC)

    new = ["--workspace", str(tmp_path / "nieuw")]
    assert main([*new, "backup", "restore", str(made)]) == 3  # no terminal, no variable
    assert "--passphrase-env" in _one_line(capsys.readouterr().err)
    monkeypatch.setenv("FOUT", PASSPHRASE + "!")
    assert main([*new, "backup", "restore", str(made), "--passphrase-env", "FOUT"]) == 3
    assert "klopt niet" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "nieuw").exists(), "refused before the new workspace is made"
    assert main([*new, "backup", "restore", str(made), "--passphrase-env", PASSPHRASE_ENV]) == 0
    said = capsys.readouterr().out
    assert "Teruggezet" in said and "niet versleuteld" not in said


@ON_SQLITE
def test_a_plain_backup_of_an_earlier_version_restores_with_a_notice(case_setup, tmp_path, capsys, monkeypatch):
    base = ["--workspace", str(case_setup["ctx"].workspace.root)]
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert main([*base, "backup", "create", "--out", str(tmp_path / "k.kwbackup"), "--passphrase-env",
                 PASSPHRASE_ENV]) == 0
    old = plain_copy(tmp_path / "k.kwbackup", tmp_path / "oud.zip")
    capsys.readouterr()
    assert main(["--workspace", str(tmp_path / "nieuw"), "backup", "restore", str(old)]) == 0
    said = capsys.readouterr().out
    assert "niet versleuteld" in said and "not encrypted" in said


# ---- typed on a terminal ------------------------------------------------------------------------------------


class Terminal:
    """The command line run on a pseudo-terminal of its own (no controlling terminal: getpass reads it)."""

    def __init__(self, *args: str) -> None:
        self.master, slave = os.openpty()
        self.child = subprocess.Popen([sys.executable, "-m", "kijkwijzer.cli", *args], stdin=slave, stdout=slave,
                                      stderr=slave, cwd=ROOT, start_new_session=True, env=dict(os.environ))
        os.close(slave)
        self.seen = self.log = b""

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.master, 4096)
        except OSError:  # the child closed the terminal
            return False
        self.seen += data
        self.log += data
        return bool(data)

    def answer(self, prompt: str, text: str) -> None:
        deadline = time.monotonic() + 60
        while prompt.encode() not in self.seen:
            if time.monotonic() > deadline or not self._read(1.0):
                self.child.kill()
                pytest.fail(f"no prompt {prompt!r}: {self.seen.decode(errors='replace')[-2000:]}")
        self.seen = self.seen.split(prompt.encode(), 1)[1]
        os.write(self.master, text.encode() + b"\n")

    def finish(self) -> tuple[int, str]:
        while self._read(1.0) and self.child.poll() is None:
            pass
        code = self.child.wait(timeout=60)
        while self._read(0.2):
            pass
        os.close(self.master)
        return code, self.log.decode(errors="replace")


@ON_SQLITE
def test_typed_on_a_terminal_twice_for_a_new_backup_once_to_restore(case_setup, tmp_path):
    ws = str(case_setup["ctx"].workspace.root)
    made = tmp_path / "kopie.kwbackup"
    typed = "mijn eigen geheime zin"
    case_setup["ctx"].store.dispose()

    term = Terminal("--workspace", ws, "backup", "create", "--out", str(made))
    term.answer("Backup passphrase: ", "te kort")
    term.answer("Backup passphrase: ", typed)
    term.answer("Once more: ", typed + " anders")
    term.answer("Backup passphrase: ", typed)
    term.answer("Once more: ", typed)
    code, said = term.finish()
    assert code == 0, said
    assert "minstens 10 tekens" in said and "verschillen" in said and typed not in said, "never echoed"
    assert made.read_bytes().startswith(backup_seal.MAGIC)

    term = Terminal("--workspace", str(tmp_path / "nieuw"), "backup", "restore", str(made))
    term.answer("Backup passphrase: ", "niet mijn zin")
    term.answer("Backup passphrase: ", typed)
    code, said = term.finish()
    assert code == 0 and "klopt niet" in said and "Teruggezet" in said, said

    term = Terminal("--workspace", ws, "backup", "create", "--out", str(tmp_path / "nooit.kwbackup"))
    for _attempt in range(3):
        term.answer("Backup passphrase: ", "kort")
    code, said = term.finish()
    assert code == 3 and not (tmp_path / "nooit.kwbackup").exists(), said
