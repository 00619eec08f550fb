"""Names in the order a person expects: "Klantmanager 2" before "Klantmanager 10" (numbers inside a name compare as
numbers), case and accents set aside only to break ties after the plain comparison."""

from __future__ import annotations

import re

_PARTS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key: runs of digits as numbers, the rest case-folded; "" sorts first."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.casefold())
                 for part in _PARTS.split(text) if part != "")
