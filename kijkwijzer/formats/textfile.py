"""Reading text files made by other tools: size limit, encoding detection, refusal of binary data.

Subtitle and transcript files arrive as UTF-8 (with or without BOM), UTF-16 (with or, from some
Windows tools, without BOM) and Windows-1252/Latin-1 from older Dutch subtitle editors. Each is decoded;
anything that still contains control characters after decoding is not text and is refused.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.files import open_regular

MAX_TEXT_BYTES = 20 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_bytes(path: Path, what: str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The whole file, refused (not read) when it is larger than `limit` or not a regular file (a FIFO)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            mb = limit // (1024 * 1024)
            raise BadInput(
                f"{path.name} is te groot voor een {what} (meer dan {mb} MB).",
                f"{path.name} is too large for a {what} (more than {mb} MB).",
            )
        with open_regular(path) as handle:
            return handle.read(limit + 1)
    except FileNotFoundError as error:
        raise NotFound(f"Bestand niet gevonden: {path}", f"File not found: {path}") from error
    except IsADirectoryError as error:
        raise BadInput(f"{path} is een map, geen bestand.", f"{path} is a folder, not a file.") from error
    except OSError as error:
        raise BadInput(
            f"{path.name} kan niet worden gelezen: {error.strerror}",
            f"{path.name} cannot be read: {error.strerror}",
        ) from error


def _utf16_without_bom(data: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has a zero byte in every other position; pick the byte order from that."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_zero = sample[0::2].count(0) / max(len(sample[0::2]), 1)
    odd_zero = sample[1::2].count(0) / max(len(sample[1::2]), 1)
    for encoding, zeros in (("utf-16-le", odd_zero), ("utf-16-be", even_zero)):
        if zeros > 0.3:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def decode_text(data: bytes, name: str) -> str:
    """Text with newlines normalised to \\n and without BOM; BadInput for anything that is not text."""
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", name)
    else:
        text = _utf16_without_bom(data)
        if text is None:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    text = data.decode("cp1252")
                except UnicodeDecodeError as error:
                    raise _not_text(name) from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        raise _not_text(name)
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise BadInput(
            f"{name} is geen geldige {encoding.upper()}-tekst (byte {error.start}).",
            f"{name} is not valid {encoding.upper()} text (byte {error.start}).",
        ) from error


def _not_text(name: str) -> BadInput:
    return BadInput(
        f"{name} is geen tekstbestand (bevat binaire gegevens).",
        f"{name} is not a text file (contains binary data).",
    )
