"""Improvement plans (step 4 of 001): an improvement point, concrete actions, who/what is needed, dates.

Each action can point at the evidence it rests on (fragments, annotations, aandachtspunten, client feedback
scores) and is followed up with a status. A plan is private to its professional, like the assessment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.domain.free_text import free_line, free_text
from kijkwijzer.domain.unchanged import UNCHANGED, Unchanged
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.store.models import (
    Aandachtspunt,
    Annotation,
    Assessment,
    Case,
    Client,
    Conversation,
    FeedbackScore,
    Fragment,
    Plan,
    PlanAction,
    PlanActionLink,
    Recording,
)

from .access import active_consent
from .assessment import require_own
from .context import Context
from .topics import Change

STATUSES = {"open": ("open", "open"), "bezig": ("bezig", "in progress"), "gedaan": ("gedaan", "done"),
            "vervallen": ("vervallen", "dropped")}
CLOSED = ("gedaan", "vervallen")
LINK_KINDS = ("fragment", "annotation", "aandachtspunt", "feedback")


@dataclass(frozen=True)
class LinkView:
    kind: str
    target_id: int


@dataclass(frozen=True)
class ActionView:
    id: int
    plan_id: int
    professional_id: int
    text: str
    who: str
    due_on: date | None
    status: str
    done_on: date | None
    note: str
    pillar_id: str | None
    links: tuple[LinkView, ...]


@dataclass(frozen=True)
class PlanView:
    id: int
    professional_id: int
    assessment_id: int | None
    pillar_id: str | None
    room_for_improvement: str  # question 1
    needed: str  # question 3
    timeline: str  # question 4
    actions: tuple[ActionView, ...]  # question 2


@dataclass(frozen=True)
class EvidenceFragment:
    """A fragment of one of the professional's conversations, described well enough to choose it as evidence."""

    fragment_id: int
    recording_id: int
    conversation_id: int
    held_on: date
    case_title: str
    client_pseudonym: str
    start_ms: int
    end_ms: int
    title: str


def status_label(status: str, lang: str = "nl") -> str:
    nl, en = STATUSES.get(status, (status, status))
    return nl if lang == "nl" else en


def _links(session: Session, action_id: int) -> tuple[LinkView, ...]:
    """Links whose target was erased since (consent withdrawn, fragment deleted) are left out."""
    rows = session.scalars(select(PlanActionLink).where(PlanActionLink.action_id == action_id)
                           .order_by(PlanActionLink.kind, PlanActionLink.target_id)).all()
    return tuple(LinkView(r.kind, r.target_id) for r in rows if _target_case(session, r.kind, r.target_id))


def _action_view(session: Session, row: PlanAction, professional_id: int) -> ActionView:
    return ActionView(row.id, row.plan_id, professional_id, row.text, row.who, row.due_on, row.status, row.done_on,
                      row.note, row.pillar_id, _links(session, row.id))


def _plan_view(session: Session, row: Plan) -> PlanView:
    actions = session.scalars(select(PlanAction).where(PlanAction.plan_id == row.id).order_by(PlanAction.id))
    return PlanView(row.id, row.professional_id, row.assessment_id, row.pillar_id, row.room_for_improvement,
                    row.needed, row.timeline, tuple(_action_view(session, a, row.professional_id) for a in actions))


def _check_pillar(ctx: Context, pillar_id: str | None) -> None:
    if pillar_id is not None and not any(p.id == pillar_id for p in ctx.content.pillars):
        raise BadInput(f"Onbekende pijler: {pillar_id}", f"Unknown pillar: {pillar_id}")


def _plan_texts(*texts: str | None) -> tuple:
    """Questions 1, 3 and 4 (None stays None: not changed) under the free-text limits."""
    names = (("Verbetering", "Improvement"), ("Nodig", "Needed"), ("Tijdpad", "Timeline"))
    return tuple(None if t is None else free_text(t, nl, en) for t, (nl, en) in zip(texts, names, strict=True))


def _action_text(text: str) -> str:
    return free_text(text, "Actie", "Action")


def _action_who(who: str) -> str:
    return free_line(who, "Wie", "Who")


def _load_plan(session: Session, ctx: Context, plan_id: int) -> Plan:
    row = session.get(Plan, plan_id)
    if row is None:
        raise NotFound(f"Plan {plan_id} bestaat niet.", f"Plan {plan_id} does not exist.")
    require_own(session, ctx.actor, row.professional_id)
    return row


def _load_action(session: Session, ctx: Context, action_id: int) -> tuple[PlanAction, Plan]:
    row = session.get(PlanAction, action_id)
    if row is None:
        raise NotFound(f"Actie {action_id} bestaat niet.", f"Action {action_id} does not exist.")
    return row, _load_plan(session, ctx, row.plan_id)


def add_plan(ctx: Context, professional_id: int, room_for_improvement: str, *, needed: str = "", timeline: str = "",
             pillar_id: str | None = None, assessment_id: int | None = None) -> PlanView:
    """Questions 1, 3 and 4 of step 4; the actions (question 2) are added one by one."""
    room_for_improvement, needed, timeline = _plan_texts(room_for_improvement, needed, timeline)
    if not room_for_improvement.strip():
        raise BadInput("Beschrijf welke verbetering je zou willen aanbrengen.",
                       "Describe which improvement you would like to make.")
    _check_pillar(ctx, pillar_id)
    with ctx.transaction() as session:
        require_own(session, ctx.actor, professional_id)
        if assessment_id is not None:
            sitting = session.get(Assessment, assessment_id)
            if sitting is None or sitting.professional_id != professional_id:
                raise NotFound(f"Assessment {assessment_id} bestaat niet.", f"Assessment {assessment_id} does not exist.")
        row = Plan(professional_id=professional_id, assessment_id=assessment_id, pillar_id=pillar_id,
                   room_for_improvement=room_for_improvement.strip(), needed=needed.strip(), timeline=timeline.strip())
        session.add(row)
        session.flush()
        view = _plan_view(session, row)
        ctx.changed(session, Change.PLAN_ADD, row.id, detail=f"professional {professional_id}",
                    scope_id=professional_id, view=view)
        return view


def _target_case(session: Session, kind: str, target_id: int) -> int | None:
    """The case a piece of evidence belongs to, or None when it does not exist."""
    recording_id: int | None = None
    if kind == "aandachtspunt":
        ap = session.get(Aandachtspunt, target_id)
        return ap.case_id if ap else None
    if kind == "feedback":
        score = session.get(FeedbackScore, target_id)
        conv = session.get(Conversation, score.conversation_id) if score else None
        return conv.case_id if conv else None
    if kind == "fragment":
        frag = session.get(Fragment, target_id)
        recording_id = frag.recording_id if frag else None
    elif kind == "annotation":
        ann = session.get(Annotation, target_id)
        recording_id = ann.recording_id if ann else None
    rec = session.get(Recording, recording_id) if recording_id else None
    conv = session.get(Conversation, rec.conversation_id) if rec else None
    return conv.case_id if conv else None


def _add_link(session: Session, action: PlanAction, professional_id: int, kind: str, target_id: int) -> None:
    if kind not in LINK_KINDS:
        raise BadInput(f"Onbekend soort bewijs: {kind} (kies uit {', '.join(LINK_KINDS)})",
                       f"Unknown kind of evidence: {kind} (choose from {', '.join(LINK_KINDS)})")
    case_id = _target_case(session, kind, target_id)
    if case_id is None:
        raise NotFound(f"{kind} {target_id} bestaat niet.", f"{kind} {target_id} does not exist.")
    case = session.get(Case, case_id)
    if case is None or case.professional_id != professional_id:
        raise NotAllowed(f"{kind} {target_id} hoort niet bij een casus van deze professional.",
                         f"{kind} {target_id} does not belong to a case of this professional.")
    if session.get(PlanActionLink, (action.id, kind, target_id)) is None:
        session.add(PlanActionLink(action_id=action.id, kind=kind, target_id=target_id))


def add_action(ctx: Context, plan_id: int, text: str, *, who: str = "", due_on: date | None = None,
               pillar_id: str | None = None, links: Sequence[tuple[str, int]] = ()) -> ActionView:
    """A concrete, feasible step (question 2) with who/what is needed and when."""
    text, who = _action_text(text), _action_who(who)
    if not text.strip():
        raise BadInput("Omschrijf concreet wat je gaat doen.", "Describe concretely what you are going to do.")
    _check_pillar(ctx, pillar_id)
    with ctx.transaction() as session:
        plan = _load_plan(session, ctx, plan_id)
        row = PlanAction(plan_id=plan_id, text=text.strip(), who=who.strip(), due_on=due_on,
                         pillar_id=pillar_id or plan.pillar_id, status="open")
        session.add(row)
        session.flush()
        for kind, target_id in links:
            _add_link(session, row, plan.professional_id, kind, target_id)
        session.flush()
        view = _action_view(session, row, plan.professional_id)
        ctx.changed(session, Change.PLAN_ACTION_ADD, row.id, detail=f"plan {plan_id}", event_object_id=plan_id,
                    scope_id=plan.professional_id, view=view)
    return view


def update_plan(ctx: Context, plan_id: int, *, room_for_improvement: str | None = None, needed: str | None = None,
                timeline: str | None = None, pillar_id: str | None | Unchanged = UNCHANGED) -> PlanView:
    """Questions 1, 3 and 4 (and the pillar) rewritten after the wizard; what is not given stays."""
    room_for_improvement, needed, timeline = _plan_texts(room_for_improvement, needed, timeline)
    if room_for_improvement is not None and not room_for_improvement.strip():
        raise BadInput("Beschrijf welke verbetering je zou willen aanbrengen.",
                       "Describe which improvement you would like to make.")
    if not isinstance(pillar_id, Unchanged):
        _check_pillar(ctx, pillar_id)
    with ctx.transaction() as session:
        row = _load_plan(session, ctx, plan_id)
        for name, value in (("room_for_improvement", room_for_improvement), ("needed", needed),
                            ("timeline", timeline)):
            if value is not None:
                setattr(row, name, value.strip())
        if not isinstance(pillar_id, Unchanged):
            row.pillar_id = pillar_id
        session.flush()
        view = _plan_view(session, row)
        ctx.changed(session, Change.PLAN_UPDATE, row.id, scope_id=row.professional_id, view=view)
        return view


def update_action(ctx: Context, action_id: int, *, text: str | None = None, who: str | None = None,
                  due_on: date | None | Unchanged = UNCHANGED, pillar_id: str | None | Unchanged = UNCHANGED,
                  note: str | None = None) -> ActionView:
    """Change a step of the plan: what, who/what is needed, when (None: no date), the pillar, a note."""
    text = None if text is None else _action_text(text)
    who = None if who is None else _action_who(who)
    if note is not None:
        note = free_text(note, "Notitie", "Note")
    if text is not None and not text.strip():
        raise BadInput("Omschrijf concreet wat je gaat doen.", "Describe concretely what you are going to do.")
    if not isinstance(pillar_id, Unchanged):
        _check_pillar(ctx, pillar_id)
    with ctx.transaction() as session:
        row, plan = _load_action(session, ctx, action_id)
        if text is not None:
            row.text = text.strip()
        if who is not None:
            row.who = who.strip()
        if note is not None:
            row.note = note.strip()
        if not isinstance(due_on, Unchanged):
            row.due_on = due_on
        if not isinstance(pillar_id, Unchanged):
            row.pillar_id = pillar_id
        session.flush()
        view = _action_view(session, row, plan.professional_id)
        ctx.changed(session, Change.PLAN_ACTION_UPDATE, row.id, event_object_id=plan.id,
                    scope_id=plan.professional_id, view=view)
    return view


def link(ctx: Context, action_id: int, kind: str, target_id: int) -> ActionView:
    with ctx.transaction() as session:
        row, plan = _load_action(session, ctx, action_id)
        _add_link(session, row, plan.professional_id, kind, target_id)
        session.flush()
        view = _action_view(session, row, plan.professional_id)
        ctx.changed(session, Change.PLAN_ACTION_LINK, row.id, detail=f"{kind} {target_id}", event_object_id=plan.id,
                    scope_id=plan.professional_id, view=view)
    return view


def unlink(ctx: Context, action_id: int, kind: str, target_id: int) -> ActionView:
    with ctx.transaction() as session:
        row, plan = _load_action(session, ctx, action_id)
        found = session.get(PlanActionLink, (action_id, kind, target_id))
        if found is not None:
            session.delete(found)
            session.flush()
        view = _action_view(session, row, plan.professional_id)
        ctx.changed(session, Change.PLAN_ACTION_UNLINK, row.id, detail=f"{kind} {target_id}",
                    event_object_id=plan.id, scope_id=plan.professional_id, view=view)
    return view


def set_status(ctx: Context, action_id: int, status: str, *, note: str | None = None,
               on: date | None = None) -> ActionView:
    """Follow an action up: open, bezig, gedaan (with the date) or vervallen."""
    if status not in STATUSES:
        raise BadInput(f"Onbekende status: {status} (kies uit {', '.join(STATUSES)})",
                       f"Unknown status: {status} (choose from {', '.join(STATUSES)})")
    with ctx.transaction() as session:
        row, plan = _load_action(session, ctx, action_id)
        row.status = status
        row.done_on = (on or date.today()) if status == "gedaan" else None
        if note is not None:
            row.note = free_text(note, "Notitie", "Note").strip()
        view = _action_view(session, row, plan.professional_id)
        ctx.changed(session, Change.PLAN_ACTION_STATUS, row.id, detail=status, event_object_id=plan.id,
                    scope_id=plan.professional_id, view=view)
    return view


def reopen(ctx: Context, action_id: int) -> ActionView:
    """A step marked done or dropped is open again (its done date goes)."""
    return set_status(ctx, action_id, "open")


def done(ctx: Context, action_id: int, *, note: str | None = None, on: date | None = None) -> ActionView:
    return set_status(ctx, action_id, "gedaan", note=note, on=on)


def get_plan(ctx: Context, plan_id: int) -> PlanView:
    with ctx.store.read() as session:
        return _plan_view(session, _load_plan(session, ctx, plan_id))


def list_plans(ctx: Context, professional_id: int) -> list[PlanView]:
    with ctx.store.read() as session:
        require_own(session, ctx.actor, professional_id)
        rows = session.scalars(select(Plan).where(Plan.professional_id == professional_id).order_by(Plan.id))
        return [_plan_view(session, r) for r in rows]


def due(ctx: Context, professional_id: int, today: date | None = None) -> list[ActionView]:
    """Open actions whose date has come (shown when the app opens), earliest first."""
    today = today or date.today()
    with ctx.store.read() as session:
        require_own(session, ctx.actor, professional_id)
        rows = session.scalars(
            select(PlanAction).join(Plan, Plan.id == PlanAction.plan_id)
            .where(Plan.professional_id == professional_id, PlanAction.due_on.is_not(None),
                   PlanAction.due_on <= today, PlanAction.status.not_in(CLOSED))
            .order_by(PlanAction.due_on, PlanAction.id))
        return [_action_view(session, r, professional_id) for r in rows]


def evidence_fragments(ctx: Context, professional_id: int) -> list[EvidenceFragment]:
    """The fragments of the professional's own conversations that can back a plan step (analysis consent
    still active), newest conversation first; what "Fragment koppelen" offers."""
    with ctx.store.read() as session:
        require_own(session, ctx.actor, professional_id)
        rows = session.execute(
            select(Fragment, Recording, Conversation, Case, Client)
            .join(Recording, Recording.id == Fragment.recording_id)
            .join(Conversation, Conversation.id == Recording.conversation_id)
            .join(Case, Case.id == Conversation.case_id)
            .join(Client, Client.id == Case.client_id)
            .where(Case.professional_id == professional_id)
            .order_by(Conversation.held_on.desc(), Conversation.id.desc(), Fragment.start_ms, Fragment.id)).all()
        consented = {conv_id: active_consent(session, conv_id, "analysis") is not None
                     for conv_id in {r[2].id for r in rows}}
        return [EvidenceFragment(f.id, rec.id, conv.id, conv.held_on, case.title, client.pseudonym, f.start_ms,
                                 f.end_ms, f.title) for f, rec, conv, case, client in rows if consented[conv.id]]


def actions_for(ctx: Context, kind: str, target_id: int) -> list[ActionView]:
    """The way back: which plan actions rest on this fragment, annotation, aandachtspunt or score."""
    with ctx.store.read() as session:
        rows = session.execute(
            select(PlanAction, Plan).join(PlanActionLink, PlanActionLink.action_id == PlanAction.id)
            .join(Plan, Plan.id == PlanAction.plan_id)
            .where(PlanActionLink.kind == kind, PlanActionLink.target_id == target_id).order_by(PlanAction.id)).all()
        out = []
        for action, plan in rows:
            try:
                require_own(session, ctx.actor, plan.professional_id)
            except NotAllowed:
                continue
            out.append(_action_view(session, action, plan.professional_id))
        return out
