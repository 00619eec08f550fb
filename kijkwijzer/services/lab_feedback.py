"""The feedback thread of a shared fragment in the learning lab: tops and tips of the group members and the sharing
professional, each linked to a Kijkwijzer theme if they like; everyone changes or deletes only their own. The
professional can turn a contribution into an aandachtspunt of a reflection conversation of the case.
(Re-exported by services/lab.py, the learning lab's one entry point.)
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.domain.free_text import free_text
from kijkwijzer.domain.unchanged import UNCHANGED, Unchanged
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.store.models import Aandachtspunt, Conversation, LabFeedback, ReflectionConversation

from .aandachtspunten import AandachtspuntView, add_aandachtspunt
from .context import Context
from .lab_access import FEEDBACK_KINDS, FeedbackView, feedback_views, load_share, may_discuss, require_owner
from .topics import Change


def _kind(kind: str) -> str:
    if kind not in FEEDBACK_KINDS:
        raise BadInput(f"Soort feedback is 'top' of 'tip', niet {kind!r}.",
                       f"Feedback is a 'top' or a 'tip', not {kind!r}.")
    return kind


def _text(text: str) -> str:
    text = free_text(text, "Feedback", "Feedback").strip()
    if not text:
        raise BadInput("Schrijf de feedback op.", "Write the feedback down.")
    return text


def _theme(ctx: Context, theme_id: str | None) -> str | None:
    if theme_id is None or theme_id == "":
        return None
    try:
        ctx.content.theme(theme_id)
    except KeyError:
        raise BadInput(f"Onbekend thema: {theme_id}", f"Unknown theme: {theme_id}") from None
    return theme_id


def _view(session: Session, ctx: Context, row: LabFeedback) -> FeedbackView:
    return feedback_views(session, ctx.actor, [row])[0]


def _own(session: Session, ctx: Context, feedback_id: int) -> LabFeedback:
    """The actor's own feedback on a share they still see."""
    row = session.get(LabFeedback, feedback_id)
    if row is None:
        raise NotFound(f"Feedback {feedback_id} bestaat niet (meer).",
                       f"Feedback {feedback_id} does not exist (any more).")
    load_share(session, ctx.actor, row.share_id)
    if ctx.actor.reviewer_id is None or row.reviewer_id != ctx.actor.reviewer_id:
        raise NotAllowed("U kunt alleen uw eigen feedback wijzigen of verwijderen.",
                         "You can change or delete only your own feedback.")
    return row


def add_feedback(ctx: Context, share_id: int, kind: str, text: str, theme_id: str | None = None) -> FeedbackView:
    """A top or a tip on a shared fragment, by a member of its group or the professional who shared it."""
    kind, text, theme_id = _kind(kind), _text(text), _theme(ctx, theme_id)
    with ctx.transaction() as session:
        share = load_share(session, ctx.actor, share_id)
        may_discuss(session, ctx.actor, share)
        row = LabFeedback(share_id=share.id, reviewer_id=ctx.actor.reviewer_id, kind=kind, text=text, theme_id=theme_id)
        session.add(row)
        session.flush()
        view = _view(session, ctx, row)
        ctx.changed(session, Change.LAB_FEEDBACK_ADD, row.id, detail=f"share {share_id}: {kind}", scope_id=share_id,
                    view=view)
        return view


def update_feedback(ctx: Context, feedback_id: int, *, kind: str | None = None, text: str | None = None,
                    theme_id: str | None | Unchanged = UNCHANGED) -> FeedbackView:
    """Change one's own top or tip (None leaves kind and text as they are; theme None removes the theme)."""
    kind = _kind(kind) if kind is not None else None
    text = _text(text) if text is not None else None
    theme = theme_id if isinstance(theme_id, Unchanged) else _theme(ctx, theme_id)
    with ctx.transaction() as session:
        row = _own(session, ctx, feedback_id)
        row.kind = kind if kind is not None else row.kind
        row.text = text if text is not None else row.text
        if not isinstance(theme, Unchanged):
            row.theme_id = theme
        session.flush()
        view = _view(session, ctx, row)
        ctx.changed(session, Change.LAB_FEEDBACK_UPDATE, row.id, scope_id=row.share_id, view=view)
        return view


def delete_feedback(ctx: Context, feedback_id: int) -> None:
    """Delete one's own top or tip (an aandachtspunt made from it stays, without the link)."""
    with ctx.transaction() as session:
        row = _own(session, ctx, feedback_id)
        share_id = row.share_id
        session.delete(row)
        session.flush()
        ctx.changed(session, Change.LAB_FEEDBACK_DELETE, feedback_id, scope_id=share_id)


def feedback_thread(ctx: Context, share_id: int) -> list[FeedbackView]:
    """The thread of a shared fragment, oldest first."""
    with ctx.store.read() as session:
        load_share(session, ctx.actor, share_id)
        rows = list(session.scalars(select(LabFeedback).where(LabFeedback.share_id == share_id)
                                    .order_by(LabFeedback.created_at, LabFeedback.id)))
        return feedback_views(session, ctx.actor, rows)


def feedback_to_aandachtspunt(ctx: Context, feedback_id: int, reflection_id: int,
                              text: str | None = None) -> AandachtspuntView:
    """The professional turns the group's feedback into an aandachtspunt of a reflection conversation of the case
    (the feedback's text unless `text` is given; its theme and the shared fragment carried over)."""
    with ctx.store.read() as session:
        row = session.get(LabFeedback, feedback_id)
        if row is None:
            raise NotFound(f"Feedback {feedback_id} bestaat niet (meer).",
                           f"Feedback {feedback_id} does not exist (any more).")
        share = load_share(session, ctx.actor, row.share_id)
        conversation_id = require_owner(session, ctx.actor, share, "feedback tot aandachtspunt maken",
                                        "turn feedback into an attention point")
        reflection = session.get(ReflectionConversation, reflection_id)
        if reflection is None:
            raise NotFound(f"Reflectiegesprek {reflection_id} bestaat niet.",
                           f"Reflection conversation {reflection_id} does not exist.")
        case_ids = set(session.scalars(select(Conversation.case_id).where(
            Conversation.id.in_((conversation_id, reflection.conversation_id)))))
        if len(case_ids) != 1:
            raise BadInput("Het aandachtspunt hoort bij een reflectiegesprek van dezelfde casus als het fragment.",
                           "The attention point belongs to a reflection conversation of the fragment's case.")
        made = session.scalar(select(Aandachtspunt.id).where(Aandachtspunt.from_feedback_id == feedback_id))
        if made is not None:
            raise BadInput(f"Van deze feedback is al aandachtspunt {made} gemaakt.",
                           f"Attention point {made} was already made from this feedback.")
        theme_id, fragment_id, feedback_text = row.theme_id, share.fragment_id, row.text
    return add_aandachtspunt(ctx, reflection_id, text if text is not None and text.strip() else feedback_text,
                             theme_id, (fragment_id,), from_feedback_id=feedback_id)
