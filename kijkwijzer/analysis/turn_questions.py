"""The wait after a question: how long the others leave before answering a question of the transcript
(definition in turns.py). Only a transcript has the words to see a question in."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from .speech import Speaker, SpeechSegment

CLOSERS = " \t\n\"'”’»)]"  # what may stand after the question mark at the end of a cue


class TimedText(Protocol):
    """A transcript cue: a line of text with its time (services.transcripts.CueView)."""

    @property
    def start_ms(self) -> int: ...

    @property
    def end_ms(self) -> int: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class QuestionWait:
    start_ms: int  # the question's cue
    end_ms: int
    speaker: Speaker  # who asked it
    answer_ms: int | None  # when someone else started speaking after it began; None: nobody did
    answered_by: Speaker | None
    went_on: bool  # the asker spoke again first

    @property
    def wait_ms(self) -> int | None:
        return None if self.answer_ms is None else max(self.answer_ms - self.end_ms, 0)


def is_question(text: str) -> bool:
    return text.rstrip(CLOSERS).endswith("?")


def _asker(segments: tuple[SpeechSegment, ...], start: int, end: int) -> Speaker | None:
    """Who speaks most during [start, end) (None: nobody)."""
    spoken: dict[Speaker, int] = {}
    for seg in segments:
        if seg.start_ms >= end:
            break
        common = min(seg.end_ms, end) - max(seg.start_ms, start)
        if common > 0:
            spoken[seg.speaker] = spoken.get(seg.speaker, 0) + common
    if not spoken:
        return None
    return max(spoken, key=spoken.__getitem__)


def question_waits(segments: tuple[SpeechSegment, ...], cues: Sequence[TimedText],
                   slack_ms: int) -> tuple[QuestionWait, ...]:
    """Every question of the transcript with the answer after it; `segments` cleaned and in start order."""
    starts = [s.start_ms for s in segments]
    own: dict[Speaker, list[SpeechSegment]] = {}
    for seg in segments:
        own.setdefault(seg.speaker, []).append(seg)
    own_starts = {speaker: [s.start_ms for s in segs] for speaker, segs in own.items()}
    own_ends = {speaker: [s.end_ms for s in segs] for speaker, segs in own.items()}  # sorted too: no overlaps
    out: list[QuestionWait] = []
    for cue in sorted(cues, key=lambda c: (c.start_ms, c.end_ms)):
        if cue.end_ms <= cue.start_ms or not is_question(cue.text):
            continue
        # only segments starting before the question's end can take part in it
        asker = _asker(segments[: bisect_right(starts, cue.end_ms)], cue.start_ms, cue.end_ms)
        if asker is None:
            continue
        answer: SpeechSegment | None = None
        for speaker, segs in own.items():  # each other speaker's first segment starting after the question began
            i = bisect_right(own_starts[speaker], cue.start_ms)
            if speaker != asker and i < len(segs) and (answer is None or segs[i].start_ms < answer.start_ms):
                answer = segs[i]
        until = answer.start_ms if answer is not None else None
        k = bisect_right(own_ends[asker], cue.end_ms + slack_ms)  # the asker's first speech ending after the question
        went_on = k < len(own[asker]) and (until is None or own[asker][k].start_ms < until) \
            and (until is None or until > cue.end_ms + slack_ms)
        out.append(QuestionWait(cue.start_ms, cue.end_ms, asker, until,
                                answer.speaker if answer is not None else None, went_on))
    return tuple(out)
