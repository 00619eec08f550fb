"""What a reflection report (and a case story) shows, as plain values already pseudonymised.

The service fills these from the store; report_pdf.py and case_story.py only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol


class StillImage(Protocol):
    """A still to show: a Path, or a sealed still that opens with its recording's key (media/source.py)."""

    def read_bytes(self) -> bytes: ...

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(day: date | None) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


@dataclass(frozen=True)
class Note:
    """One reviewer's annotation inside a fragment."""

    reviewer: str
    start_ms: int
    observation: str = ""
    quote: str = ""
    below_waterline: str = ""
    felt_unsaid: str = ""
    level: str = ""
    pillars: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reaction:
    """The client's own words about a fragment (client interview)."""

    words: str = ""
    feeling: str = ""
    addition: str = ""
    comparison: str = ""


@dataclass(frozen=True)
class Entry:
    """A fragment (or an annotation not in any fragment) with what was seen and said about it.
    `number` is its number in its recording and `label` its name ("Fragment 2", "Annotatie 4"), the same
    as in the review and the plan (domain/numbering.py); `position` is its place in time in the report."""

    number: int
    start_ms: int
    end_ms: int | None
    title: str
    theme_ids: tuple[str, ...]
    notes: tuple[Note, ...]
    still: StillImage | None = None
    reaction: Reaction | None = None
    reflection: str = ""
    tips: str = ""
    is_fragment: bool = True
    label: str = ""
    position: int = 0


@dataclass(frozen=True)
class ThemeSection:
    theme_id: str
    title: str
    key_question: str
    color: str
    entries: tuple[Entry, ...]
    see_also: tuple[Entry, ...] = ()  # entries shown in full under an earlier theme


@dataclass(frozen=True)
class Score:
    question: str
    score: int
    scale: str
    words: str = ""


@dataclass(frozen=True)
class SlimBlock:
    reviewer: str
    phase: str
    zelfbeeld: tuple[str, ...]
    rol: tuple[str, ...]
    logica: tuple[str, ...]
    dimensions: tuple[tuple[str, str], ...]
    analysis: str
    suggested: str
    verdict: str
    note: str


@dataclass(frozen=True)
class Point:
    text: str
    theme: str
    status: str
    followups: tuple[str, ...] = ()
    leerpunt: str = ""
    fragments: tuple[str, ...] = ()  # labels of the fragments, "Fragment 2"


@dataclass(frozen=True)
class Action:
    text: str
    who: str
    due: str
    status: str
    pillar: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReflectionReport:
    client: str
    case_title: str
    reason: str
    goal: str
    held_on: date
    sequence: int
    setting: str
    participants: str
    professional: str
    recordings: tuple[str, ...]
    sections: tuple[ThemeSection, ...]
    scores: tuple[Score, ...] = ()
    reflection_notes: tuple[str, ...] = ()
    slim: tuple[SlimBlock, ...] = ()
    points: tuple[Point, ...] = ()
    actions: tuple[Action, ...] = ()
    generated_on: date = field(default_factory=date.today)

    @property
    def entries(self) -> list[Entry]:
        return sorted(
            {e.label: e for s in self.sections for e in s.entries}.values(), key=lambda e: e.position
        )
