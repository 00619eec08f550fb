"""How far reviewers agree on where a theme occurs in one recording: Cohen's kappa per pair of reviewers and
Krippendorff's alpha over all of them, per theme, on time units; the span measures are in span_agreement.py,
the moments where they differ most in agreement_moments.py.

Time units. The recording is cut into units of `unit_ms` (1 s by default, as BORIS's time-slice kappa does).
An annotation marks, for each of its themes, every unit it touches: a span [start, end) the units
floor(start / unit) .. ceil(end / unit) - 1, a moment (no end) the one unit it falls in. A unit then holds one
yes/no per reviewer and theme. All units of the recording count, also those nobody annotated: "not this theme
here" is a judgement too. Only reviewers with at least one annotation on the recording are compared.

Tolerance window. Two reviewers rarely click the same second. With a tolerance of k units
(k = round(tolerance_ms / unit_ms)), a unit that reviewer A marks counts as agreed when reviewer B marked the
same theme in any unit within ±k of it, and the other way round: before kappa is computed,
    A'[u] = A[u] or (B[u] and A marked the theme somewhere in u-k .. u+k),
    B'[u] = B[u] or (A[u] and B marked the theme somewhere in u-k .. u+k).
For alpha over more reviewers the same rule reads: R'[u] = R[u] or (another reviewer marked u and R marked the
theme within ±k). Tolerance 0 gives the plain unit-by-unit figures.

Figures. Cohen's kappa = (p_o - p_e) / (1 - p_e) over the units (p_o the share of units where both say the
same, p_e the share expected by chance from each reviewer's own rate); undefined (None) when p_e = 1, i.e. both
say the same thing in every unit. Krippendorff's alpha is nominal (package `krippendorff`); undefined (None)
when every value is the same. Verbal bands: Landis & Koch (1977) for kappa, Krippendorff (2004) for alpha.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal

import numpy as np

from kijkwijzer.domain.annotation import AnnotationView

UNIT_MS = 1000
DEFAULT_TOLERANCE_MS = 2000

KappaBand = Literal["poor", "slight", "fair", "moderate", "substantial", "almost_perfect"]
AlphaBand = Literal["reliable", "tentative", "insufficient"]
# Landis & Koch (1977): upper bounds (inclusive, on the kappa rounded to two decimals) of each band.
KAPPA_BANDS: tuple[tuple[float, KappaBand], ...] = (
    (-0.005, "poor"), (0.20, "slight"), (0.40, "fair"), (0.60, "moderate"), (0.80, "substantial"),
    (1.0, "almost_perfect"))
# Krippendorff (2004): alpha >= .800 reliable, .667 <= alpha < .800 tentative conclusions only, below that not.
ALPHA_RELIABLE, ALPHA_TENTATIVE = 0.800, 0.667


@dataclass(frozen=True)
class Mark:
    """One theme of one annotation: who, which theme, where (end None: a moment)."""

    reviewer_id: int
    theme: str
    start_ms: int
    end_ms: int | None = None


@dataclass(frozen=True)
class PairKappa:
    theme: str
    reviewer_a: int
    reviewer_b: int
    kappa: float | None  # None: undefined (both say the same in every unit)
    units_a: int  # units A marked (before the tolerance)
    units_b: int
    units_agreed: int  # units both marked once the tolerance is applied
    units: int  # all units of the recording
    band: KappaBand | None = None  # Landis & Koch; None with the kappa


@dataclass(frozen=True)
class ThemeAlpha:
    theme: str
    alpha: float | None  # None: undefined (every value the same, e.g. nobody marked the theme)
    reviewers_marking: tuple[int, ...]  # who marked the theme at least once
    band: AlphaBand | None = None  # Krippendorff; None with the alpha


def marks_of(annotations: Iterable[AnnotationView]) -> list[Mark]:
    """One mark per theme of each annotation (an annotation without a theme marks nothing)."""
    return [Mark(a.reviewer_id, theme, a.start_ms, a.end_ms if a.is_span else None)
            for a in annotations for theme in a.themes]


def unit_count(duration_ms: int, marks: Iterable[Mark], unit_ms: int = UNIT_MS) -> int:
    """Units covering the recording and every mark (a mark past a recording's stated end still counts)."""
    last = max([duration_ms, *((m.end_ms or m.start_ms + 1) for m in marks)], default=0)
    return max(1, -(-last // unit_ms))


def covered(mark: Mark, unit_ms: int = UNIT_MS) -> slice:
    """The units a mark touches."""
    first = mark.start_ms // unit_ms
    if mark.end_ms is None or mark.end_ms <= mark.start_ms:
        return slice(first, first + 1)
    return slice(first, max(first + 1, -(-mark.end_ms // unit_ms)))


def unit_grid(marks: Iterable[Mark], reviewers: Sequence[int], themes: Sequence[str], units: int,
              unit_ms: int = UNIT_MS) -> np.ndarray:
    """bool[theme, reviewer, unit]: did the reviewer mark the theme in the unit."""
    grid = np.zeros((len(themes), len(reviewers), units), dtype=bool)
    theme_at = {t: i for i, t in enumerate(themes)}
    reviewer_at = {r: i for i, r in enumerate(reviewers)}
    for m in marks:
        if m.theme in theme_at and m.reviewer_id in reviewer_at:
            grid[theme_at[m.theme], reviewer_at[m.reviewer_id], covered(m, unit_ms)] = True
    return grid


def dilate(row: np.ndarray, k: int) -> np.ndarray:
    """True where `row` is True within ±k units."""
    row = np.asarray(row, dtype=bool)
    if k <= 0 or not row.any():
        return row.copy()
    n = len(row)
    sums = np.concatenate((np.zeros(1, dtype=np.int64), np.cumsum(row, dtype=np.int64)))  # sums[i] = row[:i]
    at = np.arange(n)
    return (sums[np.minimum(n, at + k + 1)] - sums[np.maximum(0, at - k)]) > 0


def with_tolerance(rows: np.ndarray, k: int) -> np.ndarray:
    """bool[reviewer, unit] -> the same with the tolerance rule applied (see the module's docstring)."""
    if k <= 0 or len(rows) < 2:
        return rows.copy()
    out = rows.copy()
    for i in range(len(rows)):
        others = np.delete(rows, i, axis=0).any(axis=0)
        out[i] |= others & dilate(rows[i], k)
    return out


def cohen_kappa(a: np.ndarray, b: np.ndarray) -> float | None:
    """Cohen's kappa of two yes/no rows of equal length; None when undefined (p_e = 1)."""
    a, b = np.asarray(a, dtype=bool), np.asarray(b, dtype=bool)
    n = len(a)
    if n == 0:
        return None
    p_o = float(np.count_nonzero(a == b)) / n
    pa, pb = np.count_nonzero(a) / n, np.count_nonzero(b) / n
    p_e = pa * pb + (1 - pa) * (1 - pb)
    if p_e >= 1 - 1e-12:
        return None
    return float((p_o - p_e) / (1 - p_e))


def nominal_alpha(data: np.ndarray | Sequence[Sequence[float]]) -> float | None:
    """Krippendorff's alpha (nominal) of a reviewers x units matrix (NaN: no value); None when undefined."""
    import krippendorff  # (its import pulls in numpy only; kept here so the module loads fast)

    matrix = np.asarray(data, dtype=float)
    values = np.unique(matrix[~np.isnan(matrix)])
    if len(values) < 2:
        return None
    return float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))


def kappa_band(kappa: float) -> KappaBand:
    """Landis & Koch (1977): < 0 poor, .00-.20 slight, .21-.40 fair, .41-.60 moderate, .61-.80 substantial,
    .81-1.00 almost perfect (on the kappa rounded to two decimals, as it is shown)."""
    shown = round(kappa, 2)
    return next((band for upper, band in KAPPA_BANDS if shown <= upper), "almost_perfect")


def alpha_band(alpha: float) -> AlphaBand:
    shown = round(alpha, 3)
    return "reliable" if shown >= ALPHA_RELIABLE else "tentative" if shown >= ALPHA_TENTATIVE else "insufficient"


def tolerance_units(tolerance_ms: int, unit_ms: int = UNIT_MS) -> int:
    return max(0, round(tolerance_ms / unit_ms))


def pair_kappas(grid: np.ndarray, reviewers: Sequence[int], themes: Sequence[str], k: int) -> list[PairKappa]:
    """Kappa per theme per pair of reviewers (in the reviewers' order), the tolerance applied pairwise."""
    out = []
    for t, theme in enumerate(themes):
        for i, j in combinations(range(len(reviewers)), 2):
            a, b = with_tolerance(grid[t, [i, j]], k)
            kappa = cohen_kappa(a, b)
            out.append(PairKappa(theme, reviewers[i], reviewers[j], kappa,
                                 int(grid[t, i].sum()), int(grid[t, j].sum()), int(np.count_nonzero(a & b)),
                                 grid.shape[2], None if kappa is None else kappa_band(kappa)))
    return out


def theme_alphas(grid: np.ndarray, reviewers: Sequence[int], themes: Sequence[str], k: int) -> list[ThemeAlpha]:
    """Alpha per theme over all reviewers, the tolerance applied as for kappa."""
    out = []
    for t, theme in enumerate(themes):
        rows = with_tolerance(grid[t], k)
        marking = tuple(r for i, r in enumerate(reviewers) if grid[t, i].any())
        alpha = nominal_alpha(rows.astype(float)) if len(reviewers) >= 2 else None
        out.append(ThemeAlpha(theme, alpha, marking, None if alpha is None else alpha_band(alpha)))
    return out
