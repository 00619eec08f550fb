"""Opening a workspace database: SQLite in WAL mode with synchronous=FULL, or PostgreSQL by URL.

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


def _on_sqlite_connect(folder: Path, dbapi_conn, _record) -> None:
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


def make_engine(url: str) -> Engine:
    """An engine for a SQLite file or a PostgreSQL server; any other URL is refused with a StoreError."""
    url = check_url(url)
    if url.startswith("sqlite"):
        folder = Path(make_url(url).database or ".").resolve().parent
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", partial(_on_sqlite_connect, folder))
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """The database of one workspace. `transaction()` is the only way services write."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def label(self) -> str:
        """The database as named in messages: the file, or the server and database (never a password)."""
        url = self.engine.url
        return str(url.database) if self.is_sqlite else f"{url.host or 'localhost'}/{url.database}"

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

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

    def dispose(self) -> None:
        self.engine.dispose()
