"""Issue 11, item 5: someone else's database is not silently adopted (our tables were created beside theirs and
the file switched to WAL), and an empty alembic_version table gets a message instead of a crash. Refused means
the file is left byte for byte as it was."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import create_engine, inspect, text

from kijkwijzer.errors import StoreError
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_foreign_sqlite_database_is_refused_and_left_alone(tmp_path):
    ws = Workspace.at(tmp_path / "werkmap")
    ws.root.mkdir()
    with sqlite3.connect(ws.root / "kijkwijzer.db") as conn:
        conn.execute("CREATE TABLE facturen (id INTEGER PRIMARY KEY, bedrag REAL)")
        conn.execute("INSERT INTO facturen (bedrag) VALUES (12.5)")
    conn.close()
    before = _digest(ws.root / "kijkwijzer.db")

    with pytest.raises(StoreError, match="geen Kijkwijzer-database") as refused:
        open_context(ws)

    assert "facturen" in refused.value.nl and "not a Kijkwijzer database" in refused.value.en
    assert _digest(ws.root / "kijkwijzer.db") == before
    assert sorted(p.name for p in ws.root.iterdir() if p.is_file()) == ["kijkwijzer.db"]


def test_an_alembic_database_of_another_program_is_refused(tmp_path):
    ws = Workspace.at(tmp_path / "werkmap")
    ws.root.mkdir()
    with sqlite3.connect(ws.root / "kijkwijzer.db") as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('abc123')")
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    conn.close()
    before = _digest(ws.root / "kijkwijzer.db")
    with pytest.raises(StoreError, match="geen Kijkwijzer-database"):
        open_context(ws)
    assert _digest(ws.root / "kijkwijzer.db") == before


def test_an_empty_schema_version_gets_a_message(sqlite_workspace):
    ctx = open_context(sqlite_workspace)
    ctx.store.dispose()
    db = sqlite_workspace.root / "kijkwijzer.db"
    with ctx.store.connect_file(db) as conn:  # the workspace key: the database is encrypted
        conn.execute("DELETE FROM alembic_version")
    conn.close()
    before = _digest(db)
    with pytest.raises(StoreError, match="lege schemaversie") as refused:
        open_context(sqlite_workspace)
    assert "empty schema version" in refused.value.en
    assert _digest(db) == before


def test_an_empty_file_is_a_new_workspace(sqlite_workspace):
    sqlite_workspace.root.mkdir(parents=True, exist_ok=True)
    (sqlite_workspace.root / "kijkwijzer.db").touch()
    ctx = open_context(sqlite_workspace)
    try:
        with ctx.store.read() as session:
            assert session.execute(text("SELECT count(*) FROM recordings")).scalar() == 0
    finally:
        ctx.store.dispose()


@pytest.mark.postgres
def test_a_foreign_postgresql_database_is_refused(postgres_server, tmp_path):
    url = postgres_server.create_database(f"kw_vreemd_{id(tmp_path)}")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE klanten (id serial PRIMARY KEY, naam text)"))
    with pytest.raises(StoreError, match="geen Kijkwijzer-database"):
        open_context(Workspace.from_url(url, tmp_path / "media"))
    with engine.connect() as conn:
        assert inspect(conn).get_table_names() == ["klanten"]
    engine.dispose()
