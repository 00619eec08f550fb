"""Half-written files a killed process left behind, overwritten and removed at every open and every erasure:
an import's `media/vault/.import-*.part` (up to the whole recording), a restore's staging folder
`media/.herstel-*`, half-written stills and cache files, the `.deel` file of an export or backup written
outside the workspace (named in the journal `media/.onvoltooid/` while it is written), a learning group's clip cut
half-way (`media/clips/.clip-*.part`), and a sealed vault file or clip whose content key was never stored (an
import or a share killed between its rename and its commit): unreadable noise. Clips whose key is stored are kept.
Whether a key exists is asked only of a connection that sees every key: a team member's row-level security hides
the keys of what is not theirs, which would make every other recording and clip look keyless.

A file a live process is still writing is locked by it and left alone (kijkwijzer/files.py); what ffmpeg
writes cannot be locked, so those are erased only when untouched for a while.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import delete, literal, select, text

from kijkwijzer.crypto.sealed import is_sealed
from kijkwijzer.files import (
    STALE_S,
    create_locked,
    create_locked_at,
    fsync_dir,
    make_private_dir,
    open_unlocked,
    overwrite_fd,
    release,
    shred_abandoned,
    shred_tree,
    try_lock,
)
from kijkwijzer.store.engine import Store
from kijkwijzer.store.models import ContentKey, LabShare
from kijkwijzer.workspace import Workspace

from .content_keys import clip_key_id, media_key_id

JOURNAL = ".onvoltooid"
STAGING = ".herstel-"
SLOT = ".bezet"
IMPORT_GLOB = ".import-*.part"
CLIP_GLOB = ".clip-*.part"  # kijkwijzer/media/clips.py
# A keyless vault file this young may be an import on another computer sharing the media folder (team mode),
# whose lock this one cannot see on a network file system, committing its key right now.
KEYLESS_MIN_AGE_S = 120.0
_VAULT_NAME = re.compile(r"([0-9a-f]{64})\.[a-z0-9]{1,8}")


def clean(workspace: Workspace, store: Store | None = None) -> int:
    """Erase every leftover no live process is writing; returns how many files were erased. With the store,
    sealed vault files without a key go too."""
    erased = 0
    every_key = store is not None and _sees_every_key(store)
    if workspace.vault_dir.is_dir():
        erased += sum(shred_abandoned(p) for p in workspace.vault_dir.glob(IMPORT_GLOB))
        if store is not None and every_key:
            erased += _clean_keyless(workspace.vault_dir, store)
    if store is not None and every_key:
        _forget_unshared_clip_keys(store)
    if workspace.clips_dir.is_dir():
        erased += sum(shred_abandoned(p) for p in workspace.clips_dir.glob(CLIP_GLOB))
        if store is not None and every_key:
            erased += _clean_keyless(workspace.clips_dir, store, clip_key_id)
    for folder in (workspace.stills_dir, workspace.cache_dir):
        erased += sum(shred_abandoned(p, STALE_S) for p in _dotfiles(folder))
    if workspace.media_dir.is_dir():
        erased += sum(_clean_staging(p) for p in workspace.media_dir.glob(f"{STAGING}*") if p.is_dir())
    return erased + _clean_journal(workspace)


def _sees_every_key(store: Store) -> bool:
    """False for a connection under row-level security (a team member): what it cannot see may be someone else's."""
    if store.is_sqlite:
        return True
    with store.read() as session:
        return not session.scalar(text("SELECT row_security_active('content_keys')"))


def _forget_unshared_clip_keys(store: Store) -> None:
    """A clip key whose share is gone: in team mode a colleague who may not see the shares (a coach deleting a
    shared fragment) leaves it, as the share went by cascade. Without its key the clip file is noise, erased below."""
    with store.transaction() as session:
        session.execute(delete(ContentKey).where(
            ContentKey.id.like("clip:%"),
            ContentKey.id.not_in(select(literal("clip:") + LabShare.clip_sha256))).execution_options(
            synchronize_session=False))


def _known_keys(store: Store, shas: list[str], key_id: Callable[[str], str] = media_key_id) -> set[str]:
    """The shas among these whose key row exists."""
    with store.read() as session:
        ids = {key_id(sha): sha for sha in shas}
        return {ids[found] for found in session.scalars(select(ContentKey.id).where(ContentKey.id.in_(list(ids))))}


def _clean_keyless(vault: Path, store: Store, key_id: Callable[[str], str] = media_key_id) -> int:
    """Sealed vault files whose key row does not exist. A running import keeps its new file locked until its
    key is committed, so the key is looked up again only once the lock is ours (and the file is a few minutes
    old: see KEYLESS_MIN_AGE_S). A plain vault file of an older workspace (not yet upgraded) has no key either,
    and is kept."""
    found = {}
    for path in vault.iterdir():
        match = _VAULT_NAME.fullmatch(path.name)
        if match and path.is_file() and is_sealed(path):
            found[match.group(1)] = path
    known = _known_keys(store, sorted(found), key_id) if found else set()
    erased = 0
    for sha, path in sorted(found.items()):
        if sha in known:
            continue
        fd = open_unlocked(path)
        if fd is None:
            continue  # an import is storing its key right now
        try:
            status = os.fstat(fd)
            age = time.time() - status.st_mtime
            if age < (STALE_S if try_lock(fd) is None else KEYLESS_MIN_AGE_S):
                continue  # may still belong to a live import (without locks here: only what is long untouched)
            if _known_keys(store, [sha], key_id):
                continue
            overwrite_fd(fd, status.st_size)
            os.unlink(path)
            erased += 1
        finally:
            os.close(fd)
    if erased:
        fsync_dir(vault)
    return erased


def _dotfiles(folder: Path) -> Iterator[Path]:
    """Temporary files (writers here give them a leading dot until they are renamed into place)."""
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            if name.startswith("."):
                yield Path(dirpath) / name


def _clean_staging(folder: Path) -> int:
    slot = folder / SLOT
    if slot.exists():
        fd = open_unlocked(slot)
        if fd is None:
            return 0  # a restore is running
        os.close(fd)
    elif time.time() - folder.stat().st_mtime < STALE_S:
        return 0  # just made, its lock not yet taken
    return shred_tree(folder)


def _clean_journal(workspace: Workspace) -> int:
    journal = workspace.media_dir / JOURNAL
    if not journal.is_dir():
        return 0
    erased = 0
    host = socket.gethostname()
    for entry in sorted(journal.glob("*.txt")):
        fd = open_unlocked(entry)
        if fd is None:
            continue  # the export or backup is still being written
        try:
            named_host, _sep, path = os.read(fd, 8192).decode("utf-8", "replace").partition("\n")
            if named_host and named_host != host:
                continue  # written on another computer sharing this media folder: its own open cleans it
            target = Path(path.strip())
            if path.strip() and target.name.endswith(".deel"):
                erased += shred_abandoned(target)
            entry.unlink(missing_ok=True)
        finally:
            os.close(fd)
    return erased


@contextmanager
def staged_outside(workspace: Workspace, target: Path) -> Iterator[Path]:
    """A private, locked temporary file next to `target` (`.<name>.<random>.deel`), named in the journal while
    it exists. On success it replaces `target` atomically; on any error, or a kill, it is overwritten and
    removed (now, or at the next open)."""
    journal = make_private_dir(workspace.media_dir / JOURNAL)
    entry, entry_fd = create_locked(journal, "", ".txt")
    try:
        temporary = target.with_name(f".{target.name}.{os.urandom(6).hex()}.deel")
        os.write(entry_fd, f"{socket.gethostname()}\n{temporary.absolute()}\n".encode())
        os.fsync(entry_fd)
        fd = create_locked_at(temporary)
        if fd is None:  # cannot happen for a fresh random name, unless a clean-up raced us
            raise FileExistsError(temporary)
        try:
            yield temporary
            os.fsync(fd)
            os.replace(temporary, target)
            fsync_dir(target.parent)
        finally:
            release(temporary, fd)
    finally:
        os.close(entry_fd)
        entry.unlink(missing_ok=True)


@contextmanager
def staging_folder(workspace: Workspace) -> Iterator[Path]:
    """A private folder in media/ to check restored files in before they are moved into place; removed (its
    files overwritten) afterwards unless the caller renamed it to keep it."""
    folder = make_private_dir(workspace.media_dir / f"{STAGING}{os.urandom(6).hex()}")
    fd = create_locked_at(folder / SLOT)
    try:
        yield folder
    finally:
        if fd is not None:
            os.close(fd)
        if folder.is_dir():
            shred_tree(folder)


def keep_folder(folder: Path) -> Path:
    """Rename a staging folder so no clean-up takes it (its files are the only copy the user has now)."""
    kept = folder.with_name(f"herstel-{time.strftime('%Y%m%d-%H%M%S')}")
    (folder / SLOT).unlink(missing_ok=True)
    shutil.move(folder, kept)
    return kept
