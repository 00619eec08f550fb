"""The moments where reviewers differ most: stretches of the recording where, once the tolerance is applied, some
reviewers marked a theme and others did not (see agreement.py for units and tolerance).

Per theme, a unit is in disagreement when the reviewers' (tolerant) yes/no values there are not all the same.
The disagreeing units of all themes together form stretches; stretches at most the tolerance apart are joined.
A stretch weighs its disagreeing units summed over the themes (two themes in dispute for 5 s weigh 10). The
heaviest come first; on equal weight the earliest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .agreement import UNIT_MS, with_tolerance


@dataclass(frozen=True)
class ThemeSplit:
    """In one stretch, for one theme: who marked it where they disagree, and who did not."""

    theme: str
    marked_by: tuple[int, ...]
    not_marked_by: tuple[int, ...]


@dataclass(frozen=True)
class Difference:
    start_ms: int
    end_ms: int
    weight: int  # disagreeing units summed over the themes
    splits: tuple[ThemeSplit, ...]  # in the themes' order

    def themes_of(self, reviewer_id: int) -> tuple[str, ...]:
        return tuple(s.theme for s in self.splits if reviewer_id in s.marked_by)


def _runs(flags: np.ndarray, join_gap: int) -> list[tuple[int, int]]:
    """[start, end) of the stretches of True, joining stretches at most `join_gap` units apart."""
    at = np.flatnonzero(flags)
    if not len(at):
        return []
    runs: list[tuple[int, int]] = []
    start = prev = int(at[0])
    for u in at[1:]:
        u = int(u)
        if u - prev - 1 > join_gap:
            runs.append((start, prev + 1))
            start = u
        prev = u
    runs.append((start, prev + 1))
    return runs


def differences(grid: np.ndarray, reviewers: Sequence[int], themes: Sequence[str], k: int,
                unit_ms: int = UNIT_MS, limit: int | None = 10) -> list[Difference]:
    """The stretches where the reviewers differ most, heaviest first (at most `limit`; None: all)."""
    if len(reviewers) < 2 or not len(themes):
        return []
    tolerant = np.stack([with_tolerance(grid[t], k) for t in range(len(themes))])
    disagree: np.ndarray = np.asarray(tolerant.any(axis=1) & ~tolerant.all(axis=1))  # [theme, unit]
    out = []
    for u0, u1 in _runs(np.asarray(disagree.any(axis=0)), k):
        splits = []
        for t, theme in enumerate(themes):
            here = disagree[t, u0:u1]
            if not here.any():
                continue
            marked = tuple(r for i, r in enumerate(reviewers) if (grid[t, i, u0:u1] & here).any())
            splits.append(ThemeSplit(theme, marked, tuple(r for r in reviewers if r not in marked)))
        out.append(Difference(u0 * unit_ms, u1 * unit_ms, int(disagree[:, u0:u1].sum()), tuple(splits)))
    out.sort(key=lambda d: (-d.weight, d.start_ms))
    return out if limit is None else out[:limit]
