"""Workspace backup to one file and restore into an empty workspace (format in exchange/backup.py).

Restore refuses a workspace that holds any row; files are checked (size, SHA-256) before a single row is
written, the rows go in in one transaction, and the files are moved into place only after it commits.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.exc import DataError, IntegrityError, StatementError
from sqlalchemy.orm import Session

from kijkwijzer.errors import BadInput, NotFound, StoreError
from kijkwijzer.exchange import backup
from kijkwijzer.store.migrate import MIGRATIONS, head_revision
from kijkwijzer.store.models import Base

from . import audit
from .context import Context
from .exchange import cannot_write

BATCH = 500


@dataclass(frozen=True)
class BackupResult:
    path: Path
    rows: int
    files: int
    media: bool


def _areas(ctx: Context, media: bool) -> dict[str, Path]:
    ws = ctx.workspace
    areas = {"stills": ws.stills_dir, "forms": ws.forms_dir}
    if media:
        areas["vault"] = ws.vault_dir
    return areas


def create_backup(ctx: Context, out: Path, *, include_media: bool = False) -> BackupResult:
    """One zip with every table and the stills and consent forms; the recordings too with `include_media`."""
    out = Path(out)
    if not out.parent.is_dir():
        raise NotFound(f"Map bestaat niet: {out.parent}", f"Folder does not exist: {out.parent}")
    temporary = out.with_name(f".{out.name}.{os.getpid()}.deel")
    try:
        with ctx.store.read() as session:  # a short snapshot; copying the files happens after it
            if not ctx.store.is_sqlite:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            dump = backup.dump_tables(session, list(Base.metadata.sorted_tables))
        try:
            manifest = backup.write_backup(
                dump, head_revision(), _areas(ctx, include_media), temporary, include_media
            )
        except OSError as error:  # disk full, no permission, a media file that vanished meanwhile
            raise cannot_write(out, error) from error
        with ctx.transaction() as session:
            audit.record(
                session,
                ctx.actor,
                "backup",
                "workspace",
                None,
                f"{out.name}, {'met' if include_media else 'zonder'} opnamen",
            )
        try:
            os.replace(temporary, out)
        except OSError as error:
            raise cannot_write(out, error) from error
    finally:
        temporary.unlink(missing_ok=True)
    return BackupResult(out, sum(manifest.tables.values()), len(manifest.files), include_media)


def _is_empty(session: Session) -> bool:
    return all(
        (session.scalar(select(func.count()).select_from(t)) or 0) == 0 for t in Base.metadata.sorted_tables
    )


def _known_revision(revision: str) -> bool:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return revision in {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def _reset_sequences(session: Session) -> None:
    """PostgreSQL: after explicit ids, let the next insert continue after the highest id."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].autoincrement in (True, "auto") and pk[0].type.python_type is int:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                    f"COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 1), "
                    f"(SELECT MAX({pk[0].name}) FROM {table.name}) IS NOT NULL)"
                )
            )


def restore_backup(ctx: Context, path: Path) -> BackupResult:
    path = Path(path)
    if not path.is_file():
        raise NotFound(f"Bestand niet gevonden: {path}", f"File not found: {path}")
    zf, manifest = backup.open_backup(path)
    staging = ctx.workspace.media_dir / f".herstel-{os.getpid()}"
    keep_staging = False
    try:
        if manifest.revision != head_revision() and not _known_revision(manifest.revision):
            raise BadInput(
                "Deze reservekopie komt uit een nieuwere Kijkwijzer; werk eerst bij.",
                "This backup comes from a newer Kijkwijzer; update first.",
            )
        known = {t.name for t in Base.metadata.sorted_tables}
        strange = sorted(set(manifest.tables) - known)
        if strange:
            raise BadInput(
                f"Reservekopie bevat onbekende tabellen: {', '.join(strange)}",
                f"Backup contains unknown tables: {', '.join(strange)}",
            )
        areas = _areas(ctx, True)
        if any(e.area not in areas for e in manifest.files):
            raise BadInput(
                "Reservekopie bevat bestanden buiten de werkmap.",
                "Backup contains files outside the workspace.",
            )
        with ctx.store.read() as session:
            if not _is_empty(session):
                raise BadInput(
                    "Terugzetten kan alleen in een lege werkmap; deze bevat al gegevens.",
                    "Restore only into an empty workspace; this one already holds data.",
                )
        tables = {
            t.name: backup.read_table(zf, t, manifest)
            for t in Base.metadata.sorted_tables
            if t.name in manifest.tables
        }
        staging.mkdir(parents=True, exist_ok=True)
        backup.extract_files(zf, manifest, staging)
        rows = 0
        with ctx.transaction() as session:
            if not _is_empty(session):  # someone wrote meanwhile
                raise BadInput("De werkmap is intussen niet meer leeg.", "The workspace is no longer empty.")
            try:
                for table in Base.metadata.sorted_tables:
                    data = tables.get(table.name, [])
                    for start in range(0, len(data), BATCH):
                        session.execute(table.insert(), data[start : start + BATCH])
                    rows += len(data)
                session.flush()
            except (IntegrityError, DataError, StatementError) as error:
                raise BadInput(
                    "Reservekopie onbruikbaar: de gegevens erin kloppen niet onderling (beschadigd?).",
                    "Backup unusable: its data is inconsistent (damaged?).",
                ) from error
            _reset_sequences(session)
            audit.record(
                session,
                ctx.actor,
                "backup.restore",
                "workspace",
                None,
                f"{path.name}: {rows} rijen, {len(manifest.files)} bestanden",
            )
        try:
            files = backup.place_files(staging, areas)
        except OSError as error:  # the rows are in; keep the checked files where the user can move them
            keep_staging = True
            raise StoreError(
                f"De gegevens zijn teruggezet, maar niet alle bestanden: ze staan nog in {staging} ({error.strerror}).",
                f"The data was restored, but not all files: they are still in {staging} ({error.strerror}).",
            ) from error
    finally:
        zf.close()
        if not keep_staging:
            shutil.rmtree(staging, ignore_errors=True)
    return BackupResult(path, rows, files, manifest.media)
