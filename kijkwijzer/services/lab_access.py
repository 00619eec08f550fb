"""Who sees what in the learning lab, and the views of shares and feedback (used by services/lab.py and
services/lab_feedback.py).

A share is seen by the members of its learning group (any role: a professional can be a member too) and by the
case's own professional, who shared it; the system (the command line without --as) sees every share. The same
rules hold a second time in team mode, where row-level security (migration 0004) shows a group member only the
shares of their groups, the fragments shared and the feedback on them: every query here reads only those tables
for a member, never a recording, conversation or case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, false, func, or_, select, true
from sqlalchemy.orm import Session

from kijkwijzer.errors import NotAllowed, NotFound
from kijkwijzer.store.models import (
    Aandachtspunt,
    Case,
    Conversation,
    Fragment,
    LabFeedback,
    LabShare,
    LearningGroup,
    LearningGroupMember,
    Recording,
    Reviewer,
)

from .context import Actor
from .erasure import require_case_professional
from .numbering import fragment_numbers

FEEDBACK_KINDS = ("top", "tip")


@dataclass(frozen=True)
class ShareView:
    id: int
    fragment_id: int
    group_id: int
    group_name: str
    question: str
    title: str  # the fragment's title (or "Fragment <n>")
    duration_ms: int  # the fragment's length (end - start): what the clip holds
    start_ms: int  # where the fragment starts in its recording (shown to the professional only)
    shared_by: str  # the professional's name
    shared_on: datetime
    faces_blurred: bool
    feedback_count: int
    mine: bool  # the acting reviewer shared it (the professional's own view)


@dataclass(frozen=True)
class FeedbackView:
    id: int
    share_id: int
    reviewer_id: int
    reviewer_name: str
    kind: str  # "top" | "tip"
    text: str
    theme_id: str | None  # a Kijkwijzer theme id from content
    created_at: datetime
    aandachtspunt_id: int | None  # set once the professional turned it into an aandachtspunt
    mine: bool


def not_shared(share_id: int) -> NotFound:
    return NotFound(f"Gedeeld fragment {share_id} bestaat niet (meer) of is niet met u gedeeld.",
                    f"Shared fragment {share_id} does not exist (any more) or was not shared with you.")


def professional_of(session: Session, actor: Actor) -> int | None:
    if actor.reviewer_id is None:
        return None
    reviewer = session.get(Reviewer, actor.reviewer_id)
    return reviewer.professional_id if reviewer is not None else None


def owned_fragments(professional_id: int) -> Select:
    """The ids of the fragments of this professional's cases."""
    return (select(Fragment.id).join(Recording, Recording.id == Fragment.recording_id)
            .join(Conversation, Conversation.id == Recording.conversation_id)
            .join(Case, Case.id == Conversation.case_id).where(Case.professional_id == professional_id))


def visible(session: Session, actor: Actor) -> ColumnElement[bool]:
    """A condition on LabShare: the shares this actor sees."""
    if actor.reviewer_id is None:
        return true()
    groups = select(LearningGroupMember.group_id).where(LearningGroupMember.reviewer_id == actor.reviewer_id)
    professional_id = professional_of(session, actor)
    own = LabShare.fragment_id.in_(owned_fragments(professional_id)) if professional_id is not None else false()
    return or_(LabShare.group_id.in_(groups), own)


def load_share(session: Session, actor: Actor, share_id: int) -> LabShare:
    """The share, when this actor sees it; NotFound otherwise (whether it exists is not told)."""
    row = session.scalar(select(LabShare).where(LabShare.id == share_id, visible(session, actor)))
    if row is None:
        raise not_shared(share_id)
    return row


def in_group(session: Session, actor: Actor, group_id: int) -> bool:
    return actor.reviewer_id is not None and session.get(LearningGroupMember, (group_id, actor.reviewer_id)) is not None


def owns(session: Session, actor: Actor, share: LabShare) -> bool:
    """Whether the actor is the professional of the shared fragment's case (not the system)."""
    professional_id = professional_of(session, actor)
    return professional_id is not None and session.scalar(
        owned_fragments(professional_id).where(Fragment.id == share.fragment_id)) is not None


def conversation_of(session: Session, share: LabShare) -> int | None:
    """The shared fragment's conversation; None for whom cannot see its recording (a group member)."""
    return session.scalar(select(Recording.conversation_id).join(Fragment, Fragment.recording_id == Recording.id)
                          .where(Fragment.id == share.fragment_id))


def require_owner(session: Session, actor: Actor, share: LabShare, doing_nl: str, doing_en: str) -> int:
    """Only the case's own professional (or the system) may do this; returns the conversation id."""
    conversation_id = conversation_of(session, share)
    if conversation_id is None:
        raise NotAllowed(f"Alleen de professional die dit fragment deelde kan {doing_nl}.",
                         f"Only the professional who shared this fragment can {doing_en}.")
    require_case_professional(session, actor, conversation_id, doing_nl, doing_en)
    return conversation_id


def may_discuss(session: Session, actor: Actor, share: LabShare) -> None:
    """Group members and the sharing professional add to a share's feedback thread."""
    if actor.reviewer_id is None:
        raise NotAllowed("Feedback is van iemand: kies als wie u reageert.",
                         "Feedback is someone's: choose who you respond as.")
    if not (in_group(session, actor, share.group_id) or owns(session, actor, share)):
        raise NotAllowed(f"{actor.name} zit niet in de leergroep waarmee dit fragment is gedeeld.",
                         f"{actor.name} is not in the learning group this fragment was shared with.")


# ---- views --------------------------------------------------------------------------------------------------------

def share_views(session: Session, actor: Actor, rows: list[LabShare]) -> list[ShareView]:
    if not rows:
        return []
    ids = [row.id for row in rows]
    fragments = {f.id: f for f in session.scalars(select(Fragment).where(Fragment.id.in_({r.fragment_id
                                                                                         for r in rows})))}
    numbers = fragment_numbers(session, {f.recording_id for f in fragments.values()})
    groups = dict(session.execute(select(LearningGroup.id, LearningGroup.name)
                                  .where(LearningGroup.id.in_({r.group_id for r in rows}))).all())
    names = dict(session.execute(select(Reviewer.id, Reviewer.name)
                                 .where(Reviewer.id.in_({r.shared_by for r in rows if r.shared_by}))).all())
    counts = dict(session.execute(select(LabFeedback.share_id, func.count()).where(LabFeedback.share_id.in_(ids))
                                  .group_by(LabFeedback.share_id)).all())
    professional_id = professional_of(session, actor)
    owned = set(session.scalars(owned_fragments(professional_id).where(Fragment.id.in_(list(fragments))))) \
        if professional_id is not None else set()
    views = []
    for row in rows:
        fragment = fragments.get(row.fragment_id)
        start, end = (fragment.start_ms, fragment.end_ms) if fragment is not None else (0, 0)
        title = fragment.title if fragment is not None and fragment.title else \
            f"Fragment {numbers.get(row.fragment_id, '')}".strip()
        mine = row.fragment_id in owned or (actor.reviewer_id is not None and row.shared_by == actor.reviewer_id)
        views.append(ShareView(row.id, row.fragment_id, row.group_id, groups.get(row.group_id, ""), row.question,
                               title, end - start, start, names.get(row.shared_by or 0, ""), row.created_at,
                               row.faces_blurred, int(counts.get(row.id, 0)), mine))
    return views


def _owned_shares(session: Session, actor: Actor, share_ids: set[int]) -> set[int]:
    """Which of these shares are of the actor's own cases (all of them for the system)."""
    if actor.reviewer_id is None:
        return share_ids
    professional_id = professional_of(session, actor)
    if professional_id is None:
        return set()
    return set(session.scalars(select(LabShare.id).where(LabShare.id.in_(share_ids),
                                                         LabShare.fragment_id.in_(owned_fragments(professional_id)))))


def feedback_views(session: Session, actor: Actor, rows: list[LabFeedback]) -> list[FeedbackView]:
    if not rows:
        return []
    names = dict(session.execute(select(Reviewer.id, Reviewer.name)
                                 .where(Reviewer.id.in_({r.reviewer_id for r in rows}))).all())
    # the aandachtspunt made from it is the professional's own: a group member is not told of it
    owned = _owned_shares(session, actor, {row.share_id for row in rows})
    points = dict(session.execute(select(Aandachtspunt.from_feedback_id, func.min(Aandachtspunt.id))
                                  .where(Aandachtspunt.from_feedback_id.in_(
                                      [row.id for row in rows if row.share_id in owned]))
                                  .group_by(Aandachtspunt.from_feedback_id)).all())
    return [FeedbackView(row.id, row.share_id, row.reviewer_id, names.get(row.reviewer_id, ""), row.kind, row.text,
                         row.theme_id, row.created_at, points.get(row.id),
                         actor.reviewer_id is not None and row.reviewer_id == actor.reviewer_id) for row in rows]
