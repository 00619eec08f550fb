"""The store: an empty database is upgraded to the current schema on SQLite and PostgreSQL,
SQLite runs in WAL with synchronous=FULL, and a database from a newer release is refused untouched."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect, text

from kijkwijzer.errors import StoreError
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.store.migrate import SCHEMA_HEAD, current_revision, head_revision, in_models, upgrade
from kijkwijzer.store.models import Base


def test_empty_database_is_upgraded_to_every_table(ctx):
    tables = set(inspect(ctx.store.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert current_revision(ctx.store) == head_revision() == SCHEMA_HEAD


def test_migration_matches_the_models(ctx):
    """Autogenerate finds nothing to do: every model change has its Alembic step (the search index of 0006 is
    kept by SQL of its own, outside the models)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with ctx.store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": in_models}), Base.metadata)
    assert diff == []


def test_sqlite_is_wal_with_full_sync_and_secure_delete(sqlite_workspace):
    ctx = open_context(sqlite_workspace)
    with ctx.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_database_from_newer_release_is_refused_and_left_alone(sqlite_workspace):
    ctx = open_context(sqlite_workspace)
    with ctx.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    ctx.store.dispose()
    db_file = sqlite_workspace.root / "kijkwijzer.db"
    before = db_file.read_bytes()
    with pytest.raises(StoreError) as raised:
        open_context(sqlite_workspace)
    assert "nieuwere versie" in raised.value.nl and "newer" in raised.value.en
    assert db_file.read_bytes() == before


def test_upgrade_of_an_older_database_backs_up_first(sqlite_workspace, monkeypatch):
    """An existing database at an older revision is copied to backups/ before Alembic touches it."""
    from alembic import command

    from kijkwijzer.store import migrate

    ctx = open_context(sqlite_workspace)
    ctx.store.dispose()
    # Pretend the database is one step behind by stamping it at 'base' with its tables dropped.
    cfg = migrate._config()
    with ctx.store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")  # leaves an empty alembic_version table
        conn.execute(text("CREATE TABLE legacy_marker (note TEXT)"))
        conn.execute(text("INSERT INTO legacy_marker VALUES ('van vorige versie')"))
    monkeypatch.setattr(migrate, "current_revision", lambda store: "0000_previous")
    monkeypatch.setattr(migrate, "_known", lambda script, rev: True)
    backup = upgrade(ctx.store, sqlite_workspace.backup_dir)
    assert backup is not None and backup.exists()
    copy = ctx.store.connect_file(backup)  # the copy is encrypted with the same workspace key
    try:
        assert copy.execute("SELECT note FROM legacy_marker").fetchone() == ("van vorige versie",)
    finally:
        copy.close()
    with pytest.raises(sqlite3.DatabaseError):  # and no plain SQLite file
        sqlite3.connect(backup).execute("SELECT count(*) FROM sqlite_master").fetchall()
