"""Who speaks when in a recording (issue 13): the speaker track the turn figures, the speaker lane and the
"Gespreksverloop" panel are made from. Everything is computed on this machine.

The track comes from the first source that applies (docs/analysis.md, "Wie spreekt wanneer"):
1. `transcript`: an imported transcript whose cues name their speakers; the names are matched to the professional,
   the client and the other participants of the conversation (analysis/transcript_speakers.py);
2. `channels`: a recording with one voice per channel (a lapel microphone each): speech is found per channel;
3. `voices`: speech found by a voice-activity detector and each stretch attributed by its voice, against the
   professional's enrolled voice ("dit ben ik", services/voice_prints.py) or, without one, by telling two voices
   apart, the professional being the voice that opens the conversation.

The track is cached as a derived file of the recording, sealed with its key (services/speech_cache.py), and made
again when what it was made from changed (a transcript imported, a voice enrolled or forgotten).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.analysis.speech import AUDIO_ANALYSIS_VERSION, SpeakerTrack
from kijkwijzer.analysis.transcript_speakers import RoleNames, segments_of
from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.media.source import MediaSource
from kijkwijzer.store.models import (
    Case,
    Client,
    Conversation,
    ConversationParticipant,
    Professional,
    Recording,
    TranscriptCue,
)

from . import content_keys, people, speech_cache, voice_prints
from .access import require_analysis_access
from .context import Context

if TYPE_CHECKING:
    from kijkwijzer.analysis.voices import VoicePrint

Progress = Callable[[int, int], None]  # (done, total): milliseconds of the recording analysed
Cancel = Callable[[], bool]


class SpeechCancelled(KijkwijzerError):
    """The user stopped the analysis; nothing was kept."""

    def __init__(self, recording_id: int) -> None:
        super().__init__(f"Spraakanalyse van opname {recording_id} is afgebroken.",
                         f"Speech analysis of recording {recording_id} was cancelled.")


@dataclass(frozen=True)
class _Plan:
    """What a track of this recording is made from, read in one transaction."""

    recording_id: int
    duration_ms: int
    professional_id: int
    cache: Path
    key: bytes | None = field(repr=False)
    cues: tuple[tuple[int, int, str], ...]
    names: RoleNames
    source: MediaSource | None  # None for a written account (no media file)
    label: str

    @property
    def from_transcript(self) -> bool:
        return any(name.strip() for _s, _e, name in self.cues)


def _role_names(session: Session, conversation: Conversation, case: Case) -> RoleNames:
    pro = session.get(Professional, case.professional_id)
    client = session.get(Client, case.client_id)
    by_role: dict[str, list[str]] = {"professional": [], "client": [], "other": []}
    for role, description in session.execute(select(ConversationParticipant.role, ConversationParticipant.description)
                                              .where(ConversationParticipant.conversation_id == conversation.id)):
        if description:
            by_role[role if role in ("professional", "client") else "other"].append(description)
    professional = [pro.name, pro.function] if pro is not None else []
    client_names = [client.pseudonym] if client is not None else []
    real_name = people.real_name_of(session, client) if client is not None else None
    client_names += [real_name] if real_name else []
    return RoleNames.of([*professional, *by_role["professional"]], [*client_names, *by_role["client"]],
                        by_role["other"])


def _plan(ctx: Context, recording_id: int) -> _Plan:
    with ctx.store.read() as session:
        recording: Recording = require_analysis_access(session, ctx.actor, recording_id)
        conversation = session.get(Conversation, recording.conversation_id)
        case = session.get(Case, conversation.case_id) if conversation is not None else None
        assert conversation is not None and case is not None  # foreign keys
        cues = tuple((int(s), int(e), str(n or "")) for s, e, n in session.execute(
            select(TranscriptCue.start_ms, TranscriptCue.end_ms, TranscriptCue.speaker)
            .where(TranscriptCue.recording_id == recording_id).order_by(TranscriptCue.start_ms, TranscriptCue.id)))
        key = content_keys.find(session, content_keys.media_key_id(recording.sha256))
        source = None if recording.text_only else MediaSource(ctx.workspace.vault_dir / recording.vault_name, key,
                                                                recording.original_name)
        return _Plan(recording.id, int(recording.duration_ms), case.professional_id,
                     ctx.workspace.cache_dir / speech_cache.file_name(recording.sha256, recording.id), key, cues,
                     _role_names(session, conversation, case), source, recording.original_name)


def _basis(plan: _Plan, voice: VoicePrint | None) -> str:
    """What the track is made from, as a short string kept with it (a changed basis makes it again)."""
    if plan.from_transcript:
        digest = hashlib.sha256(repr((plan.cues, plan.names)).encode("utf-8")).hexdigest()[:16]
        return f"transcript:{digest}"
    return f"audio:{AUDIO_ANALYSIS_VERSION}:{voice.fingerprint if voice is not None else 'geen stem'}"


def cached_speaker_track(ctx: Context, recording_id: int) -> SpeakerTrack | None:
    """The track when it was computed before and still holds; None otherwise. Computes nothing."""
    plan = _plan(ctx, recording_id)
    voice = None if plan.from_transcript else voice_prints.load(ctx, plan.professional_id)
    return speech_cache.read(plan.cache, plan.key, _basis(plan, voice))


def speaker_track(ctx: Context, recording_id: int, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> SpeakerTrack:
    """The recording's speaker track, computed (and cached) when there is none that still holds.

    `progress(done_ms, total_ms)` is called as the audio is analysed, `cancel()` polled between blocks
    (SpeechCancelled; nothing is kept). A recording without readable sound gives BadInput, and nothing changes."""
    plan = _plan(ctx, recording_id)
    voice = None if plan.from_transcript else voice_prints.load(ctx, plan.professional_id)
    basis = _basis(plan, voice)
    found = speech_cache.read(plan.cache, plan.key, basis)
    if found is not None:
        if progress is not None:
            progress(plan.duration_ms, plan.duration_ms)
        return found
    if plan.from_transcript:
        track = SpeakerTrack(plan.recording_id, plan.duration_ms, "transcript",
                             segments_of(plan.cues, plan.names, plan.duration_ms))
        if progress is not None:
            progress(plan.duration_ms, plan.duration_ms)
    else:
        track = _from_audio(plan, voice, progress, cancel)
    speech_cache.write(plan.cache, track, basis, plan.key)
    return track


def _from_audio(plan: _Plan, voice: VoicePrint | None, progress: Progress | None,
                cancel: Cancel | None) -> SpeakerTrack:
    if plan.source is None:
        raise BadInput(f"{plan.label} is een tekstverslag zonder geluid en zonder sprekers in de tekst: er valt "
                       "niet te bepalen wie wanneer spreekt.",
                       f"{plan.label} is a written account without sound and without speakers in its text: who "
                       "speaks when cannot be told.")
    # numpy and PyAV only to compute: a cached track is read without them
    from kijkwijzer.analysis import audio_speakers
    from kijkwijzer.media import pcm

    analyser = audio_speakers.Analyser(voice)
    total = max(plan.duration_ms, 1)
    for block in pcm.pcm_blocks(plan.source, per_channel=True):
        if cancel is not None and cancel():
            raise SpeechCancelled(plan.recording_id)
        analyser.feed(block)
        if progress is not None:
            progress(min(analyser.done_ms, total), total)
    if cancel is not None and cancel():
        raise SpeechCancelled(plan.recording_id)
    source, segments = analyser.finish()
    if progress is not None:
        progress(total, total)
    return SpeakerTrack(plan.recording_id, max(plan.duration_ms, analyser.done_ms), source, segments)


# ---- "dit ben ik": the professional's voice print -----------------------------------------------------------

MIN_ENROL_MS = 3000
MAX_ENROL_MS = 120_000


def enrol_voice(ctx: Context, professional_id: int, recording_id: int, start_ms: int, end_ms: int) -> None:
    """Enrol the professional's voice from a stretch of their own recording in which only they speak ("dit ben
    ik"); it replaces an earlier one and is used for every recording of theirs from now on."""
    voice_prints.refuse_team(ctx)
    start_ms, end_ms = int(start_ms), int(end_ms)
    if end_ms - start_ms < MIN_ENROL_MS or start_ms < 0:
        raise BadInput(f"Markeer minstens {MIN_ENROL_MS // 1000} seconden waarin alleen u spreekt.",
                       f"Mark at least {MIN_ENROL_MS // 1000} seconds in which only you speak.")
    if end_ms - start_ms > MAX_ENROL_MS:
        raise BadInput(f"Markeer hoogstens {MAX_ENROL_MS // 1000} seconden.", f"Mark at most {MAX_ENROL_MS // 1000} seconds.")
    with ctx.store.read() as session:
        voice_prints.require_own_voice(session, ctx, professional_id)
    plan = _plan(ctx, recording_id)
    if plan.professional_id != professional_id:
        raise BadInput("Deze opname hoort niet bij een casus van deze professional.",
                       "This recording does not belong to a case of this professional.")
    if plan.source is None:
        raise BadInput("Een tekstverslag heeft geen geluid om een stem uit vast te leggen.",
                       "A written account has no sound to enrol a voice from.")
    from kijkwijzer.analysis import audio_speakers
    from kijkwijzer.media import pcm

    blocks = list(pcm.pcm_blocks(plan.source, start_ms=start_ms, end_ms=end_ms))
    voice = audio_speakers.enrol(blocks, recording_id, start_ms, end_ms)  # BadInput when too little speech
    with ctx.transaction() as session:
        voice_prints.require_own_voice(session, ctx, professional_id)
        voice_prints.store(session, ctx, professional_id, voice,
                           detail=f"recording {recording_id}, {end_ms - start_ms} ms marked")


def voice_enrolled(ctx: Context, professional_id: int) -> bool:
    return voice_prints.enrolled(ctx, professional_id)


def forget_voice(ctx: Context, professional_id: int) -> None:
    """Forget the professional's voice print: its key is destroyed and its file overwritten (audited)."""
    voice_prints.forget(ctx, professional_id)
