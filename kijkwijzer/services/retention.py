"""Retention: recordings past their delete-after date are listed (at start-up, `privacy overdue`) and erased
(on confirmation, or unattended by `privacy enforce-retention`) through the same path as a withdrawal.

A recording is overdue when ANY consent of its conversation still in force has `retain_until` before today:
the shortest promise to the client wins, erasing early is always allowed, keeping longer never. A corrected
(superseded) version no longer promises anything; the version that replaced it does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from kijkwijzer.store.models import Case, Client, Consent, Conversation, Recording

from . import erasure, scrub
from .access import in_force
from .context import Context
from .erasure import ErasureReport


@dataclass(frozen=True)
class OverdueRecording:
    recording_id: int
    conversation_id: int
    case_id: int
    client_pseudonym: str
    held_on: date
    retain_until: date
    days_overdue: int


def overdue(ctx: Context, today: date | None = None) -> list[OverdueRecording]:
    """Recordings that should have been erased before `today`, the longest overdue first."""
    today = today or date.today()
    with ctx.store.read() as session:
        deadlines: dict[int, date] = {}
        for conversation_id, retain_until in session.execute(
                select(Consent.conversation_id, Consent.retain_until)
                .where(Consent.retain_until.is_not(None), Consent.retain_until < today, in_force())):
            if retain_until is None:  # (the query leaves these out; the column allows them)
                continue
            if conversation_id not in deadlines or retain_until < deadlines[conversation_id]:
                deadlines[conversation_id] = retain_until
        if not deadlines:
            return []
        rows = session.execute(
            select(Recording.id, Conversation.id, Case.id, Client.pseudonym, Conversation.held_on)
            .join(Conversation, Conversation.id == Recording.conversation_id)
            .join(Case, Case.id == Conversation.case_id).join(Client, Client.id == Case.client_id)
            .where(Recording.conversation_id.in_(list(deadlines))).order_by(Recording.id)).all()
    found = [OverdueRecording(rid, cid, case_id, pseudonym, held_on, deadlines[cid], (today - deadlines[cid]).days)
             for rid, cid, case_id, pseudonym, held_on in rows]
    return sorted(found, key=lambda o: (o.retain_until, o.recording_id))


def enforce(ctx: Context, today: date | None = None) -> list[ErasureReport]:
    """Erase every overdue recording, one conversation per transaction, then flush the database files once.
    Also finishes erasures a crash interrupted, and retries a SQLite checkpoint that could not finish."""
    reports = [erasure.erase_conversation(ctx, conversation_id, reason="retention", forget=False)
               for conversation_id in dict.fromkeys(o.conversation_id for o in overdue(ctx, today))]
    erasure.finish_pending(ctx)
    if reports or ctx.store.is_sqlite:  # a checkpoint is cheap; VACUUM FULL only when rows were deleted
        residue = scrub.forget(ctx.store, erasure.erased_tables())
        reports = [replace(report, residue=residue) for report in reports]
    return reports
