"""Opening a workspace: its store checked, upgraded and cleaned, and a Context for it; on PostgreSQL (team mode)
the context gets the commit hook that sends every event to the other workbenches."""

from __future__ import annotations

from sqlalchemy import select

from kijkwijzer.store.engine import Store
from kijkwijzer.store.failures import check_sqlite_file, translated
from kijkwijzer.store.migrate import upgrade
from kijkwijzer.store.models import PendingErasure
from kijkwijzer.workspace import Workspace

from . import erasure, full_disk, leftovers, team
from .context import SYSTEM, Actor, Context
from .events import EventBus


def open_context(workspace: Workspace, actor: Actor = SYSTEM) -> Context:
    """Open (and if needed create or upgrade, backing up first) the workspace's store.

    A database that is damaged, cut off, a folder, someone else's or unreachable is refused with one
    StoreError and left unchanged. Then what killed processes left behind is erased (half-written imports,
    exports, backups, restores) and an erasure a crash interrupted is finished (only when one is queued)."""
    workspace.ensure()
    if workspace.db_file is not None:
        check_sqlite_file(workspace.db_file)
    store = Store(workspace.db_url)
    try:
        with translated(store.label):
            upgrade(store, workspace.backup_dir)
    except BaseException:
        store.dispose()
        raise
    bus = EventBus()
    ctx = Context(store=store, workspace=workspace, bus=bus, actor=actor,
                  on_commit=None if store.is_sqlite else team.notifier(bus.origin))
    leftovers.clean(workspace, store)
    _finish_interrupted_erasure(ctx)
    full_disk.keep_reserve(workspace)  # room for a withdrawal on a full disk
    return ctx


def _finish_interrupted_erasure(ctx: Context) -> None:
    with ctx.store.read() as session:
        queued = session.scalar(select(PendingErasure.id).limit(1))
    if queued is not None:
        erasure.finish_pending(ctx)
