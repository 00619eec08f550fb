"""What a pseudonymisation replaced, collected for one export (or its preview) while the export is gathered.

`collecting()` opens a log for the current thread (a context variable); every Pseudonymiser call made inside
it adds its replacements there. A log opened inside another passes its rows on to the outer one too, so a
story gathered once and written twice (Markdown and PDF) still reports what it replaced.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Replacement:
    found: str  # the characters as they were typed
    stand_in: str  # what the export holds instead
    reason: str  # "naam" (a known name) or what deduce took it for: "persoon", "telefoonnummer", ...
    context: str  # the original text around it, cut with "…"


@dataclass(frozen=True)
class PreviewRow:
    replacement: Replacement
    count: int  # how often this very replacement, in this very context, happens in the export


class ReplacementLog:
    def __init__(self, outer: ReplacementLog | None = None) -> None:
        self._counts: dict[Replacement, int] = {}
        self._outer = outer

    def add(self, replacements: tuple[Replacement, ...]) -> None:
        for r in replacements:
            self._counts[r] = self._counts.get(r, 0) + 1
        if self._outer is not None:
            self._outer.add(replacements)

    def replay(self, other: ReplacementLog) -> None:
        for replacement, count in other._counts.items():
            self.add((replacement,) * count)

    def rows(self) -> tuple[PreviewRow, ...]:
        """In the order first met (the export's own order)."""
        return tuple(PreviewRow(r, n) for r, n in self._counts.items())

    @property
    def total(self) -> int:
        return sum(self._counts.values())


_active: ContextVar[ReplacementLog | None] = ContextVar("kijkwijzer_replacements", default=None)


@contextmanager
def collecting() -> Iterator[ReplacementLog]:
    log = ReplacementLog(_active.get())
    token = _active.set(log)
    try:
        yield log
    finally:
        _active.reset(token)


def active() -> ReplacementLog | None:
    return _active.get()


def context_of(text: str, start: int, end: int, width: int = 32) -> str:
    """The replaced piece with some text around it, on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    piece = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + piece + ("…" if right < len(text) else "")
