"""A whole workspace in one zip, and back: every table as JSON, the stills and consent forms, and
optionally the recordings in the media vault.

Layout: `manifest.json` (format, schema revision, row counts, every file with size and SHA-256),
`tables/<table>.json` ({"columns": [...], "rows": [[...], ...]}, dates as ISO text) and
`files/<area>/<name>`. The same JSON goes into SQLite or PostgreSQL, so a backup also moves a
workspace from a laptop to a server. The zip is written to and read from a stream: the backup file seals it
whole with the user's backup passphrase (backup_seal.py), so it never lies on disk in plain; the content keys
travel with the rows, and the recordings, stills and forms inside stay sealed with their own keys. Backups of
earlier versions are this zip as a plain file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import os
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric, String, Table, select
from sqlalchemy.orm import Session

from kijkwijzer.crypto.sealed import MAGIC as SEALED_MAGIC
from kijkwijzer.crypto.sealed import SealedWriter
from kijkwijzer.errors import BadInput
from kijkwijzer.files import FILE_MODE, make_private_dir, move_new

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
    target: BinaryIO,
    media: bool,
) -> Manifest:
    """The dumped tables and every file of `areas` as a zip into the stream `target` (no database session
    needed; the stream need not be seekable: a sealed writer is not)."""
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


def open_backup(source: BinaryIO) -> tuple[zipfile.ZipFile, Manifest]:
    """The zip and its checked manifest, from a seekable stream (a plain file, or a sealed file's reader)."""
    try:
        zf = zipfile.ZipFile(source)
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
        except (ValueError, TypeError, binascii.Error) as error:
            raise _bad(
                f"waarde in {table.name} klopt niet ({error}).", f"a value in {table.name} is malformed ({error})."
            ) from error
    return out


def member_is_sealed(zf: zipfile.ZipFile, entry: FileEntry) -> bool:
    """Whether a file in the backup is already sealed with its content key (a plain recording, still or form
    never starts with the sealed-file magic)."""
    try:
        with zf.open(entry.member) as src:
            return src.read(len(SEALED_MAGIC)) == SEALED_MAGIC
    except ZIP_ERRORS as error:
        raise _bad(f"bestand {entry.member} ontbreekt of is beschadigd.",
                   f"file {entry.member} missing or damaged.") from error


def extract_files(
    zf: zipfile.ZipFile, manifest: Manifest, staging: Path, seal_with: dict[str, bytes] | None = None
) -> None:
    """Every listed file into `staging/<area>/<name>`, checked against its size and SHA-256. A file whose
    member is in `seal_with` is sealed with that key on the way (a plain file of an older backup): its
    plaintext never reaches the disk."""
    for entry in manifest.files:
        target = staging / entry.area / entry.name
        make_private_dir(target.parent)
        digest = hashlib.sha256()
        size = 0
        key = (seal_with or {}).get(entry.member)
        try:
            private = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE)
            with zf.open(entry.member) as src, open(private, "wb") as raw:
                dst = SealedWriter(raw, key) if key is not None else raw
                while chunk := src.read(CHUNK):
                    size += len(chunk)
                    if size > entry.size:
                        break
                    digest.update(chunk)
                    dst.write(chunk)
                dst.close()
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


def existing_conflicts(manifest: Manifest, areas: dict[str, Path]) -> list[str]:
    """Files of the backup whose name is taken in the workspace by a file with other content: a restore
    never overwrites them. A file with the same content is simply kept."""
    conflicts = []
    for entry in manifest.files:
        target = areas[entry.area] / entry.name
        if os.path.lexists(target) and not _same_file(target, entry):
            conflicts.append(f"{entry.area}/{entry.name}")
    return conflicts


def _same_file(path: Path, entry: FileEntry) -> bool:
    if path.is_symlink() or not path.is_file() or path.stat().st_size != entry.size:
        return False
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest() == entry.sha256


def place_files(staging: Path, areas: dict[str, Path], manifest: Manifest) -> int:
    """Move checked files from staging into the workspace folders, never over an existing file (one with the
    same content stays as it is; any other raises FileExistsError)."""
    moved = 0
    for entry in manifest.files:
        source = staging / entry.area / entry.name
        target = areas[entry.area] / entry.name
        make_private_dir(target.parent)
        if os.path.lexists(target) and _same_file(target, entry):
            source.unlink()
            continue
        move_new(source, target)
        moved += 1
    return moved
