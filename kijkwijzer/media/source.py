"""Where a recording's bytes come from, and how files made from it are kept: `MediaSource` names a file and,
for a sealed vault file, the content key that opens it. Services hand it to the player, the stills and the
waveform; only the user's own file outside the workspace (or a vault file of an older workspace that the
one-time upgrade has not sealed yet) comes without a key and is read as it is.

Files made from a recording (stills, waveform caches) are written sealed with the recording's key, through a
temporary file in the same folder that is renamed into place; they are read back into memory only.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

from kijkwijzer.crypto.sealed import MAGIC, SealBroken, SealedReader, is_sealed, open_bytes, seal_bytes
from kijkwijzer.errors import BadInput
from kijkwijzer.files import FILE_MODE, open_regular


@dataclass(frozen=True)
class MediaSource:
    """A recording to read: `path` on disk, `key` when it is (or its derived files are) sealed, `name` for
    messages (the original file name; the vault name is only a hash)."""

    path: Path
    key: bytes | None = field(default=None, repr=False)
    name: str | None = None

    @property
    def label(self) -> str:
        return self.name or Path(self.path).name

    @property
    def sealed(self) -> bool:
        """Whether the file on disk is sealed (a plain file of an older workspace is not, until the upgrade)."""
        return is_sealed(Path(self.path))

    def open(self) -> SealedReader | io.BufferedReader:
        """A seekable binary file object with the plaintext: a SealedReader over a sealed file, else the plain
        file. SealBroken (a BadInput naming the recording) when the file is damaged or the key is wrong."""
        path = Path(self.path)
        if not path.is_file():
            raise BadInput(f"Opname niet gevonden: {self.label}", f"Recording not found: {self.label}")
        if is_sealed(path):
            if self.key is None:
                raise SealBroken(self.label)
            reader = SealedReader(path, self.key, name=self.label)
            try:
                reader.chunk(0)  # a wrong key (or a changed first chunk) is said now, not somewhere in VLC
            except BaseException:
                reader.close()
                raise
            return reader
        return open_regular(path)


@dataclass(frozen=True)
class DerivedFile:
    """A still or cache file with the key it is sealed with: `read_bytes()` gives its plaintext, in memory."""

    path: Path
    key: bytes | None = field(default=None, repr=False)

    def read_bytes(self) -> bytes:
        return read_derived(self.path, self.key)

    def is_file(self) -> bool:
        return Path(self.path).is_file()


class CarriesSource:
    """For a frozen view a service hands out (a recording, a client interview): its MediaSource rides along
    outside the dataclass fields, so a dump of the view (`asdict`, the command line's --json) never holds the
    key."""

    @property
    def source(self) -> MediaSource | None:
        return self.__dict__.get("_source")

    def with_source(self, source: MediaSource | None) -> Self:
        object.__setattr__(self, "_source", source)
        return self


def as_source(source: MediaSource | Path | str) -> MediaSource:
    """A MediaSource for a plain path (the user's own file), or the source itself."""
    return source if isinstance(source, MediaSource) else MediaSource(Path(source))


# ---- files made from a recording -------------------------------------------------------------------------


def write_derived(target: Path, data: bytes, key: bytes | None) -> Path:
    """Write a still or cache file whole or not at all: sealed with `key` (plain only for a source without a
    key: the user's own file, or an older workspace before its upgrade). The temporary name starts with a dot,
    so what a killed process leaves is erased at the next open (services/leftovers.py)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    blob = seal_bytes(key, data) if key is not None else data
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(3).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(blob)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def read_derived(path: Path, key: bytes | None, name: str | None = None) -> bytes:
    """The plaintext of a still or cache file, in memory. A file of an older workspace that is still plain is
    read as it is; a sealed one needs its recording's key (SealBroken without it, or when it was changed)."""
    path = Path(path)
    with open_regular(path) as handle:
        blob = handle.read()
    if not blob.startswith(MAGIC):
        return blob
    if key is None:
        raise SealBroken(name or path.name)
    return open_bytes(key, blob, name=name or path.name)
