"""Which conversations a reflection looks back on (its own plus the `reflection_coverage` rows: 004 case 2
reflects on conversations 1 and 2 at once) and which earlier reflection it follows up. Session helpers for
services/reflection.py, services/aandachtspunten.py and the reports; no transaction of their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.store.models import Conversation, ReflectionConversation, ReflectionCoverage


def covered_conversations(session: Session, row: ReflectionConversation) -> list[Conversation]:
    """The reflection's own conversation and the further ones it covers, in the case's order."""
    ids = {row.conversation_id, *session.scalars(select(ReflectionCoverage.conversation_id)
                                                 .where(ReflectionCoverage.reflection_id == row.id))}
    return list(session.scalars(select(Conversation).where(Conversation.id.in_(ids))
                                .order_by(Conversation.sequence, Conversation.id)))


def covered_ids(session: Session, row: ReflectionConversation) -> list[int]:
    return [c.id for c in covered_conversations(session, row)]


def further_ids(session: Session, row: ReflectionConversation) -> tuple[int, ...]:
    """The covered conversations besides the reflection's own, in the case's order."""
    return tuple(c.id for c in covered_conversations(session, row) if c.id != row.conversation_id)


def latest_covered(session: Session, row: ReflectionConversation) -> Conversation:
    """The last conversation the reflection looks back on: its aandachtspunten are tried in the one after it."""
    return covered_conversations(session, row)[-1]


def reflections_covering(session: Session, conversation_ids: Iterable[int]) -> dict[int, list[int]]:
    """conversation id -> the reflections that look back on it (its own and those covering it), by date."""
    ids = list(conversation_ids)
    out: dict[int, list[int]] = defaultdict(list)
    own = select(ReflectionConversation.id, ReflectionConversation.conversation_id, ReflectionConversation.held_on) \
        .where(ReflectionConversation.conversation_id.in_(ids))
    further = select(ReflectionConversation.id, ReflectionCoverage.conversation_id, ReflectionConversation.held_on) \
        .join(ReflectionCoverage, ReflectionCoverage.reflection_id == ReflectionConversation.id) \
        .where(ReflectionCoverage.conversation_id.in_(ids))
    rows = sorted({(r[0], r[1], r[2]) for query in (own, further) for r in session.execute(query)},
                  key=lambda r: (r[2], r[0]))
    for reflection_id, conversation_id, _held_on in rows:
        if reflection_id not in out[conversation_id]:
            out[conversation_id].append(reflection_id)
    return out


def check_covers(session: Session, own: Conversation, covers: Iterable[int]) -> list[int]:
    """The further conversations, checked: they exist and belong to the same case (the own one is left out)."""
    out: list[int] = []
    for conversation_id in dict.fromkeys(covers):
        conv = session.get(Conversation, conversation_id)
        if conv is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        if conv.case_id != own.case_id:
            raise BadInput(f"Gesprek {conversation_id} hoort niet bij dezelfde casus; een reflectie kijkt alleen "
                           "terug op gesprekken van één casus.",
                           f"Conversation {conversation_id} belongs to another case; a reflection looks back on "
                           "conversations of one case only.")
        if conv.id != own.id:
            out.append(conv.id)
    return out


def write_coverage(session: Session, reflection_id: int, covers: list[int]) -> None:
    for row in session.scalars(select(ReflectionCoverage).where(ReflectionCoverage.reflection_id == reflection_id)):
        if row.conversation_id not in covers:
            session.delete(row)
    present = set(session.scalars(select(ReflectionCoverage.conversation_id)
                                  .where(ReflectionCoverage.reflection_id == reflection_id)))
    session.add_all(ReflectionCoverage(reflection_id=reflection_id, conversation_id=c)
                    for c in covers if c not in present)
    session.flush()


def check_follows(session: Session, own: Conversation, reflection_id: int | None, held_on,
                  follows: int | None) -> int | None:
    """The earlier reflection of the same case this one follows up (held on or before it; never itself or a
    reflection that follows this one)."""
    if follows is None:
        return None
    earlier = session.get(ReflectionConversation, follows)
    if earlier is None:
        raise NotFound(f"Reflectiegesprek {follows} bestaat niet.", f"Reflection conversation {follows} does not exist.")
    case_id = session.scalar(select(Conversation.case_id).where(Conversation.id == earlier.conversation_id))
    if case_id != own.case_id:
        raise BadInput("Een vervolgreflectie volgt op een reflectie van dezelfde casus.",
                       "A follow-on reflection follows a reflection of the same case.")
    step: ReflectionConversation | None = earlier
    while step is not None:  # no circle: the earlier one may not (indirectly) follow this one
        if reflection_id is not None and step.id == reflection_id:
            raise BadInput("Een reflectie kan niet op zichzelf of op haar eigen vervolg volgen.",
                           "A reflection cannot follow itself or its own follow-on.")
        step = session.get(ReflectionConversation, step.follows_id) if step.follows_id else None
    if earlier.held_on > held_on:
        raise BadInput(f"De reflectie van {earlier.held_on:%d-%m-%Y} is later dan deze; een vervolgreflectie "
                       "volgt op een eerdere.",
                       f"The reflection of {earlier.held_on:%Y-%m-%d} is later than this one; a follow-on "
                       "reflection follows an earlier one.")
    return earlier.id
