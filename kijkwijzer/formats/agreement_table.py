"""The agreement figures of a recording as a table for researchers: CSV (the figures, long format) and XLSX (sheet
Overeenstemming with the same figures, sheet Verschillen with the moments where the reviewers differ most).

Long format: one row per figure, with the measure, the theme, the pair of reviewers (empty for alpha and the
client's figures), the value, its verbal band, the number it is taken over, the unit and the tolerance, so R,
SPSS or pandas read it without reshaping. Measures (docs/analysis.md explains each):
kappa, alpha, gevonden_door_beiden, tijdsoverlap, gemiddelde_verschuiving_s, and for the client's side
client_komt_overeen, client_verschilt, client_alleen_client, client_niet_beoordeeld, client_aandeel_overeen.
Written like csv_export.py (UTF-8 with BOM, ';', CRLF, formula guard) and xlsx_export.py (typed cells).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook

from .csv_export import DELIMITER
from .events_table import CLOCK, INT, SECONDS, TEXT, Column, clock, csv_text, seconds
from .xlsx_export import write_sheet

NUMBER = "number"  # a figure: three decimals in the CSV, a plain number in the XLSX
SHEETS = ("Overeenstemming", "Verschillen")


@dataclass(frozen=True)
class FigureRow:
    recording_id: int
    measure: str
    theme: str = ""
    theme_title: str = ""
    reviewer_a_id: int | None = None
    reviewer_a: str = ""
    reviewer_b_id: int | None = None
    reviewer_b: str = ""
    value: float | None = None
    band: str = ""
    n: int | None = None  # units (kappa, alpha), annotations (span figures), fragments (client)
    unit_s: float | None = None
    tolerance_s: float | None = None


@dataclass(frozen=True)
class MomentRow:
    recording_id: int
    rank: int
    start_ms: int
    end_ms: int
    weight: int
    theme: str
    theme_title: str
    marked_by: tuple[str, ...]
    not_marked_by: tuple[str, ...]


FIGURE_COLUMNS: tuple[Column, ...] = (
    Column("opname_id", INT, lambda r: r.recording_id),
    Column("maat", TEXT, lambda r: r.measure),
    Column("thema", TEXT, lambda r: r.theme),
    Column("thema_titel", TEXT, lambda r: r.theme_title),
    Column("kijker_a_id", INT, lambda r: r.reviewer_a_id),
    Column("kijker_a", TEXT, lambda r: r.reviewer_a),
    Column("kijker_b_id", INT, lambda r: r.reviewer_b_id),
    Column("kijker_b", TEXT, lambda r: r.reviewer_b),
    Column("waarde", NUMBER, lambda r: r.value),
    Column("band", TEXT, lambda r: r.band),
    Column("n", INT, lambda r: r.n),
    Column("eenheid_s", SECONDS, lambda r: r.unit_s),
    Column("tolerantie_s", SECONDS, lambda r: r.tolerance_s),
)

MOMENT_COLUMNS: tuple[Column, ...] = (
    Column("opname_id", INT, lambda m: m.recording_id),
    Column("rang", INT, lambda m: m.rank),
    Column("begin_s", SECONDS, lambda m: seconds(m.start_ms)),
    Column("eind_s", SECONDS, lambda m: seconds(m.end_ms)),
    Column("begin", CLOCK, lambda m: clock(m.start_ms)),
    Column("eind", CLOCK, lambda m: clock(m.end_ms)),
    Column("gewicht", INT, lambda m: m.weight),
    Column("thema", TEXT, lambda m: m.theme),
    Column("thema_titel", TEXT, lambda m: m.theme_title),
    Column("gemarkeerd_door", TEXT, lambda m: " | ".join(m.marked_by)),
    Column("niet_door", TEXT, lambda m: " | ".join(m.not_marked_by)),
)


def _csv_value(kind: str, value: object) -> str:
    if kind == NUMBER:
        return "" if value is None else f"{value:.3f}"
    return csv_text(kind, value)


def agreement_csv(rows: Iterable[FigureRow]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DELIMITER, quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([c.header for c in FIGURE_COLUMNS])
    for row in rows:
        writer.writerow([_csv_value(c.kind, c.get(row)) for c in FIGURE_COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def agreement_xlsx(rows: Sequence[FigureRow], moments: Sequence[MomentRow]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    write_sheet(book, SHEETS[0], FIGURE_COLUMNS, rows)
    write_sheet(book, SHEETS[1], MOMENT_COLUMNS, moments)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
