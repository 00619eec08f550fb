"""What a user types into the search across recordings, as the databases' full-text queries, and the snippet a
database marks, as parts to show.

Input is only ever words: every run of letters and digits is one word, everything else (quotes, *, -, OR, NEAR,
brackets, colons) separates words and is never passed on as query syntax, so no input can make a query fail.
Every word must occur (AND), as the start of a word (prefix): "gesp" finds "gesprek". SQLite's FTS5 gets each
word as a quoted string with `*`; PostgreSQL's to_tsquery gets each as a quoted lexeme with `:*`, which the
'dutch' configuration stems first (so "gesprekken" finds "gesprek" too), and drops stop words.
"""

from __future__ import annotations

import re

MAX_WORDS = 12  # more words than this find nothing more useful; they are ignored
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # what the databases put around a match in a snippet
_WORD = re.compile(r"[^\W_]+")  # letters and digits: what unicode61 and PostgreSQL's parser call a word
_MARKED = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}", re.DOTALL)
_SPACE = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\s*\n[\s\n]*")


def words(text: str) -> tuple[str, ...]:
    """The words of `text`, in order, without repeats (case-insensitively), at most MAX_WORDS."""
    found = dict.fromkeys(w.casefold() for w in _WORD.findall(text or ""))
    return tuple(found)[:MAX_WORDS]


def fts5_query(found: tuple[str, ...]) -> str:
    """`"gesp"* "client"*`: every word, as a prefix (a word holds no quote, so quoting it is enough)."""
    return " ".join(f'"{w}"*' for w in found)


def tsquery(found: tuple[str, ...]) -> str:
    """`'gesp':* & 'client':*` for to_tsquery."""
    return " & ".join(f"'{w}':*" for w in found)


def snippet_parts(marked: str) -> tuple[tuple[str, bool], ...]:
    """A snippet with its matches between MARK_OPEN and MARK_CLOSE as (text, matched) parts; the fields of one
    text (an annotation's observation, below the waterline, ...) are joined by " · ", runs of spaces are one."""
    text = _SPACE.sub(" ", _LINES.sub(" · ", (marked or "").strip()))
    parts: list[tuple[str, bool]] = []
    at = 0
    for match in _MARKED.finditer(text):
        if match.start() > at:
            parts.append((text[at:match.start()], False))
        if match.group(1):
            parts.append((match.group(1), True))
        at = match.end()
    if at < len(text):
        parts.append((text[at:], False))
    return tuple((t.replace(MARK_OPEN, "").replace(MARK_CLOSE, ""), m) for t, m in parts)


def marked_text(parts: tuple[tuple[str, bool], ...], open_: str = "«", close: str = "»") -> str:
    """The snippet as one line with its matches between `open_` and `close`."""
    return "".join(f"{open_}{t}{close}" if matched else t for t, matched in parts)


def with_ellipsis(headline: str, whole: str) -> str:
    """A headline cut from `whole` (PostgreSQL's ts_headline adds no ellipsis, SQLite's snippet does) with "…"
    where text was left out before or after it."""
    bare = " ".join(headline.replace(MARK_OPEN, "").replace(MARK_CLOSE, "").split())
    full = " ".join((whole or "").split())
    if not bare or bare == full:
        return headline
    return ("" if full.startswith(bare[:40]) else "…") + headline + ("" if full.endswith(bare[-40:]) else "…")
