"""An annotation as the rest of the program sees it (no database session attached), and its rules."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TypedDict

from kijkwijzer.errors import BadInput

from .free_text import free_line, free_text


@dataclass(frozen=True)
class AnnotationDraft:
    """What a reviewer enters; the service adds id, author and times."""

    recording_id: int
    start_ms: int
    end_ms: int | None = None
    themes: tuple[str, ...] = ()
    pillars: tuple[str, ...] = ()
    level: str | None = None
    observation: str = ""
    quote: str = ""
    below_waterline: str = ""
    felt_unsaid: str = ""
    tags: tuple[str, ...] = ()
    still_name: str | None = None

    def validated(self, duration_ms: int | None = None) -> AnnotationDraft:
        if self.start_ms < 0:
            raise BadInput("Begintijd mag niet negatief zijn.", "Start time must not be negative.")
        if self.end_ms is not None and self.end_ms < self.start_ms:
            raise BadInput("Eindtijd ligt vóór de begintijd.", "End time lies before the start time.")
        if duration_ms and self.start_ms > duration_ms + 1000:
            raise BadInput("Begintijd ligt na het einde van de opname.", "Start time lies after the recording's end.")
        tags = tuple(dict.fromkeys(free_line(t, "Label", "Tag").strip() for t in self.tags if t.strip()))
        return replace(self, themes=tuple(dict.fromkeys(self.themes)), pillars=tuple(dict.fromkeys(self.pillars)),
                       tags=tags, observation=free_text(self.observation, "Observatie", "Observation"),
                       quote=free_text(self.quote, "Citaat", "Quote"),
                       below_waterline=free_text(self.below_waterline, "Onder de waterlijn", "Below the waterline"),
                       felt_unsaid=free_text(self.felt_unsaid, "Gevoeld maar niet gezegd", "Felt but not said"))


@dataclass(frozen=True)
class AnnotationView:
    id: int
    recording_id: int
    reviewer_id: int
    reviewer_name: str
    reviewer_role: str
    start_ms: int
    end_ms: int | None
    themes: tuple[str, ...] = ()
    pillars: tuple[str, ...] = ()
    level: str | None = None
    observation: str = ""
    quote: str = ""
    below_waterline: str = ""
    felt_unsaid: str = ""
    tags: tuple[str, ...] = ()
    still_name: str | None = None
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)

    @property
    def is_span(self) -> bool:
        return self.end_ms is not None and self.end_ms > self.start_ms

    def as_draft(self) -> AnnotationDraft:
        return AnnotationDraft(self.recording_id, self.start_ms, self.end_ms, self.themes, self.pillars,
                               self.level, self.observation, self.quote, self.below_waterline,
                               self.felt_unsaid, self.tags, self.still_name)

    def matches(self, text: str) -> bool:
        needle = text.casefold()
        hay = " ".join((self.observation, self.quote, self.below_waterline, self.felt_unsaid, " ".join(self.tags)))
        return needle in hay.casefold()


class AnnotationChanges(TypedDict, total=False):
    """The fields a change of an annotation may give, typed as in AnnotationDraft."""

    start_ms: int
    end_ms: int | None
    themes: tuple[str, ...]
    pillars: tuple[str, ...]
    level: str | None
    observation: str
    quote: str
    below_waterline: str
    felt_unsaid: str
    tags: tuple[str, ...]
    still_name: str | None


EDITABLE_FIELDS: frozenset[str] = AnnotationChanges.__optional_keys__
