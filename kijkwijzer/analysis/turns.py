"""The talk-and-listen figures of one conversation, computed from its speaker track (issue 13; theme
"Wisselen de praat- en luisterbeurten voldoende?").

Definitions (all times in milliseconds, thresholds in `TurnRules`):

- **Speech** of a speaker: the union of their segments, clipped to the recording. Their *share of speech* is their
  speech time over the summed speech time of all speakers (overlapping speech counts for each who speaks); their
  *share of the recording* is their speech time over the recording's length.
- **Turn**: a speaker's consecutive speech, the segments joined across pauses shorter than `pause_ms` (3 s) as long
  as nobody else says anything in the pause. A turn ends at a silence of 3 s or more, or where someone else speaks
  between two of its segments. Someone speaking *through* a segment (an overlap) does not end it.
- **Monologue**: a speaker's consecutive turns joined across what only interrupts them briefly: the others' speech
  between them is backchannel (every turn of theirs there shorter than `backchannel_ms`, "ja", "hm") and no
  silence of 3 s lies between them. A single turn is a monologue too. The longest monologue is reported with where
  it is.
- **Candidate moments** (for the theme's annotations): each speaker's longest monologue, every monologue of
  `monologue_moment_ms` (60 s) or more, every silence of `silence_moment_ms` (5 s) or more, and each burst of
  interruptions: `burst_count` (3) or more overlaps started, each within `burst_gap_ms` (15 s) of the one before.
- **Silence**: a stretch of 3 s or more in which nobody speaks, between two stretches of speech (the quiet before
  the first and after the last word is not part of the conversation). It is *broken by* whoever speaks first after.
- **Overlap**: two speakers at once. The one who started while the other was speaking *started* it; it counts as an
  *interruption* when the one who was speaking stops before the one who came in does (the turn was taken over).
  Starting at the same millisecond is an overlap nobody started.
- **Wait after a question** (only with a transcript): a cue whose text ends in "?" is a question by the speaker who
  speaks most during it; the wait is the time from its end to the first speech of anyone else that starts after the
  question began (0 when they came in before it ended). A question after which the asker goes on speaking first
  ("went on") is not a wait: it is counted apart and left out of the median.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from .speech import SPEAKERS, Speaker, SpeakerTrack, SpeechSegment, TrackSource
from .turn_events import Overlap, Reach, Silence, Turn, overlap_ms, overlaps, silences
from .turn_moments import Moment, Monologue, candidate_moments, monologues
from .turn_questions import QuestionWait, TimedText, question_waits


@dataclass(frozen=True)
class TurnRules:
    pause_ms: int = 3000  # a pause this long ends a turn and is a silence
    backchannel_ms: int = 1000  # the other's speech shorter than this does not end a monologue
    monologue_moment_ms: int = 60_000  # a monologue this long is a candidate moment
    silence_moment_ms: int = 5000  # a silence this long is a candidate moment
    burst_count: int = 3  # this many overlaps started ...
    burst_gap_ms: int = 15_000  # ... each within this time of the previous one: a burst of interruptions
    question_slack_ms: int = 300  # speech of the asker this close after their question still belongs to it


@dataclass(frozen=True)
class SpeakerFigures:
    speaker: Speaker
    speech_ms: int
    share_of_speech: float  # 0..1
    share_of_recording: float  # 0..1
    turns: int
    median_turn_ms: int
    longest_turn_ms: int
    longest_turn_start_ms: int
    overlaps_started: int
    interruptions: int  # overlaps started after which the other stopped first
    silences_broken: int
    questions: int
    questions_waited: int  # answered by someone else, the asker not going on first
    median_wait_ms: int | None
    longest_wait_ms: int | None


@dataclass(frozen=True)
class TurnFigures:
    recording_id: int
    source: TrackSource
    duration_ms: int
    speech_ms: int  # someone speaks (the union of all speech)
    overlap_ms: int  # two or more speak at once
    turn_count: int
    median_turn_ms: int
    longest_turn: Turn | None
    longest_monologue: Monologue | None
    speakers: tuple[SpeakerFigures, ...]  # the speakers who speak, in SPEAKERS order
    turns: tuple[Turn, ...]
    silences: tuple[Silence, ...]
    overlaps: tuple[Overlap, ...]
    questions: tuple[QuestionWait, ...]
    moments: tuple[Moment, ...]
    has_transcript: bool
    rules: TurnRules

    def of(self, speaker: Speaker) -> SpeakerFigures | None:
        return next((s for s in self.speakers if s.speaker == speaker), None)


def clean_segments(track: SpeakerTrack) -> tuple[SpeechSegment, ...]:
    """The track's segments clipped to the recording, empty ones dropped, one speaker's touching or overlapping
    segments merged (the track promises they never overlap; a figure must not count a second twice if they do)."""
    limit = track.duration_ms if track.duration_ms > 0 else None
    by_speaker: dict[Speaker, list[SpeechSegment]] = {}
    for seg in sorted(track.segments, key=lambda s: (s.start_ms, s.end_ms)):
        start, end = max(seg.start_ms, 0), seg.end_ms if limit is None else min(seg.end_ms, limit)
        if end <= start:
            continue
        own = by_speaker.setdefault(seg.speaker, [])
        if own and start <= own[-1].end_ms:
            last = own[-1]
            own[-1] = SpeechSegment(last.start_ms, max(last.end_ms, end), last.speaker, last.name)
        else:
            own.append(SpeechSegment(start, end, seg.speaker, seg.name))
    merged = [s for segs in by_speaker.values() for s in segs]
    return tuple(sorted(merged, key=lambda s: (s.start_ms, s.end_ms, SPEAKERS.index(s.speaker))))


def union_ms(segments: tuple[SpeechSegment, ...]) -> int:
    """How long anyone speaks."""
    total, reach = 0, 0
    for seg in segments:  # in start order
        if seg.end_ms > reach:
            total += seg.end_ms - max(seg.start_ms, reach)
            reach = seg.end_ms
    return total


def turns_of(segments: tuple[SpeechSegment, ...], rules: TurnRules = TurnRules()) -> tuple[Turn, ...]:
    """Every turn of every speaker (see the module's definition), in start order."""
    out: list[Turn] = []
    for speaker in SPEAKERS:
        own = [s for s in segments if s.speaker == speaker]
        if not own:
            continue
        others = Reach([(s.start_ms, s.end_ms) for s in segments if s.speaker != speaker])
        start, end = own[0].start_ms, own[0].end_ms
        for seg in own[1:]:
            if seg.start_ms - end < rules.pause_ms and not others.within(end, seg.start_ms):
                end = seg.end_ms
            else:
                out.append(Turn(speaker, start, end))
                start, end = seg.start_ms, seg.end_ms
        out.append(Turn(speaker, start, end))
    return tuple(sorted(out, key=lambda t: (t.start_ms, t.end_ms, SPEAKERS.index(t.speaker))))


def _median(values: list[int]) -> int:
    return round(median(values)) if values else 0


def turn_figures(track: SpeakerTrack, cues: Sequence[TimedText] | None = None,
                 rules: TurnRules = TurnRules()) -> TurnFigures:
    """All figures of a track; `cues` (a transcript's timed texts) add the waits after questions."""
    segments = clean_segments(track)
    turns = turns_of(segments, rules)
    found_silences = silences(segments, rules.pause_ms)
    found_overlaps = overlaps(segments)
    found_monologues = monologues(turns, found_silences, rules.backchannel_ms)
    waits = question_waits(segments, cues or (), rules.question_slack_ms)
    speech_total = sum(s.duration_ms for s in segments)
    duration = max(track.duration_ms, 0)
    speakers = []
    for speaker in SPEAKERS:
        own = [s for s in segments if s.speaker == speaker]
        if not own:
            continue
        speech = sum(s.duration_ms for s in own)
        own_turns = [t for t in turns if t.speaker == speaker]
        longest = max(own_turns, key=lambda t: (t.duration_ms, -t.start_ms))
        asked = [q for q in waits if q.speaker == speaker]
        waited = [q.wait_ms for q in asked if q.wait_ms is not None and not q.went_on]
        speakers.append(SpeakerFigures(
            speaker=speaker, speech_ms=speech,
            share_of_speech=speech / speech_total if speech_total else 0.0,
            share_of_recording=speech / duration if duration else 0.0,
            turns=len(own_turns), median_turn_ms=_median([t.duration_ms for t in own_turns]),
            longest_turn_ms=longest.duration_ms, longest_turn_start_ms=longest.start_ms,
            overlaps_started=sum(1 for o in found_overlaps if o.by == speaker),
            interruptions=sum(1 for o in found_overlaps if o.by == speaker and o.taken_over),
            silences_broken=sum(1 for s in found_silences if s.broken_by == speaker),
            questions=len(asked), questions_waited=len(waited),
            median_wait_ms=_median(waited) if waited else None, longest_wait_ms=max(waited) if waited else None,
        ))
    return TurnFigures(
        recording_id=track.recording_id, source=track.source, duration_ms=duration, speech_ms=union_ms(segments),
        overlap_ms=overlap_ms(segments), turn_count=len(turns),
        median_turn_ms=_median([t.duration_ms for t in turns]),
        longest_turn=max(turns, key=lambda t: (t.duration_ms, -t.start_ms)) if turns else None,
        longest_monologue=max(found_monologues, key=lambda m: (m.duration_ms, -m.start_ms)) if found_monologues
        else None,
        speakers=tuple(speakers), turns=turns, silences=found_silences, overlaps=found_overlaps,
        questions=waits,
        moments=candidate_moments(found_monologues, found_silences, found_overlaps, rules.monologue_moment_ms,
                                  rules.silence_moment_ms, rules.burst_count, rules.burst_gap_ms),
        has_transcript=cues is not None and len(cues) > 0, rules=rules,
    )
