"""Pseudonymising one export's free text: the names the workspace knows (known_names.py) plus what deduce
finds that no list knows (deduce_finder.py), merged into one set of replacements per text, each one logged
for the preview (replacements.py).

Where the two disagree: a known name wins over deduce's "[persoon]" for the same words; a person deduce finds
around a known client name ("meneer Quackenbosch") becomes the client's stand-in as a whole; anything else
deduce finds that is longer than the known name inside it (an e-mail address "jozefien.q@...", an address)
is replaced whole. A staff name that stays (stand-in None) is never touched by deduce either.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .known_names import Hit, KnownName, NameMatcher, genitive
from .replacements import Replacement, active, context_of

_SENTENCE_END = '.!?\n"“‘'


class Finder(Protocol):
    def find(
        self, text: str, patient: tuple[tuple[str, ...], str | None] | None = None, client: str | None = None
    ) -> list[Hit]: ...


def _overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _resolve(known: list[Hit], found: list[Hit]) -> list[Hit]:
    hits = list(known)
    for extra in found:
        inside = [h for h in hits if _overlaps(h, extra)]
        if not inside:
            hits.append(extra)
            continue
        start = min(extra.start, *(h.start for h in inside))
        end = max(extra.end, *(h.end for h in inside))
        if start == min(h.start for h in inside) and end == max(h.end for h in inside):
            continue  # the known names cover it already
        if extra.person and all(h.stand_in is not None for h in inside):
            first = inside[0]
            last = inside[-1]
            merged = Hit(start, end, first.stand_in, first.reason, genitive=last.genitive and last.end == end)
        else:
            merged = Hit(start, end, extra.stand_in, extra.reason, person=extra.person)
        hits = [h for h in hits if h not in inside] + [merged]
    return sorted(hits, key=lambda h: h.start)


def _fit(stand_in: str, text: str, start: int, end: int) -> str:
    """A stand-in that starts a sentence gets a capital ("De cliënt zegt ..."); a bare label does not."""
    if not stand_in[:1].islower() or (not text[:start].strip() and not text[end:].strip()):
        return stand_in
    tail = text[max(0, start - 8) : start].rstrip(" \t")
    if (tail == "" and not text[:start].strip(" \t")) or (tail and tail[-1] in _SENTENCE_END):
        return stand_in[:1].upper() + stand_in[1:]
    return stand_in


class Pseudonymiser:
    """Callable on a text like the old Scrubber: `p(text)` and `p.many(texts)`.

    `client` is the stand-in for the client (the pseudonym code, or "de cliënt"); `patient` the client's name
    as deduce's patient, so deduce also finds it misspelt; `finder` None replaces known names only.
    """

    def __init__(
        self,
        names: Iterable[KnownName],
        finder: Finder | None = None,
        *,
        client: str | None = None,
        patient: tuple[tuple[str, ...], str | None] | None = None,
    ) -> None:
        self.matcher = NameMatcher(names)
        self.finder = finder
        self.client = client
        self.patient = patient
        self._done: dict[str, tuple[str, tuple[Replacement, ...]]] = {}

    def replace(self, text: str) -> tuple[str, tuple[Replacement, ...]]:
        """The pseudonymised text and what was replaced in it (not logged)."""
        if not text:
            return text, ()
        if text in self._done:
            return self._done[text]
        found = self.finder.find(text, self.patient, self.client) if self.finder is not None else []
        hits = _resolve(self.matcher.find(text), found)
        out: list[str] = []
        replaced: list[Replacement] = []
        position = 0
        for hit in hits:
            if hit.stand_in is None:
                continue
            stand_in = _fit(hit.stand_in, text, hit.start, hit.end)
            if hit.genitive:
                stand_in = genitive(stand_in)
            before = text[position : hit.start]
            if hit.start > 0 and text[hit.start - 1].isalnum() and stand_in[:1].isalnum():
                before += " "  # "mevrouwJozefien" -> "mevrouw C-7Q3F5", not "mevrouwC-7Q3F5"
            after = " " if hit.end < len(text) and text[hit.end].isalnum() and stand_in[-1:].isalnum() else ""
            out += [before, stand_in + after]
            position = hit.end
            replaced.append(
                Replacement(text[hit.start : hit.end], stand_in, hit.reason, context_of(text, hit.start, hit.end))
            )
        out.append(text[position:])
        result = ("".join(out), tuple(replaced))
        self._done[text] = result
        return result

    def __call__(self, text: str) -> str:
        result, replaced = self.replace(text)
        log = active()
        if log is not None and replaced:
            log.add(replaced)
        return result

    def many(self, texts: Iterable[str]) -> tuple[str, ...]:
        return tuple(self(t) for t in texts)
