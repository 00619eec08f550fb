"""Aandachtspunten: the outcome of a reflection, each linked to a theme and to the fragments behind it,
and their follow-up when a later conversation of the case is reviewed (tried? effect? which fragment?)
until a leerpunt closes them; and leerpunten that stand on their own (kind "leerpunt": a lesson taken
from a reflection, never followed up). Also who may take part in a conversation's reflection.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.domain.feedback import TRIED_VALUES, PointState, on_checklist, require_choice
from kijkwijzer.domain.free_text import free_text
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.store.models import (
    Aandachtspunt,
    AandachtspuntFollowup,
    AandachtspuntFragment,
    Case,
    ConsentReviewer,
    Conversation,
    Fragment,
    Recording,
    ReflectionConversation,
    Reviewer,
)
from kijkwijzer.store.models.base import utcnow

from .access import active_consent, require_analysis
from .context import Actor, Context
from .fragments import load_fragment
from .reflection_coverage import latest_covered
from .topics import Change

AANDACHTSPUNT, LEERPUNT = "aandachtspunt", "leerpunt"
KINDS = (AANDACHTSPUNT, LEERPUNT)


@dataclass(frozen=True)
class FollowupView:
    id: int
    conversation_id: int
    sequence: int
    tried: str
    effect: str
    fragment_id: int | None


@dataclass(frozen=True)
class AandachtspuntView:
    id: int
    case_id: int
    reflection_id: int | None
    conversation_id: int | None
    from_sequence: int
    theme_id: str | None
    text: str
    status: str
    leerpunt: str
    fragment_ids: tuple[int, ...]
    followups: tuple[FollowupView, ...]
    kind: str = "aandachtspunt"  # "aandachtspunt" | "leerpunt" (a lesson on its own: `text` is the lesson)

    @property
    def is_leerpunt(self) -> bool:
        return self.kind == LEERPUNT


@dataclass(frozen=True)
class ChecklistEntry:
    """An open aandachtspunt shown when a later conversation is reviewed, with what was filled in there."""

    point: AandachtspuntView
    followup: FollowupView | None


# ---- access ---------------------------------------------------------------------------------------------------

def require_conversation(session: Session, actor: Actor, conversation_id: int, *, change: bool = False) -> Conversation:
    """The case's professional and reviewers named in the analysis consent take part in its reflection; to
    `change` anything of it (a reflection, its agenda, an aandachtspunt) that consent must be in force, for everyone."""
    conv = session.get(Conversation, conversation_id)
    if conv is None:
        raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
    if change:
        require_analysis(session, conversation_id)
    if actor.reviewer_id is None:
        return conv
    reviewer = session.get(Reviewer, actor.reviewer_id)
    case = session.get(Case, conv.case_id)
    if reviewer and case and reviewer.professional_id == case.professional_id:
        return conv
    consent = active_consent(session, conversation_id, "analysis")
    if consent is not None and session.get(ConsentReviewer, (consent.id, actor.reviewer_id)) is not None:
        return conv
    raise NotAllowed(
        f"{actor.name} is niet genoemd in de toestemming van de cliënt voor analyse van dit gesprek.",
        f"{actor.name} is not named in the client's consent for analysing this conversation.",
    )


def require_case(session: Session, actor: Actor, case_id: int) -> Case:
    """The case's professional, and reviewers named in the analysis consent of any of its conversations."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(f"Casus {case_id} bestaat niet.", f"Case {case_id} does not exist.")
    refused: NotAllowed | None = None
    for conversation_id in session.scalars(select(Conversation.id).where(Conversation.case_id == case_id)):
        try:
            require_conversation(session, actor, conversation_id)
            return case
        except NotAllowed as error:
            refused = error
    if refused is not None:
        raise refused
    return case


def fragment_of_conversation(session: Session, ctx: Context, fragment_id: int, conversation_ids: set[int]) -> Fragment:
    fragment = load_fragment(session, ctx, fragment_id)
    recording = session.get(Recording, fragment.recording_id)
    if recording is None or recording.conversation_id not in conversation_ids:
        raise BadInput(f"Fragment {fragment_id} hoort niet bij dit gesprek.",
                       f"Fragment {fragment_id} does not belong to this conversation.")
    return fragment


def point_view(session: Session, row: Aandachtspunt) -> AandachtspuntView:
    origin = session.get(Conversation, row.conversation_id) if row.conversation_id else None
    fragment_ids = tuple(session.scalars(select(AandachtspuntFragment.fragment_id)
                                         .where(AandachtspuntFragment.aandachtspunt_id == row.id)
                                         .order_by(AandachtspuntFragment.fragment_id)))
    followups = []
    for f, conv in session.execute(select(AandachtspuntFollowup, Conversation)
                                   .join(Conversation, Conversation.id == AandachtspuntFollowup.conversation_id)
                                   .where(AandachtspuntFollowup.aandachtspunt_id == row.id)
                                   .order_by(Conversation.sequence)):
        followups.append(FollowupView(f.id, f.conversation_id, conv.sequence, f.tried, f.effect, f.fragment_id))
    return AandachtspuntView(row.id, row.case_id, row.reflection_id, row.conversation_id,
                             origin.sequence if origin else 0, row.theme_id, row.text, row.status, row.leerpunt,
                             fragment_ids, tuple(followups), row.kind or AANDACHTSPUNT)


# ---- aandachtspunten and their follow-up ------------------------------------------------------------------------

def _case_conversations(session: Session, case_id: int) -> dict[int, Conversation]:
    return {c.id: c for c in session.scalars(select(Conversation).where(Conversation.case_id == case_id))}


def _load_point(session: Session, ctx: Context, point_id: int, *, change: bool = False) -> Aandachtspunt:
    row = session.get(Aandachtspunt, point_id)
    if row is None:
        raise NotFound(f"Aandachtspunt {point_id} bestaat niet.", f"Attention point {point_id} does not exist.")
    if row.conversation_id is not None:
        require_conversation(session, ctx.actor, row.conversation_id, change=change)
    if change and row.kind == LEERPUNT:
        raise BadInput("Een los leerpunt wordt niet opgevolgd of heropend; het is zelf de les.",
                       "A learning point on its own is not followed up or reopened; it is the lesson itself.")
    return row


def _point_changed(session: Session, ctx: Context, row: Aandachtspunt, change: Change,
                   detail: str = "") -> AandachtspuntView:
    session.flush()
    view = point_view(session, row)
    ctx.changed(session, change, row.id, detail=detail, scope_id=row.case_id, view=view)
    return view


def _check_text_and_theme(ctx: Context, text: str, theme_id: str | None, nl: str, en: str) -> str:
    text = free_text(text, nl, en)
    if not text.strip():
        raise BadInput(f"Beschrijf het {nl.lower()}.", f"Describe the {en.lower()}.")
    if theme_id is not None:
        try:
            ctx.content.theme(theme_id)
        except KeyError:
            raise BadInput(f"Onbekend thema: {theme_id}", f"Unknown theme: {theme_id}") from None
    return text.strip()


def _add_outcome(ctx: Context, reflection_id: int, text: str, theme_id: str | None, fragment_ids: tuple[int, ...],
                 *, kind: str, from_feedback_id: int | None = None) -> AandachtspuntView:
    with ctx.transaction() as session:
        reflection = session.get(ReflectionConversation, reflection_id)
        if reflection is None:
            raise NotFound(f"Reflectiegesprek {reflection_id} bestaat niet.",
                           f"Reflection conversation {reflection_id} does not exist.")
        require_conversation(session, ctx.actor, reflection.conversation_id, change=True)
        # the last conversation looked back on: the point is tried in the one after it (004 case 2)
        conv = latest_covered(session, reflection)
        for fid in dict.fromkeys(fragment_ids):
            fragment_of_conversation(session, ctx, fid, set(_case_conversations(session, conv.case_id)))
        row = Aandachtspunt(case_id=conv.case_id, reflection_id=reflection_id, conversation_id=conv.id,
                            theme_id=theme_id, text=text, kind=kind, status="open", from_feedback_id=from_feedback_id)
        if kind == LEERPUNT:
            row.status, row.closed_at = "closed", utcnow()
        session.add(row)
        session.flush()
        for fid in dict.fromkeys(fragment_ids):
            session.add(AandachtspuntFragment(aandachtspunt_id=row.id, fragment_id=fid))
        change = Change.LEERPUNT_ADD if kind == LEERPUNT else Change.AANDACHTSPUNT_ADD
        return _point_changed(session, ctx, row, change, theme_id or "")


def add_aandachtspunt(ctx: Context, reflection_id: int, text: str, theme_id: str | None = None,
                      fragment_ids: tuple[int, ...] = (), *, from_feedback_id: int | None = None) -> AandachtspuntView:
    """An outcome of the reflection: what to try next time, linked to a theme and the fragments behind it (and to
    the learning group's feedback it was made from: services/lab_feedback.py checks that one)."""
    text = _check_text_and_theme(ctx, text, theme_id, "Aandachtspunt", "Attention point")
    return _add_outcome(ctx, reflection_id, text, theme_id, fragment_ids, kind=AANDACHTSPUNT,
                        from_feedback_id=from_feedback_id)


def add_leerpunt(ctx: Context, reflection_id: int, text: str, theme_id: str | None = None,
                 fragment_ids: tuple[int, ...] = ()) -> AandachtspuntView:
    """A leerpunt on its own: a lesson the professional takes from the reflection ("de leerpunten die de
    klantmanager daaruit meeneemt", 004 case 2). Nothing to try: no follow-up, never on a checklist."""
    text = _check_text_and_theme(ctx, text, theme_id, "Leerpunt", "Learning point")
    return _add_outcome(ctx, reflection_id, text, theme_id, fragment_ids, kind=LEERPUNT)


def _points_of_case(session: Session, case_id: int) -> list[Aandachtspunt]:
    return list(session.scalars(select(Aandachtspunt).where(Aandachtspunt.case_id == case_id).order_by(Aandachtspunt.id)))


def checklist(ctx: Context, conversation_id: int) -> list[ChecklistEntry]:
    """The open aandachtspunten of earlier conversations of the case, to check in this one."""
    with ctx.store.read() as session:
        conv = require_conversation(session, ctx.actor, conversation_id)
        out = []
        for row in _points_of_case(session, conv.case_id):
            view = point_view(session, row)
            state = PointState(view.id, view.from_sequence, view.status, tuple(f.sequence for f in view.followups),
                               view.kind)
            if on_checklist(state, conv.sequence):
                here = next((f for f in view.followups if f.conversation_id == conversation_id), None)
                out.append(ChecklistEntry(view, here))
        return out


def record_followup(ctx: Context, point_id: int, conversation_id: int, tried: str, effect: str = "",
                    fragment_id: int | None = None) -> AandachtspuntView:
    """Tried in this later conversation? What happened? Optionally the fragment of the new recording that shows it.

    The point's own conversation needs its analysis consent in force; the later one only when a fragment of its
    recording is linked (the answer itself is the professional's account, possible without a recording)."""
    require_choice(tried, TRIED_VALUES, "antwoord", "answer")
    with ctx.transaction() as session:
        row = _load_point(session, ctx, point_id, change=True)
        conv = require_conversation(session, ctx.actor, conversation_id, change=fragment_id is not None)
        origin = session.get(Conversation, row.conversation_id) if row.conversation_id else None
        if conv.case_id != row.case_id or (origin is not None and conv.sequence <= origin.sequence):
            raise BadInput("Een aandachtspunt wordt opgevolgd in een later gesprek van dezelfde casus.",
                           "An attention point is followed up in a later conversation of the same case.")
        if fragment_id is not None:
            fragment_of_conversation(session, ctx, fragment_id, {conversation_id})
        followup = session.scalar(select(AandachtspuntFollowup).where(
            AandachtspuntFollowup.aandachtspunt_id == point_id, AandachtspuntFollowup.conversation_id == conversation_id))
        if followup is None:
            followup = AandachtspuntFollowup(aandachtspunt_id=point_id, conversation_id=conversation_id)
            session.add(followup)
        followup.tried, followup.fragment_id = tried, fragment_id
        followup.effect = free_text(effect, "Effect", "Effect").strip()
        followup.recorded_by, followup.recorded_at = ctx.actor.reviewer_id, utcnow()
        return _point_changed(session, ctx, row, Change.AANDACHTSPUNT_FOLLOWUP,
                              f"conversation {conversation_id}: {tried}")


def record_leerpunt(ctx: Context, point_id: int, leerpunt: str) -> AandachtspuntView:
    """What the professional learned from trying it; this closes the aandachtspunt. An emptied
    leerpunt (the text cleared in the checklist) removes it and opens the point again."""
    leerpunt = free_text(leerpunt, "Leerpunt", "Learning point")
    with ctx.transaction() as session:
        row = _load_point(session, ctx, point_id, change=True)
        if not leerpunt.strip():
            row.leerpunt, row.status, row.closed_at = "", "open", None
            return _point_changed(session, ctx, row, Change.AANDACHTSPUNT_LEERPUNT_CLEAR)
        row.leerpunt, row.status, row.closed_at = leerpunt.strip(), "closed", utcnow()
        return _point_changed(session, ctx, row, Change.AANDACHTSPUNT_LEERPUNT)


def reopen(ctx: Context, point_id: int) -> AandachtspuntView:
    with ctx.transaction() as session:
        row = _load_point(session, ctx, point_id, change=True)
        row.status, row.closed_at = "open", None
        return _point_changed(session, ctx, row, Change.AANDACHTSPUNT_REOPEN)


def list_aandachtspunten(ctx: Context, case_id: int, kind: str | None = None) -> list[AandachtspuntView]:
    """The thread of a case: every aandachtspunt in the order it arose, with follow-ups and leerpunt, and the
    leerpunten on their own (`kind` picks one of the two)."""
    if kind is not None and kind not in KINDS:
        raise BadInput(f"Onbekende soort: {kind} (kies uit {', '.join(KINDS)})",
                       f"Unknown kind: {kind} (choose from {', '.join(KINDS)})")
    with ctx.store.read() as session:
        require_case(session, ctx.actor, case_id)
        views = [point_view(session, row) for row in _points_of_case(session, case_id)]
        return sorted((v for v in views if kind is None or v.kind == kind), key=lambda v: (v.from_sequence, v.id))

