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

import hashlib
import json
import os
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from kijkwijzer.crypto.sealed import MAGIC as SEALED_MAGIC
from kijkwijzer.crypto.sealed import SealedReader, SealedWriter
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


# ---- writing -----------------------------------------------------------------------------------------


def _files(areas: dict[str, Path]) -> Iterator[tuple[str, str, Path]]:
    for area, folder in areas.items():
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    yield area, path.relative_to(folder).as_posix(), path


def write_backup(
    dump: dict[str, tuple[list[str], list[list[Any]]]],
    revision: str,
    areas: dict[str, Path],
    target: BinaryIO | SealedWriter,
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


def bad(nl: str, en: str) -> BadInput:
    return BadInput(f"Reservekopie onbruikbaar: {nl}", f"Backup unusable: {en}")


def open_backup(source: BinaryIO | SealedReader) -> tuple[zipfile.ZipFile, Manifest]:
    """The zip and its checked manifest, from a seekable stream (a plain file, or a sealed file's reader)."""
    try:
        zf = zipfile.ZipFile(source)
    except ZIP_ERRORS as error:
        raise bad("geen (volledig) zipbestand.", "not a (complete) zip file.") from error
    try:
        info = zf.getinfo("manifest.json")
        if info.file_size > MAX_MANIFEST_BYTES:
            raise bad("manifest te groot.", "manifest too large.")
        data = json.loads(zf.read(info))
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise bad(
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
        raise bad("manifest ontbreekt of is beschadigd.", "manifest missing or damaged.") from error
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
            raise bad(f"onveilige bestandsnaam {entry.name!r}.", f"unsafe file name {entry.name!r}.")
    return zf, manifest


def read_table_rows(zf: zipfile.ZipFile, name: str) -> tuple[list[str], Any]:
    """A table's column names and its rows as JSON gave them; a missing or damaged table refuses the backup.
    Checking the values against the current columns is the store's side (services/exchange/backup_tables.py)."""
    try:
        data = json.loads(zf.read(f"tables/{name}.json"))
        names = [str(c) for c in data["columns"]]
        rows = data["rows"]
    except (*ZIP_ERRORS, TypeError, RecursionError) as error:
        raise bad(f"tabel {name} ontbreekt of is beschadigd.", f"table {name} missing or damaged.") from error
    return names, rows


def member_is_sealed(zf: zipfile.ZipFile, entry: FileEntry) -> bool:
    """Whether a file in the backup is already sealed with its content key (a plain recording, still or form
    never starts with the sealed-file magic)."""
    try:
        with zf.open(entry.member) as src:
            return src.read(len(SEALED_MAGIC)) == SEALED_MAGIC
    except ZIP_ERRORS as error:
        raise bad(f"bestand {entry.member} ontbreekt of is beschadigd.",
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
            raise bad(
                f"bestand {entry.member} ontbreekt of is beschadigd.",
                f"file {entry.member} missing or damaged.",
            ) from error
        if size != entry.size or digest.hexdigest() != entry.sha256:
            raise bad(
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
