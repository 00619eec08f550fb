"""Gathering an anonymised case story: every conversation of the case that may be analysed, with all names
replaced by roles (the client's pseudonym code too, unless asked for)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.exchange.case_story import CaseStory
from kijkwijzer.exchange.pseudonym import Name, Scrubber
from kijkwijzer.store.models import Case, Client, Professional, Recording, Reviewer

from . import people
from .context import Context
from .exchange_query import reflection_report

ROLE_LABELS = {
    "coach": "de coach",
    "researcher": "de onderzoeker",
    "colleague": "een collega",
    "client_researcher": "de cliëntonderzoeker",
    "learning_group": "de leergroep",
}
CLIENT = "de cliënt"


def story_scrubber(session: Session, case: Case, with_pseudonym: bool) -> Scrubber:
    client = session.get(Client, case.client_id)
    professional = session.get(Professional, case.professional_id)
    function = f"de {professional.function}" if professional and professional.function else "de professional"
    names = [Name(people.real_name_of(session, client) or "", client.pseudonym if with_pseudonym else CLIENT)]
    if not with_pseudonym:
        names.append(Name(client.pseudonym, CLIENT))
    if professional:
        names.append(Name(professional.name, function, strict=False))
    for reviewer in session.scalars(select(Reviewer)):
        label = (
            function
            if reviewer.professional_id == case.professional_id
            else ROLE_LABELS.get(reviewer.role, "een collega")
        )
        names.append(Name(reviewer.name, label, strict=False))
    return Scrubber(names)


def case_story(
    session: Session, ctx: Context, case_id: int, conversation_ids: tuple[int, ...], with_pseudonym: bool
) -> CaseStory:
    case = session.get(Case, case_id)
    client = session.get(Client, case.client_id)
    scrub = story_scrubber(session, case, with_pseudonym)
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
    )
