"""Keeping names out of exported text, the short way: `Scrubber` replaces the names the workspace knows (any
spelling, see known_names.py) and nothing else. Exports use `pseudonymise.Pseudonymiser`, which adds what
deduce finds; this stays for callers that only have names (and for the type the gatherers declare).
"""

from __future__ import annotations

from collections.abc import Iterable

from .known_names import PARTICLES, KnownName
from .pseudonymise import Pseudonymiser

__all__ = ["PARTICLES", "Name", "Scrubber", "client_scrubber"]

Name = KnownName


class Scrubber(Pseudonymiser):
    """Replaces the known names by their stand-ins; `Name(text, stand_in, strict)` or (text, stand_in) pairs."""

    def __init__(self, names: Iterable[KnownName | tuple[str, str]] = ()) -> None:
        super().__init__(n if isinstance(n, KnownName) else KnownName(*n) for n in names)


def client_scrubber(real_name: str | None, pseudonym: str) -> Scrubber:
    return Scrubber([Name(real_name, pseudonym)] if real_name else [])
