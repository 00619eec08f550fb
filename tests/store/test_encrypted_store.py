"""The single-user database is SQLCipher: none of what was written can be read in the database file, its
-wal or its -shm, before or after a checkpoint (and in a plain workspace the same scan does find it). Plain
workspaces of older versions keep opening; a team database has no key at all."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kijkwijzer.crypto import workspace_key
from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, people, recordings
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.store.engine import Store

PROFILE = "Woont sinds kort bij haar zus in Tiel; schulden bij de woningcorporatie"
ANNOTATION = "Zij kijkt weg wanneer het over de kinderen gaat"


def _write_texts(ctx, test_video) -> None:
    from tests.support.cases import build_case

    made = build_case(ctx, coach=None, client_real_name="Jozefien Quackenbosch", client_profile=PROFILE)
    as_pro = made.as_pro
    rec = recordings.import_recording(as_pro, made.conversation.id, test_video)
    annotations.add(as_pro, AnnotationDraft(rec.id, 1500, observation=ANNOTATION))


def _found(db: Path) -> dict[str, list[str]]:
    """Which of the texts each database file holds (UTF-8, as SQLite stores TEXT)."""
    found: dict[str, list[str]] = {}
    for suffix in ("", "-wal", "-shm"):
        path = db.with_name(db.name + suffix)
        data = path.read_bytes() if path.exists() else b""
        found[suffix or "db"] = [t for t in (PROFILE, ANNOTATION) if t.encode() in data or t[:24].encode() in data]
    return found


@pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)
def test_database_wal_and_shm_hold_none_of_the_texts(ctx, test_video):
    db = ctx.workspace.db_file
    assert ctx.store.encrypted and workspace_key.state(ctx.workspace) == "encrypted"
    _write_texts(ctx, test_video)
    assert (db.with_name(db.name + "-wal")).stat().st_size > 0  # the texts went through the log
    assert _found(db) == {"db": [], "-wal": [], "-shm": []}
    ctx.store.checkpoint()
    assert _found(db) == {"db": [], "-wal": [], "-shm": []}
    assert not db.read_bytes().startswith(b"SQLite format 3")


def test_the_same_scan_finds_the_texts_in_a_plain_workspace(plain_workspace, test_video):
    ctx = open_context(plain_workspace)
    try:
        assert not ctx.store.encrypted and workspace_key.state(plain_workspace) == "plain"
        _write_texts(ctx, test_video)
        before = _found(plain_workspace.db_file)
        ctx.store.checkpoint()
        after = _found(plain_workspace.db_file)
    finally:
        ctx.store.dispose()
    assert before["-wal"] == [PROFILE, ANNOTATION] and after["db"] == [PROFILE, ANNOTATION]


def test_a_plain_workspace_keeps_opening_and_is_offered_the_upgrade(plain_workspace):
    from kijkwijzer.services import workspace_upgrade

    ctx = open_context(plain_workspace)
    people.add_professional(ctx, "Sanne de Vries")
    ctx.store.dispose()
    ctx = open_context(plain_workspace)
    try:
        assert [p.name for p in people.list_professionals(ctx)] == ["Sanne de Vries"]
        assert workspace_upgrade.needed(ctx) and not plain_workspace.key_file.exists()
    finally:
        ctx.store.dispose()


def test_a_key_that_does_not_fit_is_one_clear_error(sqlite_workspace):
    from kijkwijzer.errors import StoreError

    open_context(sqlite_workspace).store.dispose()
    before = sqlite_workspace.db_file.read_bytes()
    with pytest.raises(StoreError) as refused:
        Store(sqlite_workspace.db_url, key=bytes(32)).engine.connect()
    assert "sleutel van deze werkmap" in refused.value.nl and "does not open" in refused.value.en
    assert sqlite_workspace.db_file.read_bytes() == before


@pytest.mark.postgres
@pytest.mark.parametrize("workspace", ["postgresql"], indirect=True)
def test_a_team_database_has_no_key(ctx):
    assert workspace_key.state(ctx.workspace) == "team" and not ctx.store.encrypted
    assert ctx.workspace.key_file is None
    people.add_professional(ctx, "Sanne de Vries")
    assert not list(ctx.workspace.root.rglob("*.key"))


def test_cost_of_encryption_against_plain_sqlite(tmp_path, plain_workspace, sqlite_workspace):
    """Prints open / write transaction / list query for SQLCipher next to plain SQLite (both through the same
    driver). Loose bounds only: the machine is shared; the numbers are the report."""
    results = {}
    for name, ws in (("plain", plain_workspace), ("sqlcipher", sqlite_workspace)):
        open_context(ws).store.dispose()
        timings = {"open": [], "write": [], "list": []}
        for _ in range(5):
            started = time.perf_counter()
            store = Store(ws.db_url)
            with store.read() as session:
                session.connection()
            timings["open"].append(time.perf_counter() - started)
            ctx = open_context(ws)
            for i in range(20):
                started = time.perf_counter()
                people.add_client(ctx, profile=f"profiel {i}")
                timings["write"].append(time.perf_counter() - started)
            started = time.perf_counter()
            people.list_clients(ctx) if hasattr(people, "list_clients") else people.list_professionals(ctx)
            timings["list"].append(time.perf_counter() - started)
            ctx.store.dispose()
            store.dispose()
        results[name] = {k: sorted(v)[len(v) // 2] * 1000 for k, v in timings.items()}
    print("\nmedian ms   " + "  ".join(f"{k:>6}" for k in ("open", "write", "list")))
    for name, row in results.items():
        print(f"{name:<10}  " + "  ".join(f"{row[k]:6.2f}" for k in ("open", "write", "list")))
    assert results["sqlcipher"]["write"] < 10 * results["plain"]["write"] + 50
