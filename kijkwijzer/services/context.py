"""What every service call needs: the store, the event bus, the content, the vault and who is acting; and the one
way a service records a change: `ctx.changed` writes the audit row and queues the event in the same transaction.

Opening a workspace (and so choosing the commit hook of team mode) is services/open_workspace.py.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property

from sqlalchemy.orm import Session

from kijkwijzer.store.engine import Store
from kijkwijzer.store.models import AuditEntry
from kijkwijzer.workspace import Workspace

from .events import Event, EventBus
from .team_identity import TeamLogin
from .topics import Change

# Runs inside the transaction, after the service's work and before the commit, with the events it queued
# (team mode sends them with NOTIFY, which PostgreSQL delivers only if the transaction commits).
CommitHook = Callable[[Session, Sequence[Event]], None]
BURST = 20  # a transaction that publishes more events than this marks them as a burst (Event.burst)


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
    on_commit: CommitHook | None = None
    initiator: object | None = None  # stamped on every event as `started_by` (see `started_by`)
    team: TeamLogin | None = None  # team mode (PostgreSQL): the login this workbench is connected as

    @property
    def identity_fixed(self) -> bool:
        """A team member is who their database login is: they cannot act as anyone else (the administrator and a
        single-user workspace can, e.g. the CLI's --as)."""
        return self.team is not None and not self.team.administrator

    @cached_property
    def content(self):
        from kijkwijzer.content import load_content

        return load_content()

    @cached_property
    def vault(self):
        from kijkwijzer.media.vault import MediaVault

        return MediaVault(self.workspace.vault_dir)

    def as_actor(self, actor: Actor) -> Context:
        if self.identity_fixed and actor.reviewer_id != self.actor.reviewer_id:
            from kijkwijzer.errors import NotAllowed

            raise NotAllowed(
                f"In de teamdatabase bent u {self.actor.name}: wie u bent volgt uit uw login, niet uit een keuze.",
                f"In the team database you are {self.actor.name}: who you are follows from your login, not a choice.")
        return self._copy(actor=actor)

    def started_by(self, token: object) -> Context:
        """This context, with every event it publishes saying `token` started it: a view passes itself and skips
        refreshing for the events of its own edit (it already shows them)."""
        return self._copy(initiator=token)

    def _copy(self, **changes: object) -> Context:
        twin = copy.copy(self)  # shares the store, the bus and the content already loaded
        for name, value in changes.items():
            setattr(twin, name, value)
        return twin

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A service's unit of work; the events queued in it are published only after the commit."""
        pending: list[Event] = []
        with self.store.transaction() as session:
            session.info["pending_events"] = pending
            yield session
            if self.on_commit is not None:
                self.on_commit(session, pending)
        if len(pending) > BURST:
            pending = [replace(event, burst=True) for event in pending]
        for event in pending:
            self.bus.publish(event)

    def changed(self, session: Session, change: Change, object_id: int | None, *, detail: str = "",
                scope_id: int | None = None, view: object | None = None, event_object_id: int | None = None,
                events: Sequence[Event] = ()) -> None:
        """Write the audit row of `change` about `object_id` and queue its event, published after the commit.

        The event names `object_id` too, unless `event_object_id` is given (a plan step's change is announced as
        its plan's); `scope_id` and `view` go on the event. `events` are queued after it: the events of a batch
        (a `Change` without topic), e.g. each recording an erasure took."""
        session.add(AuditEntry(actor=self.actor.label, action=change.verb, object_type=change.object_type,
                               object_id=object_id, detail=detail))
        queued: list[Event] = session.info.setdefault("pending_events", [])
        if change.topic is not None:
            queued.append(Event(change.topic, object_id if event_object_id is None else event_object_id, scope_id,
                                view=view, started_by=self.initiator))
        queued.extend(e if e.started_by is not None else replace(e, started_by=self.initiator) for e in events)
