"""All agreement figures of one recording in one value: kappa per theme per pair, alpha per theme, the span
measures and the moments where the reviewers differ most (agreement.py, span_agreement.py, agreement_moments.py
define each figure)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .agreement import (
    DEFAULT_TOLERANCE_MS,
    UNIT_MS,
    Mark,
    PairKappa,
    ThemeAlpha,
    pair_kappas,
    theme_alphas,
    tolerance_units,
    unit_count,
    unit_grid,
)
from .agreement_moments import Difference, differences
from .span_agreement import SpanAgreement, span_agreements


@dataclass(frozen=True)
class ReviewerAgreement:
    reviewers: tuple[int, ...]  # compared, in the order given
    themes: tuple[str, ...]  # marked by at least one of them, in the order given
    unit_ms: int
    tolerance_ms: int
    units: int
    kappas: tuple[PairKappa, ...]  # per theme, per pair
    alphas: tuple[ThemeAlpha, ...]  # per theme
    spans: tuple[SpanAgreement, ...]  # per theme, per pair
    differences: tuple[Difference, ...]  # heaviest first

    @property
    def enough_reviewers(self) -> bool:
        return len(self.reviewers) >= 2

    def kappa(self, theme: str, a: int, b: int) -> PairKappa | None:
        return next((k for k in self.kappas if k.theme == theme and {k.reviewer_a, k.reviewer_b} == {a, b}), None)

    def alpha(self, theme: str) -> ThemeAlpha | None:
        return next((x for x in self.alphas if x.theme == theme), None)


def reviewer_agreement(marks: Sequence[Mark], reviewers: Sequence[int], themes: Sequence[str], duration_ms: int,
                       *, tolerance_ms: int = DEFAULT_TOLERANCE_MS, unit_ms: int = UNIT_MS,
                       moments: int | None = 10) -> ReviewerAgreement:
    """The figures for `reviewers` (those who annotated the recording) on those of `themes` that any of them
    marked; fewer than two reviewers give no pairs, no alpha and no moments."""
    if unit_ms <= 0:
        raise ValueError("unit_ms must be positive")
    if tolerance_ms < 0:
        raise ValueError("tolerance_ms must not be negative")
    marks = [m for m in marks if m.reviewer_id in reviewers]
    marked = {m.theme for m in marks}
    themes = tuple(t for t in dict.fromkeys(themes) if t in marked)
    units = unit_count(duration_ms, marks, unit_ms)
    grid = unit_grid(marks, reviewers, themes, units, unit_ms)
    k = tolerance_units(tolerance_ms, unit_ms)
    return ReviewerAgreement(
        reviewers=tuple(reviewers), themes=themes, unit_ms=unit_ms, tolerance_ms=tolerance_ms, units=units,
        kappas=tuple(pair_kappas(grid, reviewers, themes, k)),
        alphas=tuple(theme_alphas(grid, reviewers, themes, k)) if len(reviewers) >= 2 else (),
        spans=tuple(span_agreements(marks, reviewers, themes, tolerance_ms)),
        differences=tuple(differences(grid, reviewers, themes, k, unit_ms, moments)),
    )
