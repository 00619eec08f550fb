"""Turns, silences and overlaps of a speaker track: the events the talk-and-listen figures count (definitions in
turns.py). Input is the cleaned segments (turns.clean_segments): sorted, clipped, one speaker's never overlapping.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .speech import Speaker, SpeechSegment


@dataclass(frozen=True)
class Turn:
    speaker: Speaker
    start_ms: int
    end_ms: int

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True)
class Silence:
    start_ms: int
    end_ms: int
    before: Speaker  # who spoke last before it
    broken_by: Speaker  # who spoke first after it

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True)
class Overlap:
    start_ms: int
    end_ms: int
    by: Speaker | None  # who came in while the other spoke; None: both started at the same moment
    of: Speaker  # who was speaking (with `by` None: the other one of the two)
    taken_over: bool  # the one who was speaking stopped first: an interruption

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


class Reach:
    """Does any of these stretches reach inside (a, b)? Answered by bisecting their starts with a running maximum of
    their ends, so a 2-hour track needs no scan per question."""

    def __init__(self, stretches: list[tuple[int, int]]) -> None:
        ordered = sorted(stretches)
        self.starts = [start for start, _end in ordered]
        self.reach: list[int] = []
        furthest = -1
        for _start, end in ordered:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def within(self, a: int, b: int) -> bool:
        j = bisect_left(self.starts, b)
        return j > 0 and self.reach[j - 1] > a


def silences(segments: tuple[SpeechSegment, ...], min_ms: int) -> tuple[Silence, ...]:
    """Every stretch of at least `min_ms` without speech between two stretches of speech."""
    out: list[Silence] = []
    last: SpeechSegment | None = None  # the segment reaching furthest so far
    for seg in segments:
        if last is not None and seg.start_ms - last.end_ms >= min_ms:
            out.append(Silence(last.end_ms, seg.start_ms, last.speaker, seg.speaker))
        if last is None or seg.end_ms > last.end_ms:
            last = seg
    return tuple(out)


def overlaps(segments: tuple[SpeechSegment, ...]) -> tuple[Overlap, ...]:
    """Every stretch where two segments of different speakers overlap, in start order."""
    out: list[Overlap] = []
    active: list[SpeechSegment] = []  # earlier segments still going on at the current start
    for seg in segments:
        active = [a for a in active if a.end_ms > seg.start_ms]
        for earlier in active:
            if earlier.speaker == seg.speaker:
                continue
            end = min(earlier.end_ms, seg.end_ms)
            if earlier.start_ms == seg.start_ms:
                out.append(Overlap(seg.start_ms, end, None, earlier.speaker, False))
            else:
                out.append(Overlap(seg.start_ms, end, seg.speaker, earlier.speaker, earlier.end_ms < seg.end_ms))
        active.append(seg)
    return tuple(sorted(out, key=lambda o: (o.start_ms, o.end_ms)))


def overlap_ms(segments: tuple[SpeechSegment, ...]) -> int:
    """How long two or more speakers speak at once (three at once counts once)."""
    edges = sorted([(s.start_ms, 1) for s in segments] + [(s.end_ms, -1) for s in segments])
    total, speaking, since = 0, 0, 0
    for at, step in edges:
        if speaking >= 2:
            total += at - since
        speaking += step
        since = at
    return total
