"""What the client says: reactions per fragment, the two feedback questions per conversation, and the
reviewers' annotations put beside the reactions (match / differ / client saw something nobody annotated).

All of it exists only where the client consented to the client interview (purpose 'client_interview').
The interview view deliberately carries no titles and no annotations: it is what the client may see.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.domain.feedback import (
    COMPARISON_MARKS,
    overlaps,
    require_choice,
    require_score,
    suggested_mark,
)
from kijkwijzer.domain.free_text import free_text
from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.media.source import CarriesSource, MediaSource
from kijkwijzer.store.models import ClientReaction, Conversation, FeedbackScore, Fragment, Playlist, Recording

from . import annotations as annotation_service  # (the name `annotations` is taken by the __future__ import)
from . import audit, content_keys
from .access import active_consent, require_purpose, require_recording_access
from .cases import ConversationView, get_conversation
from .context import Context
from .fragments import FragmentView, fragment_view, item_ids, load_fragment
from .recordings import text_only_refusal
from .topics import Change

PURPOSE = "client_interview"


@dataclass(frozen=True)
class ReactionView:
    id: int
    fragment_id: int
    words: str
    feeling: str
    addition: str
    comparison: str | None
    comparison_note: str
    recorded_by: int | None
    updated_at: datetime | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.words.strip() or self.feeling.strip() or self.addition.strip())


@dataclass(frozen=True)
class InterviewItem:
    """One fragment as the client sees it: a number and a span of video, nothing written about it."""

    fragment_id: int
    number: int
    start_ms: int
    end_ms: int
    reaction: ReactionView | None


@dataclass(frozen=True)
class InterviewView(CarriesSource):  # .source: what the player plays, the sealed vault file with its key
    playlist_id: int
    recording_id: int
    conversation_id: int
    media_path: Path
    items: tuple[InterviewItem, ...]
    has_video: bool = True
    duration_ms: int = 0


@dataclass(frozen=True)
class ComparisonRow:
    """Hypothesis against experience for one fragment."""

    fragment: FragmentView
    annotations: tuple[AnnotationView, ...]
    reaction: ReactionView | None
    mark: str | None
    suggested: str | None


@dataclass(frozen=True)
class ScoreView:
    conversation_id: int
    question_id: str
    score: int | None  # None: the client gave no number ("geen cijfer gegeven"), only words
    words: str
    updated_at: datetime | None = None


def reaction_view(r: ClientReaction) -> ReactionView:
    return ReactionView(r.id, r.fragment_id, r.words, r.feeling, r.addition, r.comparison, r.comparison_note,
                        r.recorded_by, r.updated_at)


def _conversation_of(session: Session, recording_id: int) -> int:
    recording = session.get(Recording, recording_id)
    if recording is None:
        raise NotFound(f"Opname {recording_id} bestaat niet.", f"Recording {recording_id} does not exist.")
    return recording.conversation_id


def _fragment_with_consent(session: Session, ctx: Context, fragment_id: int) -> Fragment:
    fragment = load_fragment(session, ctx, fragment_id)
    require_purpose(session, _conversation_of(session, fragment.recording_id), PURPOSE)
    return fragment


def _reaction_row(session: Session, fragment_id: int) -> ClientReaction | None:
    return session.scalar(select(ClientReaction).where(ClientReaction.fragment_id == fragment_id))


# ---- the interview ------------------------------------------------------------------------------------

def open_interview(ctx: Context, playlist_id: int) -> InterviewView:
    """Open a playlist for showing to the client; refused (with the reason) without interview consent."""
    with ctx.transaction() as session:
        playlist = session.get(Playlist, playlist_id)
        if playlist is None:
            raise NotFound(f"Afspeellijst {playlist_id} bestaat niet.", f"Playlist {playlist_id} does not exist.")
        recording = require_recording_access(session, ctx.actor, playlist.recording_id)
        if recording.text_only:
            raise text_only_refusal("afspelen voor de cliënt", "play it to the client")
        require_purpose(session, recording.conversation_id, PURPOSE)
        order = item_ids(session, playlist_id)
        if not order:
            raise BadInput("Deze afspeellijst heeft nog geen fragmenten.", "This playlist has no fragments yet.")
        items = []
        for number, fid in enumerate(order, start=1):
            fragment = session.get_one(Fragment, fid)  # (a playlist item's fragment: a foreign key)
            reaction = _reaction_row(session, fid)
            items.append(InterviewItem(fid, number, fragment.start_ms, fragment.end_ms,
                                       reaction_view(reaction) if reaction else None))
        audit.record(session, ctx.actor, "client_interview.open", "playlist", playlist_id,
                     f"recording {recording.id}")
        path = ctx.workspace.vault_dir / recording.vault_name
        key = content_keys.find(session, content_keys.media_key_id(recording.sha256))
        return InterviewView(playlist_id, recording.id, recording.conversation_id, path, tuple(items),
                             recording.has_video, recording.duration_ms).with_source(MediaSource(path, key))


def record_reaction(ctx: Context, fragment_id: int, words: str = "", feeling: str = "",
                    addition: str = "") -> ReactionView:
    """The client's words, how it felt, anything to add; typed by the client-researcher. Replaces an earlier one."""
    if not (words.strip() or feeling.strip() or addition.strip()):
        raise BadInput("Vul minstens één antwoord van de cliënt in.", "Fill in at least one of the client's answers.")
    with ctx.transaction() as session:
        fragment = _fragment_with_consent(session, ctx, fragment_id)
        row = _reaction_row(session, fragment_id)
        if row is None:
            row = ClientReaction(fragment_id=fragment_id)
            session.add(row)
        row.words, row.feeling, row.addition = (free_text(words, "Woorden", "Words").strip(),
                                                free_text(feeling, "Gevoel", "Feeling").strip(),
                                                free_text(addition, "Aanvulling", "Addition").strip())
        row.recorded_by = ctx.actor.reviewer_id
        session.flush()
        view = reaction_view(row)
        ctx.changed(session, Change.CLIENT_REACTION_RECORD, fragment_id, scope_id=fragment.recording_id, view=view)
        return view


def get_reaction(ctx: Context, fragment_id: int) -> ReactionView | None:
    with ctx.store.read() as session:
        _fragment_with_consent(session, ctx, fragment_id)
        row = _reaction_row(session, fragment_id)
        return reaction_view(row) if row else None


# ---- hypothesis against experience ----------------------------------------------------------------------

def mark(ctx: Context, fragment_id: int, comparison: str | None, note: str = "") -> ReactionView:
    """The reviewers' verdict after putting their annotations beside the reaction (None clears it)."""
    if comparison is not None:
        require_choice(comparison, COMPARISON_MARKS, "vergelijking", "comparison")
    with ctx.transaction() as session:
        fragment = _fragment_with_consent(session, ctx, fragment_id)
        row = _reaction_row(session, fragment_id)
        if row is None:
            raise BadInput("Er is nog geen reactie van de cliënt op dit fragment.",
                           "There is no client reaction to this fragment yet.")
        row.comparison, row.comparison_note = comparison, free_text(note, "Toelichting", "Note").strip()
        session.flush()
        view = reaction_view(row)
        ctx.changed(session, Change.CLIENT_REACTION_MARK, fragment_id, detail=comparison or "-",
                    scope_id=fragment.recording_id, view=view)
        return view


def compare(ctx: Context, recording_id: int) -> list[ComparisonRow]:
    """Per fragment shown to the client (or with a reaction): the annotations within it beside the reaction."""
    notes = annotation_service.list_for_recording(ctx, recording_id)
    with ctx.store.read() as session:
        require_recording_access(session, ctx.actor, recording_id)
        require_purpose(session, _conversation_of(session, recording_id), PURPOSE)
        reactions = {r.fragment_id: r for r in session.scalars(
            select(ClientReaction).join(Fragment, Fragment.id == ClientReaction.fragment_id)
            .where(Fragment.recording_id == recording_id))}
        interview_lists = session.scalars(select(Playlist.id).where(Playlist.recording_id == recording_id,
                                                                    Playlist.purpose == PURPOSE))
        shown: list[int] = []
        for playlist_id in interview_lists:
            shown.extend(f for f in item_ids(session, playlist_id) if f not in shown)
        shown.extend(sorted(f for f in reactions if f not in shown))
        rows = []
        for fid in shown:
            fragment = fragment_view(session.get_one(Fragment, fid))  # (shown or reacted to: foreign keys)
            beside = tuple(a for a in notes if a.id == fragment.annotation_id
                           or overlaps(fragment.start_ms, fragment.end_ms, a.start_ms, a.end_ms))
            reaction = reaction_view(reactions[fid]) if fid in reactions else None
            has_words = reaction is not None and not reaction.is_empty
            rows.append(ComparisonRow(fragment, beside, reaction, reaction.comparison if reaction else None,
                                      suggested_mark(len(beside), has_words)))
        return rows


# ---- the two feedback questions -----------------------------------------------------------------------------

def _question_ids(ctx: Context) -> list[str]:
    return [q.id for q in ctx.content.feedback_questions]


def record_score(ctx: Context, conversation_id: int, question_id: str, score: int | None,
                 words: str = "") -> ScoreView:
    """"Begrijpen we elkaar beter?" / "Komen we dichter bij het doel?" as a score plus the client's words.
    The score is optional (None: "geen cijfer gegeven"); without one the client's words are needed."""
    known = _question_ids(ctx)
    if question_id not in known:
        raise BadInput(f"Onbekende feedbackvraag: {question_id} (kies uit {', '.join(known)})",
                       f"Unknown feedback question: {question_id} (choose from {', '.join(known)})")
    scale = ctx.content.rating_scale
    if score is not None:
        require_score(int(score), scale.minimum, scale.maximum)
    elif not words.strip():
        raise BadInput("Zonder cijfer zijn de woorden van de cliënt nodig.",
                       "Without a score the client's words are needed.")
    with ctx.transaction() as session:
        if session.get(Conversation, conversation_id) is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        require_purpose(session, conversation_id, PURPOSE)
        row = session.scalar(select(FeedbackScore).where(FeedbackScore.conversation_id == conversation_id,
                                                         FeedbackScore.question_id == question_id))
        if row is None:
            row = FeedbackScore(conversation_id=conversation_id, question_id=question_id)
            session.add(row)
        row.score, row.words = (None if score is None else int(score)), free_text(words, "Woorden", "Words").strip()
        row.recorded_by = ctx.actor.reviewer_id
        session.flush()
        view = ScoreView(conversation_id, question_id, row.score, row.words, row.updated_at)
        ctx.changed(session, Change.FEEDBACK_SCORE, conversation_id, detail=question_id, scope_id=conversation_id,
                    view=view)
        return view


def scores(ctx: Context, conversation_id: int) -> list[ScoreView]:
    """The conversation's scores in the content's question order; empty without interview consent."""
    order = {qid: i for i, qid in enumerate(_question_ids(ctx))}
    with ctx.store.read() as session:
        if active_consent(session, conversation_id, PURPOSE) is None:
            return []
        rows = session.scalars(select(FeedbackScore).where(FeedbackScore.conversation_id == conversation_id))
        views = [ScoreView(r.conversation_id, r.question_id, r.score, r.words, r.updated_at) for r in rows]
        return sorted(views, key=lambda v: order.get(v.question_id, 99))


# ---- the interview's own date --------------------------------------------------------------------------------------

def set_interview_date(ctx: Context, conversation_id: int, interviewed_on: date | None) -> ConversationView:
    """The day the client was interviewed about this conversation (None: not known). It may come before a later
    conversation of the case (004 case 2), never before the conversation itself."""
    with ctx.transaction() as session:
        conv = session.get(Conversation, conversation_id)
        if conv is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        require_purpose(session, conversation_id, PURPOSE)
        if interviewed_on is not None and interviewed_on < conv.held_on:
            raise BadInput(f"Het interview kan niet vóór het gesprek zelf ({conv.held_on:%d-%m-%Y}) zijn.",
                           f"The interview cannot come before the conversation itself ({conv.held_on:%Y-%m-%d}).")
        conv.interviewed_on = interviewed_on
        ctx.changed(session, Change.CONVERSATION_INTERVIEW_DATE, conv.id,
                    detail=interviewed_on.isoformat() if interviewed_on else "-", scope_id=conv.case_id)
    return get_conversation(ctx, conversation_id)
