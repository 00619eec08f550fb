"""The workspace key unlocked while the program loads (crypto/early_unlock.py, begun by kijkwijzer/launch.py):
the Argon2 run happens once, in its own thread, and the window's unlock then finds the key; what the early
unlock could not do (a wrong passphrase) the window's unlock meets and says as before."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kijkwijzer import launch
from kijkwijzer.crypto import early_unlock, key_file, workspace_key
from kijkwijzer.start_arguments import parse, workspace_of
from kijkwijzer.workspace import Workspace
from tests.support.workspace_keys import TEST_COST, as_a_new_process

PASSPHRASE = "vroege ochtend bij het kanaal"


@pytest.fixture
def fresh_process(monkeypatch):
    """As a new process: nothing unlocked, no KIJKWIJZER_PASSPHRASE (the cache is put back afterwards)."""
    with as_a_new_process(monkeypatch):
        yield


@pytest.fixture
def argon2_threads(monkeypatch) -> list[str]:
    """The name of the thread of every Argon2 run."""
    threads: list[str] = []
    derive = key_file._derive

    def counting(passphrase, wrapped):
        threads.append(threading.current_thread().name)
        return derive(passphrase, wrapped)

    monkeypatch.setattr(key_file, "_derive", counting)
    return threads


def _encrypted(tmp_path: Path, argon2_threads: list[str], cost: workspace_key.Argon2Cost = TEST_COST,
               ) -> tuple[Workspace, bytes]:
    """A workspace made in an earlier run of the program: its key not unlocked in this one."""
    ws = Workspace.at(tmp_path / "werkmap")
    key = workspace_key.create(ws, PASSPHRASE, cost=cost)
    workspace_key.forget_in_process()
    argon2_threads.clear()  # the run that wrapped it
    return ws, key


def test_the_key_is_derived_once_beside_the_loading_and_found_by_the_window(tmp_path, fresh_process, monkeypatch,
                                                                             argon2_threads):
    ws, key = _encrypted(tmp_path, argon2_threads, workspace_key.Argon2Cost())  # the real cost: ~0.1 s of Argon2id
    monkeypatch.setenv(workspace_key.PASSPHRASE_ENV, PASSPHRASE)
    early_unlock.begin(ws)
    assert workspace_key.unlock_quietly(ws) == key
    assert argon2_threads == ["kijkwijzer-unlock"]  # not again in the caller's thread


def test_a_wrong_passphrase_is_said_by_the_windows_unlock_as_before(tmp_path, fresh_process, monkeypatch,
                                                                    argon2_threads):
    ws, _ = _encrypted(tmp_path, argon2_threads)
    monkeypatch.setenv(workspace_key.PASSPHRASE_ENV, "een ander wachtwoord")
    early_unlock.begin(ws)
    with pytest.raises(workspace_key.WrongPassphrase) as wrong:
        workspace_key.unlock_quietly(ws)
    assert "KIJKWIJZER_PASSPHRASE" in wrong.value.nl
    assert workspace_key.cached(ws) is None
    assert argon2_threads == ["kijkwijzer-unlock", threading.current_thread().name]


def test_without_a_quiet_source_nothing_is_unlocked_and_the_dialog_stays_needed(tmp_path, fresh_process,
                                                                                argon2_threads):
    ws, _ = _encrypted(tmp_path, argon2_threads)
    early_unlock.begin(ws)
    assert workspace_key.unlock_quietly(ws) is None  # the window asks for the passphrase
    assert argon2_threads == []


@pytest.mark.parametrize("setup", ["new", "plain"])
def test_only_an_encrypted_workspace_is_unlocked_early(tmp_path, fresh_process, monkeypatch, setup):
    monkeypatch.setenv(workspace_key.PASSPHRASE_ENV, PASSPHRASE)
    folder = tmp_path / "werkmap"
    folder.mkdir()
    if setup == "plain":
        (folder / "kijkwijzer.db").write_bytes(b"SQLite format 3\x00" + bytes(100))
    early_unlock.begin(Workspace.at(folder))
    assert workspace_key._BACKGROUND == []
    assert not (folder / "kijkwijzer.key").exists()  # nothing made: creating a key is the window's business


@pytest.mark.parametrize(("argv", "expected"), [
    (["/tmp/werkmap"], "/tmp/werkmap"),
    (["--lang", "en", "/tmp/werkmap", "--no-start-prompts"], "/tmp/werkmap"),
    (["--workspace", "/tmp/a"], "/tmp/a"),
    (["--workspace=/tmp/b", "--recording", "12"], "/tmp/b"),
    (["--workspace", "/tmp/a", "/tmp/werkmap"], "/tmp/werkmap"),  # the named folder wins
    (["--recording", "12"], "default"),
    ([], "default"),
    (["--db", "postgresql://x/y", "--media", "/tmp/m"], None),  # a team database: no key to unlock
])
def test_the_workspace_a_start_opens(argv, expected, monkeypatch, tmp_path):
    # one reading of the command line for the early unlock and the window (start_arguments)
    monkeypatch.setenv("KIJKWIJZER_WORKSPACE", str(tmp_path / "standaard"))
    workspace = workspace_of(parse(argv))
    if expected is None:
        assert workspace.db_file is None
    else:
        assert workspace.root == (tmp_path / "standaard" if expected == "default" else Path(expected))


def test_the_early_unlock_begins_for_the_workspace_the_arguments_name(tmp_path, fresh_process, monkeypatch,
                                                                      argon2_threads):
    ws, key = _encrypted(tmp_path, argon2_threads)
    monkeypatch.setenv(workspace_key.PASSPHRASE_ENV, PASSPHRASE)
    launch.unlock_early(["--lang", "en", str(ws.root)])
    assert workspace_key.unlock_quietly(ws) == key
    assert argon2_threads == ["kijkwijzer-unlock"]


def test_a_folder_that_cannot_be_looked_at_does_not_stop_the_start(tmp_path, fresh_process, monkeypatch):
    monkeypatch.setenv(workspace_key.PASSPHRASE_ENV, PASSPHRASE)
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")  # a loop: resolving it raises
    launch.unlock_early([str(tmp_path / "a")])  # no error: the window's own opening says what is wrong
    assert workspace_key._BACKGROUND == []
