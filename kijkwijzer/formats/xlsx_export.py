"""Annotations as an Excel workbook (openpyxl): one sheet per table, typed cells, Dutch headers.

Sheets: Opnamen (one row per recording), Annotaties (one row per annotation, the CSV's fields) and
Gebeurtenissen (the long table of events_table.py). Numbers are numbers, times are seconds (a number) and a
time value (hh:mm:ss.000), dates are dates. The header row is bold and frozen, with a filter; columns are as
wide as their contents (within bounds). Text is kept exactly (no apostrophe as in the CSV): a cell that would
start with '=' is stored as text, never as a formula; characters XML cannot hold are dropped.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .csv_export import LIST_JOIN
from .events_table import (
    CLOCK,
    DATE,
    DATETIME,
    INT,
    SECONDS,
    TEXT,
    Column,
    EventRow,
    clock,
    duration_ms,
    event_columns,
    seconds,
)
from .records import AnnotationRecord

FORMATS = {SECONDS: "0.000", CLOCK: "hh:mm:ss.000", DATE: "yyyy-mm-dd", DATETIME: "yyyy-mm-dd hh:mm:ss", INT: "0"}
FIXED_WIDTH = {SECONDS: 10, CLOCK: 13, DATE: 12, DATETIME: 20, INT: 8}
MAX_WIDTH = 60  # long observations wrap no further than this; the cell still holds the whole text
SHEETS = ("Opnamen", "Annotaties", "Gebeurtenissen")


@dataclass(frozen=True)
class RecordingRecord:
    """One recording as the Opnamen sheet shows it (already pseudonymised: no file name, only the code)."""

    id: int
    conversation_id: int
    case_id: int
    client: str
    held_on: date | None
    sequence: int
    duration_ms: int
    text_only: bool
    annotations: int


def _naive(value: datetime | None) -> datetime | None:
    """Excel has no time zones: a zoned time becomes the local clock time."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone().replace(tzinfo=None)


RECORDING_COLUMNS: tuple[Column, ...] = (
    Column("opname_id", INT, lambda r: r.id),
    Column("gesprek_id", INT, lambda r: r.conversation_id),
    Column("casus_id", INT, lambda r: r.case_id),
    Column("client_pseudoniem", TEXT, lambda r: r.client),
    Column("gespreksdatum", DATE, lambda r: r.held_on),
    Column("gesprek_volgnummer", INT, lambda r: r.sequence),
    Column("duur_s", SECONDS, lambda r: seconds(r.duration_ms)),
    Column("alleen_tekst", INT, lambda r: int(r.text_only)),
    Column("annotaties", INT, lambda r: r.annotations),
)


ANNOTATION_COLUMNS: tuple[Column, ...] = (
    Column("annotatie_id", INT, lambda a: a.id),
    Column("gesprek_id", INT, lambda a: a.conversation_id),
    Column("opname_id", INT, lambda a: a.recording_id),
    Column("client_pseudoniem", TEXT, lambda a: a.client),
    Column("kijker_id", INT, lambda a: a.reviewer_id),
    Column("kijker", TEXT, lambda a: a.reviewer_name),
    Column("kijker_rol", TEXT, lambda a: a.reviewer_role),
    Column("begin_s", SECONDS, lambda a: seconds(a.start_ms)),
    Column("eind_s", SECONDS, lambda a: seconds(a.end_ms)),
    Column("duur_s", SECONDS, lambda a: seconds(duration_ms(a))),
    Column("begin", CLOCK, lambda a: clock(a.start_ms)),
    Column("eind", CLOCK, lambda a: clock(a.end_ms)),
    Column("themas", TEXT, lambda a: LIST_JOIN.join(a.themes)),
    Column("thema_titels", TEXT, lambda a: LIST_JOIN.join(a.theme_titles)),
    Column("pijlers", TEXT, lambda a: LIST_JOIN.join(a.pillars)),
    Column("gespreksniveau", TEXT, lambda a: a.level or ""),
    Column("observatie", TEXT, lambda a: a.observation),
    Column("citaat", TEXT, lambda a: a.quote),
    Column("onder_de_waterlijn", TEXT, lambda a: a.below_waterline),
    Column("gevoeld_niet_gezegd", TEXT, lambda a: a.felt_unsaid),
    Column("labels", TEXT, lambda a: LIST_JOIN.join(a.tags)),
    Column("still", TEXT, lambda a: a.still_name or ""),
    Column("aangemaakt", DATETIME, lambda a: _naive(a.created_at)),
    Column("gewijzigd", DATETIME, lambda a: _naive(a.updated_at)),
)


def _cell_value(kind: str, value: object) -> object:
    if kind == TEXT:
        return ILLEGAL_CHARACTERS_RE.sub("", str(value)) or None
    return value


def write_sheet(book: Workbook, title: str, columns: Sequence[Column], rows: Iterable[object]) -> Worksheet:
    sheet = book.create_sheet(title)
    sheet.append([c.header for c in columns])
    widths = [len(c.header) for c in columns]
    for number, row in enumerate(rows, start=2):
        for index, column in enumerate(columns, start=1):
            value = _cell_value(column.kind, column.get(row))
            if value is None:
                continue
            cell = sheet.cell(row=number, column=index, value=value)
            if column.kind == TEXT:
                cell.data_type = "s"  # '=...' stays text: no formula ever runs from an observation
                longest = max(len(line) for line in str(value).split("\n"))
                widths[index - 1] = max(widths[index - 1], min(longest, MAX_WIDTH))
                if "\n" in str(value) or longest > MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif column.kind in FORMATS:
                cell.number_format = FORMATS[column.kind]
    bold = Font(bold=True)
    for index, column in enumerate(columns, start=1):
        sheet.cell(row=1, column=index).font = bold
        width = max(widths[index - 1], FIXED_WIDTH.get(column.kind, 0))
        sheet.column_dimensions[get_column_letter(index)].width = width + 2
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(sheet.max_row, 1)}"
    return sheet


def tables_xlsx(
    recordings: Sequence[RecordingRecord],
    annotations: Sequence[AnnotationRecord],
    events: Sequence[EventRow],
    pillar_ids: Sequence[str],
) -> bytes:
    """The whole workbook: Opnamen, Annotaties, Gebeurtenissen (in that order)."""
    book = Workbook()
    book.remove(book.active)
    write_sheet(book, SHEETS[0], RECORDING_COLUMNS, recordings)
    write_sheet(book, SHEETS[1], ANNOTATION_COLUMNS, annotations)
    write_sheet(book, SHEETS[2], event_columns(pillar_ids), events)
    return _saved(book)


def events_xlsx(events: Sequence[EventRow], pillar_ids: Sequence[str]) -> bytes:
    """The long table alone, as one sheet."""
    book = Workbook()
    book.remove(book.active)
    write_sheet(book, SHEETS[2], event_columns(pillar_ids), events)
    return _saved(book)


def _saved(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
