"""The "Gespreksverloop" of a recording: its speaker track (services/speech.py) with the talk-and-listen figures
(analysis/turns.py), for the panel, the CLI, the reflection report and the series (issue 13).

`analyse` computes the track when it is not there yet (long: on a worker thread); everything else only reads what
was computed before and never starts an analysis (a report or a series must not wait minutes for it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kijkwijzer.analysis.speech import SpeakerTrack
from kijkwijzer.analysis.turns import TurnFigures, turn_figures
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.store.models import Case, Conversation

from . import speech, transcripts
from .aandachtspunten import require_case
from .access import require_recording_access
from .context import Context
from .speech import Cancel, Progress

THEME_ID = "thema.beurten"  # "Wisselen de praat- en luisterbeurten voldoende?": where the candidate moments go


@dataclass(frozen=True)
class Flow:
    track: SpeakerTrack
    figures: TurnFigures


def _flow(ctx: Context, track: SpeakerTrack) -> Flow:
    cues = transcripts.list_cues(ctx, track.recording_id)  # their text shows the questions
    return Flow(track, turn_figures(track, cues))


def analyse(ctx: Context, recording_id: int, progress: Progress | None = None, cancel: Cancel | None = None) -> Flow:
    """The figures, the track computed first when there is none that still holds (`progress(done_ms, total_ms)`)."""
    return _flow(ctx, speech.speaker_track(ctx, recording_id, progress, cancel))


def cached(ctx: Context, recording_id: int) -> Flow | None:
    """The figures of a track computed before; None when there is none (nothing is computed)."""
    track = speech.cached_speaker_track(ctx, recording_id)
    return _flow(ctx, track) if track is not None else None


def professional_of(ctx: Context, recording_id: int) -> int:
    """The professional whose case the recording belongs to: whose voice "dit ben ik" enrols."""
    with ctx.store.read() as session:
        recording = require_recording_access(session, ctx.actor, recording_id)
        case_id = session.scalar(select(Conversation.case_id).where(Conversation.id == recording.conversation_id))
        professional_id = session.scalar(select(Case.professional_id).where(Case.id == case_id))
        assert professional_id is not None  # foreign keys
        return int(professional_id)


@dataclass(frozen=True)
class ConversationShare:
    """The client's share of the speaking time in one conversation of a case (over its analysed recordings)."""

    conversation_id: int
    sequence: int
    held_on: date
    client_share: float | None  # 0..1; None: none of its recordings has a speaker track yet
    analysed: int  # recordings with a track
    recordings: int


def client_shares(ctx: Context, case_id: int) -> tuple[ConversationShare, ...]:
    """Per conversation of the case, in order, the client's share of all speech; a recording that was never
    analysed, or that this reviewer may not analyse, is left out (and counted as such)."""
    from . import recordings as recording_service

    with ctx.store.read() as session:
        require_case(session, ctx.actor, case_id)
        convs = [(c.id, c.sequence, c.held_on) for c in session.scalars(
            select(Conversation).where(Conversation.case_id == case_id)
            .order_by(Conversation.sequence, Conversation.id))]
    out = []
    for conversation_id, sequence, held_on in convs:
        rows = recording_service.list_recordings(ctx, conversation_id)
        client = total = analysed = 0
        for row in rows:
            try:
                track = speech.cached_speaker_track(ctx, row.id)
            except KijkwijzerError:  # no analysis consent, not this reviewer's: as if not analysed
                track = None
            if track is None:
                continue
            figures = turn_figures(track)
            analysed += 1
            total += sum(s.speech_ms for s in figures.speakers)
            client += sum(s.speech_ms for s in figures.speakers if s.speaker == "client")
        share = client / total if analysed and total else None
        out.append(ConversationShare(conversation_id, sequence, held_on, share, analysed, len(rows)))
    return tuple(out)
