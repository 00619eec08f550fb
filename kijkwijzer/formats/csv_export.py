"""Annotations as a spreadsheet: one row per annotation, every field.

Format, chosen so the file opens correctly by double-click in Excel with Dutch regional settings
(nl-NL, whose list separator is ';') and in LibreOffice Calc (which detects the separator and reads the
BOM): UTF-8 with BOM, ';' between fields, CRLF between rows, fields quoted when they contain ';', '"'
or a line break (multi-line observations stay in one cell). A comma would put every row in column A
in nl-NL Excel. A `sep=;` first line is not used: Excel then ignores the BOM and LibreOffice shows it
as data. Lists (themes, pillars, labels) are joined with ' | '. Text that starts with = + - @ gets a
leading apostrophe so a spreadsheet never runs it as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable

from kijkwijzer.domain.timecode import format_ms

from .records import AnnotationRecord

DELIMITER = ";"
LIST_JOIN = " | "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _list(values: Iterable[str]) -> str:
    return _text(LIST_JOIN.join(values))


def _time(ms: int | None) -> str:
    return "" if ms is None else format_ms(ms)


COLUMNS: tuple[tuple[str, Callable[[AnnotationRecord], object]], ...] = (
    ("annotatie_id", lambda a: a.id),
    ("gesprek_id", lambda a: a.conversation_id),
    ("opname_id", lambda a: a.recording_id),
    ("client_pseudoniem", lambda a: _text(a.client)),
    ("kijker_id", lambda a: a.reviewer_id),
    ("kijker", lambda a: _text(a.reviewer_name)),
    ("kijker_rol", lambda a: a.reviewer_role),
    ("begin_ms", lambda a: a.start_ms),
    ("eind_ms", lambda a: "" if a.end_ms is None else a.end_ms),
    ("begin", lambda a: _time(a.start_ms)),
    ("eind", lambda a: _time(a.end_ms)),
    ("duur_ms", lambda a: "" if a.end_ms is None else a.end_ms - a.start_ms),
    ("themas", lambda a: _list(a.themes)),
    ("thema_titels", lambda a: _list(a.theme_titles)),
    ("pijlers", lambda a: _list(a.pillars)),
    ("gespreksniveau", lambda a: a.level or ""),
    ("observatie", lambda a: _text(a.observation)),
    ("citaat", lambda a: _text(a.quote)),
    ("onder_de_waterlijn", lambda a: _text(a.below_waterline)),
    ("gevoeld_niet_gezegd", lambda a: _text(a.felt_unsaid)),
    ("labels", lambda a: _list(a.tags)),
    ("still", lambda a: a.still_name or ""),
    ("aangemaakt", lambda a: a.created_at.isoformat(sep=" ", timespec="seconds") if a.created_at else ""),
    ("gewijzigd", lambda a: a.updated_at.isoformat(sep=" ", timespec="seconds") if a.updated_at else ""),
)


def annotations_csv(rows: Iterable[AnnotationRecord]) -> bytes:
    """The file's bytes (with BOM); the header names are stable and documented in COLUMNS."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer, delimiter=DELIMITER, quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
    )
    writer.writerow([name for name, _ in COLUMNS])
    for row in rows:
        writer.writerow([get(row) for _, get in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")
