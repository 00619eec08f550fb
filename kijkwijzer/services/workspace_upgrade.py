"""The one-time upgrade of an older, plain workspace to encryption at rest: its database becomes SQLCipher
(store/encrypt.py), so do the plain database copies in backups/, and every media file (vault, stills,
waveform caches, consent forms) is sealed with its content key.

Every step is atomic on its own and the whole is resumable: after Ctrl+C, a kill or a power cut, running it
again finishes the job. The database goes first, so the content keys made for the media are only ever
written into the encrypted database; a key row is committed before its file is sealed (a key for a file that
is still plain is harmless, a sealed file without its key would be lost). Team mode (PostgreSQL) has no
database step: only its media are sealed.

Call with no context open on the workspace (the database file is swapped) and its workspace key unlocked in
this process (crypto/workspace_key.create or unlock).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kijkwijzer.crypto import workspace_key
from kijkwijzer.crypto.sealed import is_sealed, seal_file_in_place
from kijkwijzer.errors import StoreError
from kijkwijzer.workspace import PLAIN_SUFFIX, Workspace

from . import audit, content_keys
from .context import SYSTEM, Actor, Context
from .open_workspace import open_context


@dataclass(frozen=True)
class Step:
    """Progress: `kind` is 'database', 'backup' or 'media'; `done` of `total` steps before this one."""

    kind: str
    done: int
    total: int
    name: str


@dataclass(frozen=True)
class UpgradeResult:
    finished: bool  # False when cancelled between two steps (run again to finish)
    database: bool  # the database was encrypted by this run
    backups: int  # plain backup copies encrypted by this run
    media: int  # media files sealed by this run
    media_total: int


def _media_folders(workspace: Workspace) -> tuple[Path, ...]:
    return (workspace.vault_dir, workspace.stills_dir, workspace.cache_dir, workspace.forms_dir)


def plain_media_files(workspace: Workspace) -> list[Path]:
    """Media files not sealed yet (temporary dot-files of a live writer aside); needs no database."""
    found: list[Path] = []
    for folder in _media_folders(workspace):
        for dirpath, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found += [Path(dirpath) / n for n in names if not n.startswith(".") and not is_sealed(Path(dirpath) / n)]
    return sorted(found)


def plain_backups(workspace: Workspace) -> list[Path]:
    """Database copies in backups/ (made before schema upgrades) that are still plain SQLite files."""
    folder = workspace.backup_dir
    if workspace.db_file is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.db") if p.is_file() and workspace_key.is_plain_database(p))


def database_pending(workspace: Workspace) -> bool:
    """True while the database (or a backup copy) is plain, or an interrupted run left a plain remnant."""
    db = workspace.db_file
    if db is None:
        return False
    if workspace_key.state(workspace) in ("plain", "unfinished"):
        return True
    return db.with_name(db.name + PLAIN_SUFFIX).exists() or bool(plain_backups(workspace))


def media_pending(ctx: Context) -> int:
    """How many media files the workspace's rows refer to are still plain."""
    from . import media_files

    with ctx.store.read() as session:
        targets = media_files.sealed_targets(session, ctx.workspace)
    return sum(1 for path, _key_id, _sha in targets if Path(path).is_file() and not is_sealed(Path(path)))


def needed(ctx: Context) -> bool:
    """True while anything of the open workspace is still plain: the offer at start asks this."""
    return database_pending(ctx.workspace) or media_pending(ctx) > 0


def encrypt_workspace(
    workspace: Workspace,
    actor: Actor = SYSTEM,
    on_step: Callable[[Step], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> UpgradeResult:
    """Encrypt what is still plain in the workspace, step by step; see the module docstring."""
    report = on_step or (lambda _step: None)
    stop = cancelled or (lambda: False)
    database, backups = False, 0
    if workspace.db_file is not None:
        key = workspace_key.unlock_quietly(workspace) if workspace.key_file and workspace.key_file.exists() else None
        if key is None:
            raise workspace_key.Locked(str(workspace.root))
        from kijkwijzer.store.encrypt import encrypt_database

        copies = plain_backups(workspace)
        total = 1 + len(copies)
        report(Step("database", 0, total, workspace.db_file.name))
        database = encrypt_database(workspace.db_file, key)
        for done, copy in enumerate(copies, start=1):
            if stop():
                return UpgradeResult(False, database, backups, 0, 0)
            report(Step("backup", done, total, copy.name))
            backups += encrypt_database(copy, key)
    finished, sealed, total = _seal_media(workspace, actor, report, stop, database or backups > 0)
    return UpgradeResult(finished, database, backups, sealed, total)


def _seal_media(workspace: Workspace, actor: Actor, report: Callable[[Step], None],
                stop: Callable[[], bool], changed: bool) -> tuple[bool, int, int]:
    """Seal every media file the database knows, each in its own step: (finished, sealed now, to seal)."""
    from . import media_files

    ctx = open_context(workspace, actor)
    try:
        if workspace.db_file is not None and not ctx.store.encrypted:
            raise StoreError(f"De database van {workspace.root} is nog niet versleuteld.",
                             f"The database of {workspace.root} is not encrypted yet.")
        with ctx.store.read() as session:
            targets = [t for t in media_files.sealed_targets(session, workspace) if Path(t[0]).is_file()]
        plain = [t for t in targets if not is_sealed(Path(t[0]))]
        sealed = 0
        for done, (path, key_id, sha) in enumerate(plain):
            if stop():
                return False, sealed, len(plain)
            report(Step("media", done, len(plain), Path(path).name))
            with ctx.transaction() as session:  # the key row is durable before the file depends on it
                key = content_keys.get_or_create(session, key_id)
            sealed += seal_file_in_place(Path(path), key, sha)
        if sealed or changed:
            with ctx.transaction() as session:
                audit.record(session, ctx.actor, "workspace.encrypted", "workspace", None,
                             detail=f"{sealed} mediabestanden verzegeld")
        return True, sealed, len(plain)
    finally:
        ctx.store.dispose()
