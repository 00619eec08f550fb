"""Keeping names out of exported text: the client's real name (and its parts) becomes the pseudonym, and in
an anonymised case story every name becomes a role ("de cliënt", "de klantmanager", "de coach").

An observation may mention the client by name even though the workspace keeps that name apart; every
export passes its free text through a `Scrubber` so the real name never leaves the workspace.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Dutch name particles: "de" or "van" alone must not be replaced everywhere.
PARTICLES = frozenset(
    {
        "de",
        "den",
        "der",
        "van",
        "ter",
        "ten",
        "te",
        "het",
        "'t",
        "la",
        "le",
        "el",
        "al",
        "von",
        "vd",
        "v.d.",
        "du",
        "di",
        "da",
        "dos",
        "bin",
        "ben",
        "op",
        "in",
        "aan",
    }
)
_SENTENCE_END = '.!?\n"“‘'


@dataclass(frozen=True)
class Name:
    """A name to replace. `strict` (the client) also replaces its parts in any case; otherwise (staff)
    parts are replaced only when written with a capital, so "Coach Ahmed" leaves the word "coach" alone."""

    text: str
    stand_in: str
    strict: bool = True


def _parts(name: str) -> list[str]:
    return [p for p in re.split(r"[\s\-]+", name) if len(p) >= 3 and p.casefold() not in PARTICLES]


def _pattern(words: Iterable[str], flags: int) -> re.Pattern[str] | None:
    words = sorted(set(words), key=len, reverse=True)
    if not words:
        return None
    spaced = [r"\s+".join(re.escape(p) for p in w.split(" ")) for w in words]
    return re.compile(r"(?<!\w)(" + "|".join(spaced) + r")(?!\w)", flags)


class Scrubber:
    """Replaces whole-word occurrences of names by their stand-ins, longest name first."""

    def __init__(self, names: Iterable[Name | tuple[str, str]] = ()) -> None:
        folded: dict[str, str] = {}
        exact: dict[str, str] = {}
        for item in names:
            name = item if isinstance(item, Name) else Name(*item)
            text = " ".join((name.text or "").split())
            if not text:
                continue
            folded.setdefault(text.casefold(), name.stand_in)
            for part in _parts(text):
                if name.strict:
                    folded.setdefault(part.casefold(), name.stand_in)
                elif part[:1].isupper():
                    exact.setdefault(part, name.stand_in)
        self._folded, self._exact = folded, exact
        self._any_case = _pattern(folded, re.IGNORECASE)
        self._capitalised = _pattern(exact, 0)

    @staticmethod
    def _fit(stand_in: str, match: re.Match[str]) -> str:
        """A stand-in that starts a sentence gets a capital ("De cliënt zegt ..."); a bare label does not."""
        text, start, end = match.string, match.start(), match.end()
        if not stand_in[:1].islower() or (not text[:start].strip() and not text[end:].strip()):
            return stand_in
        tail = text[max(0, start - 8) : start].rstrip(" \t")
        if (tail == "" and not text[:start].strip(" \t")) or (tail and tail[-1] in _SENTENCE_END):
            return stand_in[:1].upper() + stand_in[1:]
        return stand_in

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if self._any_case is not None:
            text = self._any_case.sub(
                lambda m: self._fit(self._folded.get(" ".join(m.group(0).split()).casefold(), m.group(0)), m),
                text,
            )
        if self._capitalised is not None:
            text = self._capitalised.sub(
                lambda m: self._fit(self._exact.get(m.group(0), m.group(0)), m), text
            )
        return text

    def many(self, texts: Iterable[str]) -> tuple[str, ...]:
        return tuple(self(t) for t in texts)


def client_scrubber(real_name: str | None, pseudonym: str) -> Scrubber:
    return Scrubber([Name(real_name, pseudonym)] if real_name else [])
