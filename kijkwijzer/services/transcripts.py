"""The transcript track of a recording: its cues in time order, the cue at a playback position, search.

Cues come in through `exchange.import_transcript` (SRT/WebVTT); the review view scrolls this list with
playback and searches it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from sqlalchemy import select

from kijkwijzer.store.models import TranscriptCue

from .access import require_recording_access
from .context import Context


@dataclass(frozen=True)
class CueView:
    id: int
    start_ms: int
    end_ms: int
    speaker: str
    text: str

    def matches(self, needle: str) -> bool:
        folded = needle.casefold()
        return folded in self.text.casefold() or folded in self.speaker.casefold()


def list_cues(ctx: Context, recording_id: int) -> list[CueView]:
    with ctx.store.read() as session:
        require_recording_access(session, ctx.actor, recording_id)
        rows = session.scalars(
            select(TranscriptCue)
            .where(TranscriptCue.recording_id == recording_id)
            .order_by(TranscriptCue.start_ms, TranscriptCue.id)
        )
        return [CueView(c.id, c.start_ms, c.end_ms, c.speaker, c.text) for c in rows]


def search(ctx: Context, recording_id: int, text: str) -> list[CueView]:
    """Cues whose text or speaker contains `text` (any case), in time order."""
    needle = text.strip()
    return [c for c in list_cues(ctx, recording_id) if needle and c.matches(needle)]


def cue_index_at(cues: list[CueView], position_ms: int, lookback: int = 50) -> int | None:
    """Index of the cue to highlight at a playback position: the latest-starting cue that covers it.

    Cues are sorted by start; an earlier, longer cue may still cover the position, so a few are looked back at.
    """
    i = bisect_right([c.start_ms for c in cues], position_ms) - 1
    for j in range(i, max(i - lookback, -1), -1):
        if cues[j].end_ms >= position_ms:
            return j
    return None
