"""The seal around a backup file: a small plain header, then the backup zip as one sealed stream
(crypto/sealed.py) under a key derived with Argon2id from a passphrase the user chooses at backup time.

Header (54 bytes): magic `KWBACKUP`, format version, Argon2id memory (KiB), iterations and lanes, a 16-byte
random salt, and a 16-byte check value. Argon2id gets the header (without the check value) as associated
data, so changing any parameter gives another key; the check value tells a wrong passphrase from a damaged
file before any chunk is read. Everything after the header is noise without the passphrase; a flipped or
missing byte anywhere fails a GCM tag (SealBroken) or the check value. Backups written by earlier versions
are plain zip files (they start with `PK`): `kind_of` tells them apart.
"""

from __future__ import annotations

import hmac
import io
import os
import struct
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from kijkwijzer.crypto import workspace_key
from kijkwijzer.crypto.key_file import passphrase_bytes
from kijkwijzer.crypto.sealed import SealBroken, SealedReader, SealedWriter
from kijkwijzer.errors import BadInput

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

MAGIC = b"KWBACKUP"
VERSION = 1
MIN_PASSPHRASE = workspace_key.MIN_PASSPHRASE  # one rule for every passphrase the user chooses
_HEADER = struct.Struct(">8sHIII16s16s")  # magic, version, memory KiB, iterations, lanes, salt, check
HEADER_SIZE = _HEADER.size
_SIGNED = _HEADER.size - 16  # what Argon2id binds as associated data: all but the check value
ZIP_MAGIC = b"PK"


@dataclass(frozen=True)
class KdfCost:
    """Argon2id parameters. The default is RFC 9106's second recommendation (64 MiB, 3 passes, 4 lanes):
    about 0.1-0.2 s per backup or restore, and as much per guess for someone trying passphrases."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def usable(self) -> bool:
        """Bounds for reading: a damaged header must not ask for terabytes of memory or days of work."""
        return (1 <= self.lanes <= 16 and 1 <= self.iterations <= 32
                and 8 * self.lanes <= self.memory_kib <= 1024 * 1024)


DEFAULT_COST = KdfCost()


class PassphraseNeeded(BadInput):
    """The backup is encrypted and no passphrase was given."""

    def __init__(self) -> None:
        super().__init__(
            "Deze reservekopie is versleuteld: geef het wachtwoord dat bij het maken is gekozen.",
            "This backup is encrypted: give the passphrase chosen when it was made.",
        )


class WrongPassphrase(BadInput):
    """The passphrase does not open this backup (or its header is damaged)."""

    def __init__(self) -> None:
        super().__init__(
            "Het wachtwoord van deze reservekopie klopt niet (of het begin van het bestand is beschadigd); "
            "er is niets teruggezet.",
            "The passphrase of this backup is wrong (or the start of the file is damaged); "
            "nothing was restored.",
        )


def _damaged() -> BadInput:
    return BadInput(
        "Reservekopie onbruikbaar: het begin van het bestand is beschadigd; er is niets teruggezet.",
        "Backup unusable: the start of the file is damaged; nothing was restored.",
    )


def damaged_body() -> BadInput:
    """A chunk after the header was changed, cut off or swapped (SealBroken while reading)."""
    return BadInput(
        "Reservekopie onbruikbaar: het bestand is beschadigd of onvolledig; er is niets teruggezet.",
        "Backup unusable: the file is damaged or incomplete; nothing was restored.",
    )


def check_passphrase(passphrase: str) -> bytes:
    """The passphrase as the bytes the key is derived from (Unicode NFC, so the same characters typed on
    another system give the same key), or BadInput when it is too short or cannot be stored."""
    if not isinstance(passphrase, str):
        raise BadInput("Geef een wachtwoord.", "Give a passphrase.")
    normal = unicodedata.normalize("NFC", passphrase)
    if len(normal) < MIN_PASSPHRASE:
        raise BadInput(
            f"Het wachtwoord van een reservekopie moet minstens {MIN_PASSPHRASE} tekens hebben.",
            f"A backup passphrase needs at least {MIN_PASSPHRASE} characters.",
        )
    return passphrase_bytes(normal)


def _derive(passphrase: bytes, signed: bytes, cost: KdfCost, salt: bytes) -> tuple[bytes, bytes]:
    out = Argon2id(salt=salt, length=48, iterations=cost.iterations, lanes=cost.lanes,
                   memory_cost=cost.memory_kib, ad=signed).derive(passphrase)
    return out[:32], out[32:]


def kind_of(source: BinaryIO) -> str:
    """"sealed" (this format), "zip" (a plain backup of an earlier version) or "other"; reads from the start
    and leaves the position there."""
    source.seek(0)
    head = source.read(len(MAGIC))
    source.seek(0)
    if head == MAGIC:
        return "sealed"
    if head.startswith(ZIP_MAGIC):
        return "zip"
    return "other"


def seal_to(target: BinaryIO, passphrase: str, cost: KdfCost = DEFAULT_COST) -> SealedWriter:
    """Write the header to `target` and return the writer the backup zip goes into; closing the writer
    seals the last chunk (an unclosed writer leaves a file that does not open)."""
    secret = check_passphrase(passphrase)
    salt = os.urandom(16)
    fields = (MAGIC, VERSION, cost.memory_kib, cost.iterations, cost.lanes, salt, bytes(16))
    signed = _HEADER.pack(*fields)[:_SIGNED]
    key, check = _derive(secret, signed, cost, salt)
    target.write(signed + check)
    return SealedWriter(target, key)


def unseal(source: BinaryIO, passphrase: str | None, name: str = "?") -> SealedReader:
    """A seekable reader of the zip inside a sealed backup (what zipfile.ZipFile reads directly).
    PassphraseNeeded without a passphrase, WrongPassphrase when it does not fit, BadInput for a damaged or
    newer header; a damaged body raises SealBroken while it is read. `source` stays the caller's to close."""
    source.seek(0)
    header = source.read(HEADER_SIZE)
    if len(header) != HEADER_SIZE or not header.startswith(MAGIC):
        raise _damaged()
    _magic, version, memory, iterations, lanes, salt, check = _HEADER.unpack(header)
    if version != VERSION:
        raise BadInput(
            "Deze reservekopie komt uit een nieuwere Kijkwijzer (of is beschadigd); werk eerst bij.",
            "This backup comes from a newer Kijkwijzer (or is damaged); update first.",
        )
    cost = KdfCost(memory, iterations, lanes)
    if not cost.usable():
        raise _damaged()
    if passphrase is None or passphrase == "":
        raise PassphraseNeeded()
    key, expected = _derive(passphrase_bytes(passphrase), header[:_SIGNED], cost, salt)
    if not hmac.compare_digest(expected, check):
        raise WrongPassphrase()
    try:
        return SealedReader(_After(source, HEADER_SIZE), key, name=name)
    except SealBroken as error:  # the sealed stream's own header is damaged or the body cut off
        raise damaged_body() from error


class _After(io.RawIOBase):
    """The part of a file after its first `start` bytes, as a file of its own (positions shifted)."""

    def __init__(self, inner: BinaryIO, start: int) -> None:
        super().__init__()
        self._inner, self._start = inner, start
        inner.seek(start)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            position = self._inner.seek(self._start + offset)
        else:
            position = self._inner.seek(offset, whence)
        return max(position - self._start, 0)

    def tell(self) -> int:
        return self._inner.tell() - self._start

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        data = self._inner.read(len(view))
        view[: len(data)] = data
        return len(data)
