"""Agreement on the annotations themselves rather than on time units: which of A's annotations of a theme B
also made (at about the same place), and how much of the annotated time they share.

Kijkwijzer's stand-in for pygamma-agreement's gamma (Mathet et al. 2015), which docs/analysis.md explains:
gamma aligns units by position and category and compares the disorder with that of sampled random continua.
This measure keeps the alignment idea, exactly and without sampling:

- Matching. Per theme and pair of reviewers, an annotation of A and one of B can be paired when they overlap or
  lie at most the tolerance apart (a moment is an annotation of no length). Pairs are made one to one, greedily:
  the most overlapping first (the smallest gap, gap = later start - earlier end, negative while they overlap),
  then the nearest starts, then the earliest annotations. `found_by_both` = 2 * pairs / (A's + B's annotations):
  the share of the annotations that have a counterpart (an F1 score, 1.0 when every annotation has one).
- `mean_offset_ms`: over the pairs, the mean of |start A - start B| and |end A - end B| (a moment's end is its
  start): how far apart matched annotations sit.
- `time_overlap`: of the time covered by spans (moments have no length), 2 * |A ∩ B| / (|A| + |B|) (Dice);
  None when neither reviewer has a span of the theme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from .agreement import Mark


@dataclass(frozen=True)
class SpanAgreement:
    theme: str
    reviewer_a: int
    reviewer_b: int
    annotations_a: int
    annotations_b: int
    matched: int  # pairs of annotations found by both
    found_by_both: float | None  # 2 * matched / (annotations_a + annotations_b); None when neither annotated
    mean_offset_ms: float | None  # None without pairs
    time_overlap: float | None  # Dice of the spans' time; None without spans


def _end(m: Mark) -> int:
    return m.end_ms if m.end_ms is not None and m.end_ms > m.start_ms else m.start_ms


def matched_pairs(a: Sequence[Mark], b: Sequence[Mark], tolerance_ms: int) -> list[tuple[int, int]]:
    """Indices (into a, into b) of the one-to-one pairs, by the greedy rule of the module's docstring."""
    candidates = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            gap = max(x.start_ms, y.start_ms) - min(_end(x), _end(y))
            if gap <= tolerance_ms:
                candidates.append((gap, abs(x.start_ms - y.start_ms), i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _gap, _distance, i, j in sorted(candidates):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _union(marks: Sequence[Mark]) -> list[tuple[int, int]]:
    spans = sorted((m.start_ms, _end(m)) for m in marks if _end(m) > m.start_ms)
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _length(spans: Sequence[tuple[int, int]]) -> int:
    return sum(e - s for s, e in spans)


def _shared(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    total, i, j = 0, 0, 0
    while i < len(a) and j < len(b):
        total += max(0, min(a[i][1], b[j][1]) - max(a[i][0], b[j][0]))
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return total


def time_overlap(a: Sequence[Mark], b: Sequence[Mark]) -> float | None:
    ua, ub = _union(a), _union(b)
    both = _length(ua) + _length(ub)
    return None if both == 0 else 2 * _shared(ua, ub) / both


def span_agreement(theme: str, reviewer_a: int, a: Sequence[Mark], reviewer_b: int, b: Sequence[Mark],
                   tolerance_ms: int) -> SpanAgreement:
    pairs = matched_pairs(a, b, tolerance_ms)
    total = len(a) + len(b)
    offsets = [(abs(a[i].start_ms - b[j].start_ms) + abs(_end(a[i]) - _end(b[j]))) / 2 for i, j in pairs]
    return SpanAgreement(theme, reviewer_a, reviewer_b, len(a), len(b), len(pairs),
                         2 * len(pairs) / total if total else None,
                         sum(offsets) / len(offsets) if offsets else None, time_overlap(a, b))


def span_agreements(marks: Sequence[Mark], reviewers: Sequence[int], themes: Sequence[str],
                    tolerance_ms: int) -> list[SpanAgreement]:
    """Per theme, per pair of reviewers (in the reviewers' order)."""
    out = []
    for theme in themes:
        of = {r: sorted((m for m in marks if m.theme == theme and m.reviewer_id == r),
                        key=lambda m: (m.start_ms, _end(m))) for r in reviewers}
        for ra, rb in combinations(reviewers, 2):
            out.append(span_agreement(theme, ra, of[ra], rb, of[rb], tolerance_ms))
    return out
