"""`UNCHANGED`: "leave this field as it is", for a change where None is itself a value (no date, no pillar,
no real name)."""

from __future__ import annotations

from typing import Final


class Unchanged:
    """The type of UNCHANGED; test with `isinstance`, so a type checker knows what is left."""

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = Unchanged()
