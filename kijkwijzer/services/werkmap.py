"""What the Werkmap (the window's workspace overview) shows, read so that it scales to years of work: the
professionals and the cases the actor may see with their counts in a few aggregate queries (never a row per
annotation), and one case's conversations and recordings only when the case is opened.

    overview(ctx)            professionals > cases, each case with its conversations, recordings, annotations
    case_contents(ctx, id)   one case's conversations, each with its recordings and their annotation counts
    case_of(ctx, kind, id), first_recording(ctx, prefer)
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kijkwijzer.domain.natural_order import natural_key
from kijkwijzer.store.models import Annotation, Case, Client, Conversation, Professional, Recording

from .access import refusal, visible_case_ids
from .cases import ConversationView, conversation_views
from .context import Context
from .people import ProfessionalView
from .recordings import RecordingView, _view


@dataclass(frozen=True)
class CaseCounts:
    id: int
    title: str
    client_pseudonym: str
    conversations: int
    recordings: int
    annotations: int


@dataclass(frozen=True)
class ProfessionalRow:
    professional: ProfessionalView
    cases: tuple[CaseCounts, ...]


@dataclass(frozen=True)
class RecordingRow:
    recording: RecordingView
    annotations: int


@dataclass(frozen=True)
class ConversationRow:
    conversation: ConversationView
    recordings: tuple[RecordingRow, ...]


def _visible(session: Session, ctx: Context, query):
    visible = visible_case_ids(session, ctx.actor)
    return query if visible is None else query.where(Case.id.in_(visible))


def overview(ctx: Context) -> list[ProfessionalRow]:
    """Every professional (by name) with the cases the actor may see (access.visible_case_ids) and their counts:
    four queries whatever the size of the workspace."""
    with ctx.store.read() as session:
        pros = sorted(session.scalars(select(Professional)), key=lambda p: natural_key(p.name))
        cases = session.execute(_visible(session, ctx, select(Case.id, Case.professional_id, Case.title,
                                                                Client.pseudonym)
                                         .join(Client, Client.id == Case.client_id).order_by(Case.id))).all()
        conversations = dict(session.execute(select(Conversation.case_id, func.count(Conversation.id))
                                             .group_by(Conversation.case_id)).all())
        case_of_recording = dict(session.execute(
            select(Recording.id, Conversation.case_id).join(Conversation, Conversation.id == Recording.conversation_id)
        ).all())
        recordings: dict[int, int] = {}
        annotations: dict[int, int] = {}
        for case_id in case_of_recording.values():
            recordings[case_id] = recordings.get(case_id, 0) + 1
        # counted per recording on the (recording_id, start_ms) index alone; a join per annotation is ~7x slower
        for recording_id, count in session.execute(select(Annotation.recording_id, func.count())
                                                   .group_by(Annotation.recording_id)):
            owner = case_of_recording.get(recording_id)
            if owner is not None:
                annotations[owner] = annotations.get(owner, 0) + count
        by_pro: dict[int, list[CaseCounts]] = {p.id: [] for p in pros}
        for row in cases:
            case_id = int(row[0])
            by_pro.setdefault(int(row[1]), []).append(CaseCounts(
                case_id, str(row[2]), str(row[3]), conversations.get(case_id, 0), recordings.get(case_id, 0),
                annotations.get(case_id, 0)))
        return [ProfessionalRow(ProfessionalView(p.id, p.name, p.function), tuple(by_pro[p.id])) for p in pros]


def case_contents(ctx: Context, case_id: int) -> list[ConversationRow]:
    """One case's conversations in order, each with its recordings (listed without path and hash to an actor who may
    not open them, as recordings.list_recordings does) and the number of annotations of each."""
    with ctx.store.read() as session:
        convs = conversation_views(session, case_id)
        rows = list(session.scalars(select(Recording).join(Conversation, Conversation.id == Recording.conversation_id)
                                    .where(Conversation.case_id == case_id).order_by(Recording.id)))
        counts = dict(session.execute(select(Annotation.recording_id, func.count(Annotation.id))
                                      .where(Annotation.recording_id.in_([r.id for r in rows]))
                                      .group_by(Annotation.recording_id)).all())
        per_conversation: dict[int, list[RecordingRow]] = {c.id: [] for c in convs}
        for row in rows:
            view = _view(ctx, row, hidden=refusal(session, ctx.actor, row) is not None)
            per_conversation[row.conversation_id].append(RecordingRow(view, counts.get(row.id, 0)))
        return [ConversationRow(c, tuple(per_conversation[c.id])) for c in convs]


def case_of(ctx: Context, kind: str, item_id: int) -> int | None:
    """The case a recording or a conversation (`kind`) belongs to; None when it is gone."""
    with ctx.store.read() as session:
        query = select(Conversation.case_id)
        if kind == "recording":
            query = query.join(Recording, Recording.conversation_id == Conversation.id).where(Recording.id == item_id)
        else:
            query = query.where(Conversation.id == item_id)
        return session.scalar(query)


def first_recording(ctx: Context, prefer: int | None = None) -> int | None:
    """`prefer` when it is listed in the Werkmap (a recording of a case the actor may see), else the first listed."""
    with ctx.store.read() as session:
        query = _visible(session, ctx, select(Recording.id).join(Conversation, Conversation.id == Recording.conversation_id)
                         .join(Case, Case.id == Conversation.case_id))
        if prefer is not None and session.scalar(query.where(Recording.id == prefer)) is not None:
            return prefer
        return session.scalar(query.order_by(Recording.id).limit(1))
