"""Gathering an anonymised case story: every conversation of the case that may be analysed, with all names
replaced by roles (the client's pseudonym code too, unless asked for)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.formats.case_story import CaseStory, StoryEvent
from kijkwijzer.services.context import Context
from kijkwijzer.services.exchange.pseudonymise import CLIENT, for_story
from kijkwijzer.services.exchange.report_query import reflection_report
from kijkwijzer.store.models import Case, CaseEvent, Client, Recording


def case_story(
    session: Session, ctx: Context, case_id: int, conversation_ids: tuple[int, ...], with_pseudonym: bool
) -> CaseStory:
    case = session.get_one(Case, case_id)  # (its conversations were checked in this session)
    client = session.get_one(Client, case.client_id)
    scrub = for_story(session, case, with_pseudonym)
    label = client.pseudonym if with_pseudonym else CLIENT
    reports = tuple(reflection_report(session, ctx, cid, None, scrub, label) for cid in conversation_ids)
    recordings = sum(
        len(list(session.scalars(select(Recording.id).where(Recording.conversation_id == cid))))
        for cid in conversation_ids
    )
    return CaseStory(
        title=scrub(case.title),
        profile=scrub(client.profile),
        reason=scrub(case.reason),
        client_label=label,
        recordings=recordings,
        conversations=reports,
        goal=scrub(case.goal),
        events=tuple(StoryEvent(e.occurred_on, e.kind, scrub(e.text)) for e in session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.occurred_on, CaseEvent.id))),
    )
