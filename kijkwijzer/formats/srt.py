"""SubRip (.srt): read a transcript (speaker from a "NAME:" prefix) and write annotations as subtitles.

Reading is strict about structure (every block needs a valid timing line) and lenient about what tools
vary in: missing cue numbers, '.' instead of ',' before the milliseconds, position coordinates after
the timing, formatting tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kijkwijzer.errors import BadInput

from .cues import Cue, check_span, checked, format_clock, parse_clock, speakers_in, strip_markup, turns

_TIMING = re.compile(r"^\s*(\S+)\s*-->\s*(\S+)(?:\s+.*)?$")


def parse_srt(text: str, name: str = "SRT") -> list[Cue]:
    """All cues of an SRT text, each speaker turn its own cue; BadInput names the first bad line."""
    blocks: list[tuple[int, int, str]] = []  # (start, end, text without markup)
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        if "-->" not in lines[i]:
            if lines[i].strip().isdigit() and i + 1 < len(lines) and "-->" in lines[i + 1]:
                i += 1
            else:
                raise BadInput(
                    f"{name}, regel {i + 1}: tijdregel verwacht (00:00:01,000 --> 00:00:02,000).",
                    f"{name}, line {i + 1}: timing line expected (00:00:01,000 --> 00:00:02,000).",
                )
        match = _TIMING.match(lines[i])
        if not match:
            raise BadInput(
                f"{name}, regel {i + 1}: ongeldige tijdregel.", f"{name}, line {i + 1}: invalid timing line."
            )
        start, end = parse_clock(match.group(1), i + 1), parse_clock(match.group(2), i + 1)
        check_span(start, end, i + 1)
        i += 1
        body: list[str] = []
        while i < len(lines) and lines[i].strip():
            body.append(lines[i])
            i += 1
        blocks.append((start, end, strip_markup("\n".join(body)).strip()))
    speakers = speakers_in(raw for *_, raw in blocks)
    cues = [
        Cue(start, end, said, speaker)
        for start, end, raw in blocks
        if raw
        for speaker, said in turns(raw, speakers)
    ]
    return checked(cues, name)


@dataclass(frozen=True)
class Subtitle:
    """One subtitle to write: the speaker becomes the "NAME:" prefix that `parse_srt` reads back."""

    start_ms: int
    end_ms: int
    text: str
    speaker: str = ""


def _safe(text: str) -> str:
    """A blank line would end the subtitle and '-->' would look like a timing line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("-->", "→")
    return "\n".join(line for line in text.split("\n") if line.strip())


def write_srt(subtitles: Iterable[Subtitle]) -> str:
    out: list[str] = []
    for number, sub in enumerate(sorted(subtitles, key=lambda s: (s.start_ms, s.end_ms)), start=1):
        text = _safe(sub.text) or "…"
        if sub.speaker:
            text = f"{_safe(sub.speaker).replace(chr(10), ' ')}: {text}"
        out.append(f"{number}\n{format_clock(sub.start_ms)} --> {format_clock(sub.end_ms)}\n{text}\n")
    return "\n".join(out)
