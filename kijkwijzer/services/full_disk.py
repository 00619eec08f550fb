"""Withdrawal and erasure on a full disk. Recording a withdrawal needs a little room in the database (SQLite
appends to its write-ahead log), and a full disk once left the consent active with a traceback. So the erasure
comes first: the files the withdrawal erases anyway are overwritten and removed, their keys go with the record,
and a reserve the workspace keeps for this moment (`media/.ruimte`, 1 MiB of zeros, made at every open while
there is room) is given up; then the withdrawal is recorded. If even that fails the user is told in one line
what was erased and that the withdrawal must be repeated.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from kijkwijzer.errors import DiskFull
from kijkwijzer.files import shred_file
from kijkwijzer.store.models import PendingErasure
from kijkwijzer.workspace import Workspace

from .context import Context

T = TypeVar("T")
RESERVE_NAME = ".ruimte"
RESERVE_BYTES = 1 << 20  # a withdrawal writes a few pages to the WAL; the engine's own margin is 1 MiB too


WITHDRAWAL_RETRY = ("de intrekking kon niet worden vastgelegd. Maak ruimte vrij en trek de toestemming opnieuw in.",
                    "the withdrawal could not be recorded. Free some space and withdraw the consent again.")


def record_making_room(ctx: Context, record: Callable[[], T], plan: Callable[[Session], object],
                       retry: tuple[str, str] = WITHDRAWAL_RETRY) -> tuple[T, int]:
    """`record()`; on a full disk, erase the files `plan` (the same erasure, run in a session that is rolled
    back) would queue, and `record()` again. Returns the result and how many files were erased first.
    `retry` (Dutch, English) ends the one line said when even then nothing could be recorded."""
    try:
        return record(), 0
    except DiskFull:
        pass
    erased = erase_files_first(ctx, plan)
    release_reserve(ctx.workspace)
    try:
        result = record()
    except DiskFull as error:
        if not erased:
            raise DiskFull(f"De schijf is vol en {retry[0]}", f"The disk is full and {retry[1]}") from error
        raise DiskFull(f"De schijf is vol: {erased} bestand(en) zijn al gewist, maar {retry[0]}",
                       f"The disk is full: {erased} file(s) were erased already, but {retry[1]}") from error
    return result, erased  # the reserve comes back at the next open, when there is room for it


def reserve_path(workspace: Workspace) -> Path:
    return workspace.media_dir / RESERVE_NAME


def keep_reserve(workspace: Workspace) -> bool:
    """Make the reserve when it is missing and there is room (private to the user, like every file the app
    makes); True when it is there afterwards. A disk too full for it is left as it is."""
    path = reserve_path(workspace)
    if path.is_file() and path.stat().st_size >= RESERVE_BYTES:
        return True
    try:
        if shutil.disk_usage(workspace.media_dir).free < 4 * RESERVE_BYTES:
            return False  # never take the last room of a nearly full disk for it
    except OSError:
        return False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError:
        return False
    try:
        os.ftruncate(fd, 0)
        block = bytes(1 << 16)
        for _ in range(RESERVE_BYTES // len(block)):
            os.write(fd, block)  # written, not sparse: the blocks are really taken
        os.fsync(fd)
        return True
    except OSError:
        release_reserve(workspace)
        return False
    finally:
        os.close(fd)


def release_reserve(workspace: Workspace) -> bool:
    """Give the reserve's room to the database; True when there was one."""
    try:
        reserve_path(workspace).unlink()
        return True
    except OSError:
        return False


def files_to_erase(ctx: Context, plan: Callable[[Session], object]) -> list[tuple[str, str]]:
    """(area, name) of every file the erasure in `plan` queues, found by running it and rolling it back."""
    queued: list[PendingErasure] = []

    def note(_session: Session, instance: object) -> None:
        if isinstance(instance, PendingErasure):
            queued.append(instance)

    with ctx.store.read() as session:
        event.listen(session, "transient_to_pending", note)
        session.begin()
        try:
            plan(session)
            return [(p.area, p.name) for p in queued]
        finally:
            session.rollback()


def erase_files_first(ctx: Context, plan: Callable[[Session], object]) -> int:
    """Overwrite and remove those files now, before any row changes; returns how many were erased."""
    erased = 0
    for area, name in files_to_erase(ctx, plan):
        if "/" in name or "\\" in name or name.startswith(".") or not name:
            continue  # never follow a path out of the media folder
        if area == "vault":
            erased += ctx.vault.erase(name)
        elif area == "stills":
            erased += shred_file(ctx.workspace.stills_dir / name)
        elif area == "forms":
            erased += shred_file(ctx.workspace.forms_dir / name)
        elif area == "clip":  # a learning group's clip (services/lab_erasure.py)
            erased += shred_file(ctx.workspace.clips_dir / name)
        elif area == "cache" and ctx.workspace.cache_dir.is_dir():
            erased += sum(shred_file(p) for p in list(ctx.workspace.cache_dir.rglob(f"{name}*")) if p.is_file())
    return erased
