"""Finding the names the workspace knows (the client's real name, its parts and other names it goes by; staff
names) in free text, however they are written: any case, with or without accents, with a soft hyphen or a
zero-width character inside, as a Dutch genitive ("Jozefiens", "Jozefien's"), or glued to other words by
"_", ".", "-", digits or camel case ("JozefienQuackenbosch", "Jozefien2", "dossier_Jozefien").

The client's name is `strict`: its parts count in any case. Staff names are not: a part counts only when it
is written with a capital, so "Coach Ahmed" leaves the word "coach" alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .name_text import fold, fold_plain

# Dutch (and a few other) name particles: "de" or "van" alone must not be replaced everywhere.
PARTICLES = frozenset(
    {"de", "den", "der", "van", "ter", "ten", "te", "het", "'t", "la", "le", "el", "al", "von", "vd", "v.d.", "du",
     "di", "da", "dos", "bin", "ben", "op", "in", "aan"}
)
KNOWN_NAME = "naam"  # the reason given for a known name in a preview

_LETTER_BEFORE = r"(?<![^\W\d_])"  # not preceded by a letter (digits, "_", punctuation and the start are fine)
_CAMEL_LEFT = r"(?-i:(?<=[a-z])(?=[A-Z]))"  # "mevrouwJozefien"
_LEFT = rf"(?:{_LETTER_BEFORE}|{_CAMEL_LEFT})"
_GENITIVE = r"(?P<gen>['’`]?[sS](?![^\W\d_]))?"  # "Jozefiens", "Jozefien's", "JOZEFIENS"
_RIGHT = r"(?:(?![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z])))"
_GLUE = r"[\s_.\-·]{0,3}"  # between the parts of a full name: space, "_", "-", "." or nothing at all


@dataclass(frozen=True)
class KnownName:
    """A name and what it becomes. `stand_in` None: a name that stays as it is (a reviewer in a research
    export) but that nothing else may replace either."""

    text: str
    stand_in: str | None
    strict: bool = True
    parts: bool = True  # False: only the whole text (a pseudonym code: its parts are no names)


@dataclass(frozen=True)
class Hit:
    """A stretch of the original text and what it becomes (None: it stays), with the reason."""

    start: int
    end: int
    stand_in: str | None
    reason: str
    genitive: bool = False
    person: bool = True  # a name of a person (as opposed to a phone number, an address, ...)


def tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-_.,]+", fold_plain(name)) if t]


def _part_pattern(part: str, strict: bool) -> str:
    if strict or not part[:1].isascii() or not part[:1].isalpha():
        return re.escape(part)
    return rf"(?-i:{re.escape(part[:1].upper())}){re.escape(part[1:])}"


def _patterns(name: KnownName) -> list[str]:
    parts = tokens(name.text)
    if not parts:
        return []
    found = [_GLUE.join(re.escape(p) for p in parts)]
    if name.strict and len(parts) > 1 and parts[0][:1].isalpha():  # "J. Quackenbosch", "J Quackenbosch"
        found.append(rf"{re.escape(parts[0][0])}\.?\s*" + _GLUE.join(re.escape(p) for p in parts[1:]))
    found += [
        _part_pattern(p, name.strict)
        for p in parts
        if name.parts and len(p) >= 3 and p.casefold() not in PARTICLES and len(parts) > 1
    ]
    return found


class NameMatcher:
    """All known names in one expression, longest first; matched on the folded text, reported in the original."""

    def __init__(self, names: Iterable[KnownName]) -> None:
        self.names: list[KnownName] = []
        alternatives: list[tuple[int, str]] = []
        seen: set[str] = set()
        for name in names:
            for pattern in _patterns(name):
                if pattern.casefold() in seen:  # the first name given wins (the client before staff)
                    continue
                seen.add(pattern.casefold())
                alternatives.append((len(self.names), pattern))
                self.names.append(name)
        alternatives.sort(key=lambda a: -len(a[1]))
        if not alternatives:
            self._regex = None
            return
        body = "|".join(f"(?P<n{index}>{pattern})" for index, pattern in alternatives)
        self._regex = re.compile(f"{_LEFT}(?:{body}){_GENITIVE}{_RIGHT}", re.IGNORECASE)

    def find(self, text: str) -> list[Hit]:
        if self._regex is None or not text:
            return []
        folded = fold(text)
        hits: list[Hit] = []
        for m in self._regex.finditer(folded.text):
            group = next(key for key, value in m.groupdict().items() if value is not None and key != "gen")
            name = self.names[int(group[1:])]
            start, end = folded.span(m.start(), m.end())
            hits.append(Hit(start, end, name.stand_in, KNOWN_NAME, genitive=bool(m.group("gen"))))
        return merge_neighbours(text, hits)


_BETWEEN = re.compile(r"[\s_\-.,'’]{0,3}")


def merge_neighbours(text: str, hits: list[Hit]) -> list[Hit]:
    """"Quackenbosch, Jozefien" is one stand-in, not two side by side."""
    out: list[Hit] = []
    for hit in hits:
        last = out[-1] if out else None
        if (
            last is not None
            and last.stand_in == hit.stand_in
            and not last.genitive
            and _BETWEEN.fullmatch(text, last.end, hit.start)
        ):
            out[-1] = Hit(last.start, hit.end, hit.stand_in, hit.reason, hit.genitive, hit.person)
        else:
            out.append(hit)
    return out


def genitive(stand_in: str) -> str:
    """The Dutch genitive of a stand-in: "C-7Q3FS's" (a code, like an abbreviation), "de cliënts", "Lars'"."""
    last = stand_in[-1:]
    if last.isalpha() and last.islower():
        return stand_in + ("'" if last in "sxz" else "s")
    return stand_in + "'s"
