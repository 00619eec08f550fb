"""Workspace backup to one file and restore into an empty workspace (format in exchange/backup.py).

The backup is never written onto the workspace's own files and appears atomically (export_target.py).
Restore refuses a workspace that holds any row; every value is checked against its column's type, file names
in rows and in the zip must be plain names (a `vault_name` of `../../x.mp4` would make the report read outside
the vault), files already in the media folders are never overwritten, files are checked (size, SHA-256)
before a single row is written, the rows go in in one transaction, and the files are moved into place only
after it commits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.exc import DataError, IntegrityError, StatementError
from sqlalchemy.orm import Session

from kijkwijzer.errors import BadInput, NotAllowed, StoreError
from kijkwijzer.exchange import backup
from kijkwijzer.files import require_regular_file
from kijkwijzer.store.migrate import MIGRATIONS, head_revision
from kijkwijzer.store.models import Base, Case, Reviewer

from . import audit, leftovers
from .context import Actor, Context
from .export_target import check_target, written

BATCH = 500
_PLAIN = re.compile(r"[\w\-][\w.\-]{0,199}", re.ASCII)  # one file name, no path, no leading dot
_SHA256 = re.compile(r"[0-9a-f]{64}")
_VAULT_NAME = re.compile(r"[0-9a-f]{64}\.[a-z0-9]{1,8}")
# Columns that name a file in the media folders: what a restored row may hold there.
NAME_COLUMNS = {
    ("recordings", "sha256"): _SHA256,
    ("recordings", "vault_name"): _VAULT_NAME,
    ("annotations", "still_name"): _PLAIN,
    ("consents", "form_name"): _PLAIN,
    ("pending_erasures", "name"): _PLAIN,
}


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


def require_may_back_up(session: Session, actor: Actor) -> None:
    """A backup holds the whole workspace: every case, real name, consent form and (with media) recording.
    So only the system (the CLI without --as) or the workspace's own professional may make one: a reviewer
    with role "professional" to whom every case in the workspace belongs. A coach, researcher, colleague or
    learning group (even one named in a consent) gets NotAllowed, and so does a professional when the
    workspace also holds another professional's cases."""
    if actor.reviewer_id is None:
        return
    reviewer = session.get(Reviewer, actor.reviewer_id)
    if reviewer is None or reviewer.role != "professional" or reviewer.professional_id is None:
        raise NotAllowed(
            f"Alleen de professional van deze werkmap kan een reservekopie maken; {actor.name} is dat niet. "
            "Een reservekopie bevat alle casussen, namen en opnamen.",
            f"Only this workspace's professional can make a backup; {actor.name} is not. "
            "A backup holds every case, name and recording.",
        )
    others = session.scalar(select(func.count()).select_from(Case)
                            .where(Case.professional_id != reviewer.professional_id)) or 0
    if others:
        raise NotAllowed(
            f"Deze werkmap bevat ook casussen van een andere professional ({others}); een reservekopie van "
            "alles kan alleen het systeem maken (de beheerder).",
            f"This workspace also holds another professional's cases ({others}); only the system (the "
            "administrator) can make a backup of everything.",
        )


def create_backup(ctx: Context, out: Path, *, include_media: bool = False) -> BackupResult:
    """One zip with every table and the stills and consent forms; the recordings too with `include_media`.

    Who may: see require_may_back_up (the system, or the professional whose workspace it is); checked
    before any work and again in the transaction that writes the audit row."""
    with ctx.store.read() as session:
        require_may_back_up(session, ctx.actor)
    out = check_target(ctx.workspace, Path(out))
    with written(ctx.workspace, out) as temporary:  # erased if anything fails or the process is killed
        with ctx.store.read() as session:  # a short snapshot; copying the files happens after it
            if not ctx.store.is_sqlite:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            dump = backup.dump_tables(session, list(Base.metadata.sorted_tables))
        manifest = backup.write_backup(dump, head_revision(), _areas(ctx, include_media), temporary, include_media)
        with ctx.transaction() as session:
            require_may_back_up(session, ctx.actor)
            audit.record(
                session,
                ctx.actor,
                "backup",
                "workspace",
                None,
                f"{out.name}, {'met' if include_media else 'zonder'} opnamen",
            )
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


def _check_names(manifest: backup.Manifest, tables: dict[str, list[dict]]) -> None:
    """File names in the zip and in the rows are plain names in their folder, never a path."""
    bad = [f"{e.area}/{e.name}" for e in manifest.files
           if not (_VAULT_NAME if e.area == "vault" else _PLAIN).fullmatch(e.name)]
    for (table, column), pattern in NAME_COLUMNS.items():
        bad += [f"{table}.{column} = {row[column]!r}" for row in tables.get(table, [])
                if row.get(column) is not None and not pattern.fullmatch(row[column])]
    for row in tables.get("recordings", []):
        if not str(row.get("vault_name", "")).startswith(f"{row.get('sha256')}."):
            bad.append(f"recordings.vault_name = {row.get('vault_name')!r}")
    if bad:
        shown = ", ".join(bad[:3])[:300]
        raise BadInput(f"Reservekopie onbruikbaar: onveilige bestandsnaam ({shown}); er is niets teruggezet.",
                       f"Backup unusable: unsafe file name ({shown}); nothing was restored.")


def restore_backup(ctx: Context, path: Path) -> BackupResult:
    path = Path(path)
    require_regular_file(path)  # NotFound, or BadInput for a folder or a FIFO (which would hang)
    zf, manifest = backup.open_backup(path)
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
        _check_names(manifest, tables)
        taken = backup.existing_conflicts(manifest, areas)
        if taken:
            shown = ", ".join(taken[:3])
            raise BadInput(
                f"Terugzetten zou bestaande bestanden overschrijven ({shown}); er is niets teruggezet. "
                "Kies een lege werkmap.",
                f"Restoring would overwrite existing files ({shown}); nothing was restored. Choose an empty workspace.",
            )
        with leftovers.staging_folder(ctx.workspace) as staging:
            backup.extract_files(zf, manifest, staging)
            rows = _insert_rows(ctx, tables, path, len(manifest.files))
            try:
                files = backup.place_files(staging, areas, manifest)
            except OSError as error:  # the rows are in; keep the checked files where the user can move them
                kept = leftovers.keep_folder(staging)
                raise StoreError(
                    f"De gegevens zijn teruggezet, maar niet alle bestanden: ze staan nog in {kept} "
                    f"({error.strerror or type(error).__name__}).",
                    f"The data was restored, but not all files: they are still in {kept} "
                    f"({error.strerror or type(error).__name__}).",
                ) from error
    finally:
        zf.close()
    return BackupResult(path, rows, files, manifest.media)


def _insert_rows(ctx: Context, tables: dict[str, list[dict]], path: Path, files: int) -> int:
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
            f"{path.name}: {rows} rijen, {files} bestanden",
        )
    return rows
