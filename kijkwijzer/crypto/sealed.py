"""Sealed files: a file encrypted with one 256-bit key in chunks of 64 KiB, each chunk AES-256-GCM.

Layout: a 24-byte header (magic `KWS1`, chunk size, an 8-byte random nonce prefix, 8 reserved bytes), then per
chunk the ciphertext and its 16-byte tag. Chunk i uses the nonce `prefix || i` (4 bytes, big-endian) and the
header, i and a last-chunk flag as associated data, so chunks cannot be reordered, swapped between files, cut
off or extended without the tag failing. The plaintext size follows from the file size; an empty plaintext
is one empty, authenticated last chunk. Reading at any offset decrypts one chunk: seeking in a two-hour
recording costs no more than in a plain file, and no plaintext is ever written to disk.
"""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kijkwijzer.errors import BadInput

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer, WriteableBuffer

MAGIC = b"KWS1"
CHUNK = 64 * 1024
TAG = 16
KEY_BYTES = 32
_HEADER = struct.Struct(">4sI8s8s")  # magic, chunk size, nonce prefix, reserved
HEADER_SIZE = _HEADER.size
_AAD_TAIL = struct.Struct(">QB")
_MAX_CHUNK = 16 * 1024 * 1024


class SealBroken(BadInput):
    """A sealed file is damaged, cut off, or was sealed with another key."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name} is beschadigd of hoort bij een andere sleutel; het kan niet worden geopend.",
            f"{name} is damaged or belongs to another key; it cannot be opened.",
        )


def new_key() -> bytes:
    """A fresh random content key (256 bits)."""
    return os.urandom(KEY_BYTES)


def _check_key(key: bytes) -> AESGCM:
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise ValueError("a sealed file needs a 32-byte key")
    return AESGCM(bytes(key))


def is_sealed(path: Path) -> bool:
    """True when the file starts with the sealed-file magic (a plain recording never does)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == MAGIC
    except OSError:
        return False


class SealedWriter(io.RawIOBase):
    """Write plaintext, get a sealed file. `close()` writes the last chunk; a writer that is never closed
    leaves a file that does not open (its last chunk is missing), which is what an interrupted write should do."""

    def __init__(self, target: BinaryIO, key: bytes, chunk_size: int = CHUNK) -> None:
        super().__init__()
        self._aead = _check_key(key)
        self._target = target
        self._chunk = chunk_size
        self._header = _HEADER.pack(MAGIC, chunk_size, os.urandom(8), bytes(8))
        self._target.write(self._header)
        self._buffer = bytearray()
        self._index = 0
        self.plain_size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        data = bytes(data)
        self._buffer += data
        self.plain_size += len(data)
        while len(self._buffer) > self._chunk:  # keep at least one byte back: the last chunk is flagged
            self._emit(bytes(self._buffer[: self._chunk]), last=False)
            del self._buffer[: self._chunk]
        return len(data)

    def _emit(self, plain: bytes, last: bool) -> None:
        nonce = self._header[8:16] + struct.pack(">I", self._index)
        aad = self._header + _AAD_TAIL.pack(self._index, 1 if last else 0)
        self._target.write(self._aead.encrypt(nonce, plain, aad))
        self._index += 1

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
            self._target.flush()
        super().close()


class SealedFile(Protocol):
    """What a SealedReader reads from: an open binary file, or a part of one (a sealed backup after its own
    header)."""

    def read(self, size: int = ..., /) -> bytes: ...

    def seek(self, offset: int, whence: int = ..., /) -> int: ...

    def close(self) -> None: ...


class SealedReader(io.RawIOBase):
    """A read-only, seekable file object over a sealed file: what PyAV, VLC's media callbacks, the report
    and the backup read. Keeps the last decrypted chunk, so sequential small reads cost one decryption per chunk."""

    def __init__(self, source: Path | SealedFile, key: bytes, name: str | None = None) -> None:
        super().__init__()
        self._aead = _check_key(key)
        if isinstance(source, str | os.PathLike):
            self._file: SealedFile = open(source, "rb")  # noqa: SIM115 - closed in close()
            self._owned = True
            self.name = name or Path(source).name
        else:
            self._file, self._owned, self.name = source, False, name or "?"
        try:
            self._header = self._file.read(HEADER_SIZE)
            if len(self._header) != HEADER_SIZE:
                raise SealBroken(self.name)
            magic, self._chunk, _prefix, _reserved = _HEADER.unpack(self._header)
            if magic != MAGIC or not 0 < self._chunk <= _MAX_CHUNK:
                raise SealBroken(self.name)
            body = self._file.seek(0, io.SEEK_END) - HEADER_SIZE
            stored = self._chunk + TAG
            self._count = max(1, -(-body // stored))
            self.size = body - self._count * TAG
            if self.size < 0 or body - (self._count - 1) * stored < TAG:
                raise SealBroken(self.name)
        except BaseException:
            self.close()
            raise
        self._pos = 0
        self._cached_index = -1
        self._cached = b""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        position = base + offset
        if position < 0:
            raise OSError("negative seek position")
        self._pos = position
        return position

    def chunk(self, index: int) -> bytes:
        """The plaintext of chunk `index`, authenticated; SealBroken when it was changed."""
        if index == self._cached_index:
            return self._cached
        stored = self._chunk + TAG
        self._file.seek(HEADER_SIZE + index * stored)
        data = self._file.read(stored)
        last = index == self._count - 1
        nonce = self._header[8:16] + struct.pack(">I", index)
        try:
            plain = self._aead.decrypt(nonce, data, self._header + _AAD_TAIL.pack(index, 1 if last else 0))
        except InvalidTag as error:
            raise SealBroken(self.name) from error
        self._cached_index, self._cached = index, plain
        return plain

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.size:
            index, offset = divmod(self._pos, self._chunk)
            plain = self.chunk(index)
            part = plain[offset : offset + len(view) - done]
            view[done : done + len(part)] = part
            done += len(part)
            self._pos += len(part)
        return done

    def read_all(self) -> bytes:
        self.seek(0)
        return self.readall()

    def close(self) -> None:
        if not self.closed and getattr(self, "_owned", False):
            self._file.close()
        self._cached = b""
        super().close()


def seal_bytes(key: bytes, plain: bytes) -> bytes:
    """A small plaintext (a still, a waveform cache, a name) as one sealed blob."""
    out = io.BytesIO()
    writer = SealedWriter(out, key)
    writer.write(plain)
    writer.close()
    return out.getvalue()


def open_bytes(key: bytes, blob: bytes, name: str = "?") -> bytes:
    """The plaintext of a sealed blob; SealBroken when it was changed or the key is wrong."""
    with SealedReader(io.BytesIO(blob), key, name=name) as reader:
        return reader.read_all()


def read_sealed(path: Path, key: bytes) -> bytes:
    with SealedReader(Path(path), key) as reader:
        return reader.read_all()


def seal_file_in_place(path: Path, key: bytes, expected_sha256: str | None = None) -> bool:
    """Encrypt a plain file where it lies (the one-time upgrade of an older workspace): the sealed copy is
    written beside it, read back and checked (SHA-256 of the plaintext, when given, else byte for byte), made
    durable, moved over the original, and the plain bytes are overwritten. Returns False when the file was
    already sealed, so an interrupted upgrade simply runs again."""
    import hashlib

    from kijkwijzer.files import fsync_dir, shred_file

    path = Path(path)
    if is_sealed(path):
        return False
    tmp = path.with_name(f".{path.name}.sealing")
    digest = hashlib.sha256()
    with open(path, "rb") as plain, open(tmp, "wb") as out:
        writer = SealedWriter(out, key)
        while block := plain.read(1 << 20):
            digest.update(block)
            writer.write(block)
        writer.close()
        out.flush()
        os.fsync(out.fileno())
    check = hashlib.sha256()
    with SealedReader(tmp, key) as reader:
        while block := reader.read(1 << 20):
            check.update(block)
    wanted = expected_sha256 or digest.hexdigest()
    if check.hexdigest() != wanted or digest.hexdigest() != wanted:
        shred_file(tmp)
        raise SealBroken(path.name)
    with open(path, "r+b") as old:  # kept open: the plain bytes are overwritten after the atomic swap
        os.replace(tmp, path)
        fsync_dir(path.parent)
        _overwrite(old)
    return True


def _overwrite(handle: BinaryIO) -> None:
    """Zero a file that is no longer linked (its inode lives while the handle is open), then let it go."""
    size = handle.seek(0, io.SEEK_END)
    handle.seek(0)
    zeros = bytes(1 << 20)
    while size > 0:
        size -= handle.write(zeros[: min(size, len(zeros))])
    handle.flush()
    os.fsync(handle.fileno())
