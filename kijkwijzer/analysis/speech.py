"""Who speaks when in a recording: the speaker track the talk-and-listen figures, the speaker lane and the
"Gespreksverloop" panel are made from.

A track comes from one of three sources (`TrackSource`): the speakers of an imported transcript, the channels of
a recording with one voice per channel, or telling the voices apart against the professional's enrolled voice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

AUDIO_ANALYSIS_VERSION = 1  # of analysis/audio_speakers: a cached track made by another version is made again

Speaker = Literal["professional", "client", "other"]
SPEAKERS: tuple[Speaker, ...] = ("professional", "client", "other")
TrackSource = Literal["transcript", "channels", "voices"]


@dataclass(frozen=True)
class SpeechSegment:
    """One stretch of speech by one speaker, in milliseconds from the start of the recording (end exclusive).

    `name` is who the source says it is (a transcript's speaker name), empty when the voices were told apart."""

    start_ms: int
    end_ms: int
    speaker: Speaker
    name: str = ""

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass(frozen=True)
class SpeakerTrack:
    """The speech of a whole recording, segments sorted by start; segments of different speakers may overlap
    (one speaks through the other), segments of one speaker never do."""

    recording_id: int
    duration_ms: int
    source: TrackSource
    segments: tuple[SpeechSegment, ...]

    def of(self, speaker: Speaker) -> tuple[SpeechSegment, ...]:
        return tuple(s for s in self.segments if s.speaker == speaker)
