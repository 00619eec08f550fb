"""What SRT and WebVTT share: the cue value, clock times, speaker prefixes, markup removal and limits.

A cue is one timed line of a transcript: it becomes a TranscriptCue row. Times are integer milliseconds.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kijkwijzer.errors import BadInput

MAX_CUE_CHARS = 10_000
MAX_CUES = 100_000
MAX_SPEAKER_CHARS = 60
MAX_MS = 1000 * 3_600_000  # a thousand hours: beyond that a time is a typo, not a recording

_CLOCK = re.compile(r"^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})$")
_TAG = re.compile(r"<[^<>\n]{0,400}>|\{\\[^{}\n]{0,200}\}")
# "NAME:" or "Name Surname:" at the start of a line: no sentence punctuation, at most five words.
_PREFIX = re.compile(r"^\s*-?\s*([^\W\d_][\w'’ .\-]{0,58}?)\s*:\s+(?=\S)")


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str
    speaker: str = ""


def parse_clock(text: str, line_no: int) -> int:
    """hh:mm:ss,mmm / hh:mm:ss.mmm / mm:ss.mmm -> milliseconds; BadInput with the line number otherwise."""
    match = _CLOCK.match(text.strip())
    if not match:
        raise BadInput(
            f"Regel {line_no}: ongeldige tijd {text.strip()[:40]!r}.",
            f"Line {line_no}: invalid time {text.strip()[:40]!r}.",
        )
    hours, minutes, seconds, frac = match.groups()
    if int(minutes) > 59 or int(seconds) > 59:
        raise BadInput(
            f"Regel {line_no}: minuten en seconden gaan tot 59 ({text.strip()}).",
            f"Line {line_no}: minutes and seconds go up to 59 ({text.strip()}).",
        )
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(frac.ljust(3, "0"))


def format_clock(ms: int, separator: str = ",") -> str:
    hours, rest = divmod(max(int(ms), 0), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def check_span(start_ms: int, end_ms: int, line_no: int) -> None:
    if end_ms < start_ms:
        raise BadInput(
            f"Regel {line_no}: de eindtijd ligt vóór de begintijd.",
            f"Line {line_no}: the end time lies before the start time.",
        )
    if end_ms > MAX_MS:
        raise BadInput(
            f"Regel {line_no}: tijd ligt voorbij 1000 uur.", f"Line {line_no}: time lies beyond 1000 hours."
        )


def strip_markup(text: str) -> str:
    """Formatting tags (<i>, <b>, <font>, <c.x>, <00:00:01.000>, {\\an8}) removed, entities decoded."""
    return html.unescape(_TAG.sub("", text))


def split_prefix(line: str) -> tuple[str, str] | None:
    match = _PREFIX.match(line)
    if not match:
        return None
    name = match.group(1).strip()
    if len(name.split()) > 5 or not name:
        return None
    return name, line[match.end() :]


def speakers_in(texts: Iterable[str]) -> set[str]:
    """Prefixes that name a speaker: written in capitals, or recurring at the start of two or more cues.

    Recurrence tells "KLANTMANAGER: ..." and "Jan de Vries: ..." apart from a one-off "Let op: ...".
    """
    counts: Counter[str] = Counter()
    texts = list(texts)
    for text in texts:
        for line in text.split("\n"):
            found = split_prefix(line)
            if found:
                counts[found[0]] += 1
    single = len(texts) == 1
    return {
        name
        for name, n in counts.items()
        if n >= 2 or single or (name.upper() == name and any(c.isalpha() for c in name))
    }


def turns(text: str, speakers: set[str], default: str = "") -> list[tuple[str, str]]:
    """Split a cue's text into (speaker, text) turns at lines that start with a known speaker prefix."""
    out: list[tuple[str, list[str]]] = []
    for line in text.split("\n"):
        found = split_prefix(line)
        if found and found[0] in speakers:
            out.append((found[0], [found[1]]))
        elif out:
            out[-1][1].append(line)
        else:
            out.append((default, [line]))
    return [(speaker, "\n".join(lines).strip()) for speaker, lines in out if "\n".join(lines).strip()]


def checked(cues: list[Cue], name: str) -> list[Cue]:
    """The cues of a whole file: at least one, not absurdly many, no absurdly long ones."""
    if not cues:
        raise BadInput(
            f"{name} bevat geen ondertitels of transcriptregels.",
            f"{name} contains no subtitles or transcript cues.",
        )
    if len(cues) > MAX_CUES:
        raise BadInput(
            f"{name} bevat meer dan {MAX_CUES} regels.", f"{name} contains more than {MAX_CUES} cues."
        )
    for cue in cues:
        if len(cue.text) > MAX_CUE_CHARS:
            raise BadInput(
                f"{name}: een regel bij {format_clock(cue.start_ms)} is langer dan {MAX_CUE_CHARS} tekens.",
                f"{name}: a cue at {format_clock(cue.start_ms)} is longer than {MAX_CUE_CHARS} characters.",
            )
        if len(cue.speaker) > MAX_SPEAKER_CHARS:
            raise BadInput(
                f"{name}: sprekersnaam te lang bij {format_clock(cue.start_ms)}.",
                f"{name}: speaker name too long at {format_clock(cue.start_ms)}.",
            )
    return sorted(cues, key=lambda c: (c.start_ms, c.end_ms))
