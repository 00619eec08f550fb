"""Cases (why this client was brought in, the goal, dated events and outcome) and their conversations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kijkwijzer.domain.free_text import free_line, free_text
from kijkwijzer.domain.vocabulary import CASE_EVENT_KINDS, PARTICIPANT_ROLES
from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.store.models import (
    Case,
    CaseEvent,
    Client,
    Conversation,
    ConversationParticipant,
    Professional,
)

from .access import visible_case_ids
from .context import Context
from .topics import Change


@dataclass(frozen=True)
class CaseView:
    id: int
    professional_id: int
    client_id: int
    client_pseudonym: str
    title: str
    reason: str
    goal: str = ""
    profile: str = ""


@dataclass(frozen=True)
class CaseEventView:
    id: int
    case_id: int
    occurred_on: date
    kind: str  # event | outcome | note
    text: str


@dataclass(frozen=True)
class ConversationView:
    id: int
    case_id: int
    held_on: date
    goal: str
    setting: str
    participants: tuple[tuple[str, str], ...]  # (role, description), third parties included
    sequence: int
    interviewed_on: date | None = None  # when the client was interviewed about it (may be after a later one)

    @property
    def participants_text(self) -> str:
        return _participants_line(self.participants)


def _participants(session, conversation_id: int) -> tuple[tuple[str, str], ...]:
    rows = session.scalars(select(ConversationParticipant).where(
        ConversationParticipant.conversation_id == conversation_id).order_by(ConversationParticipant.id))
    return tuple((p.role, p.description) for p in rows)


# How a participant without a description is named in Dutch texts (reports, the CLI); the window has its own
# translated labels (ui/intake/labels.py).
PARTICIPANT_WORDS = {"client": "cliënt", "professional": "professional", "interpreter": "tolk",
                     "other_professional": "andere professional", "relative": "naaste of familielid",
                     "other": "iemand anders"}


def _participants_line(participants) -> str:
    return ", ".join(description or PARTICIPANT_WORDS.get(role, role) for role, description in participants)


def participants_text(session, conversation_id: int) -> str:
    return _participants_line(_participants(session, conversation_id))


def _conv_view(session, c: Conversation) -> ConversationView:
    return ConversationView(c.id, c.case_id, c.held_on, c.goal, c.setting, _participants(session, c.id), c.sequence,
                            c.interviewed_on)


def conversation_views(session: Session, case_id: int) -> list[ConversationView]:
    """A case's conversations in order, participants read in one query (for the cycle view)."""
    convs = list(session.scalars(select(Conversation).where(Conversation.case_id == case_id)
                                 .order_by(Conversation.sequence, Conversation.id)))
    people: dict[int, list[tuple[str, str]]] = {c.id: [] for c in convs}
    for p in session.scalars(select(ConversationParticipant).where(
            ConversationParticipant.conversation_id.in_(list(people))).order_by(ConversationParticipant.id)):
        people[p.conversation_id].append((p.role, p.description))
    return [ConversationView(c.id, c.case_id, c.held_on, c.goal, c.setting, tuple(people[c.id]), c.sequence,
                             c.interviewed_on) for c in convs]


def _check_participants(participants: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    checked = []
    for role, description in participants:
        if role not in PARTICIPANT_ROLES:
            raise BadInput(f"Onbekende rol van een deelnemer: {role} (kies uit {', '.join(PARTICIPANT_ROLES)})",
                           f"Unknown participant role: {role} (choose from {', '.join(PARTICIPANT_ROLES)})")
        checked.append((role, free_line(description, "Omschrijving van een deelnemer", "Participant description",
                                        limit=400).strip()))
    return checked


def _require_title(title: str) -> str:
    title = free_line(title, "De titel", "The title", limit=200).strip()
    if not title:
        raise BadInput("Geef de casus een titel.", "Give the case a title.")
    return title


_CASE_TEXTS = {"reason": ("Waarom deze cliënt", "Why this client"), "goal": ("Het doel", "The goal"),
               "profile": ("Het profiel", "The profile")}


def _case_text(field: str, value: str) -> str:
    nl, en = _CASE_TEXTS[field]
    return free_text(value, nl, en)


def _case_view(session: Session, case: Case) -> CaseView:
    client = session.get(Client, case.client_id)
    return CaseView(case.id, case.professional_id, case.client_id, client.pseudonym if client else "?", case.title,
                    case.reason, case.goal, case.profile)


def _load_case(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"Casus {case_id} bestaat niet.", f"Case {case_id} does not exist.")
    return case


# ---- cases ---------------------------------------------------------------------------------------------------

def add_case(ctx: Context, professional_id: int, client_id: int, title: str, reason: str = "", goal: str = "",
             profile: str = "") -> CaseView:
    with ctx.transaction() as session:
        if session.get(Professional, professional_id) is None:
            raise NotFound(f"Professional {professional_id} bestaat niet.", f"Professional {professional_id} does not exist.")
        if session.get(Client, client_id) is None:
            raise NotFound(f"Cliënt {client_id} bestaat niet.", f"Client {client_id} does not exist.")
        case = Case(professional_id=professional_id, client_id=client_id, title=_require_title(title),
                    reason=_case_text("reason", reason), goal=_case_text("goal", goal),
                    profile=_case_text("profile", profile))
        session.add(case)
        session.flush()
        ctx.changed(session, Change.CASE_ADD, case.id)
        return _case_view(session, case)


def update_case(ctx: Context, case_id: int, *, title: str | None = None, reason: str | None = None,
                goal: str | None = None, profile: str | None = None) -> CaseView:
    with ctx.transaction() as session:
        case = _load_case(session, case_id)
        if title is not None:
            case.title = _require_title(title)
        for field, value in (("reason", reason), ("goal", goal), ("profile", profile)):
            if value is not None:
                setattr(case, field, _case_text(field, value))
        ctx.changed(session, Change.CASE_UPDATE, case.id)
        return _case_view(session, case)


def get_case(ctx: Context, case_id: int) -> CaseView:
    with ctx.store.read() as session:
        return _case_view(session, _load_case(session, case_id))


def list_cases(ctx: Context, professional_id: int | None = None) -> list[CaseView]:
    """The cases the actor may see (access.visible_case_ids), of one professional when given."""
    with ctx.store.read() as session:
        query = select(Case, Client).join(Client, Client.id == Case.client_id).order_by(Case.id)
        if professional_id is not None:
            query = query.where(Case.professional_id == professional_id)
        visible = visible_case_ids(session, ctx.actor)
        if visible is not None:
            query = query.where(Case.id.in_(visible))
        return [CaseView(c.id, c.professional_id, c.client_id, cl.pseudonym, c.title, c.reason, c.goal, c.profile)
                for c, cl in session.execute(query)]


# ---- dated events and outcome of a case -------------------------------------------------------------------------

def _event_view(row: CaseEvent) -> CaseEventView:
    return CaseEventView(row.id, row.case_id, row.occurred_on, row.kind, row.text)


def _check_kind(kind: str) -> str:
    if kind not in CASE_EVENT_KINDS:
        raise BadInput(f"Onbekende soort: {kind} (kies uit {', '.join(CASE_EVENT_KINDS)})",
                       f"Unknown kind: {kind} (choose from {', '.join(CASE_EVENT_KINDS)})")
    return kind


def _check_text(text: str) -> str:
    text = free_text(text, "Wat er gebeurde", "What happened")
    if not text.strip():
        raise BadInput("Beschrijf wat er gebeurde.", "Describe what happened.")
    return text.strip()


def _load_event(session: Session, event_id: int) -> CaseEvent:
    row = session.get(CaseEvent, event_id)
    if row is None:
        raise NotFound(f"Gebeurtenis {event_id} bestaat niet.", f"Case event {event_id} does not exist.")
    return row


def add_case_event(ctx: Context, case_id: int, occurred_on: date, kind: str, text: str) -> CaseEventView:
    """Something dated between conversations (a home visit, a benefit cut), the outcome, or a note."""
    _check_kind(kind)
    with ctx.transaction() as session:
        _load_case(session, case_id)
        row = CaseEvent(case_id=case_id, occurred_on=occurred_on, kind=kind, text=_check_text(text))
        session.add(row)
        session.flush()
        ctx.changed(session, Change.CASE_EVENT_ADD, row.id, detail=f"case {case_id}: {kind}", event_object_id=case_id)
        return _event_view(row)


def update_case_event(ctx: Context, event_id: int, *, occurred_on: date | None = None, kind: str | None = None,
                      text: str | None = None) -> CaseEventView:
    with ctx.transaction() as session:
        row = _load_event(session, event_id)
        if occurred_on is not None:
            row.occurred_on = occurred_on
        if kind is not None:
            row.kind = _check_kind(kind)
        if text is not None:
            row.text = _check_text(text)
        ctx.changed(session, Change.CASE_EVENT_UPDATE, row.id, detail=f"case {row.case_id}", event_object_id=row.case_id)
        return _event_view(row)


def delete_case_event(ctx: Context, event_id: int) -> None:
    with ctx.transaction() as session:
        row = _load_event(session, event_id)
        case_id = row.case_id
        session.delete(row)
        ctx.changed(session, Change.CASE_EVENT_DELETE, event_id, detail=f"case {case_id}", event_object_id=case_id)


def case_events(session: Session, case_id: int) -> list[CaseEventView]:
    rows = session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id)
                           .order_by(CaseEvent.occurred_on, CaseEvent.id))
    return [_event_view(r) for r in rows]


def list_case_events(ctx: Context, case_id: int) -> list[CaseEventView]:
    """By date, the oldest first."""
    with ctx.store.read() as session:
        _load_case(session, case_id)
        return case_events(session, case_id)


# ---- conversations -------------------------------------------------------------------------------------------

def _setting(setting: str) -> str:
    return free_line(setting, "De plaats van het gesprek", "The setting", limit=200).strip() or "spreekkamer"


def add_conversation(ctx: Context, case_id: int, held_on: date, goal: str = "", setting: str = "spreekkamer",
                     participants: Sequence[tuple[str, str]] = ()) -> ConversationView:
    """`setting` is free text (the window offers SETTINGS as suggestions)."""
    setting = _setting(setting)
    goal = free_text(goal, "Het doel van het gesprek", "The conversation's goal")
    checked = _check_participants(participants)
    with ctx.transaction() as session:
        _load_case(session, case_id)
        sequence = (session.scalar(select(func.max(Conversation.sequence)).where(Conversation.case_id == case_id)) or 0) + 1
        conv = Conversation(case_id=case_id, held_on=held_on, goal=goal, setting=setting, sequence=sequence)
        session.add(conv)
        session.flush()
        session.add_all(ConversationParticipant(conversation_id=conv.id, role=role, description=description)
                        for role, description in checked)
        session.flush()
        ctx.changed(session, Change.CONVERSATION_ADD, conv.id, scope_id=case_id)
        return _conv_view(session, conv)


def update_conversation(ctx: Context, conversation_id: int, *, held_on: date | None = None, goal: str | None = None,
                        setting: str | None = None,
                        participants: Sequence[tuple[str, str]] | None = None) -> ConversationView:
    """`participants`, when given, replaces the whole list. The conversation keeps its place in the case."""
    checked = _check_participants(participants) if participants is not None else None
    with ctx.transaction() as session:
        conv = session.get(Conversation, conversation_id)
        if conv is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        if held_on is not None:
            conv.held_on = held_on
        if goal is not None:
            conv.goal = free_text(goal, "Het doel van het gesprek", "The conversation's goal")
        if setting is not None:
            conv.setting = _setting(setting)
        if checked is not None:
            session.execute(delete(ConversationParticipant)
                            .where(ConversationParticipant.conversation_id == conversation_id))
            session.add_all(ConversationParticipant(conversation_id=conv.id, role=role, description=description)
                            for role, description in checked)
        session.flush()
        ctx.changed(session, Change.CONVERSATION_UPDATE, conv.id, scope_id=conv.case_id)
        return _conv_view(session, conv)


def list_conversations(ctx: Context, case_id: int) -> list[ConversationView]:
    with ctx.store.read() as session:
        return conversation_views(session, case_id)


def get_conversation(ctx: Context, conversation_id: int) -> ConversationView:
    with ctx.store.read() as session:
        conv = session.get(Conversation, conversation_id)
        if conv is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        return _conv_view(session, conv)
