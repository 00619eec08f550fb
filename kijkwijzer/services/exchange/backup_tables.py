"""The store's side of a backup: every table's rows as JSON-ready values, and back, each value checked against
its current column (type, NULL) before it reaches the database. The zip around them is formats/backup_zip.py."""

from __future__ import annotations

import base64
import binascii
import math
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric, String, Table, select
from sqlalchemy.orm import Session

from kijkwijzer.formats.backup_zip import Manifest, bad, read_table_rows


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


_INT_RANGE = 1 << 63


def _check_text(value: Any) -> str:
    """A string that can be stored. Its declared length is not checked: SQLite never enforced it, so a
    good backup of a SQLite workspace may hold longer texts (PostgreSQL refuses those on insert)."""
    if not isinstance(value, str):
        raise TypeError("text expected")
    value.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError (a ValueError)
    return value


def _check_int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not -_INT_RANGE <= value < _INT_RANGE:
        raise TypeError("integer expected")
    return value


def _check_float(value: Any) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise TypeError("number expected")
    return float(value)


def _check_bool(value: Any) -> bool:
    if isinstance(value, bool) or value in (0, 1):
        return bool(value)
    raise TypeError("true/false expected")


def _iso(kind: type[date | datetime]) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        if not isinstance(value, str):
            raise TypeError("date expected")
        return kind.fromisoformat(value)

    return parse


def _decoder(table: Table, column: str) -> Callable[[Any], Any]:
    """Checks a JSON value against the current column (type, NULL) and turns it into the Python value
    the database gets: a string in an integer column must not restore (SQLite would take it)."""
    col = table.c[column]
    kind = col.type
    convert: Callable[[Any], Any]
    if isinstance(kind, DateTime):
        convert = _iso(datetime)
    elif isinstance(kind, Date):
        convert = _iso(date)
    elif isinstance(kind, Boolean):
        convert = _check_bool
    elif isinstance(kind, LargeBinary):
        convert = lambda v: base64.b64decode(_check_text(v), validate=True)
    elif isinstance(kind, Integer):  # BigInteger and SmallInteger too
        convert = _check_int
    elif isinstance(kind, Float | Numeric):
        convert = _check_float
    elif isinstance(kind, String):  # Text too
        convert = _check_text
    else:
        convert = lambda v: v

    def check(value: Any) -> Any:
        if value is None:
            if not col.nullable:
                raise ValueError(f"{column} may not be empty")
            return None
        return convert(value)

    return check


def dump_tables(session: Session, tables: list[Table]) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """Every row of every table, JSON-ready, read in the caller's transaction (one snapshot)."""
    out: dict[str, tuple[list[str], list[list[Any]]]] = {}
    for table in tables:
        order = list(table.primary_key.columns) or list(table.columns)
        rows = [[_encode(v) for v in row] for row in session.execute(select(*table.columns).order_by(*order))]
        out[table.name] = ([c.name for c in table.columns], rows)
    return out


def read_table(zf: zipfile.ZipFile, table: Table, manifest: Manifest) -> list[dict[str, Any]]:
    """Rows as dicts of the current table's columns; unknown columns or a short row refuse the backup."""
    names, rows = read_table_rows(zf, table.name)
    unknown = [n for n in names if n not in table.c]
    if unknown:
        raise bad(
            f"tabel {table.name} heeft onbekende kolommen {unknown} (nieuwere versie?).",
            f"table {table.name} has unknown columns {unknown} (newer version?).",
        )
    if not isinstance(rows, list) or len(rows) != manifest.tables.get(table.name, -1):
        raise bad(f"tabel {table.name} is onvolledig.", f"table {table.name} is incomplete.")
    decoders = [_decoder(table, n) for n in names]
    out = []
    for row in rows:
        if not isinstance(row, list) or len(row) != len(names):
            raise bad(f"rij in {table.name} klopt niet.", f"a row of {table.name} is malformed.")
        try:
            out.append({n: dec(v) for n, dec, v in zip(names, decoders, row, strict=True)})
        except (ValueError, TypeError, binascii.Error) as error:
            raise bad(
                f"waarde in {table.name} klopt niet ({error}).", f"a value in {table.name} is malformed ({error})."
            ) from error
    return out
