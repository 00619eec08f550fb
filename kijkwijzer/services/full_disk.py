"""Withdrawal on a full disk. Recording a withdrawal needs a little room in the database (SQLite appends to
its write-ahead log), and a full disk once left the consent active with a traceback. The files the withdrawal
erases anyway are overwritten and removed first, which makes that room; then the withdrawal is recorded.
If even that fails the user is told in one line that the files are gone and the withdrawal must be repeated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.orm import Session

from kijkwijzer.errors import DiskFull
from kijkwijzer.files import shred_file
from kijkwijzer.store.models import PendingErasure

from .context import Context

T = TypeVar("T")


def record_making_room(ctx: Context, record: Callable[[], T], plan: Callable[[Session], object]) -> tuple[T, int]:
    """`record()`; on a full disk, erase the files `plan` (the same erasure, run in a session that is rolled
    back) would queue, and `record()` again. Returns the result and how many files were erased first."""
    try:
        return record(), 0
    except DiskFull:
        pass
    erased = erase_files_first(ctx, plan)
    try:
        return record(), erased
    except DiskFull as error:
        raise DiskFull(
            f"De schijf is vol: {erased} bestand(en) van de opname zijn al gewist, maar de intrekking kon niet "
            "worden vastgelegd. Maak ruimte vrij en trek de toestemming opnieuw in.",
            f"The disk is full: {erased} file(s) of the recording were erased already, but the withdrawal could "
            "not be recorded. Free some space and withdraw the consent again.",
        ) from error


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
        elif area == "cache" and ctx.workspace.cache_dir.is_dir():
            erased += sum(shred_file(p) for p in list(ctx.workspace.cache_dir.rglob(f"{name}*")) if p.is_file())
    return erased
