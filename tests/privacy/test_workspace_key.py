"""The workspace key: made at creation, kept wrapped in kijkwijzer.key (Argon2id + AES-GCM) and/or in the OS
keyring, unlocked once per process, rewrapped when the passphrase changes. A wrong passphrase changes
nothing and may be tried again; the quiet sources are the process cache, KIJKWIJZER_PASSPHRASE and the
keyring (a FakeKeyring here: no real keyring runs on a test machine)."""

from __future__ import annotations

import base64
import json
import os
import stat
import time

import pytest

from kijkwijzer.crypto import key_file, workspace_key
from kijkwijzer.errors import BadInput, StoreError
from kijkwijzer.services import people
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace
from tests.support import fake_keyring as keyrings
from tests.support.workspace_keys import as_a_new_process

PASSPHRASE = "zomeravond aan zee"
CHEAP = workspace_key.Argon2Cost(iterations=1, memory_kib=8 * 1024, lanes=1)  # the same code, a faster KDF


@pytest.fixture
def fresh_process(monkeypatch):
    """As a new process: nothing unlocked, no KIJKWIJZER_PASSPHRASE (the cache is put back afterwards)."""
    with as_a_new_process(monkeypatch):
        yield


@pytest.fixture
def fake_keyring():
    with keyrings.installed() as fake:
        yield fake


def _new(tmp_path, name: str = "werkmap") -> Workspace:
    return Workspace.at(tmp_path / name)


def _argon2_runs(monkeypatch) -> list[int]:
    runs: list[int] = []
    derive = key_file._derive

    def counting(passphrase, wrapped):
        runs.append(1)
        return derive(passphrase, wrapped)

    monkeypatch.setattr(key_file, "_derive", counting)
    return runs


def test_a_new_workspace_key_is_random_wrapped_and_private(tmp_path, fresh_process):
    ws = _new(tmp_path)
    started = time.perf_counter()
    key = workspace_key.create(ws, PASSPHRASE)
    took = time.perf_counter() - started
    path = ws.root / "kijkwijzer.key"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert data["format"] == workspace_key.FORMAT and data["version"] == 1 and len(data["workspace_id"]) == 32
    wrapped = data["wrapped"]
    assert (wrapped["kdf"], wrapped["iterations"], wrapped["memory_kib"], wrapped["lanes"]) == ("argon2id", 3, 65536, 4)
    assert len(base64.b64decode(wrapped["salt"])) == 16 and len(base64.b64decode(wrapped["nonce"])) == 12
    text = path.read_bytes()
    assert key.hex().encode() not in text and base64.b64encode(key) not in text and key not in text
    other = workspace_key.create(_new(tmp_path, "andere"), PASSPHRASE)
    assert len(key) == 32 and key != other
    print(f"\nArgon2id (3 x 64 MiB, 4 lanes) + wrap: {took * 1000:.0f} ms")


def test_wrong_passphrase_changes_nothing_and_the_user_may_try_again(tmp_path, fresh_process):
    ws = _new(tmp_path)
    key = workspace_key.create(ws, PASSPHRASE, cost=CHEAP)
    ctx = open_context(ws)
    people.add_professional(ctx, "Sanne de Vries")
    ctx.store.dispose()
    before = {p.name: p.read_bytes() for p in ws.root.iterdir() if p.is_file()}
    workspace_key.forget_in_process()
    for attempt in ("zomeravond aan ZEE", "", "x" * 200):
        with pytest.raises(workspace_key.WrongPassphrase) as wrong:
            workspace_key.unlock(ws, attempt)
        assert "klopt niet" in wrong.value.nl and "Wrong passphrase" in wrong.value.en
    with pytest.raises(workspace_key.Locked) as locked:
        open_context(ws)
    assert "versleuteld" in locked.value.nl and "encrypted" in locked.value.en
    assert {p.name: p.read_bytes() for p in ws.root.iterdir() if p.is_file()} == before
    assert workspace_key.unlock(ws, PASSPHRASE) == key
    ctx = open_context(ws)
    assert [p.name for p in people.list_professionals(ctx)] == ["Sanne de Vries"]
    ctx.store.dispose()


def test_one_argon2_run_per_process_and_workspace(tmp_path, fresh_process, monkeypatch):
    ws = _new(tmp_path)
    workspace_key.create(ws, PASSPHRASE, cost=CHEAP)
    open_context(ws).store.dispose()
    workspace_key.forget_in_process()
    runs = _argon2_runs(monkeypatch)
    monkeypatch.setenv(workspace_key.PASSPHRASE_ENV, PASSPHRASE)
    for _ in range(3):
        open_context(ws).store.dispose()
    assert len(runs) == 1


def test_changing_the_passphrase_rewraps_only(tmp_path, fresh_process):
    ws = _new(tmp_path)
    key = workspace_key.create(ws, PASSPHRASE, cost=CHEAP)
    ctx = open_context(ws)
    people.add_professional(ctx, "Sanne de Vries")
    ctx.store.dispose()
    database = (ws.root / "kijkwijzer.db").read_bytes()
    old = json.loads(ws.key_file.read_text(encoding="utf-8"))
    with pytest.raises(workspace_key.WrongPassphrase):
        workspace_key.change_passphrase(ws, "nieuw en lang genoeg", old="niet het oude")
    with pytest.raises(BadInput):
        workspace_key.change_passphrase(ws, "kort", old=PASSPHRASE)
    workspace_key.change_passphrase(ws, "nieuw en lang genoeg", old=PASSPHRASE)
    new = json.loads(ws.key_file.read_text(encoding="utf-8"))
    assert (ws.root / "kijkwijzer.db").read_bytes() == database  # nothing re-encrypted
    assert new["workspace_id"] == old["workspace_id"] and new["created"] == old["created"]
    assert new["wrapped"]["salt"] != old["wrapped"]["salt"] and new["wrapped"]["iterations"] == 3
    assert not list(ws.root.glob(".kijkwijzer.key.*")) and stat.S_IMODE(ws.key_file.stat().st_mode) == 0o600
    workspace_key.forget_in_process()
    with pytest.raises(workspace_key.WrongPassphrase):
        workspace_key.unlock(ws, PASSPHRASE)
    assert workspace_key.unlock(ws, "nieuw en lang genoeg") == key


@pytest.mark.parametrize("passphrase, fragment", [
    ("kort", "minstens 10"),
    ("          x", "minstens 10"),
    ("mijn-casusmap-2026", "naam van de werkmap"),
])
def test_a_new_passphrase_follows_the_rule(tmp_path, fresh_process, passphrase, fragment):
    ws = _new(tmp_path, "Casusmap")
    with pytest.raises(BadInput) as refused:
        workspace_key.create(ws, passphrase)
    assert fragment in refused.value.nl and refused.value.en
    assert not ws.key_file.exists()


def test_a_damaged_or_foreign_key_file_is_refused_with_nothing_changed(tmp_path, fresh_process):
    ws = _new(tmp_path)
    workspace_key.create(ws, PASSPHRASE, cost=CHEAP)
    open_context(ws).store.dispose()
    database = ws.db_file.read_bytes()
    for content in (b"{niet json", b'{"format": "iets anders"}', os.urandom(300)):
        ws.key_file.write_bytes(content)
        workspace_key.forget_in_process()
        with pytest.raises(StoreError) as refused:
            open_context(ws)
        assert "sleutelbestand" in refused.value.nl and "key file" in refused.value.en
    other = _new(tmp_path, "andere")
    workspace_key.create(other, PASSPHRASE, cost=CHEAP)
    ws.key_file.write_bytes(other.key_file.read_bytes())  # a key file of another workspace
    with pytest.raises(StoreError) as wrong_key:
        open_context(ws)
    assert "sleutel van deze werkmap" in wrong_key.value.nl and "this workspace's key" in wrong_key.value.en
    ws.key_file.unlink()
    with pytest.raises(StoreError) as keyless:
        open_context(ws)
    assert "sleutelbestand kijkwijzer.key ontbreekt" in keyless.value.nl
    assert ws.db_file.read_bytes() == database


def test_environment_passphrase_unlocks_and_a_wrong_one_says_where_it_came_from(tmp_path, fresh_process,
                                                                              monkeypatch):
    ws = _new(tmp_path)
    key = workspace_key.create(ws, PASSPHRASE, cost=CHEAP)
    workspace_key.forget_in_process()
    assert workspace_key.unlock_quietly(ws) is None  # no source: the user must be asked
    monkeypatch.setenv(workspace_key.PASSPHRASE_ENV, "een ander wachtwoord")
    with pytest.raises(workspace_key.WrongPassphrase) as wrong:
        workspace_key.unlock_quietly(ws)
    assert "KIJKWIJZER_PASSPHRASE" in wrong.value.nl
    monkeypatch.setenv(workspace_key.PASSPHRASE_ENV, PASSPHRASE)
    assert workspace_key.unlock_quietly(ws) == key


def test_no_keyring_here_means_the_passphrase_is_the_only_way(tmp_path, fresh_process):
    assert workspace_key.keyring_available() is False  # keyring's fail backend on this machine
    with pytest.raises(BadInput) as refused:
        workspace_key.create(_new(tmp_path), None)
    assert "sleutelbos" in refused.value.nl and "keyring" in refused.value.en


def test_the_keyring_keeps_the_key_and_unlocks_without_argon2(tmp_path, fresh_process, fake_keyring,
                                                              monkeypatch):
    assert workspace_key.keyring_available() is True
    ws = _new(tmp_path)
    key = workspace_key.create(ws, PASSPHRASE, remember=True, cost=CHEAP)
    found = workspace_key.read(ws)
    assert found.in_keyring and fake_keyring.entries == {("Kijkwijzer werkmap", found.workspace_id): key.hex()}
    workspace_key.forget_in_process()
    runs = _argon2_runs(monkeypatch)
    assert workspace_key.unlock_quietly(ws) == key and runs == []
    workspace_key.forget(ws)
    assert fake_keyring.entries == {} and not workspace_key.read(ws).in_keyring
    workspace_key.forget_in_process()
    assert workspace_key.unlock_quietly(ws) is None


def test_a_keyring_only_workspace_and_a_stale_keyring_entry(tmp_path, fresh_process, fake_keyring):
    ws = _new(tmp_path)
    key = workspace_key.create(ws, None)  # no passphrase: the key is in the keyring only
    assert not workspace_key.read(ws).has_passphrase
    ctx = open_context(ws)
    people.add_professional(ctx, "Sanne de Vries")
    ctx.store.dispose()
    with pytest.raises(BadInput):
        workspace_key.forget(ws)  # would lose the key
    workspace_key.forget_in_process()
    (entry,) = fake_keyring.entries
    fake_keyring.entries[entry] = os.urandom(32).hex()  # someone else's key under this name
    assert workspace_key.unlock_quietly(ws) is None
    fake_keyring.entries[entry] = key.hex()
    workspace_key.change_passphrase(ws, "nu toch een wachtwoord")  # add one, from the unlocked key
    workspace_key.forget_in_process()
    fake_keyring.entries.clear()
    assert workspace_key.unlock(ws, "nu toch een wachtwoord") == key
