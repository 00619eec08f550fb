"""Opening a workspace: its store checked, upgraded and cleaned, and a Context for it; on PostgreSQL (team mode)
the context gets the commit hook that sends every event to the other workbenches, and a team member's context acts
as the member their database login is (services/team_identity.py)."""

from __future__ import annotations

from sqlalchemy import select

from kijkwijzer.store.engine import Store
from kijkwijzer.store.failures import check_sqlite_file, translated
from kijkwijzer.store.migrate import SCHEMA_HEAD, current_revision, upgrade
from kijkwijzer.store.models import PendingErasure
from kijkwijzer.workspace import Workspace

from . import erasure, full_disk, leftovers, team
from .context import SYSTEM, Actor, Context
from .events import EventBus
from .team_identity import TeamLogin, login_of, member_of, refuse_outdated


def load_ahead() -> None:
    """Ready the database models now (SQLAlchemy's mapper configuration, else done by the first query): while the
    window waits for a passphrase (ui/unlock/at_start.py), not while the user waits for the workspace."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def open_context(workspace: Workspace, actor: Actor = SYSTEM) -> Context:
    """Open (and if needed create or upgrade, backing up first) the workspace's store.

    A database that is damaged, cut off, a folder, someone else's or unreachable is refused with one
    StoreError and left unchanged. Then what killed processes left behind is erased (half-written imports,
    exports, backups, restores) and an erasure a crash interrupted is finished (only when one is queued)."""
    workspace.ensure()
    if workspace.db_file is not None:
        check_sqlite_file(workspace.db_file)
    store = Store(workspace.db_url)
    login: TeamLogin | None = None
    try:
        with translated(store.label):
            if not store.is_sqlite:
                login = login_of(store)
            if login is None or login.administrator:
                upgrade(store, workspace.backup_dir)
            else:  # a member: the administrator upgrades the shared schema; then who they are comes from the login
                refuse_outdated(current_revision(store), SCHEMA_HEAD)
                member = member_of(store, login)
                actor = Actor(member.reviewer_id, member.name, member.role)
    except BaseException:
        store.dispose()
        raise
    bus = EventBus()
    ctx = Context(store=store, workspace=workspace, bus=bus, actor=actor, team=login,
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
