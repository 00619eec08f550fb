"""The reflection conversation: an agenda of fragments, for each the matching reflection questions (per
theme, from content), the reviewers' annotations, the client's reaction, notes and tips. A reflection may look
back on several conversations of the case (`covers`) and follow up an earlier reflection (`follows`).

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
    Conversation,
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
    add_leerpunt,
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
from .reflection_coverage import (
    check_covers,
    check_follows,
    covered_conversations,
    covered_ids,
    reflections_covering,
    write_coverage,
)
from .topics import Change


@dataclass(frozen=True)
class ReflectionQuestion:
    theme_id: str
    theme_title: str
    text: str
    text_en: str = ""  # the key question has an English version in the content; the others are Dutch only
    why: str = ""  # the theme's "waarom belangrijk?" (004's theme table), shown beside its questions
    why_en: str = ""
    reconstructed: bool = False  # this is a key question rebuilt where the seed lost it (thema.taal)


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
    conversation_sequence: int = 0  # which conversation of the case the fragment is from (a reflection may cover several)


@dataclass(frozen=True)
class ReflectionConversationView:
    id: int
    conversation_id: int
    held_on: date
    led_by: int | None
    notes: str
    items: tuple[AgendaItem, ...]
    aandachtspunten: tuple[AandachtspuntView, ...]  # what to try next time (kind "aandachtspunt")
    covers: tuple[int, ...] = ()  # further conversations it looks back on, besides `conversation_id`, in order
    follows_id: int | None = None  # the earlier reflection this one follows up
    follows_held_on: date | None = None
    leerpunten: tuple[AandachtspuntView, ...] = ()  # lessons on their own (kind "leerpunt")
    covered_sequences: tuple[tuple[int, int, date], ...] = ()  # (conversation id, sequence, held on) of all covered

    @property
    def conversation_ids(self) -> tuple[int, ...]:
        """Every conversation it looks back on, in the case's order."""
        return tuple(c for c, _seq, _day in self.covered_sequences) or (self.conversation_id,)


def load_reflection(session: Session, ctx: Context, reflection_id: int, *, change: bool = False) -> ReflectionConversation:
    """The reflection conversation, if the actor takes part in its conversation; to `change` it the analysis consent must be in force."""
    row = session.get(ReflectionConversation, reflection_id)
    if row is None:
        raise NotFound(f"Reflectiegesprek {reflection_id} bestaat niet.", f"Reflection conversation {reflection_id} does not exist.")
    require_conversation(session, ctx.actor, row.conversation_id, change=change)
    return row


# ---- views -------------------------------------------------------------------------------------------------------

def questions_for(ctx: Context, theme_ids: tuple[str, ...]) -> tuple[ReflectionQuestion, ...]:
    """Per theme its key question and its reflection questions, in content order, each carrying the theme's
    "waarom belangrijk?" and whether it is the reconstructed key question."""
    out: list[ReflectionQuestion] = []
    for theme in ctx.content.themes:
        if theme.id in theme_ids:
            english = {theme.key_question: theme.key_question_en}
            rebuilt = {theme.key_question} if "key_question" in theme.reconstructed_fields else set()
            for text in dict.fromkeys((theme.key_question, *theme.reflection_questions)):
                out.append(ReflectionQuestion(theme.id, theme.title, text, english.get(text, ""), theme.why,
                                              theme.why_en, text in rebuilt))
    return tuple(out)


def _reflection_view(session: Session, ctx: Context, row: ReflectionConversation,
                     notes_by_recording: dict[int, list[AnnotationView]]) -> ReflectionConversationView:
    covered = covered_conversations(session, row)
    consented = {c.id for c in covered if active_consent(session, c.id, "client_interview") is not None}
    conversation_of = {rid: cid for rid, cid in session.execute(
        select(Recording.id, Recording.conversation_id).where(Recording.conversation_id.in_([c.id for c in covered])))}
    sequence_of = {c.id: c.sequence for c in covered}
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
                                reaction_view(reaction) if reaction and conversation_of.get(fragment.recording_id)
                                in consented else None, item.notes, item.tips,
                                sequence_of.get(conversation_of.get(fragment.recording_id, 0), 0)))
    points = [point_view(session, p) for p in session.scalars(
        select(Aandachtspunt).where(Aandachtspunt.reflection_id == row.id).order_by(Aandachtspunt.id))]
    earlier = session.get(ReflectionConversation, row.follows_id) if row.follows_id else None
    return ReflectionConversationView(
        row.id, row.conversation_id, row.held_on, row.led_by, row.notes, tuple(items),
        tuple(p for p in points if not p.is_leerpunt), tuple(c.id for c in covered if c.id != row.conversation_id),
        earlier.id if earlier else None, earlier.held_on if earlier else None,
        tuple(p for p in points if p.is_leerpunt), tuple((c.id, c.sequence, c.held_on) for c in covered))


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
    """The reflections that look back on the conversation: its own and those that cover it too, by date."""
    with ctx.store.read() as session:
        require_conversation(session, ctx.actor, conversation_id)
        ids = reflections_covering(session, [conversation_id]).get(conversation_id, [])
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


def _require_covers(session: Session, ctx: Context, own: Conversation, covers: tuple[int, ...]) -> list[int]:
    further = check_covers(session, own, covers)
    for conversation_id in further:  # taking part in each, with its analysis consent in force
        require_conversation(session, ctx.actor, conversation_id, change=True)
    return further


def start_reflection(ctx: Context, conversation_id: int, held_on: date, *, playlist_id: int | None = None,
                     fragment_ids: tuple[int, ...] = (), notes: str = "", covers: tuple[int, ...] = (),
                     follows: int | None = None) -> ReflectionConversationView:
    """A reflection conversation whose agenda is a playlist's fragments and/or the fragments given, in order.

    `covers`: further conversations of the case it looks back on (004 case 2: the first reflection, after the
    second conversation, is about both); the agenda may hold fragments of each. `follows`: the earlier
    reflection of the case this one follows up."""
    with ctx.transaction() as session:
        own = require_conversation(session, ctx.actor, conversation_id, change=True)
        further = _require_covers(session, ctx, own, covers)
        earlier = check_follows(session, own, None, held_on, follows)
        order = item_ids(session, playlist_id) if playlist_id is not None else []
        order = list(dict.fromkeys(order + list(fragment_ids)))
        for fid in order:
            fragment_of_conversation(session, ctx, fid, {conversation_id, *further})
        row = ReflectionConversation(conversation_id=conversation_id, held_on=held_on, led_by=ctx.actor.reviewer_id,
                                     notes=free_text(notes, "Notities", "Notes").strip(), follows_id=earlier)
        session.add(row)
        session.flush()
        write_coverage(session, row.id, further)
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
        fragment_of_conversation(session, ctx, fragment_id, set(covered_ids(session, row)))
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


def agenda_candidates_by_conversation(ctx: Context, reflection_id: int) -> list[tuple[int, list[FragmentView]]]:
    """Per conversation it looks back on (its sequence in the case), the fragments not on the agenda yet, in
    recording and time order: what "Fragment toevoegen" offers (also before any playlist existed)."""
    with ctx.store.read() as session:
        row = load_reflection(session, ctx, reflection_id)
        on_agenda = set(_items(session, reflection_id))
        out: list[tuple[int, list[FragmentView]]] = []
        for conv in covered_conversations(session, row):
            rows = session.scalars(select(Fragment).join(Recording, Recording.id == Fragment.recording_id)
                                   .where(Recording.conversation_id == conv.id)
                                   .order_by(Recording.id, Fragment.start_ms, Fragment.id))
            out.append((conv.sequence, [fragment_view(f) for f in rows if f.id not in on_agenda]))
        return out


def agenda_candidates(ctx: Context, reflection_id: int) -> list[FragmentView]:
    """The fragments of every conversation it looks back on that are not on the agenda yet, in conversation,
    recording and time order."""
    return [f for _sequence, found in agenda_candidates_by_conversation(ctx, reflection_id) for f in found]


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



# ---- what it looks back on and what it follows ---------------------------------------------------------------------

def set_coverage(ctx: Context, reflection_id: int, covers: tuple[int, ...]) -> ReflectionConversationView:
    """The further conversations the reflection looks back on (replacing the earlier choice; its own stays).
    A conversation whose fragments are still on the agenda cannot be left out: take them off first."""
    with ctx.transaction() as session:
        row = load_reflection(session, ctx, reflection_id, change=True)
        own = session.get_one(Conversation, row.conversation_id)  # (a non-null foreign key)
        further = _require_covers(session, ctx, own, covers)
        keep = {row.conversation_id, *further}
        for fragment_id in _items(session, reflection_id):
            fragment = session.get_one(Fragment, fragment_id)
            recording = session.get_one(Recording, fragment.recording_id)
            if recording.conversation_id not in keep:
                raise BadInput(f"Fragment {fragment_id} van een gesprek dat u weglaat staat nog op de agenda; haal "
                               "het eerst van de agenda.",
                               f"Fragment {fragment_id} of a conversation you leave out is still on the agenda; "
                               "remove it from the agenda first.")
        write_coverage(session, reflection_id, further)
        _done(session, ctx, row, Change.REFLECTION_COVERAGE, ",".join(map(str, further)) or "-")
    return get_reflection(ctx, reflection_id)


def set_follows(ctx: Context, reflection_id: int, follows: int | None) -> ReflectionConversationView:
    """The earlier reflection of the case this one follows up (None: it follows none)."""
    with ctx.transaction() as session:
        row = load_reflection(session, ctx, reflection_id, change=True)
        own = session.get_one(Conversation, row.conversation_id)  # (a non-null foreign key)
        row.follows_id = check_follows(session, own, row.id, row.held_on, follows)
        _done(session, ctx, row, Change.REFLECTION_FOLLOWS, str(follows) if follows is not None else "-")
    return get_reflection(ctx, reflection_id)
