"""A whole workspace in one zip file, and back: every table as JSON, the stills and consent forms, and
optionally the recordings in the media vault.

Layout: `manifest.json` (format, schema revision, row counts, every file with size and SHA-256),
`tables/<table>.json` ({"columns": [...], "rows": [[...], ...]}, dates as ISO text) and
`files/<area>/<name>`. The same JSON goes into SQLite or PostgreSQL, so a backup also moves a
workspace from a laptop to a server. The file holds real names and recordings: it is not encrypted,
keep it where the recordings themselves may be kept.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, LargeBinary, Table, select
from sqlalchemy.orm import Session

from kijkwijzer.errors import BadInput

FORMAT = "kijkwijzer-backup"
VERSION = 1
CHUNK = 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
# What a damaged zip can raise while reading a member (bad CRC, broken deflate stream, cut-off file,
# unknown compression method, an encrypted member).
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    OSError,
    ValueError,
    KeyError,
    UnicodeDecodeError,
)


@dataclass(frozen=True)
class FileEntry:
    area: str
    name: str  # relative, '/'-separated
    size: int
    sha256: str

    @property
    def member(self) -> str:
        return f"files/{self.area}/{self.name}"


@dataclass(frozen=True)
class Manifest:
    revision: str
    created_at: str
    tables: dict[str, int]
    columns: dict[str, list[str]]
    files: tuple[FileEntry, ...]
    media: bool


# ---- values ------------------------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _decoder(table: Table, column: str) -> Callable[[Any], Any]:
    kind = table.c[column].type
    if isinstance(kind, DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(kind, Boolean):
        return lambda v: None if v is None else bool(v)
    if isinstance(kind, LargeBinary):
        return lambda v: None if v is None else base64.b64decode(v)
    return lambda v: v


# ---- writing -----------------------------------------------------------------------------------------


def _files(areas: dict[str, Path]) -> Iterator[tuple[str, str, Path]]:
    for area, folder in areas.items():
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    yield area, path.relative_to(folder).as_posix(), path


def dump_tables(session: Session, tables: list[Table]) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """Every row of every table, JSON-ready, read in the caller's transaction (one snapshot)."""
    out: dict[str, tuple[list[str], list[list[Any]]]] = {}
    for table in tables:
        order = list(table.primary_key.columns) or list(table.columns)
        rows = [[_encode(v) for v in row] for row in session.execute(select(*table.columns).order_by(*order))]
        out[table.name] = ([c.name for c in table.columns], rows)
    return out


def write_backup(
    dump: dict[str, tuple[list[str], list[list[Any]]]],
    revision: str,
    areas: dict[str, Path],
    target: Path,
    media: bool,
) -> Manifest:
    """The dumped tables and every file of `areas` into the zip `target` (no database session needed)."""
    counts: dict[str, int] = {}
    columns: dict[str, list[str]] = {}
    entries: list[FileEntry] = []
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
        for name, (names, rows) in dump.items():
            zf.writestr(
                f"tables/{name}.json", json.dumps({"columns": names, "rows": rows}, ensure_ascii=False)
            )
            counts[name], columns[name] = len(rows), names
        for area, name, path in _files(areas):
            digest = hashlib.sha256()
            size = 0
            info = zipfile.ZipInfo(f"files/{area}/{name}", date_time=datetime.now().timetuple()[:6])
            info.compress_type = zipfile.ZIP_STORED if area == "vault" else zipfile.ZIP_DEFLATED
            with path.open("rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    dst.write(chunk)
            entries.append(FileEntry(area, name, size, digest.hexdigest()))
        manifest = Manifest(
            revision,
            datetime.now().astimezone().isoformat(timespec="seconds"),
            counts,
            columns,
            tuple(entries),
            media,
        )
        zf.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": FORMAT,
                    "version": VERSION,
                    "schema_revision": revision,
                    "created_at": manifest.created_at,
                    "media": media,
                    "tables": counts,
                    "columns": columns,
                    "files": [
                        {"area": e.area, "name": e.name, "size": e.size, "sha256": e.sha256} for e in entries
                    ],
                },
                ensure_ascii=False,
                indent=1,
            ),
        )
    return manifest


# ---- reading -----------------------------------------------------------------------------------------


def _bad(nl: str, en: str) -> BadInput:
    return BadInput(f"Reservekopie onbruikbaar: {nl}", f"Backup unusable: {en}")


def open_backup(path: Path) -> tuple[zipfile.ZipFile, Manifest]:
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise
    except ZIP_ERRORS as error:
        raise _bad("geen (volledig) zipbestand.", "not a (complete) zip file.") from error
    try:
        info = zf.getinfo("manifest.json")
        if info.file_size > MAX_MANIFEST_BYTES:
            raise _bad("manifest te groot.", "manifest too large.")
        data = json.loads(zf.read(info))
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise _bad(
                "geen Kijkwijzer-reservekopie (of een nieuwere versie).",
                "not a Kijkwijzer backup (or a newer version).",
            )
        files = tuple(
            FileEntry(str(f["area"]), str(f["name"]), int(f["size"]), str(f["sha256"])) for f in data["files"]
        )
        manifest = Manifest(
            str(data["schema_revision"]),
            str(data.get("created_at", "")),
            {str(k): int(v) for k, v in data["tables"].items()},
            {str(k): [str(c) for c in v] for k, v in data["columns"].items()},
            files,
            bool(data["media"]),
        )
    except BadInput:
        zf.close()
        raise
    except (*ZIP_ERRORS, TypeError, AttributeError, RecursionError) as error:
        zf.close()
        raise _bad("manifest ontbreekt of is beschadigd.", "manifest missing or damaged.") from error
    for entry in files:
        parts = PurePosixPath(entry.name).parts
        if (
            entry.name.startswith("/")
            or ".." in parts
            or not parts
            or "\\" in entry.name
            or "\x00" in entry.name
        ):
            zf.close()
            raise _bad(f"onveilige bestandsnaam {entry.name!r}.", f"unsafe file name {entry.name!r}.")
    return zf, manifest


def read_table(zf: zipfile.ZipFile, table: Table, manifest: Manifest) -> list[dict[str, Any]]:
    """Rows as dicts of the current table's columns; unknown columns or a short row refuse the backup."""
    try:
        data = json.loads(zf.read(f"tables/{table.name}.json"))
        names = [str(c) for c in data["columns"]]
        rows = data["rows"]
    except (*ZIP_ERRORS, TypeError, RecursionError) as error:
        raise _bad(
            f"tabel {table.name} ontbreekt of is beschadigd.", f"table {table.name} missing or damaged."
        ) from error
    unknown = [n for n in names if n not in table.c]
    if unknown:
        raise _bad(
            f"tabel {table.name} heeft onbekende kolommen {unknown} (nieuwere versie?).",
            f"table {table.name} has unknown columns {unknown} (newer version?).",
        )
    if len(rows) != manifest.tables.get(table.name, -1):
        raise _bad(f"tabel {table.name} is onvolledig.", f"table {table.name} is incomplete.")
    decoders = [_decoder(table, n) for n in names]
    out = []
    for row in rows:
        if not isinstance(row, list) or len(row) != len(names):
            raise _bad(f"rij in {table.name} klopt niet.", f"a row of {table.name} is malformed.")
        try:
            out.append({n: dec(v) for n, dec, v in zip(names, decoders, row, strict=True)})
        except (ValueError, TypeError) as error:
            raise _bad(
                f"waarde in {table.name} klopt niet.", f"a value in {table.name} is malformed."
            ) from error
    return out


def extract_files(zf: zipfile.ZipFile, manifest: Manifest, staging: Path) -> None:
    """Every listed file into `staging/<area>/<name>`, checked against its size and SHA-256."""
    for entry in manifest.files:
        target = staging / entry.area / entry.name
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        try:
            with zf.open(entry.member) as src, target.open("wb") as dst:
                while chunk := src.read(CHUNK):
                    size += len(chunk)
                    if size > entry.size:
                        break
                    digest.update(chunk)
                    dst.write(chunk)
        except ZIP_ERRORS as error:
            raise _bad(
                f"bestand {entry.member} ontbreekt of is beschadigd.",
                f"file {entry.member} missing or damaged.",
            ) from error
        if size != entry.size or digest.hexdigest() != entry.sha256:
            raise _bad(
                f"bestand {entry.member} is beschadigd (controlegetal klopt niet).",
                f"file {entry.member} is damaged (checksum mismatch).",
            )


def place_files(staging: Path, areas: dict[str, Path]) -> int:
    """Move checked files from staging into the workspace folders."""
    moved = 0
    for area, folder in areas.items():
        source = staging / area
        if not source.is_dir():
            continue
        for path in sorted(source.rglob("*")):
            if path.is_file():
                target = folder / path.relative_to(source)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(path, target)
                moved += 1
    return moved
