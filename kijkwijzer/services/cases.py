"""Cases (why this client was brought in) and their conversations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.store.models import Case, Client, Conversation, ConversationParticipant, Professional
from kijkwijzer.store.models.cases import PARTICIPANT_ROLES

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
    participants: tuple[tuple[str, str], ...]  # (role, description), third parties included
    sequence: int

    @property
    def participants_text(self) -> str:
        return ", ".join(description or role for role, description in self.participants)


def _participants(session, conversation_id: int) -> tuple[tuple[str, str], ...]:
    rows = session.scalars(select(ConversationParticipant).where(
        ConversationParticipant.conversation_id == conversation_id).order_by(ConversationParticipant.id))
    return tuple((p.role, p.description) for p in rows)


def participants_text(session, conversation_id: int) -> str:
    return ", ".join(d or r for r, d in _participants(session, conversation_id))


def _conv_view(session, c: Conversation) -> ConversationView:
    return ConversationView(c.id, c.case_id, c.held_on, c.goal, c.setting, _participants(session, c.id), c.sequence)


def _check_participants(participants: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    checked = []
    for role, description in participants:
        if role not in PARTICIPANT_ROLES:
            raise BadInput(f"Onbekende rol van een deelnemer: {role} (kies uit {', '.join(PARTICIPANT_ROLES)})",
                           f"Unknown participant role: {role} (choose from {', '.join(PARTICIPANT_ROLES)})")
        checked.append((role, description.strip()))
    return checked


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
                     participants: Sequence[tuple[str, str]] = ()) -> ConversationView:
    """`setting` is free text (the window offers SETTINGS as suggestions)."""
    setting = setting.strip() or "spreekkamer"
    checked = _check_participants(participants)
    with ctx.transaction() as session:
        if session.get(Case, case_id) is None:
            raise NotFound(f"Casus {case_id} bestaat niet.", f"Case {case_id} does not exist.")
        sequence = (session.scalar(select(func.max(Conversation.sequence)).where(Conversation.case_id == case_id)) or 0) + 1
        conv = Conversation(case_id=case_id, held_on=held_on, goal=goal, setting=setting, sequence=sequence)
        session.add(conv)
        session.flush()
        session.add_all(ConversationParticipant(conversation_id=conv.id, role=role, description=description)
                        for role, description in checked)
        session.flush()
        audit.record(session, ctx.actor, "conversation.add", "conversation", conv.id)
        emit(session, Event("conversation.changed", conv.id, case_id))
        return _conv_view(session, conv)


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
        return [_conv_view(session, c) for c in rows]


def get_conversation(ctx: Context, conversation_id: int) -> ConversationView:
    with ctx.store.read() as session:
        conv = session.get(Conversation, conversation_id)
        if conv is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        return _conv_view(session, conv)
