"""JSON read from stdin, checked in one place: text that is not UTF-8, malformed JSON, NaN and Infinity,
numbers out of range, nesting deep enough to exhaust the parser, lone surrogates, and fields of the wrong
type all become one BadInput line (exit 3) instead of a traceback deeper down.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from kijkwijzer.errors import BadInput

MAX_INT = (1 << 63) - 1  # what the database stores in a BIGINT


def _refuse_constant(name: str) -> Any:
    raise BadInput(f"{name} is geen getal dat kan worden opgeslagen.", f"{name} is not a number that can be stored.")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise BadInput(f"Getal te groot: {text[:20]}.", f"Number too large: {text[:20]}.")
    return value


def _bounded(text: str) -> int:
    try:
        value = int(text)
    except ValueError as error:  # more digits than Python converts
        raise BadInput("Getal te groot.", "Number too large.") from error
    if abs(value) > MAX_INT:
        raise BadInput(f"Getal te groot ({len(text)} cijfers).", f"Number too large ({len(text)} digits).")
    return value


def _check_strings(data: Any) -> None:
    """Every string and key must be storable text (a lone surrogate such as "\\ud800" is not)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError as error:
                raise BadInput("Tekst met een ongeldig teken (losse surrogaat).",
                               "Text with an invalid character (lone surrogate).") from error
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def parse(text: str) -> Any:
    """One JSON document; BadInput for anything that cannot be used."""
    try:
        data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite, parse_int=_bounded)
    except json.JSONDecodeError as error:
        raise BadInput(f"Geen geldige JSON: {error.msg} (kolom {error.colno})",
                       f"Not valid JSON: {error.msg} (column {error.colno})") from error
    except RecursionError as error:
        raise BadInput("JSON te diep genest.", "JSON nested too deeply.") from error
    _check_strings(data)
    return data


def stdin() -> IO[Any]:
    """Standard input as bytes where possible, so that text which is not UTF-8 is refused here, not deep down."""
    return getattr(sys.stdin, "buffer", sys.stdin)


def _decoded(raw: bytes | str, nl: str, en: str) -> str:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadInput(f"{nl}geen geldige UTF-8-tekst.", f"{en}not valid UTF-8 text.") from error


def lines(stream: IO[Any]) -> Iterator[tuple[int, str]]:
    """Numbered non-empty lines of a stream (stdin), each decoded as UTF-8 or refused."""
    for number, raw in enumerate(stream, start=1):
        line = _decoded(raw, f"Regel {number}: ", f"Line {number}: ")
        if line.strip():
            yield number, line


def read_all(stream: IO[Any]) -> str:
    return _decoded(stream.read(), "Invoer is ", "Input is ")


# ---- typed fields of a JSON object ---------------------------------------------------------------------


def _wrong(key: str, wanted_nl: str, wanted_en: str) -> BadInput:
    return BadInput(f"Veld {key}: verwacht {wanted_nl}.", f"Field {key}: expected {wanted_en}.")


def integer(data: dict[str, Any], key: str) -> int:
    """A whole number (also 12.0 or "12"); missing or null is refused."""
    value = optional_integer(data, key)
    if value is None:
        raise BadInput(f"Veld ontbreekt: {key}", f"Missing field: {key}")
    return value


def optional_integer(data: dict[str, Any], key: str) -> int | None:
    """A whole number (also 12.0 or "12"); missing or null gives None."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = _bounded(value.strip())
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong(key, "een geheel getal", "a whole number")
    return value


def text(data: dict[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise _wrong(key, "tekst", "text")
    return value


def optional_text(data: dict[str, Any], key: str) -> str | None:
    return text(data, key) or None


def texts(data: dict[str, Any], key: str) -> tuple[str, ...]:
    """A list of texts (a single text counts as a list of one)."""
    value = data.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _wrong(key, "een lijst met teksten", "a list of texts")
    return tuple(value)
