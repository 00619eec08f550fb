"""Limits for free text typed or piped in (observations, quotes, reactions, notes, attention points, plans,
titles): one rule for every service, below the UI, so no window, command line or import path can store a
10 MB text, a NUL byte, another control character or a lone surrogate.
"""

from __future__ import annotations

import re

from kijkwijzer.errors import BadInput

MAX_TEXT = 20_000  # characters in one field of free text (some ten printed pages)
MAX_LINE = 500  # characters in a one-line field (a title, a name, a tag)
# C0 and C1 control characters except tab and newline (carriage returns are turned into newlines first).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def free_text(value: object, field_nl: str, field_en: str, *, limit: int = MAX_TEXT, one_line: bool = False) -> str:
    """The text with Windows and old Mac line ends made \\n; BadInput when it is no text, too long, contains a
    control character (a line break too, for `one_line`) or cannot be stored (a lone surrogate)."""
    if not isinstance(value, str):
        raise BadInput(f"{field_nl}: verwacht tekst.", f"{field_en}: expected text.")
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limit:
        raise BadInput(f"{field_nl} is te lang: {len(text)} tekens (hoogstens {limit}).",
                       f"{field_en} is too long: {len(text)} characters (at most {limit}).")
    found = _CONTROL.search(text) or (re.search("[\n\t]", text) if one_line else None)
    if found:
        code = f"U+{ord(found.group()):04X}"
        raise BadInput(f"{field_nl} bevat een stuurteken ({code}) dat niet in tekst hoort.",
                       f"{field_en} contains a control character ({code}) that does not belong in text.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise BadInput(f"{field_nl} bevat een ongeldig teken (losse surrogaat).",
                       f"{field_en} contains an invalid character (lone surrogate).") from error
    return text


def free_line(value: object, field_nl: str, field_en: str, *, limit: int = MAX_LINE) -> str:
    """A one-line field (title, name, tag): no line breaks or tabs, at most `limit` characters."""
    return free_text(value, field_nl, field_en, limit=limit, one_line=True)
