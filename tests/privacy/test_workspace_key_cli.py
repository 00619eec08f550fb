"""Where the command line gets the passphrase: KIJKWIJZER_PASSPHRASE, else the terminal (getpass, a real
pseudo-terminal here), else one clear line and exit 3. `workspace init` chooses it twice after the warning
that a lost passphrase means lost data; `workspace status` and `workspace passphrase` work on the key file."""

from __future__ import annotations

import fcntl
import json
import os
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

from kijkwijzer.crypto import workspace_key
from kijkwijzer.workspace import Workspace

ROOT = Path(__file__).parents[2]
PASSPHRASE = "zomeravond aan zee"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KIJKWIJZER_PASSPHRASE", "KIJKWIJZER_NEW_PASSPHRASE")}
    return {**env, "PYTHONPATH": str(ROOT), **extra}


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Without a terminal: a new session, stdin from /dev/null."""
    return subprocess.run([sys.executable, "-m", "kijkwijzer.cli", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL, start_new_session=True,
                          check=False)


def on_terminal(args: list[str], answers: list[tuple[str, str]], env: dict[str, str]) -> tuple[int, str]:
    """Run the CLI on a pseudo-terminal (its controlling terminal, as in a shell); answer each prompt that
    contains the first text of a pair with the second. Returns the exit code and everything shown."""
    master, slave = os.openpty()

    def controlling_terminal() -> None:
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    child = subprocess.Popen([sys.executable, "-m", "kijkwijzer.cli", *args], stdin=slave, stdout=slave,
                             stderr=slave, env=env, cwd=ROOT, start_new_session=True,
                             preexec_fn=controlling_terminal)  # noqa: PLW1509 - one ioctl, no locks
    os.close(slave)
    shown, pending = "", list(answers)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096).decode("utf-8", "replace")
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                shown += chunk
            if pending and shown.rstrip().endswith(":") and pending[0][0] in shown.splitlines()[-1]:
                os.write(master, (pending.pop(0)[1] + "\n").encode())
                shown += "\n"
            if child.poll() is not None and not ready:
                break
        return child.wait(timeout=30), shown
    finally:
        if child.poll() is None:
            child.kill()
        os.close(master)


def _encrypted(tmp_path) -> Workspace:
    """An encrypted workspace with one professional, its key wrapped under PASSPHRASE with a cheap Argon2id cost
    (the same code; the default cost is tests/privacy/test_workspace_key.py's), so each child unlocks quickly.
    The command line making a new workspace itself is test_workspace_init_on_a_terminal_warns_and_asks_twice."""
    from kijkwijzer.services import people
    from kijkwijzer.services.open_workspace import open_context

    ws = Workspace.at(tmp_path / "werkmap")
    workspace_key.create(ws, PASSPHRASE, cost=workspace_key.Argon2Cost(iterations=1, memory_kib=8 * 1024, lanes=1))
    ctx = open_context(ws)
    people.add_professional(ctx, "Sanne de Vries")
    ctx.store.dispose()
    return ws


def test_without_terminal_and_without_the_variable_one_line_and_exit_3(tmp_path):
    ws = _encrypted(tmp_path)
    for folder in (ws.root, tmp_path / "nieuw"):  # an encrypted workspace, and a new one
        result = cli("--workspace", str(folder), "professionals", "list", env=_env())
        assert result.returncode == 3
        assert result.stderr.count("\n") == 1 and "KIJKWIJZER_PASSPHRASE" in result.stderr
        assert "geen terminal" in result.stderr and "no terminal" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "nieuw" / "kijkwijzer.key").exists()


def test_the_variable_opens_it_and_a_wrong_one_is_refused(tmp_path):
    ws = _encrypted(tmp_path)
    listed = cli("--workspace", str(ws.root), "--json", "professionals", "list",
                 env=_env(KIJKWIJZER_PASSPHRASE=PASSPHRASE))
    assert listed.returncode == 0 and "Sanne de Vries" in listed.stdout
    wrong = cli("--workspace", str(ws.root), "professionals", "list", env=_env(KIJKWIJZER_PASSPHRASE="verkeerd-wachtwoord"))
    assert wrong.returncode == 3 and "klopt niet" in wrong.stderr and "Wrong passphrase" in wrong.stderr
    assert wrong.stderr.count("\n") == 1 and "hmac" not in wrong.stderr.lower()


def test_on_a_terminal_a_wrong_passphrase_may_be_tried_again(tmp_path):
    ws = _encrypted(tmp_path)
    code, shown = on_terminal(["--workspace", str(ws.root), "professionals", "list"],
                              [("passphrase", "niet goed genoeg"), ("passphrase", PASSPHRASE)], _env())
    assert code == 0, shown
    assert shown.count("klopt niet") == 1 and "Sanne de Vries" in shown
    assert PASSPHRASE not in shown  # getpass does not echo


def test_workspace_init_on_a_terminal_warns_and_asks_twice(tmp_path):
    folder = tmp_path / "praktijk"
    answers = [("new passphrase", "kort"), ("new passphrase", "lang genoeg wachtwoord"), ("once more", "iets anders"),
               ("new passphrase", "lang genoeg wachtwoord"), ("once more", "lang genoeg wachtwoord")]
    code, shown = on_terminal(["--workspace", str(folder), "workspace", "init"], answers, _env())
    assert code == 0, shown
    assert "kwijtraakt" in shown and "lose this passphrase" in shown
    assert "minstens 10" in shown and "niet gelijk" in shown
    assert workspace_key.state(Workspace.at(folder)) == "encrypted"
    status = cli("--workspace", str(folder), "--json", "workspace", "status", env=_env())
    data = json.loads(status.stdout)
    assert data["state"] == "encrypted" and data["passphrase"] is True and data["upgrade_needed"] is False


def test_status_of_a_plain_workspace_and_changing_the_passphrase(tmp_path, plain_workspace):
    from kijkwijzer.services.open_workspace import open_context

    open_context(plain_workspace).store.dispose()  # as an older version left it
    plain = json.loads(cli("--workspace", str(plain_workspace.root), "--json", "workspace", "status",
                           env=_env()).stdout)
    assert plain["state"] == "plain" and plain["encrypted"] is False and plain["upgrade_needed"] is True

    ws = _encrypted(tmp_path / "tweede")
    changed = cli("--workspace", str(ws.root), "workspace", "passphrase",
                  env=_env(KIJKWIJZER_PASSPHRASE=PASSPHRASE, KIJKWIJZER_NEW_PASSPHRASE="een nieuw wachtwoord"))
    assert changed.returncode == 0, changed.stderr
    old = cli("--workspace", str(ws.root), "professionals", "list", env=_env(KIJKWIJZER_PASSPHRASE=PASSPHRASE))
    new = cli("--workspace", str(ws.root), "professionals", "list",
              env=_env(KIJKWIJZER_PASSPHRASE="een nieuw wachtwoord"))
    assert old.returncode == 3 and new.returncode == 0 and "Sanne de Vries" in new.stdout
