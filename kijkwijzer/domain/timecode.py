"""Media time is integer milliseconds everywhere; this formats and parses it."""

from __future__ import annotations

import re

from kijkwijzer.errors import BadInput

_PATTERN = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$")


def format_ms(ms: int, *, millis: bool = True) -> str:
    """hh:mm:ss.mmm (or hh:mm:ss), the form shown under the player and in reports."""
    sign = "-" if ms < 0 else ""
    ms = abs(int(ms))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis_part = divmod(rest, 1000)
    text = f"{sign}{hours:02d}:{minutes:02d}:{seconds:02d}"
    return f"{text}.{millis_part:03d}" if millis else text


def parse_ms(text: str) -> int:
    """Accepts hh:mm:ss.mmm, mm:ss, mm:ss,mmm or a plain integer of milliseconds."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    match = _PATTERN.match(text)
    if not match:
        raise BadInput(f"Ongeldige tijdcode: {text!r}", f"Invalid timecode: {text!r}")
    hours, minutes, seconds, frac = match.groups()
    frac_ms = int((frac or "0").ljust(3, "0"))
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + frac_ms
