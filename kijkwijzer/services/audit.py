"""Writing and reading the audit log; `record` runs inside the caller's transaction, never its own.

A detail holds ids, counts, formats and purposes only: never a file name, a name, a title or any other text
that may be the client's (an export named after the client would otherwise outlive the client's erasure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kijkwijzer.store.models import AuditEntry

from .context import Actor, Context


def record(session: Session, actor: Actor, action: str, object_type: str, object_id: int | None,
           detail: str = "") -> None:
    """An audit row that announces nothing (a view, an export, an open, a backup); a change that views must
    hear is written with `ctx.changed` (services/context.py), which writes its row and queues its event."""
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


# Details older versions wrote with a file name in them: (action, pattern, what to keep).
_OLD_DETAILS = (
    ("export", re.compile(r"^([\w-]+): (?!onderdelen \d).+$", re.DOTALL), r"\1"),  # "pdf-verslag: X.pdf"
    ("import", re.compile(r"^(eaf: .*?) uit .+$", re.DOTALL), r"\1"),
    ("transcript.import", re.compile(r"^(\w+: \d+ regels) uit .+$", re.DOTALL), r"\1"),
    ("backup", re.compile(r"^.+, ((?:met|zonder) opnamen)$", re.DOTALL), r"\1"),
    ("backup.restore", re.compile(r"^.+: (\d+ rijen, \d+ bestanden(?:, onversleuteld)?)$", re.DOTALL), r"\1"),
)


def reduce_old_details(session: Session) -> int:
    """Cut the file names out of audit rows written by older versions (inside the caller's transaction);
    what stays is the format and the counts. Returns how many rows were changed."""
    changed = 0
    for action, pattern, keep in _OLD_DETAILS:
        rows = session.execute(select(AuditEntry.id, AuditEntry.detail).where(AuditEntry.action == action)).all()
        for row_id, detail in rows:
            reduced = pattern.sub(keep, detail or "")
            if reduced != (detail or ""):
                session.execute(update(AuditEntry).where(AuditEntry.id == row_id).values(detail=reduced)
                                .execution_options(synchronize_session=False))
                changed += 1
    return changed
