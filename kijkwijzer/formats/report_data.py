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
    why: str = ""  # "waarom belangrijk?" of 004's theme table
    cases: str = ""  # "Illustratieve interacties: 4, 1, 9, 10", with what the seed lost of them
    reconstructed: str = ""  # set when the key question is not the seed's own: says so


@dataclass(frozen=True)
class Score:
    question: str
    score: int | None  # None: the client gave no number, only words
    scale: str
    words: str = ""

    @property
    def score_text(self) -> str:
        return f"Score {self.score} {self.scale}".strip() if self.score is not None else "Geen cijfer gegeven"


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
    approach: str = ""  # whose approach is judged: "de professional", "de andere betrokken professionals", ...


@dataclass(frozen=True)
class Point:
    text: str
    theme: str
    status: str
    followups: tuple[str, ...] = ()
    leerpunt: str = ""
    fragments: tuple[str, ...] = ()  # labels of the fragments, "Fragment 2"
    kind: str = "aandachtspunt"  # "leerpunt": a lesson on its own (the text is the lesson), never followed up


@dataclass(frozen=True)
class Action:
    text: str
    who: str
    due: str
    status: str
    pillar: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class FlowBlock:
    """The talk-and-listen figures of one analysed recording (issue 13), already written out in Dutch."""

    recording: str
    source: str  # "sprekers uit het transcript", ...
    columns: tuple[str, ...]  # "Professional", "Cliënt", ..., "Samen"
    rows: tuple[tuple[str, tuple[str, ...]], ...]  # (figure, a value per column)
    notes: tuple[str, ...] = ()  # the longest monologue, silences, the moments to look at


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
    interviewed_on: date | None = None  # the client interview's own date (may be after a later conversation)
    flow: tuple[FlowBlock, ...] = ()  # the Gespreksverloop of each recording analysed before (never computed for it)
    flow_missing: tuple[str, ...] = ()  # recordings not analysed (yet)

    @property
    def aandachtspunten(self) -> tuple[Point, ...]:
        return tuple(p for p in self.points if p.kind != "leerpunt")

    @property
    def leerpunten(self) -> tuple[Point, ...]:
        """The leerpunten on their own (a leerpunt that closed an aandachtspunt stays with its point)."""
        return tuple(p for p in self.points if p.kind == "leerpunt")

    @property
    def entries(self) -> list[Entry]:
        return sorted(
            {e.label: e for s in self.sections for e in s.entries}.values(), key=lambda e: e.position
        )
