"""Reading text files made by other tools: size limit, encoding detection, refusal of binary data.

Subtitle and transcript files arrive as UTF-8 (with or without BOM), UTF-16 (with or, from some
Windows tools, without BOM) and Windows-1252/Latin-1/ISO-8859-15 from older Dutch subtitle editors.
UTF-8 is tried first; otherwise charset-normalizer picks the encoding. Anything that still contains
control characters after decoding is not text and is refused.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.files import open_regular

MAX_TEXT_BYTES = 20 * 1024 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 and C1 controls


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


# What subtitle editors and transcription services write when it is not UTF-8: UTF-16 without BOM from some
# Windows tools (its ASCII characters carry a zero byte, which no single-byte text has), otherwise the
# Western code pages of Dutch tools. Wider detection reads Dutch as Central European (cp1250: "ï" -> "ď").
_UTF16 = ["utf_16_le", "utf_16_be"]
_SINGLE_BYTE = ["cp1252", "latin_1"]


def _utf8(data: bytes) -> str | None:
    """UTF-8 first: most files are. Mostly-ASCII UTF-16 without BOM is valid UTF-8 too, full of zero
    characters; that is left to `_guess`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else text


def _guess(data: bytes) -> str | None:
    """The text in the encoding charset-normalizer finds most plausible, or None when none is text.

    ISO-8859-15 differs from Latin-1 in eight byte values; charset-normalizer would prefer it for byte B4
    (an acute accent used as apostrophe in Dutch files, a Z with caron there). The difference that
    matters is byte A4: the euro sign in ISO-8859-15, the never-written currency sign elsewhere, so only
    a text with that sign is read as ISO-8859-15.
    """
    candidates = _UTF16 if b"\x00" in data else _SINGLE_BYTE
    best = from_bytes(data, cp_isolation=candidates).best()
    if best is None:
        return None
    text = str(best)
    if "\N{CURRENCY SIGN}" in text and best.encoding in _SINGLE_BYTE:
        return data.decode("iso8859_15")
    return text


def decode_text(data: bytes, name: str) -> str:
    """Text with newlines normalised to \\n and without BOM; BadInput for anything that is not text."""
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8", name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", name)
    else:
        text = _utf8(data)
        if text is None:
            text = _guess(data)
            if text is None:
                raise _not_text(name)
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
