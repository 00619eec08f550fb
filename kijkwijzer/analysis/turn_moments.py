"""Monologues and the candidate moments worth a look for the theme "Wisselen de praat- en luisterbeurten
voldoende?": long monologues, long silences, bursts of interruptions (definitions in turns.py)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from .speech import Speaker
from .turn_events import Overlap, Reach, Silence, Turn

MomentKind = Literal["monologue", "silence", "interruptions"]


@dataclass(frozen=True)
class Monologue:
    speaker: Speaker
    start_ms: int
    end_ms: int
    turns: int  # how many turns it joins (1: a single turn)

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True)
class Moment:
    """A stretch the panel offers as an annotation. `speaker`: who held the monologue, broke the silence or started
    most of the interruptions (None: as many by each); `count`: the interruptions in a burst."""

    kind: MomentKind
    start_ms: int
    end_ms: int
    speaker: Speaker | None
    count: int = 1

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


def monologues(turns: tuple[Turn, ...], found_silences: tuple[Silence, ...], backchannel_ms: int) -> tuple[Monologue, ...]:
    """Each speaker's turns joined across the others' backchannel, never across a silence; in start order."""
    silence_starts = [s.start_ms for s in found_silences]  # silences never overlap: sorted by start and by end
    out: list[Monologue] = []
    for speaker in dict.fromkeys(t.speaker for t in turns):
        own = [t for t in turns if t.speaker == speaker]
        talking = Reach([(t.start_ms, t.end_ms) for t in turns
                         if t.speaker != speaker and t.duration_ms >= backchannel_ms])
        current = Monologue(speaker, own[0].start_ms, own[0].end_ms, 1)
        for turn in own[1:]:
            a, b = current.end_ms, turn.start_ms
            i = bisect_left(silence_starts, a)
            quiet = i < len(found_silences) and found_silences[i].end_ms <= b
            if not quiet and not talking.within(a, b):
                current = Monologue(speaker, current.start_ms, max(current.end_ms, turn.end_ms), current.turns + 1)
            else:
                out.append(current)
                current = Monologue(speaker, turn.start_ms, turn.end_ms, 1)
        out.append(current)
    return tuple(sorted(out, key=lambda m: (m.start_ms, m.end_ms)))


def _bursts(found: tuple[Overlap, ...], count: int, gap_ms: int) -> list[Moment]:
    started = [o for o in found if o.by is not None]
    out: list[Moment] = []
    group: list[Overlap] = []
    for overlap in [*started, None]:
        if overlap is not None and (not group or overlap.start_ms - group[-1].start_ms <= gap_ms):
            group.append(overlap)
            continue
        if len(group) >= count:
            by: dict[Speaker, int] = {}
            for o in group:
                assert o.by is not None
                by[o.by] = by.get(o.by, 0) + 1
            most = max(by.values())
            leaders = [s for s, n in by.items() if n == most]
            out.append(Moment("interruptions", group[0].start_ms, max(o.end_ms for o in group),
                              leaders[0] if len(leaders) == 1 else None, len(group)))
        group = [overlap] if overlap is not None else []
    return out


def candidate_moments(found_monologues: tuple[Monologue, ...], found_silences: tuple[Silence, ...],
                      found_overlaps: tuple[Overlap, ...], monologue_ms: int, silence_ms: int, burst_count: int,
                      burst_gap_ms: int) -> tuple[Moment, ...]:
    """Each speaker's longest monologue (where did the client get most room, where did the professional hold the
    floor longest), every other monologue of `monologue_ms` or more, silences of `silence_ms` or more and bursts of
    `burst_count` interruptions each within `burst_gap_ms` of the one before; in time order."""
    longest: dict[Speaker, Monologue] = {}
    for m in found_monologues:
        if m.speaker not in longest or m.duration_ms > longest[m.speaker].duration_ms:
            longest[m.speaker] = m
    out = [Moment("monologue", m.start_ms, m.end_ms, m.speaker) for m in found_monologues
           if m.duration_ms >= monologue_ms or longest[m.speaker] is m]
    out += [Moment("silence", s.start_ms, s.end_ms, s.broken_by) for s in found_silences if s.duration_ms >= silence_ms]
    out += _bursts(found_overlaps, burst_count, burst_gap_ms)
    return tuple(sorted(out, key=lambda m: (m.start_ms, m.end_ms)))
