"""The line over time of one case: its conversations in order with the two client-feedback scores (a score may
be missing: the client's words alone), the themes annotated in each, and the thread of aandachtspunten (raised,
tried, leerpunt) with the leerpunten on their own.

Learning data, not appraisal data: a series belongs to one case and is never compared across professionals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kijkwijzer.domain.feedback import Line, series_line
from kijkwijzer.errors import NotAllowed
from kijkwijzer.store.models import (
    Annotation,
    AnnotationTheme,
    Client,
    Conversation,
    FeedbackScore,
    Recording,
)

from .aandachtspunten import AandachtspuntView, list_aandachtspunten, require_case
from .access import active_consent, require_recording_access
from .context import Context


@dataclass(frozen=True)
class ScorePoint:
    question_id: str
    score: int | None
    words: str


@dataclass(frozen=True)
class SeriesConversation:
    id: int
    sequence: int
    held_on: date
    goal: str
    scores: tuple[ScorePoint, ...]  # one per feedback question, in content order
    themes: tuple[tuple[str, int], ...]  # (theme id, number of annotations), most annotated first
    raised: tuple[int, ...]  # aandachtspunten that came out of this conversation's reflection
    followed_up: tuple[tuple[int, str], ...]  # (aandachtspunt id, tried) checked in this conversation
    learned: tuple[int, ...] = ()  # leerpunten on their own from the reflection after this conversation
    interviewed_on: date | None = None  # the client interview's own date


@dataclass(frozen=True)
class QuestionLine:
    question_id: str
    title: str
    question: str
    line: Line


@dataclass(frozen=True)
class CaseSeries:
    case_id: int
    title: str
    client_pseudonym: str
    conversations: tuple[SeriesConversation, ...]
    lines: tuple[QuestionLine, ...]
    thread: tuple[AandachtspuntView, ...]


def case_series(ctx: Context, case_id: int) -> CaseSeries:
    """Everything the series view and report show for one case, in conversation order."""
    questions = ctx.content.feedback_questions
    thread = list_aandachtspunten(ctx, case_id)
    with ctx.store.read() as session:
        case = require_case(session, ctx.actor, case_id)
        client = session.get(Client, case.client_id)
        convs = list(session.scalars(select(Conversation).where(Conversation.case_id == case_id)
                                     .order_by(Conversation.sequence, Conversation.id)))
        out = []
        for conv in convs:
            scores: dict[str, FeedbackScore] = {}
            if active_consent(session, conv.id, "client_interview") is not None:
                scores = {s.question_id: s for s in session.scalars(
                    select(FeedbackScore).where(FeedbackScore.conversation_id == conv.id))}
            points = tuple(ScorePoint(q.id, scores[q.id].score if q.id in scores else None,
                                      scores[q.id].words if q.id in scores else "") for q in questions)
            themes: Counter[str] = Counter()
            for recording_id in session.scalars(select(Recording.id).where(Recording.conversation_id == conv.id)):
                try:
                    require_recording_access(session, ctx.actor, recording_id)
                except NotAllowed:
                    continue
                themes.update(session.scalars(select(AnnotationTheme.theme_id)
                                              .join(Annotation, Annotation.id == AnnotationTheme.annotation_id)
                                              .where(Annotation.recording_id == recording_id)))
            raised = tuple(p.id for p in thread if p.conversation_id == conv.id and not p.is_leerpunt)
            learned = tuple(p.id for p in thread if p.conversation_id == conv.id and p.is_leerpunt)
            followed = tuple((p.id, f.tried) for p in thread for f in p.followups if f.conversation_id == conv.id)
            out.append(SeriesConversation(conv.id, conv.sequence, conv.held_on, conv.goal, points,
                                          tuple(sorted(themes.items(), key=lambda kv: (-kv[1], kv[0]))),
                                          raised, followed, learned, conv.interviewed_on))
        lines = tuple(
            QuestionLine(q.id, q.title, q.question,
                         series_line([next(p.score for p in c.scores if p.question_id == q.id) for c in out]))
            for q in questions
        )
        return CaseSeries(case.id, case.title, client.pseudonym if client else "?", tuple(out), lines, tuple(thread))

