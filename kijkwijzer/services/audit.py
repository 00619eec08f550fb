"""Writing and reading the audit log; `record` runs inside the caller's transaction, never its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.store.models import AuditEntry

from .context import Actor, Context


def record(session: Session, actor: Actor, action: str, object_type: str, object_id: int | None,
           detail: str = "") -> None:
    session.add(AuditEntry(actor=actor.label, action=action, object_type=object_type,
                           object_id=object_id, detail=detail))


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: int | None
    detail: str


def list_entries(ctx: Context, limit: int = 500, object_type: str | None = None) -> list[AuditRow]:
    with ctx.store.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if object_type:
            query = query.where(AuditEntry.object_type == object_type)
        return [AuditRow(e.id, e.at, e.actor, e.action, e.object_type, e.object_id, e.detail)
                for e in session.scalars(query)]
