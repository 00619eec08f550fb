"""Schema upgrades: Alembic steps, a backup before every upgrade of an existing database,
and a clear refusal of a database written by a newer Kijkwijzer, of someone else's database and of an
empty schema version (nothing is changed in those)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from kijkwijzer.errors import StoreError

from .engine import Store
from .failures import refuse_foreign

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration's revision id. Opening a database already at this revision skips importing
# Alembic (0.6 s of start-up); tests/store/test_schema.py checks it equals Alembic's head.
SCHEMA_HEAD = "0006_search"


# The search index of migration 0006 is kept by SQL of its own, not by the models: the SQLite FTS5 table (and its
# shadow tables search_text_data, ..._idx, ...) and the PostgreSQL expression indexes ix_search_*.
_SEARCH_INDEX = {"table": "search_text", "index": "ix_search_"}


def in_models(name: str | None, type_: str, _parents: object = None) -> bool:
    """Alembic's `include_name`: whether an object of the database is one the models describe (not the search
    index), so comparing the models with the database (autogenerate) leaves the search index alone."""
    prefix = _SEARCH_INDEX.get(type_)
    return prefix is None or not (name or "").startswith(prefix)


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(store: Store) -> str | None:
    """The schema revision; None for an empty database. StoreError for a database that is not ours."""
    with store.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        versions: list[tuple[str | None, ...]] = []
        if "alembic_version" in names:
            found = conn.scalars(text("SELECT version_num FROM alembic_version"))
            versions = [(version,) for version in found]
    refuse_foreign(names, versions, store.label)
    return versions[0][0] if versions else None


def backup_sqlite(store: Store, backup_dir: Path, tag: str) -> Path:
    """A consistent copy through SQLite's online backup API (safe while WAL holds data). The copy of an
    encrypted database is encrypted with the same workspace key (SQLCipher copies page by page between two
    files keyed alike), so no plaintext copy ever lands in backups/."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    db_path = Path(store.engine.url.database or "")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{db_path.stem}-{tag}-{stamp}.db"
    src = store.connect_file(db_path)
    try:
        dst = store.connect_file(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(store: Store, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head; returns the backup made first, if any."""
    current = current_revision(store)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    if current == script.get_current_head():
        return None
    if current is not None and not _known(script, current):
        raise StoreError(
            f"Deze werkmap is gemaakt met een nieuwere versie van Kijkwijzer (schema {current}). "
            "Werk Kijkwijzer bij; er is niets gewijzigd.",
            f"This workspace was written by a newer Kijkwijzer (schema {current}). "
            "Please update Kijkwijzer; nothing was changed.",
        )
    backup = None
    if current is not None:
        backup = _backup(store, backup_dir, current)
    cfg = _config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:  # a revision it has never seen: a newer release wrote this database
        return False


def _backup(store: Store, backup_dir: Path | None, current: str) -> Path | None:
    if store.is_sqlite:
        db_path = Path(store.engine.url.database or "")
        return backup_sqlite(store, backup_dir or db_path.parent / "backups", current)
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None or backup_dir is None:
        raise StoreError(
            "Kan geen back-up maken vóór de schema-upgrade (pg_dump of back-upmap ontbreekt); er is niets gewijzigd.",
            "Cannot back up before the schema upgrade (pg_dump or backup folder missing); nothing was changed.",
        )
    import subprocess

    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"kijkwijzer-{current}-{datetime.now():%Y%m%d-%H%M%S}.sql"
    url = store.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    subprocess.run([pg_dump, "--file", str(target), url], check=True)
    return target
