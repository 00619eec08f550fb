"""Text-only recordings: a written account of a conversation (the casebook's cases of 004) entered as a recording
without a media file. Its transcript cues carry the conversation, each with an estimated speaking time, so
annotations, fragments and the client's reactions sit on a timeline as they do on a video."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from kijkwijzer.domain.free_text import free_line, free_text
from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.store.models import Conversation, Recording, TranscriptCue

from .access import require_purpose
from .context import Context
from .recordings import RecordingView, _view
from .topics import Change

WORDS_PER_SECOND = 2.5
PAUSE_MS = 1000


def speaking_ms(text: str) -> int:
    """An estimate of how long saying `text` takes: about 2.5 words a second (at least one second)."""
    return max(1000, round(len(text.split()) / WORDS_PER_SECOND * 1000))


def cue_times(texts: Sequence[str]) -> list[tuple[int, int]]:
    """(start_ms, end_ms) of each text spoken one after another, with a pause of a second after each."""
    out, at = [], 0
    for text in texts:
        end = at + speaking_ms(text)
        out.append((at, end))
        at = end + PAUSE_MS
    return out


def duration_of(texts: Sequence[str]) -> int:
    """The whole account's length: every text's speaking time plus its pause."""
    return sum(speaking_ms(t) + PAUSE_MS for t in texts)


def add_text_recording(ctx: Context, conversation_id: int, cues: Sequence[tuple[str, str]],
                       title: str) -> RecordingView:
    """A recording that is a written account: `cues` are (speaker, text) in order ("" = narration), stored as the
    transcript with estimated times; no file enters the vault. Needs the client's consent to record, like an
    import."""
    title = free_line(title, "De titel", "The title", limit=400).strip()
    if not title:
        raise BadInput("Geef het tekstverslag een titel.", "Give the written account a title.")
    lines = [(free_line(s, "De spreker", "The speaker", limit=100).strip(), free_text(t, "De tekst", "The text").strip())
             for s, t in cues]
    if not lines or not all(text for _s, text in lines):
        raise BadInput("Een tekstverslag heeft minstens één tekst, en geen lege.",
                       "A written account has at least one text, and no empty one.")
    body = "\n".join(f"{s}: {t}" if s else t for s, t in lines).encode("utf-8")
    times = cue_times([t for _s, t in lines])
    with ctx.transaction() as session:
        if session.get(Conversation, conversation_id) is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        require_purpose(session, conversation_id, "recording")
        row = Recording(conversation_id=conversation_id, sha256=hashlib.sha256(body).hexdigest(), original_name=title,
                        vault_name="", size_bytes=len(body), duration_ms=duration_of([t for _s, t in lines]),
                        has_video=False, has_audio=False, text_only=True)
        session.add(row)
        session.flush()
        session.add_all(TranscriptCue(recording_id=row.id, start_ms=start, end_ms=end, speaker=speaker, text=text)
                        for (speaker, text), (start, end) in zip(lines, times, strict=True))
        ctx.changed(session, Change.RECORDING_ADD_TEXT, row.id, detail=f"{len(lines)} cues", scope_id=conversation_id)
        return _view(ctx, row)
