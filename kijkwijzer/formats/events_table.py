"""The long-format events table: one row per annotation per theme, every value in its own cell, one header row.

Made for R, SPSS and pandas without reshaping: times in seconds (decimal point), the pillars as 0/1 columns
(one per pillar), an annotation without a theme as one row with an empty theme, a moment (no end) with an empty
end and duration. The same columns go into the XLSX sheet (typed cells, xlsx_export.py) and into a CSV written
like csv_export.py's (UTF-8 with BOM, ';', CRLF, formula guard). Labels are joined with ' | ' in one cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from kijkwijzer.domain.timecode import format_ms

from .csv_export import DELIMITER, LIST_JOIN, _text
from .records import AnnotationRecord

# The kinds of value a column holds: the XLSX gives each its cell type and number format, the CSV its text.
INT, SECONDS, CLOCK, DATE, DATETIME, TEXT = "int", "seconds", "clock", "date", "datetime", "text"


@dataclass(frozen=True)
class Column:
    header: str
    kind: str
    get: Callable[[Any], object]  # the row (an EventRow, AnnotationRecord...) to the cell's value


@dataclass(frozen=True)
class EventRow:
    """One annotation under one of its themes ('' when it has none)."""

    annotation: AnnotationRecord
    theme: str = ""
    theme_title: str = ""


def seconds(ms: int | None) -> float | None:
    return None if ms is None else ms / 1000


def clock(ms: int | None) -> time | None:
    """Media time as a time of day, so a spreadsheet shows it as 00:01:01.500 (recordings stay under 24 h)."""
    if ms is None:
        return None
    s, milli = divmod(ms, 1000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return time(h % 24, m, s, milli * 1000)


def duration_ms(a: AnnotationRecord) -> int | None:
    return None if a.end_ms is None else a.end_ms - a.start_ms


def event_rows(annotations: Iterable[AnnotationRecord]) -> list[EventRow]:
    out: list[EventRow] = []
    for a in annotations:
        if not a.themes:
            out.append(EventRow(a))
        titles = a.theme_titles or a.themes
        out.extend(EventRow(a, theme, title) for theme, title in zip(a.themes, titles, strict=False))
    return out


def pillar_header(pillar_id: str) -> str:
    return "pijler_" + pillar_id.rsplit(".", 1)[-1]


def event_columns(pillar_ids: Sequence[str]) -> tuple[Column, ...]:
    def a(get: Callable[[AnnotationRecord], object]) -> Callable[[EventRow], object]:
        return lambda row: get(row.annotation)

    def pillar(pid: str) -> Column:
        return Column(pillar_header(pid), INT, a(lambda r: int(pid in r.pillars)))

    return (
        Column("opname_id", INT, a(lambda r: r.recording_id)),
        Column("gesprek_id", INT, a(lambda r: r.conversation_id)),
        Column("client_pseudoniem", TEXT, a(lambda r: r.client)),
        Column("annotatie_id", INT, a(lambda r: r.id)),
        Column("thema", TEXT, lambda row: row.theme),
        Column("thema_titel", TEXT, lambda row: row.theme_title),
        Column("begin_s", SECONDS, a(lambda r: seconds(r.start_ms))),
        Column("eind_s", SECONDS, a(lambda r: seconds(r.end_ms))),
        Column("duur_s", SECONDS, a(lambda r: seconds(duration_ms(r)))),
        Column("begin", CLOCK, a(lambda r: clock(r.start_ms))),
        Column("eind", CLOCK, a(lambda r: clock(r.end_ms))),
        Column("kijker_id", INT, a(lambda r: r.reviewer_id)),
        Column("kijker", TEXT, a(lambda r: r.reviewer_name)),
        Column("kijker_rol", TEXT, a(lambda r: r.reviewer_role)),
        Column("gespreksniveau", TEXT, a(lambda r: r.level or "")),
        *(pillar(pid) for pid in pillar_ids),
        Column("labels", TEXT, a(lambda r: LIST_JOIN.join(r.tags))),
        Column("observatie", TEXT, a(lambda r: r.observation)),
    )


def csv_text(kind: str, value: object) -> str:
    """One typed value as CSV text: seconds with a decimal point and three decimals, times as hh:mm:ss.mmm."""
    if value is None:
        return ""
    if kind == SECONDS:
        return f"{value:.3f}"
    if kind == CLOCK and isinstance(value, time):
        return format_ms(((value.hour * 60 + value.minute) * 60 + value.second) * 1000 + value.microsecond // 1000)
    if kind == DATETIME and isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if kind == DATE and isinstance(value, date):
        return value.isoformat()
    if kind == TEXT:
        return _text(str(value))
    return str(value)


def events_csv(rows: Iterable[EventRow], pillar_ids: Sequence[str]) -> bytes:
    columns = event_columns(pillar_ids)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DELIMITER, quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([c.header for c in columns])
    for row in rows:
        writer.writerow([csv_text(c.kind, c.get(row)) for c in columns])
    return buffer.getvalue().encode("utf-8-sig")
