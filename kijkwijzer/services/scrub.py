"""After an erasure, make the storage forget: shred files, and flush deleted rows out of the database files.

Deleting a row is not enough for the promise "nothing remains" (issue 4, item 4):

* SQLite runs with `secure_delete=ON`, so the pages the DELETE freed are zeroed, but the old page images
  are still in the write-ahead log. `PRAGMA wal_checkpoint(TRUNCATE)` copies the zeroed pages into the
  database file and cuts the WAL to zero bytes. It cannot finish while another connection holds a read
  transaction, so it is retried and its result checked; a checkpoint that did not finish is reported.

* PostgreSQL keeps a deleted tuple in its heap page until VACUUM. Plain VACUUM frees the line pointer but
  compacts the page without zeroing the gap, so the text can stay in the table file (measured on
  PostgreSQL 15: a deleted last-inserted row survived `VACUUM`, not `VACUUM FULL`). Hence `VACUUM FULL`,
  which writes a new file with the live rows only; the old file is truncated at commit. VACUUM cannot run
  inside a transaction, so it uses an autocommit connection. Cost: an ACCESS EXCLUSIVE lock on each
  touched table for the (short) rewrite; other reviewers wait a moment. A tuple still visible to some
  other open transaction's snapshot is copied along, so a long-running transaction elsewhere on the same
  database delays the erasure from the table files until the next VACUUM FULL.

What PostgreSQL still may keep, and why that is or is not acceptable:

* WAL segments (pg_wal/): the INSERTs that wrote the texts are in the WAL. After `pg_switch_wal()` and a
  CHECKPOINT the segment is no longer needed; with `wal_recycle = off` PostgreSQL unlinks it (measured:
  nothing left in the data directory), with the default `wal_recycle = on` it renames the file for reuse
  and the old bytes stay until PostgreSQL overwrites them (within about max_wal_size of later writes).
  Both steps need superuser or the pg_checkpoint role plus EXECUTE on pg_switch_wal; without them the
  segments age out on the server's own schedule. Acceptable only with `wal_recycle = off`, or when the
  server disk is treated like the backups below (encrypted, access-controlled, overwritten soon).
* A WAL archive (archive_mode), replication slots or physical backups keep the data as long as their own
  retention. That is acceptable under the AVG only when that retention is short and documented and a
  restored backup is never used without re-applying the erasures (the audit log names the erased ids).
* Copies the workspace made itself: SQLite copies in backups/ from before a schema upgrade are named in the
  residue (they are whole databases at an older schema; deleting rows inside them is not attempted).
  Exports and backups written elsewhere are counted from the audit log (ErasureReport.exports_outside).
These are returned as `residue` lines so the user is told, not assumed to know.
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text

from kijkwijzer.store.engine import Store


def forget(store: Store, tables: list[str]) -> tuple[str, ...]:
    """Flush deleted rows out of the database files; returns what may still remain, as bilingual lines."""
    if store.is_sqlite:
        return checkpoint_sqlite(store)
    return _vacuum_postgres(store, tables)


def checkpoint_sqlite(store: Store, attempts: int = 50) -> tuple[str, ...]:
    database = Path(str(store.engine.url.database))
    wal = database.with_name(database.name + "-wal")
    for _ in range(attempts):
        # A raw DBAPI connection: through SQLAlchemy the engine's "begin" hook would wrap the pragma in
        # BEGIN IMMEDIATE, and a checkpoint inside a transaction fails with "database table is locked".
        raw = store.engine.raw_connection()
        try:
            cursor = raw.cursor()
            busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            cursor.close()
        finally:
            raw.close()
        if busy is not None and busy[0] == 0 and (not wal.exists() or wal.stat().st_size == 0):
            return ()
        time.sleep(0.1)
    return (("SQLite: het WAL-bestand kon niet worden geleegd (een andere verbinding leest nog); "
             "sluit andere vensters en draai 'privacy enforce-retention' opnieuw. / "
             "SQLite: the WAL file could not be emptied (another connection is still reading); "
             "close other windows and run 'privacy enforce-retention' again."),)


def _vacuum_postgres(store: Store, tables: list[str]) -> tuple[str, ...]:
    residue: list[str] = []
    with store.engine.execution_options(isolation_level="AUTOCOMMIT").connect() as conn:
        for table in tables:
            conn.execute(text(f'VACUUM FULL "{table}"'))
        settings = {name: conn.execute(text(f"SHOW {name}")).scalar() for name in ("wal_recycle", "archive_mode")}
        slots = conn.execute(text("SELECT count(*) FROM pg_replication_slots")).scalar() or 0
        try:
            conn.execute(text("SELECT pg_switch_wal()"))
            conn.execute(text("CHECKPOINT"))
            switched = True
        except Exception:  # noqa: BLE001 - lacking privilege is expected for an ordinary app role
            switched = False
    if not switched:
        residue.append("PostgreSQL: geen recht op CHECKPOINT/pg_switch_wal; oude WAL-segmenten verdwijnen pas "
                       "bij het eigen schema van de server. / PostgreSQL: no privilege for CHECKPOINT/"
                       "pg_switch_wal; old WAL segments go on the server's own schedule.")
    if settings["wal_recycle"] == "on":
        residue.append("PostgreSQL: wal_recycle=on: oude WAL-segmenten worden hergebruikt, niet gewist, tot ze "
                       "overschreven zijn (zet wal_recycle=off). / PostgreSQL: wal_recycle=on: old WAL segments "
                       "are reused, not wiped, until overwritten (set wal_recycle=off).")
    if settings["archive_mode"] != "off" or slots:
        residue.append("PostgreSQL: WAL-archief of replicatie bewaart de gegevens zo lang als hun eigen "
                       "bewaartermijn. / PostgreSQL: a WAL archive or replication keeps the data for its own "
                       "retention period.")
    return tuple(residue)


def upgrade_backups(backup_dir: Path) -> tuple[str, ...]:
    """Copies of the database made before a schema upgrade still hold what was erased since; say so."""
    copies = sorted(p.name for p in backup_dir.glob("*") if p.is_file()) if backup_dir.is_dir() else []
    if not copies:
        return ()
    return ((f"{len(copies)} database-kopie(ën) in {backup_dir} (gemaakt vóór een upgrade) bevatten nog "
             f"gegevens van vóór het wissen; verwijder ze als de upgrade goed is gegaan. / {len(copies)} database "
             f"copies in {backup_dir} (made before an upgrade) still hold data from before the erasure; delete "
             f"them once the upgrade is known to be good."),)
