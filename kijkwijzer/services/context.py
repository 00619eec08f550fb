"""What every service call needs: the store, the event bus, the content, the vault and who is acting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.store.engine import Store
from kijkwijzer.store.failures import check_sqlite_file, translated
from kijkwijzer.store.migrate import upgrade
from kijkwijzer.workspace import Workspace

from . import leftovers
from .events import Event, EventBus


@dataclass(frozen=True)
class Actor:
    """Who performs an action: a reviewer (with role) or the system/CLI."""

    reviewer_id: int | None
    name: str
    role: str = "system"

    @property
    def label(self) -> str:
        return f"{self.name} (#{self.reviewer_id}, {self.role})" if self.reviewer_id else self.name


SYSTEM = Actor(None, "systeem")


@dataclass
class Context:
    store: Store
    workspace: Workspace
    bus: EventBus = field(default_factory=EventBus)
    actor: Actor = SYSTEM

    @cached_property
    def content(self):
        from kijkwijzer.content import load_content

        return load_content()

    @cached_property
    def vault(self):
        from kijkwijzer.media.vault import MediaVault

        return MediaVault(self.workspace.vault_dir)

    def as_actor(self, actor: Actor) -> Context:
        return Context(self.store, self.workspace, self.bus, actor)

    @contextmanager
    def transaction(self, *events: Event) -> Iterator[Session]:
        """A service's unit of work; `pending` events are published only after the commit."""
        pending: list[Event] = list(events)
        with self.store.transaction() as session:
            session.info["pending_events"] = pending
            yield session
            if not self.store.is_sqlite:
                from .team import notify_in_transaction

                notify_in_transaction(session, pending, self.bus.origin)
        for event in pending:
            self.bus.publish(event)


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
    ctx = Context(store=store, workspace=workspace, actor=actor)
    leftovers.clean(workspace, store)
    _finish_interrupted_erasure(ctx)
    from .full_disk import keep_reserve  # room for a withdrawal on a full disk (services/full_disk.py)

    keep_reserve(workspace)
    return ctx


def _finish_interrupted_erasure(ctx: Context) -> None:
    from kijkwijzer.store.models import PendingErasure

    with ctx.store.read() as session:
        queued = session.scalar(select(PendingErasure.id).limit(1))
    if queued is not None:
        from .erasure import finish_pending

        finish_pending(ctx)


def emit(session: Session, event: Event) -> None:
    """Queue an event to be published after this session's transaction commits."""
    session.info.setdefault("pending_events", []).append(event)
