"""Unsharing inside the caller's transaction: the shares of the learning lab go with their feedback thread, their
clip files are queued for shredding (pending_erasures area "clip") and their clip keys are destroyed.

Used by `lab.unshare`, by the erasure of a withdrawal, a recording, retention and a client (services/erasure.py),
and by deleting a fragment. The clip keys go first, while their shares still exist: in team mode row-level
security shows (and lets the professional delete) a clip key only through a share row that refers to it, so once
the share is gone the key could no longer be reached. Then the share rows, and the feedback with them (ON DELETE
CASCADE, which PostgreSQL runs as the tables' owner: the professional may not delete a group member's feedback row
by row). Every clip has a hash (so a key) of its own (kijkwijzer/media/clips.py); a key another share still refers
to is kept all the same.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import delete, func, select
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from kijkwijzer.store.models import Fragment, LabFeedback, LabShare, PendingErasure

from . import content_keys
from .events import Event
from .topics import Topic

CLIP_AREA = "clip"
_UNSHARED = "lab_unshared"  # session.info: (share id, recording id) of every share erased in this transaction


def erase_shares(session: Session, *where: Any) -> dict[str, int]:
    """Delete the shares matching `where` (LabShare columns) with their feedback, queue their clip files and
    destroy their clip keys. Returns the counts {"lab_shares": n, "lab_feedback": m} (zeros left out)."""
    rows = session.execute(select(LabShare.id, LabShare.clip_sha256, LabShare.clip_name, Fragment.recording_id)
                           .join(Fragment, Fragment.id == LabShare.fragment_id).where(*where)).all()
    if not rows:
        return {}
    share_ids = [row.id for row in rows]
    feedback = int(session.scalar(select(func.count()).select_from(LabFeedback)
                                  .where(LabFeedback.share_id.in_(share_ids))) or 0)
    shas = {row.clip_sha256 for row in rows}
    still_shared = set(session.scalars(select(LabShare.clip_sha256).where(LabShare.clip_sha256.in_(shas),
                                                                          LabShare.id.not_in(share_ids))))
    content_keys.destroy(session, *(content_keys.clip_key_id(sha) for sha in sorted(shas - still_shared)))
    result = cast("CursorResult[Any]", session.execute(
        delete(LabShare).where(LabShare.id.in_(share_ids)).execution_options(synchronize_session=False)))
    for name in sorted({row.clip_name for row in rows}):
        session.add(PendingErasure(area=CLIP_AREA, name=name))
    session.info.setdefault(_UNSHARED, []).extend((row.id, row.recording_id) for row in rows)
    counts = {"lab_shares": int(result.rowcount or 0), "lab_feedback": feedback}
    return {name: count for name, count in counts.items() if count}


def erase_shares_of_fragments(session: Session, fragment_ids: Any) -> dict[str, int]:
    """The shares of these fragments (a list of ids or a select of them)."""
    return erase_shares(session, LabShare.fragment_id.in_(fragment_ids))


def unshared_events(session: Session) -> list[Event]:
    """An event per share erased in this transaction so far, for the views that show it (the Leerlab)."""
    return [Event(Topic.LAB_SHARE_CHANGED, share_id, recording_id)
            for share_id, recording_id in session.info.pop(_UNSHARED, [])]
