"""Pure rules of the feedback cycle: fragment spans, playlist order, hypothesis against experience,
the line of the feedback scores over time, and which aandachtspunten are still open.

No database and no Qt: services feed these plain values and show what they return.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kijkwijzer.errors import BadInput

# Playlist purposes: why fragments were put in this order.
PLAYLIST_PURPOSES: dict[str, tuple[str, str]] = {
    "client_interview": ("voor het cliëntinterview", "for the client interview"),
    "reflection": ("voor het reflectiegesprek", "for the reflection conversation"),
}

# Hypothesis against experience (004 ~77-79): do the reviewers' annotations match how the client felt it?
COMPARISON_MARKS: dict[str, tuple[str, str]] = {
    "match": ("komt overeen", "matches"),
    "differ": ("verschilt", "differs"),
    "client_only": ("cliënt zag iets wat niemand annoteerde", "client saw something nobody annotated"),
}

# Follow-up of an aandachtspunt in a later conversation: was it tried?
TRIED_VALUES: dict[str, tuple[str, str]] = {
    "ja": ("geprobeerd", "tried"),
    "deels": ("deels geprobeerd", "partly tried"),
    "nee": ("niet geprobeerd", "not tried"),
}

AANDACHTSPUNT_STATUSES = ("open", "closed")

# A point annotation becomes a fragment with this much context around it.
PAD_BEFORE_MS = 5_000
PAD_AFTER_MS = 10_000
MIN_FRAGMENT_MS = 500


def purpose_label(purpose: str, lang: str = "nl") -> str:
    nl, en = PLAYLIST_PURPOSES.get(purpose, (purpose, purpose))
    return nl if lang == "nl" else en


def require_choice(value: str, choices: dict[str, tuple[str, str]], what_nl: str, what_en: str) -> str:
    if value not in choices:
        names = ", ".join(choices)
        raise BadInput(f"Onbekende {what_nl}: {value} (kies uit {names})",
                       f"Unknown {what_en}: {value} (choose from {names})")
    return value


# ---- fragments ------------------------------------------------------------------------------------

def fragment_span(start_ms: int, end_ms: int | None, duration_ms: int | None = None) -> tuple[int, int]:
    """The span a fragment shows: a span as given, a moment (point annotation) with context around it.

    Clamped to the recording; refuses spans that are empty, reversed or outside the recording.
    """
    if start_ms < 0:
        raise BadInput("Begintijd mag niet negatief zijn.", "Start time must not be negative.")
    if duration_ms and start_ms >= duration_ms:
        raise BadInput("Het fragment begint na het einde van de opname.", "The fragment starts after the recording's end.")
    if end_ms is None or end_ms == start_ms:
        start, end = max(0, start_ms - PAD_BEFORE_MS), start_ms + PAD_AFTER_MS
    elif end_ms < start_ms:
        raise BadInput("Eindtijd ligt vóór de begintijd.", "End time lies before the start time.")
    else:
        start, end = start_ms, end_ms
    if duration_ms:
        end = min(end, duration_ms)
    if end - start < MIN_FRAGMENT_MS:
        raise BadInput(f"Een fragment duurt minstens {MIN_FRAGMENT_MS} ms.",
                       f"A fragment lasts at least {MIN_FRAGMENT_MS} ms.")
    return start, end


def overlaps(start_ms: int, end_ms: int, other_start: int, other_end: int | None) -> bool:
    """Does an annotation (a span, or a moment when `other_end` is None) fall within a fragment?"""
    if other_end is None or other_end <= other_start:
        return start_ms <= other_start <= end_ms
    return other_start < end_ms and other_end > start_ms


def reordered(current: Sequence[int], wanted: Sequence[int]) -> list[int]:
    """The new playlist order; `wanted` must hold exactly the fragments already in it."""
    if len(wanted) != len(set(wanted)):
        raise BadInput("Een fragment staat dubbel in de nieuwe volgorde.", "A fragment occurs twice in the new order.")
    if sorted(current) != sorted(wanted):
        missing = sorted(set(current) - set(wanted))
        extra = sorted(set(wanted) - set(current))
        raise BadInput(
            f"De nieuwe volgorde moet precies de fragmenten van de lijst bevatten (mist {missing}, extra {extra}).",
            f"The new order must hold exactly the playlist's fragments (missing {missing}, extra {extra}).",
        )
    return list(wanted)


def moved(current: Sequence[int], fragment_id: int, new_index: int) -> list[int]:
    """Move one fragment to `new_index` (0-based, clamped), the rest keep their relative order."""
    if fragment_id not in current:
        raise BadInput(f"Fragment {fragment_id} staat niet in deze lijst.", f"Fragment {fragment_id} is not in this playlist.")
    rest = [f for f in current if f != fragment_id]
    new_index = max(0, min(new_index, len(rest)))
    return rest[:new_index] + [fragment_id] + rest[new_index:]


# ---- hypothesis against experience ------------------------------------------------------------------

def suggested_mark(annotation_count: int, has_reaction: bool) -> str | None:
    """Only one mark follows from the facts: the client reacted where no reviewer annotated anything.

    Whether annotations and reaction match or differ is the reviewers' judgement, not a rule.
    """
    if has_reaction and annotation_count == 0:
        return "client_only"
    return None


@dataclass(frozen=True)
class ComparisonSummary:
    match: int
    differ: int
    client_only: int
    unmarked: int

    @property
    def marked(self) -> int:
        return self.match + self.differ + self.client_only

    @property
    def mostly_matching(self) -> bool:
        """"Dat bleek in de meeste gevallen gelukkig zo te zijn" (004 ~79): more than half of the marked."""
        return self.marked > 0 and self.match * 2 > self.marked


def summarize_marks(marks: Iterable[str | None]) -> ComparisonSummary:
    counts = Counter(m if m in COMPARISON_MARKS else None for m in marks)
    return ComparisonSummary(counts["match"], counts["differ"], counts["client_only"], counts[None])


# ---- feedback scores over time -------------------------------------------------------------------------

def require_score(score: int, minimum: int, maximum: int) -> int:
    if not minimum <= score <= maximum:
        raise BadInput(f"Score {score} ligt buiten de schaal {minimum}-{maximum}.",
                       f"Score {score} lies outside the scale {minimum}-{maximum}.")
    return score


@dataclass(frozen=True)
class Line:
    """The direction of one feedback question over a case's conversations."""

    direction: str  # "up" | "down" | "flat" | "too_few"
    first: int | None
    last: int | None
    points: int

    def label(self, lang: str = "nl") -> str:
        nl = {"up": "positieve lijn", "down": "dalende lijn", "flat": "gelijk gebleven",
              "too_few": "te weinig metingen"}
        en = {"up": "positive line", "down": "falling line", "flat": "unchanged", "too_few": "too few scores"}
        return (nl if lang == "nl" else en)[self.direction]


def series_line(scores: Sequence[int | None]) -> Line:
    """Scores in conversation order (None where not asked) -> the line: least-squares slope over the
    scores that exist, so one dip in a rising series does not turn the line round."""
    known = [(i, s) for i, s in enumerate(scores) if s is not None]
    if len(known) < 2:
        only = known[0][1] if known else None
        return Line("too_few", only, only, len(known))
    n = len(known)
    mean_x = sum(i for i, _ in known) / n
    mean_y = sum(s for _, s in known) / n
    var = sum((i - mean_x) ** 2 for i, _ in known)
    slope = sum((i - mean_x) * (s - mean_y) for i, s in known) / var
    direction = "up" if slope > 0.1 else "down" if slope < -0.1 else "flat"
    return Line(direction, known[0][1], known[-1][1], n)


# ---- aandachtspunten ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PointState:
    """What the checklist rule needs to know about one aandachtspunt."""

    id: int
    from_sequence: int  # sequence of the conversation whose reflection produced it
    status: str
    followed_up_in: tuple[int, ...] = ()  # sequences of conversations where it was followed up
    kind: str = "aandachtspunt"  # a "leerpunt" on its own is a lesson, nothing to try: never on a checklist


def on_checklist(point: PointState, sequence: int) -> bool:
    """Shown when conversation `sequence` is reviewed: it stems from an earlier conversation and is still
    open, or it was already followed up in this very conversation (so the answers stay visible)."""
    if point.from_sequence >= sequence or point.kind == "leerpunt":
        return False
    return point.status == "open" or sequence in point.followed_up_in


def checklist(points: Iterable[PointState], sequence: int) -> list[int]:
    return [p.id for p in points if on_checklist(p, sequence)]
