"""Opening a workspace database: SQLite (SQLCipher) in WAL mode with synchronous=FULL, or PostgreSQL by URL.

A single-user workspace's SQLite file is encrypted with SQLCipher: every connection's first statement is
`PRAGMA key` with the raw 256-bit workspace key (crypto/workspace_key.py; raw, so SQLCipher runs no PBKDF2
per connection), and a key that does not open the file is one clear StoreError. A plain database of an older
version opens through the same driver without a key (until the user encrypts it, services/workspace_upgrade).

Every acknowledged commit must survive kill -9 and power loss, so SQLite runs with
synchronous=FULL; secure_delete makes erased rows unrecoverable from freed pages. On a (nearly) full disk
SQLite keeps its WAL index in memory (exclusive locking), so a withdrawal can still be opened and recorded
once its files are erased. Failures reach the caller as StoreError (see failures.py).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from .failures import check_url, translated
from .keyed import connect_file, open_keyed

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA busy_timeout=10000",
)
NEARLY_FULL_BYTES = 1 << 20  # below this, the WAL index (-shm, 32 KiB and more) may not fit on the disk


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _on_sqlite_connect(folder: Path, key: bytes | None, name: str, dbapi_conn, _record) -> None:
    open_keyed(dbapi_conn, key, name)
    # Let SQLAlchemy issue BEGIN itself (pysqlite's own transaction handling is off).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    if _nearly_full(folder):  # no room for a -shm file: keep the WAL index in this process's memory
        cursor.execute("PRAGMA locking_mode=EXCLUSIVE")
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _on_sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, key: bytes | None = None) -> Engine:
    """An engine for a SQLite file (through SQLCipher; encrypted when `key` is given) or a PostgreSQL server;
    any other URL is refused with a StoreError."""
    url = check_url(url)
    if url.startswith("sqlite"):
        from sqlcipher3 import dbapi2

        database = make_url(url).database or ""
        folder = Path(database or ".").resolve().parent
        engine = create_engine(url, module=dbapi2, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", partial(_on_sqlite_connect, folder, key, database))
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """The database of one workspace. `transaction()` is the only way services write."""

    def __init__(self, url: str, key: bytes | None = None) -> None:
        """`key`: the workspace key of an encrypted SQLite file; when None it is looked up (a plain or new
        file needs none, an encrypted one the key this process unlocked: Locked otherwise)."""
        self.url = url
        if key is None:
            key = _key_for(url)
        self._key = key
        self.engine = make_engine(url, key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def label(self) -> str:
        """The database as named in messages: the file, or the server and database (never a password)."""
        url = self.engine.url
        return str(url.database) if self.is_sqlite else f"{url.host or 'localhost'}/{url.database}"

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def encrypted(self) -> bool:
        """True for an SQLCipher database opened with the workspace key."""
        return self._key is not None

    def connect_file(self, path: Path, **kwargs):
        """A raw connection to another SQLite file, keyed like this store (a backup copy of it)."""
        return connect_file(Path(path), self._key, **kwargs)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success (durably), rolls back on any exception."""
        with translated(self.label), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translated(self.label), self._sessions() as session:
            yield session

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file and truncate it (used after erasure)."""
        if self.is_sqlite:
            raw = self.engine.raw_connection()  # no SQLAlchemy BEGIN around the pragma
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()

    def use_password(self, password: str) -> None:
        """Connect with a new password from now on (a team member just changed their login's password): new
        connections would be refused with the old one. Connections already open are closed when returned."""
        old = self.engine
        self.url = old.url.set(password=password).render_as_string(hide_password=False)
        self.engine = make_engine(self.url, self._key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        old.dispose()

    def dispose(self) -> None:
        self.engine.dispose()


def _key_for(url: str) -> bytes | None:
    if not url.startswith("sqlite"):
        return None
    try:
        database = make_url(url).database
    except Exception:  # noqa: BLE001 - make_engine refuses the URL with a clear message
        return None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    from kijkwijzer.crypto.workspace_key import key_for_database

    return key_for_database(Path(database).resolve())
