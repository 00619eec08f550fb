"""Cases (why this client was brought in) and their conversations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.store.models import Case, Client, Conversation, Professional
from kijkwijzer.store.models.cases import SETTINGS

from . import audit
from .context import Context, emit
from .events import Event


@dataclass(frozen=True)
class CaseView:
    id: int
    professional_id: int
    client_id: int
    client_pseudonym: str
    title: str
    reason: str


@dataclass(frozen=True)
class ConversationView:
    id: int
    case_id: int
    held_on: date
    goal: str
    setting: str
    participants: str
    sequence: int


def _conv_view(c: Conversation) -> ConversationView:
    return ConversationView(c.id, c.case_id, c.held_on, c.goal, c.setting, c.participants, c.sequence)


def add_case(ctx: Context, professional_id: int, client_id: int, title: str, reason: str = "") -> CaseView:
    with ctx.transaction() as session:
        if session.get(Professional, professional_id) is None:
            raise NotFound(f"Professional {professional_id} bestaat niet.", f"Professional {professional_id} does not exist.")
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound(f"Cliënt {client_id} bestaat niet.", f"Client {client_id} does not exist.")
        if not title.strip():
            raise BadInput("Geef de casus een titel.", "Give the case a title.")
        case = Case(professional_id=professional_id, client_id=client_id, title=title.strip(), reason=reason)
        session.add(case)
        session.flush()
        audit.record(session, ctx.actor, "case.add", "case", case.id)
        emit(session, Event("case.changed", case.id))
        return CaseView(case.id, professional_id, client_id, client.pseudonym, case.title, case.reason)


def add_conversation(ctx: Context, case_id: int, held_on: date, goal: str = "", setting: str = "spreekkamer",
                     participants: str = "") -> ConversationView:
    if setting not in SETTINGS:
        raise BadInput(f"Onbekende setting: {setting} (kies uit {', '.join(SETTINGS)})",
                       f"Unknown setting: {setting} (choose from {', '.join(SETTINGS)})")
    with ctx.transaction() as session:
        if session.get(Case, case_id) is None:
            raise NotFound(f"Casus {case_id} bestaat niet.", f"Case {case_id} does not exist.")
        sequence = (session.scalar(select(func.max(Conversation.sequence)).where(Conversation.case_id == case_id)) or 0) + 1
        conv = Conversation(case_id=case_id, held_on=held_on, goal=goal, setting=setting,
                            participants=participants, sequence=sequence)
        session.add(conv)
        session.flush()
        audit.record(session, ctx.actor, "conversation.add", "conversation", conv.id)
        emit(session, Event("conversation.changed", conv.id, case_id))
        return _conv_view(conv)


def list_cases(ctx: Context, professional_id: int | None = None) -> list[CaseView]:
    with ctx.store.read() as session:
        query = select(Case, Client).join(Client, Client.id == Case.client_id).order_by(Case.id)
        if professional_id is not None:
            query = query.where(Case.professional_id == professional_id)
        return [CaseView(c.id, c.professional_id, c.client_id, cl.pseudonym, c.title, c.reason)
                for c, cl in session.execute(query)]


def list_conversations(ctx: Context, case_id: int) -> list[ConversationView]:
    with ctx.store.read() as session:
        rows = session.scalars(select(Conversation).where(Conversation.case_id == case_id).order_by(Conversation.sequence))
        return [_conv_view(c) for c in rows]


def get_conversation(ctx: Context, conversation_id: int) -> ConversationView:
    with ctx.store.read() as session:
        conv = session.get(Conversation, conversation_id)
        if conv is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        return _conv_view(conv)
