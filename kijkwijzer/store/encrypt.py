"""Encrypting a plain SQLite database where it lies: the database step of the one-time upgrade of an older
workspace (services/workspace_upgrade.py), also used for the plain copies in backups/.

`sqlcipher_export` copies the plain file into a new encrypted file beside it (`kijkwijzer.db.versleutelen`),
which is checked (integrity, HMAC of every page, row count per table) and made durable; then the plain file
gets a second name (`kijkwijzer.db.onversleuteld`), the encrypted one is moved over `kijkwijzer.db` in one
atomic rename, and the plain bytes are overwritten through that second name. A kill at any moment leaves
either the plain database or the encrypted one in place, never neither; running it again finishes the job.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from kijkwijzer.crypto.workspace_key import is_plain_database
from kijkwijzer.errors import StoreError
from kijkwijzer.files import fsync_dir, overwrite_fd, shred_file
from kijkwijzer.workspace import ENCRYPTING_SUFFIX, PLAIN_SUFFIX

from .keyed import connect_file

_SCHEMA = "versleuteld"


def _in_use(path: Path) -> StoreError:
    return StoreError(
        f"De database {path} is in gebruik door een ander programma (een ander Kijkwijzer-venster?). Sluit dat "
        "eerst en probeer het opnieuw; er is niets gewijzigd.",
        f"The database {path} is in use by another program (another Kijkwijzer window?). Close it first and "
        "try again; nothing was changed.",
    )


def _check_failed(path: Path, why: str) -> StoreError:
    return StoreError(
        f"De versleutelde kopie van {path} klopt niet ({why}); de database is onversleuteld gebleven en er is "
        "niets verloren.",
        f"The encrypted copy of {path} does not match ({why}); the database stayed unencrypted and nothing "
        "was lost.",
    )


def finish_leftovers(db_file: Path) -> None:
    """Clean up after a kill: a plain second name is overwritten once the encrypted file is in place (or just
    dropped while it is still the live file); a half-made encrypted copy is removed."""
    db_file = Path(db_file)
    plain = db_file.with_name(db_file.name + PLAIN_SUFFIX)
    if plain.exists():
        if db_file.exists() and os.path.samefile(plain, db_file):
            plain.unlink()  # killed between the second name and the swap: the plain file is still the live one
        elif not db_file.exists():
            os.replace(plain, db_file)  # never made by this module, but do not lose a database
        else:
            shred_file(plain)
        fsync_dir(db_file.parent)
    if not is_plain_database(db_file):
        _discard(db_file.with_name(db_file.name + ENCRYPTING_SUFFIX))


def encrypt_database(db_file: Path, key: bytes) -> bool:
    """Encrypt the plain database `db_file` with the workspace key; False when it was encrypted already
    (leftovers of an interrupted run are finished first). StoreError when another program uses it."""
    db_file = Path(db_file)
    finish_leftovers(db_file)
    if not db_file.exists() or not is_plain_database(db_file):
        return False
    target = db_file.with_name(db_file.name + ENCRYPTING_SUFFIX)
    _discard(target)  # ciphertext from an interrupted run: simply made again
    conn = connect_file(db_file, None, isolation_level=None, timeout=10)
    try:
        _quiesce(conn, db_file)
        counts = _table_counts(conn, "main")
        conn.execute(f"ATTACH DATABASE ? AS {_SCHEMA} KEY \"x'{key.hex()}'\"", (str(target),))
        try:
            conn.execute(f"SELECT sqlcipher_export('{_SCHEMA}')").fetchall()
            for pragma in ("user_version", "application_id"):
                value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                conn.execute(f"PRAGMA {_SCHEMA}.{pragma} = {value}")
        finally:
            conn.execute(f"DETACH DATABASE {_SCHEMA}")
    finally:
        conn.close()
    for log in ("-wal", "-shm"):  # none after journal_mode=DELETE; never let a stale log meet the new file
        shred_file(db_file.with_name(db_file.name + log))
    _verify(target, key, counts, db_file)
    _swap(db_file, target)
    return True


def _quiesce(conn, db_file: Path) -> None:
    """Fold the WAL into the file, overwrite the log's plain frames, leave journal mode WAL: afterwards the
    database is one file and nobody else has it open (StoreError otherwise, nothing changed)."""
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()[0]
    except Exception as error:  # "database is locked"
        raise _in_use(db_file) from error
    if busy:
        raise _in_use(db_file)
    wal = db_file.with_name(db_file.name + "-wal")
    if wal.exists():
        try:
            conn.execute("BEGIN IMMEDIATE")  # no other writer can append frames while they are overwritten
        except Exception as error:
            raise _in_use(db_file) from error
        try:
            fd = os.open(wal, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
            try:  # every frame is in the database now (FULL checkpoint): SQLite never reads them again
                overwrite_fd(fd, os.fstat(fd).st_size)
            finally:
                os.close(fd)
        finally:
            conn.execute("COMMIT")
    mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    if str(mode).lower() != "delete":
        raise _in_use(db_file)


def _table_counts(conn, schema: str) -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]) for name in names}


def _verify(target: Path, key: bytes, counts: dict[str, int], db_file: Path) -> None:
    conn = connect_file(target, key, isolation_level=None)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise _check_failed(db_file, "integrity_check")
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise _check_failed(db_file, "cipher_integrity_check")
        found = _table_counts(conn, "main")
        if found != counts:
            differ = sorted(name for name in set(found) | set(counts) if found.get(name) != counts.get(name))
            raise _check_failed(db_file, "rijen / rows: " + ", ".join(differ[:5]))
    finally:
        conn.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _swap(db_file: Path, target: Path) -> None:
    """The encrypted file takes the database's name in one rename; then the plain bytes are overwritten."""
    plain = db_file.with_name(db_file.name + PLAIN_SUFFIX)
    try:
        os.link(db_file, plain)
    except OSError as error:  # no hard links here (FAT, some shares): overwrite through an open handle
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
            raise
        with open(db_file, "r+b") as old:
            os.replace(target, db_file)
            fsync_dir(db_file.parent)
            overwrite_fd(old.fileno(), os.fstat(old.fileno()).st_size)
        return
    fsync_dir(db_file.parent)
    os.replace(target, db_file)
    fsync_dir(db_file.parent)
    shred_file(plain)
    fsync_dir(db_file.parent)


def _discard(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        try:
            leftover.unlink()
        except FileNotFoundError:
            pass

