"""Workspace backup to one sealed file and restore into an empty workspace (zip format in formats/backup_zip.py,
the seal around it in formats/backup_seal.py).

A backup is sealed whole with a passphrase the user chooses when making it (at least 10 characters; a lost
passphrase means a useless backup): the zip is streamed into the sealed writer, so neither the finished file
nor its `.deel` temporary file (export_target.py: never onto the workspace's own files, appears atomically, a
killed backup's leftover is erased at the next open) ever holds plaintext. The content keys go in with the
rows. Restore asks for the passphrase; a plain zip of an earlier version is restored too (the result says it
was not encrypted; older schema revisions go through the Alembic steps, backup_old.py; plain media are sealed
on the way in, backup_media.py). Restore refuses a workspace that holds any row; every value is checked
against its column's type, file names and content keys are checked (backup_checks.py), files already in the
media folders are never overwritten, files are checked (size, SHA-256) before a single row is written, the
rows go in in one transaction, and the files are moved into place only after it commits. A wrong passphrase
or a damaged file: one line, nothing changed.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.exc import DataError, IntegrityError, StatementError
from sqlalchemy.orm import Session

from kijkwijzer.crypto.sealed import SealBroken
from kijkwijzer.errors import BadInput, NotAllowed, StoreError
from kijkwijzer.files import open_regular
from kijkwijzer.formats import backup_seal
from kijkwijzer.formats import backup_zip as backup
from kijkwijzer.services import audit, leftovers
from kijkwijzer.services.context import Actor, Context
from kijkwijzer.services.exchange import backup_checks, backup_media, backup_old, backup_tables
from kijkwijzer.services.exchange.export_target import check_target, written
from kijkwijzer.store.migrate import MIGRATIONS, head_revision
from kijkwijzer.store.models import Base, Case, Reviewer

BATCH = 500
MIN_PASSPHRASE = backup_seal.MIN_PASSPHRASE
check_passphrase = backup_seal.check_passphrase  # BadInput when a new backup passphrase is too short


@dataclass(frozen=True)
class BackupResult:
    path: Path
    rows: int
    files: int
    media: bool
    encrypted: bool = True  # False: a plain backup of an earlier version was restored


def _areas(ctx: Context, media: bool) -> dict[str, Path]:
    ws = ctx.workspace
    areas = {"stills": ws.stills_dir, "forms": ws.forms_dir, "clips": ws.clips_dir}  # clips: the learning lab's
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


def refuse_team_member(ctx: Context) -> None:
    """In a team database a member sees only their own share of it: the administrator backs it up and restores it
    (pg_dump with the media folder, docs/team.md)."""
    if ctx.identity_fixed:
        raise NotAllowed("In een teamdatabase maakt en herstelt de beheerder de reservekopie (van de database en "
                         "de mediamap samen).",
                         "In a team database the administrator makes and restores the backup (of the database and "
                         "the media folder together).")


def prepare_backup(ctx: Context, out: Path) -> Path:
    """The checks a backup makes before any work (who may, where it goes: never onto the workspace's own
    files), so a window or the command line can refuse before asking for a passphrase. Changes nothing."""
    with ctx.store.read() as session:
        require_may_back_up(session, ctx.actor)
    return check_target(ctx.workspace, Path(out))


def create_backup(ctx: Context, out: Path, *, passphrase: str, include_media: bool = False) -> BackupResult:
    """One sealed file with every table (the content keys too) and the stills and consent forms; the
    recordings too with `include_media`. `passphrase` (at least MIN_PASSPHRASE characters) is needed to
    restore it: without it the backup is useless.

    Who may: see require_may_back_up (the system, or the professional whose workspace it is); checked
    before any work and again in the transaction that writes the audit row."""
    check_passphrase(passphrase)
    refuse_team_member(ctx)
    out = prepare_backup(ctx, out)
    with written(ctx.workspace, out) as temporary:  # erased if anything fails or the process is killed
        with ctx.store.read() as session:  # a short snapshot; copying the files happens after it
            if not ctx.store.is_sqlite:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            dump = backup_tables.dump_tables(session, list(Base.metadata.sorted_tables))
        with open(temporary, "r+b") as raw:  # the locked, empty `.deel` file: ciphertext from its first byte
            sealed = backup_seal.seal_to(raw, passphrase)
            areas = _areas(ctx, include_media)
            manifest = backup.write_backup(dump, head_revision(), areas, sealed, include_media)
            sealed.close()
        del dump
        with ctx.transaction() as session:
            require_may_back_up(session, ctx.actor)
            audit.record(
                session,
                ctx.actor,
                "backup",
                "workspace",
                None,
                f"{'met' if include_media else 'zonder'} opnamen",  # never the file name (issue 11)
            )
    return BackupResult(out, sum(manifest.tables.values()), len(manifest.files), include_media)


def is_encrypted(path: Path) -> bool:
    """Whether restoring this file needs a passphrase (False for a plain backup of an earlier version, and for
    a file that is no backup at all: the restore says what is wrong with it). NotFound or BadInput (a folder,
    a FIFO) as for a restore."""
    with open_regular(Path(path)) as raw:
        return backup_seal.kind_of(raw) == "sealed"


def check_backup_passphrase(path: Path, passphrase: str) -> None:
    """Raises WrongPassphrase (or PassphraseNeeded, BadInput for a damaged header) when `passphrase` does not
    open the backup at `path`; reads only its header. Lets a window ask again before any work starts."""
    with open_regular(Path(path)) as raw:
        if backup_seal.kind_of(raw) == "sealed":
            backup_seal.unseal(raw, passphrase, Path(path).name).close()


@contextmanager
def _opened(path: Path, passphrase: str | None) -> Iterator[tuple[zipfile.ZipFile, backup.Manifest, bool]]:
    """The backup's zip and manifest, read through the seal (or plain, for an earlier version's backup)."""
    with open_regular(path) as raw:  # NotFound, or BadInput for a folder or a FIFO (which would hang)
        kind = backup_seal.kind_of(raw)
        if kind == "other":
            raise BadInput(
                "Reservekopie onbruikbaar: dit is geen Kijkwijzer-reservekopie, of het begin is beschadigd; "
                "er is niets teruggezet.",
                "Backup unusable: this is not a Kijkwijzer backup, or its start is damaged; nothing was restored.",
            )
        encrypted = kind == "sealed"
        source = backup_seal.unseal(raw, passphrase, path.name) if encrypted else raw
        try:
            zf, manifest = backup.open_backup(source)
            try:
                yield zf, manifest, encrypted
            finally:
                zf.close()
        except SealBroken as error:  # a changed, cut-off or swapped chunk anywhere after the header
            raise backup_seal.damaged_body() from error
        finally:
            if source is not raw:
                source.close()


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


def restore_backup(ctx: Context, path: Path, passphrase: str | None = None) -> BackupResult:
    """Every row and file of the backup at `path` into the empty workspace of `ctx`. A sealed backup needs
    its `passphrase` (PassphraseNeeded, WrongPassphrase otherwise); a plain one of an earlier version needs
    none, and the result's `encrypted` is False. Any error: nothing was restored."""
    path = Path(path)
    refuse_team_member(ctx)
    with _opened(path, passphrase) as (zf, manifest, encrypted):
        current = manifest.revision == head_revision()
        if not current and not _known_revision(manifest.revision):
            raise BadInput(
                "Deze reservekopie komt uit een nieuwere Kijkwijzer; werk eerst bij.",
                "This backup comes from a newer Kijkwijzer; update first.",
            )
        known = {t.name for t in Base.metadata.sorted_tables}
        strange = sorted(set(manifest.tables) - known) if current else []
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
        if current:
            tables = {
                t.name: backup_tables.read_table(zf, t, manifest)
                for t in Base.metadata.sorted_tables
                if t.name in manifest.tables
            }
        else:  # an older schema: its rows through the same upgrade steps as a workspace
            tables = backup_old.upgraded_rows(zf, manifest)
        backup_checks.check_names(manifest, tables)
        backup_checks.check_content_keys(tables)
        seal_with = backup_media.seal_plan(zf, manifest, tables)  # plain media of an older backup: sealed now
        taken = backup.existing_conflicts(manifest, areas)
        if taken:
            shown = ", ".join(taken[:3])
            raise BadInput(
                f"Terugzetten zou bestaande bestanden overschrijven ({shown}); er is niets teruggezet. "
                "Kies een lege werkmap.",
                f"Restoring would overwrite existing files ({shown}); nothing was restored. Choose an empty workspace.",
            )
        with leftovers.staging_folder(ctx.workspace) as staging:
            backup.extract_files(zf, manifest, staging, seal_with)
            rows = _insert_rows(ctx, tables, path, len(manifest.files), encrypted)
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
    return BackupResult(path, rows, files, manifest.media, encrypted)


def _without_self_links(table, data: list[dict]) -> tuple[list[dict], list[tuple[int, dict]]]:
    """Rows with their links to rows of the same table set aside, to be filled in once every row is in:
    sorted_tables orders tables, not the rows inside one, and a link may point at a later row."""
    columns = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not columns or "id" not in table.c:
        return data, []
    later = [(row["id"], {c: row[c] for c in columns}) for row in data if any(row.get(c) is not None for c in columns)]
    return [{**row, **dict.fromkeys(columns)} if any(row.get(c) is not None for c in columns) else row
            for row in data], later


def _insert_rows(ctx: Context, tables: dict[str, list[dict]], path: Path, files: int, encrypted: bool) -> int:
    rows = 0
    with ctx.transaction() as session:
        if not ctx.store.is_sqlite:  # the audit rows keep the logins they had (team_0004.sql, kw_audit_stamp)
            session.execute(text("SET LOCAL kijkwijzer.restoring = 'on'"))
        if not _is_empty(session):  # someone wrote meanwhile
            raise BadInput("De werkmap is intussen niet meer leeg.", "The workspace is no longer empty.")
        try:
            for table in Base.metadata.sorted_tables:
                data, later = _without_self_links(table, tables.get(table.name, []))
                for start in range(0, len(data), BATCH):
                    session.execute(table.insert(), data[start : start + BATCH])
                for row_id, values in later:  # a corrected consent points at its newer version
                    session.execute(table.update().where(table.c.id == row_id).values(**values))
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
            f"{rows} rijen, {files} bestanden{'' if encrypted else ', onversleuteld'}",  # no file name
        )
    return rows
