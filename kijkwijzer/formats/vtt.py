"""WebVTT (.vtt): read a transcript; the speaker comes from voice spans (`<v Name>…</v>`).

A cue with several voices becomes one cue per voice with the cue's times. Without voice spans a
"NAME:" prefix is used as in SRT. NOTE, STYLE and REGION blocks are skipped.
"""

from __future__ import annotations

import re

from kijkwijzer.errors import BadInput

from .cues import Cue, check_span, checked, parse_clock, speakers_in, strip_markup, turns

_TIMING = re.compile(r"^\s*(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)*(?:[ \t]+([^>]*))?>")
_VOICE_END = re.compile(r"</v\s*>")


def _voices(payload: str) -> list[tuple[str, str]]:
    """(speaker, raw text) per voice span; text outside spans belongs to no one."""
    parts: list[tuple[str, str]] = []
    pos = 0
    speaker = ""
    for match in _VOICE.finditer(payload):
        parts.append((speaker, payload[pos : match.start()]))
        speaker = strip_markup(match.group(1) or "").strip()
        pos = match.end()
    parts.append((speaker, payload[pos:]))
    out: list[tuple[str, str]] = []
    for who, raw in parts:
        pieces = _VOICE_END.split(raw, maxsplit=1)
        inside = pieces[0]
        if inside.strip():
            out.append((who, inside))
        if len(pieces) > 1 and pieces[1].strip():
            out.append(("", pieces[1]))
    return out


def parse_vtt(text: str, name: str = "WebVTT") -> list[Cue]:
    lines = text.split("\n")
    first = lines[0].lstrip("\ufeff") if lines else ""
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise BadInput(
            f"{name} begint niet met WEBVTT: dit is geen WebVTT-bestand.",
            f"{name} does not start with WEBVTT: this is not a WebVTT file.",
        )
    i = 1
    while i < len(lines) and lines[i].strip():  # the rest of the header block
        i += 1
    raw_cues: list[tuple[int, int, str]] = []
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        block = i
        while i < len(lines) and lines[i].strip():
            i += 1
        body = lines[block:i]
        head = body[0].strip()
        if head.startswith(("NOTE", "STYLE", "REGION")) and "-->" not in head:
            continue
        timing_at = 0 if "-->" in body[0] else 1
        if timing_at >= len(body) or "-->" not in body[timing_at]:
            raise BadInput(
                f"{name}, regel {block + 1}: tijdregel verwacht (00:00:01.000 --> 00:00:02.000).",
                f"{name}, line {block + 1}: timing line expected (00:00:01.000 --> 00:00:02.000).",
            )
        line_no = block + timing_at + 1
        match = _TIMING.match(body[timing_at])
        if not match:
            raise BadInput(
                f"{name}, regel {line_no}: ongeldige tijdregel.",
                f"{name}, line {line_no}: invalid timing line.",
            )
        start, end = parse_clock(match.group(1), line_no), parse_clock(match.group(2), line_no)
        check_span(start, end, line_no)
        raw_cues.append((start, end, "\n".join(body[timing_at + 1 :])))
    plain = [strip_markup(payload) for _, _, payload in raw_cues if not _VOICE.search(payload)]
    speakers = speakers_in(plain)
    cues: list[Cue] = []
    for start, end, payload in raw_cues:
        if _VOICE.search(payload):
            for who, raw in _voices(payload):
                said = strip_markup(raw).strip()
                if said:
                    cues.append(Cue(start, end, said, who))
        else:
            for who, said in turns(strip_markup(payload).strip(), speakers):
                cues.append(Cue(start, end, said, who))
    return checked(cues, name)
