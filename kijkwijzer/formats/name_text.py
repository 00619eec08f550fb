"""Text as the name matcher reads it: accents, ligatures, wide letters and invisible characters undone, case
kept, with a map back to the original positions, so a match in the folded text replaces exactly the
characters the user typed (a soft hyphen inside a name included)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters NFKD leaves alone but a reader takes for their plain form.
_PLAIN = {
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ı": "i",
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH",
}


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character as the matcher sees it: '' for invisible ones (soft hyphen, zero-width and other
    format characters, combining marks), the plain letters otherwise ('é' -> 'e', 'Ｊ' -> 'J', 'ﬁ' -> 'fi')."""
    if unicodedata.category(ch) == "Cf":
        return ""
    if ch in _PLAIN:
        return _PLAIN[ch]
    plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return "".join(_PLAIN.get(c, c) for c in plain)


@dataclass(frozen=True)
class Folded:
    text: str
    origin: tuple[int, ...]  # origin[i]: the position in the original of folded character i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original positions of the folded characters start..end (end exclusive)."""
        return self.origin[start], self.origin[end - 1] + 1


def fold(text: str) -> Folded:
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():  # the common case, quickly
            out.append(ch)
            origin.append(i)
            continue
        plain = fold_char(ch)
        out.append(plain)
        origin.extend([i] * len(plain))
    return Folded("".join(out), tuple(origin))


def fold_plain(text: str) -> str:
    """Only the folded text (for names themselves and for comparing)."""
    return "".join(ch if ch.isascii() else fold_char(ch) for ch in text)
