"""Agreement between the client and the reviewers (issue 13 part 3): the reviewers' marks per fragment shown to
the client (komt overeen / verschilt / alleen de cliënt zag het, client_feedback.compare) counted per
conversation, with the share that matches, and that share per conversation over a case's series.

`share_matching` = matches / marked fragments (the fragments still unmarked do not count); None when nothing
is marked yet. Without the client's consent for the client interview a conversation has no figures
(`consent` False), as the comparison itself is not shown then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kijkwijzer.domain.feedback import summarize_marks
from kijkwijzer.errors import NotAllowed, NotFound
from kijkwijzer.store.models import Conversation, Recording

from . import client_feedback
from .aandachtspunten import require_case
from .access import active_consent
from .context import Context


@dataclass(frozen=True)
class ClientAgreement:
    conversation_id: int
    sequence: int
    held_on: date
    consent: bool  # the client interview's consent in force
    fragments: int  # shown to the client or reacted to
    match: int
    differ: int
    client_only: int
    unmarked: int
    share_matching: float | None  # match / (match + differ + client_only)

    @property
    def marked(self) -> int:
        return self.match + self.differ + self.client_only


@dataclass(frozen=True)
class ClientAgreementSeries:
    case_id: int
    conversations: tuple[ClientAgreement, ...]  # in conversation order


def _of(ctx: Context, conversation_id: int, sequence: int, held_on: date, consent: bool,
        recording_ids: list[int]) -> ClientAgreement:
    marks: list[str | None] = []
    if consent:
        for recording_id in recording_ids:
            try:
                marks.extend(row.mark for row in client_feedback.compare(ctx, recording_id))
            except NotAllowed:  # a recording this actor may not open counts for nothing
                continue
    s = summarize_marks(marks)
    return ClientAgreement(conversation_id, sequence, held_on, consent, len(marks), s.match, s.differ,
                           s.client_only, s.unmarked, s.match / s.marked if s.marked else None)


def _facts(ctx: Context, conversation_ids: list[int]) -> list[tuple[int, int, date, bool, list[int]]]:
    with ctx.store.read() as session:
        out = []
        for cid in conversation_ids:
            conv = session.get_one(Conversation, cid)
            recordings = list(session.scalars(select(Recording.id).where(Recording.conversation_id == cid)
                                              .order_by(Recording.id)))
            out.append((cid, conv.sequence, conv.held_on,
                        active_consent(session, cid, client_feedback.PURPOSE) is not None, recordings))
        return out


def conversation_client_agreement(ctx: Context, conversation_id: int) -> ClientAgreement:
    """The counts and the share for one conversation (all its recordings)."""
    with ctx.store.read() as session:
        conv = session.get(Conversation, conversation_id)
        if conv is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        require_case(session, ctx.actor, conv.case_id)
    return _of(ctx, *_facts(ctx, [conversation_id])[0])


def client_agreement(ctx: Context, case_id: int) -> ClientAgreementSeries:
    """Per conversation of the case, in order: the line over the series."""
    with ctx.store.read() as session:
        require_case(session, ctx.actor, case_id)
        ids = list(session.scalars(select(Conversation.id).where(Conversation.case_id == case_id)
                                   .order_by(Conversation.sequence, Conversation.id)))
    return ClientAgreementSeries(case_id, tuple(_of(ctx, *facts) for facts in _facts(ctx, ids)))
