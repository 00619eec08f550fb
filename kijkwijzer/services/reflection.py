"""The reflection conversation: an agenda of fragments, for each the matching reflection questions (per
theme, from content), the reviewers' annotations, the client's reaction, notes and tips.

Its outcome, the aandachtspunten and their follow-up, lives in services/aandachtspunten.py (re-exported here).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.domain.feedback import overlaps, reordered
from kijkwijzer.domain.free_text import free_text
from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.store.models import (
    Aandachtspunt,
    ClientReaction,
    Fragment,
    Recording,
    ReflectionConversation,
    ReflectionItem,
)

from . import annotations as annotation_service  # (the name `annotations` is taken by the __future__ import)
from .aandachtspunten import (  # noqa: F401 - re-exported: the outcome of a reflection
    AandachtspuntView,
    ChecklistEntry,
    FollowupView,
    add_aandachtspunt,
    checklist,
    fragment_of_conversation,
    list_aandachtspunten,
    point_view,
    record_followup,
    record_leerpunt,
    reopen,
    require_conversation,
)
from .access import active_consent
from .client_feedback import ReactionView, reaction_view
from .context import Context
from .fragments import FragmentView, fragment_view, item_ids
from .topics import Change


@dataclass(frozen=True)
class ReflectionQuestion:
    theme_id: str
    theme_title: str
    text: str
    text_en: str = ""  # the key question has an English version in the content; the others are Dutch only


@dataclass(frozen=True)
class AgendaItem:
    item_id: int
    position: int
    fragment: FragmentView
    themes: tuple[str, ...]
    questions: tuple[ReflectionQuestion, ...]
    annotations: tuple[AnnotationView, ...]
    reaction: ReactionView | None
    notes: str
    tips: str


@dataclass(frozen=True)
class ReflectionConversationView:
    id: int
    conversation_id: int
    held_on: date
    led_by: int | None
    notes: str
    items: tuple[AgendaItem, ...]
    aandachtspunten: tuple[AandachtspuntView, ...]


def load_reflection(session: Session, ctx: Context, reflection_id: int, *, change: bool = False) -> ReflectionConversation:
    """The reflection conversation, if the actor takes part in its conversation; to `change` it the analysis consent must be in force."""
    row = session.get(ReflectionConversation, reflection_id)
    if row is None:
        raise NotFound(f"Reflectiegesprek {reflection_id} bestaat niet.", f"Reflection conversation {reflection_id} does not exist.")
    require_conversation(session, ctx.actor, row.conversation_id, change=change)
    return row


# ---- views -------------------------------------------------------------------------------------------------------

def questions_for(ctx: Context, theme_ids: tuple[str, ...]) -> tuple[ReflectionQuestion, ...]:
    """Per theme its key question and its reflection questions, in content order."""
    out: list[ReflectionQuestion] = []
    for theme in ctx.content.themes:
        if theme.id in theme_ids:
            english = {theme.key_question: theme.key_question_en}
            for text in dict.fromkeys((theme.key_question, *theme.reflection_questions)):
                out.append(ReflectionQuestion(theme.id, theme.title, text, english.get(text, "")))
    return tuple(out)


def _reflection_view(session: Session, ctx: Context, row: ReflectionConversation,
                     notes_by_recording: dict[int, list[AnnotationView]]) -> ReflectionConversationView:
    consented = active_consent(session, row.conversation_id, "client_interview") is not None
    items = []
    for item in session.scalars(select(ReflectionItem).where(ReflectionItem.reflection_id == row.id)
                                .order_by(ReflectionItem.position, ReflectionItem.id)):
        fragment = fragment_view(session.get_one(Fragment, item.fragment_id))  # (a non-null foreign key)
        beside = tuple(a for a in notes_by_recording.get(fragment.recording_id, [])
                       if a.id == fragment.annotation_id
                       or overlaps(fragment.start_ms, fragment.end_ms, a.start_ms, a.end_ms))
        themes = tuple(dict.fromkeys(t for a in beside for t in a.themes))
        reaction = session.scalar(select(ClientReaction).where(ClientReaction.fragment_id == fragment.id))
        items.append(AgendaItem(item.id, item.position, fragment, themes, questions_for(ctx, themes), beside,
                                reaction_view(reaction) if reaction and consented else None, item.notes, item.tips))
    points = session.scalars(select(Aandachtspunt).where(Aandachtspunt.reflection_id == row.id).order_by(Aandachtspunt.id))
    return ReflectionConversationView(row.id, row.conversation_id, row.held_on, row.led_by, row.notes, tuple(items),
                                      tuple(point_view(session, p) for p in points))


def _recordings_in(session: Session, reflection_id: int) -> set[int]:
    return set(session.scalars(select(Fragment.recording_id).join(ReflectionItem, ReflectionItem.fragment_id == Fragment.id)
                               .where(ReflectionItem.reflection_id == reflection_id)))


def get_reflection(ctx: Context, reflection_id: int) -> ReflectionConversationView:
    with ctx.store.read() as session:
        recording_ids = _recordings_in(session, load_reflection(session, ctx, reflection_id).id)
    notes = {rid: annotation_service.list_for_recording(ctx, rid) for rid in recording_ids}
    with ctx.store.read() as session:
        return _reflection_view(session, ctx, load_reflection(session, ctx, reflection_id), notes)


def list_reflections(ctx: Context, conversation_id: int) -> list[ReflectionConversationView]:
    with ctx.store.read() as session:
        require_conversation(session, ctx.actor, conversation_id)
        ids = list(session.scalars(select(ReflectionConversation.id).where(ReflectionConversation.conversation_id == conversation_id)
                                   .order_by(ReflectionConversation.held_on, ReflectionConversation.id)))
    return [get_reflection(ctx, sid) for sid in ids]


# ---- the reflection and its agenda ---------------------------------------------------------------------------------

def _done(session: Session, ctx: Context, row: ReflectionConversation, change: Change, detail: str = "") -> int:
    ctx.changed(session, change, row.id, detail=detail, scope_id=row.conversation_id)
    return row.id


def _write_agenda(session: Session, reflection_id: int, order: list[int], keep: dict[int, ReflectionItem]) -> None:
    for position, fid in enumerate(order):
        item = keep.get(fid)
        if item is None:
            session.add(ReflectionItem(reflection_id=reflection_id, fragment_id=fid, position=position))
        else:
            item.position = position
    session.flush()


def start_reflection(ctx: Context, conversation_id: int, held_on: date, *, playlist_id: int | None = None,
                     fragment_ids: tuple[int, ...] = (), notes: str = "") -> ReflectionConversationView:
    """A reflection conversation whose agenda is a playlist's fragments and/or the fragments given, in order."""
    with ctx.transaction() as session:
        require_conversation(session, ctx.actor, conversation_id, change=True)
        order = item_ids(session, playlist_id) if playlist_id is not None else []
        order = list(dict.fromkeys(order + list(fragment_ids)))
        for fid in order:
            fragment_of_conversation(session, ctx, fid, {conversation_id})
        row = ReflectionConversation(conversation_id=conversation_id, held_on=held_on, led_by=ctx.actor.reviewer_id,
                                     notes=free_text(notes, "Notities", "Notes").strip())
        session.add(row)
        session.flush()
        _write_agenda(session, row.id, order, {})
        reflection_id = _done(session, ctx, row, Change.REFLECTION_START, f"conversation {conversation_id}")
    return get_reflection(ctx, reflection_id)


def _items(session: Session, reflection_id: int) -> dict[int, ReflectionItem]:
    rows = session.scalars(select(ReflectionItem).where(ReflectionItem.reflection_id == reflection_id)
                           .order_by(ReflectionItem.position, ReflectionItem.id))
    return {r.fragment_id: r for r in rows}


def add_to_agenda(ctx: Context, reflection_id: int, fragment_id: int) -> ReflectionConversationView:
    with ctx.transaction() as session:
        row = load_reflection(session, ctx, reflection_id, change=True)
        items = _items(session, reflection_id)
        if fragment_id in items:
            raise BadInput(f"Fragment {fragment_id} staat al op de agenda.", f"Fragment {fragment_id} is already on the agenda.")
        fragment_of_conversation(session, ctx, fragment_id, {row.conversation_id})
        _write_agenda(session, reflection_id, [*items, fragment_id], items)
        _done(session, ctx, row, Change.REFLECTION_AGENDA_ADD, f"fragment {fragment_id}")
    return get_reflection(ctx, reflection_id)


def reorder_agenda(ctx: Context, reflection_id: int, fragment_ids: list[int]) -> ReflectionConversationView:
    with ctx.transaction() as session:
        row = load_reflection(session, ctx, reflection_id, change=True)
        items = _items(session, reflection_id)
        _write_agenda(session, reflection_id, reordered(list(items), fragment_ids), items)
        _done(session, ctx, row, Change.REFLECTION_AGENDA_REORDER, ",".join(map(str, fragment_ids)))
    return get_reflection(ctx, reflection_id)


def remove_from_agenda(ctx: Context, reflection_id: int, fragment_id: int) -> ReflectionConversationView:
    """The fragment leaves this agenda (with what was noted about it here); the fragment itself stays."""
    with ctx.transaction() as session:
        row = load_reflection(session, ctx, reflection_id, change=True)
        if fragment_id not in _items(session, reflection_id):
            raise NotFound(f"Fragment {fragment_id} staat niet op de agenda.", f"Fragment {fragment_id} is not on the agenda.")
        session.execute(delete(ReflectionItem).where(ReflectionItem.reflection_id == reflection_id,
                                                     ReflectionItem.fragment_id == fragment_id))
        items = _items(session, reflection_id)
        _write_agenda(session, reflection_id, list(items), items)
        _done(session, ctx, row, Change.REFLECTION_AGENDA_REMOVE, f"fragment {fragment_id}")
    return get_reflection(ctx, reflection_id)


def agenda_candidates(ctx: Context, reflection_id: int) -> list[FragmentView]:
    """The conversation's fragments that are not on the agenda yet, in recording and time order: what
    "Fragment toevoegen" offers (also for a reflection started before any playlist existed)."""
    with ctx.store.read() as session:
        row = load_reflection(session, ctx, reflection_id)
        on_agenda = set(_items(session, reflection_id))
        rows = session.scalars(select(Fragment).join(Recording, Recording.id == Fragment.recording_id)
                               .where(Recording.conversation_id == row.conversation_id)
                               .order_by(Recording.id, Fragment.start_ms, Fragment.id))
        return [fragment_view(f) for f in rows if f.id not in on_agenda]


def note_item(ctx: Context, reflection_id: int, fragment_id: int, *, notes: str | None = None,
              tips: str | None = None) -> ReflectionConversationView:
    """What was said about a fragment in the reflection, and the tips the outside eyes gave."""
    with ctx.transaction() as session:
        row = load_reflection(session, ctx, reflection_id, change=True)
        item = _items(session, reflection_id).get(fragment_id)
        if item is None:
            raise NotFound(f"Fragment {fragment_id} staat niet op de agenda.", f"Fragment {fragment_id} is not on the agenda.")
        if notes is not None:
            item.notes = free_text(notes, "Notities", "Notes").strip()
        if tips is not None:
            item.tips = free_text(tips, "Tips", "Tips").strip()
        _done(session, ctx, row, Change.REFLECTION_NOTE, f"fragment {fragment_id}")
    return get_reflection(ctx, reflection_id)


def note_reflection(ctx: Context, reflection_id: int, notes: str) -> ReflectionConversationView:
    with ctx.transaction() as session:
        row = load_reflection(session, ctx, reflection_id, change=True)
        row.notes = free_text(notes, "Notities", "Notes").strip()
        _done(session, ctx, row, Change.REFLECTION_NOTE)
    return get_reflection(ctx, reflection_id)

