"""Opening an SQLCipher file with the workspace's raw key: the key as the connection's very first statement, and a
key that does not open the file as one clear StoreError (used by the engine, the checks before it and the upgrade)."""

from __future__ import annotations

from pathlib import Path

from kijkwijzer.errors import StoreError


def wrong_key(name: str) -> StoreError:
    return StoreError(
        f"De database {name} gaat niet open met de sleutel van deze werkmap: het sleutelbestand hoort bij een "
        "andere database, of de database is beschadigd. Er is niets gewijzigd.",
        f"The database {name} does not open with this workspace's key: the key file belongs to another "
        "database, or the database is damaged. Nothing was changed.",
    )


def key_pragma(key: bytes) -> str:
    """The statement that opens an SQLCipher file with a raw key (no passphrase derivation)."""
    if len(key) != 32:
        raise ValueError("a workspace key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def open_keyed(dbapi_conn, key: bytes | None, name: str) -> None:
    """Apply the key as the connection's very first statement and prove it opens the file."""
    cursor = dbapi_conn.cursor()
    try:
        if key is not None:
            cursor.execute(key_pragma(key))
        cursor.execute("PRAGMA cipher_log_level = NONE")  # no 'hmac check failed' lines on stderr
        if key is not None:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except Exception as error:
        cursor.close()
        if key is not None and "not a database" in str(error):
            dbapi_conn.close()
            raise wrong_key(name) from error
        raise
    cursor.close()


def connect_file(path: Path, key: bytes | None, **kwargs):
    """A raw SQLCipher connection to `path`, opened with `key` (None: a plain file)."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(path), **kwargs)
    open_keyed(conn, key, str(path))
    return conn


