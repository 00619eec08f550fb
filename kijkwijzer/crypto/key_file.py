"""`kijkwijzer.key`: the file that holds a workspace key wrapped, never in the clear.

JSON with the format and version, the workspace's random id, a check value (an HMAC of the id under the key,
so a key from the OS keyring can be verified), and, when the workspace has a passphrase, the Argon2id
parameters with their random salt and the AES-256-GCM nonce and ciphertext of the key. The associated data
binds the ciphertext to the id and the parameters. Written atomically and private (0600); a replaced file is
overwritten, so an old wrapping does not linger on the disk.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kijkwijzer.errors import BadInput, StoreError

FORMAT = "kijkwijzer-werkmapsleutel"
VERSION = 1
KEY_BYTES = 32
_MAX_FILE = 64 * 1024
_CHECK_LABEL = b"kijkwijzer werkmapsleutel controle "


@dataclass(frozen=True)
class Argon2Cost:
    """Argon2id parameters, stored with every wrapped key (so they can be raised later without breaking
    older key files). RFC 9106's second recommendation: 3 passes over 64 MiB with 4 lanes, measured at
    0.15-0.25 s on a 2-core machine, once per start."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4


ARGON2 = Argon2Cost()
_LIMITS = {"iterations": (1, 64), "memory_kib": (8, 1 << 20), "lanes": (1, 16)}

class WrongPassphrase(BadInput):
    """The passphrase does not open this workspace's key file; nothing was changed, the user may try again."""

    def __init__(self, name: str, source: str = "") -> None:
        where_nl = f" (uit {source})" if source else ""
        where_en = f" (from {source})" if source else ""
        super().__init__(
            f"Het wachtwoord{where_nl} klopt niet voor de werkmap {name}. Er is niets gewijzigd; probeer het opnieuw.",
            f"Wrong passphrase{where_en} for the workspace {name}. Nothing was changed; please try again.",
        )


@dataclass(frozen=True)
class KeyFile:
    """What `kijkwijzer.key` holds (never the key itself in the clear)."""

    path: Path
    workspace_id: str
    check: bytes
    wrapped: dict[str, Any] | None  # None: the key is kept in the OS keyring only
    in_keyring: bool

    @property
    def has_passphrase(self) -> bool:
        return self.wrapped is not None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def check_value(key: bytes, workspace_id: str) -> bytes:
    return hmac.new(key, _CHECK_LABEL + workspace_id.encode("ascii"), hashlib.sha256).digest()[:16]


def damaged(path: Path, why: str) -> StoreError:
    return StoreError(
        f"Het sleutelbestand {path} is beschadigd of onleesbaar ({why}); er is niets gewijzigd. "
        "Zet een reservekopie van dit bestand terug.",
        f"The key file {path} is damaged or unreadable ({why}); nothing was changed. Restore a copy of this file.",
    )


def read(path: Path) -> KeyFile:
    """The key file, validated; StoreError for a missing, damaged or too new one."""
    try:
        if not path.is_file():
            raise StoreError(f"Het sleutelbestand {path} ontbreekt.", f"The key file {path} is missing.")
        if path.stat().st_size > _MAX_FILE:
            raise damaged(path, "te groot / too large")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise damaged(path, error.strerror or type(error).__name__) from error
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise damaged(path, "geen JSON / not JSON") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise damaged(path, "onbekend formaat / unknown format")
    if data.get("version") != VERSION:
        if isinstance(data.get("version"), int) and data["version"] > VERSION:
            raise StoreError(
                f"Het sleutelbestand {path} is gemaakt door een nieuwere Kijkwijzer; werk Kijkwijzer bij.",
                f"The key file {path} was written by a newer Kijkwijzer; please update Kijkwijzer.",
            )
        raise damaged(path, "onbekende versie / unknown version")
    try:
        workspace_id = data["workspace_id"]
        if not isinstance(workspace_id, str) or len(workspace_id) != 32 or not workspace_id.isascii():
            raise ValueError("workspace_id")
        int(workspace_id, 16)
        check = _unb64(data["check"])
        wrapped = data.get("wrapped")
        if wrapped is not None:
            _validate_wrapped(wrapped)
    except (KeyError, ValueError, TypeError) as error:
        raise damaged(path, f"veld / field {error}") from error
    return KeyFile(path, workspace_id, check, wrapped, bool(data.get("keyring", False)))


def _validate_wrapped(wrapped: Any) -> None:
    if not isinstance(wrapped, dict) or wrapped.get("kdf") != "argon2id" or wrapped.get("cipher") != "aes-256-gcm":
        raise ValueError("wrapped")
    for name, (low, high) in _LIMITS.items():
        value = wrapped.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(name)
    if len(_unb64(wrapped["salt"])) < 16 or len(_unb64(wrapped["nonce"])) != 12:
        raise ValueError("salt/nonce")
    if len(_unb64(wrapped["ciphertext"])) != KEY_BYTES + 16:
        raise ValueError("ciphertext")


def write(path: Path, data: dict[str, Any], *, new: bool) -> None:
    """Atomically, 0600: a temporary file made durable, then moved into place (never over an existing key
    file when `new`); a replaced key file is overwritten, so an old wrapping does not linger on the disk."""
    from kijkwijzer.files import FILE_MODE, fsync_dir, move_new, shred_file

    tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.nieuw")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        if new:
            move_new(tmp, path)
        else:
            old = path.with_name(f".{path.name}.oud")
            if old.exists():  # a leftover of an interrupted change: the old wrapping, or the live file itself
                if os.path.samefile(old, path):
                    old.unlink()
                else:
                    shred_file(old)
            os.link(path, old)
            os.replace(tmp, path)
            fsync_dir(path.parent)
            shred_file(old)
        fsync_dir(path.parent)
    finally:
        if tmp.exists():
            shred_file(tmp)


def _aad(workspace_id: str, wrapped: dict[str, Any]) -> bytes:
    bound = {k: wrapped[k] for k in ("kdf", "iterations", "memory_kib", "lanes", "salt", "cipher")}
    return json.dumps({"format": FORMAT, "version": VERSION, "workspace_id": workspace_id, **bound},
                      sort_keys=True).encode("utf-8")


def passphrase_bytes(passphrase: str) -> bytes:
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError as error:
        raise BadInput("Het wachtwoord bevat ongeldige tekens.", "The passphrase contains invalid characters.") \
            from error


def _derive(passphrase: str, wrapped: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(salt=_unb64(wrapped["salt"]), length=KEY_BYTES, iterations=wrapped["iterations"],
                   lanes=wrapped["lanes"], memory_cost=wrapped["memory_kib"])
    return kdf.derive(passphrase_bytes(passphrase))


def wrap(key: bytes, passphrase: str, workspace_id: str, cost: Argon2Cost) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapped: dict[str, Any] = {
        "kdf": "argon2id", "iterations": cost.iterations, "memory_kib": cost.memory_kib, "lanes": cost.lanes,
        "salt": _b64(os.urandom(16)), "cipher": "aes-256-gcm", "nonce": _b64(os.urandom(12)),
    }
    sealed = AESGCM(_derive(passphrase, wrapped)).encrypt(_unb64(wrapped["nonce"]), key,
                                                           _aad(workspace_id, wrapped))
    wrapped["ciphertext"] = _b64(sealed)
    return wrapped


def unwrap(found: KeyFile, passphrase: str, source: str = "") -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if found.wrapped is None:
        raise BadInput(
            f"De werkmap {found.path.parent} heeft geen wachtwoord; haar sleutel staat alleen in de sleutelbos "
            "van het systeem.",
            f"The workspace {found.path.parent} has no passphrase; its key is kept in the system keyring only.",
        )
    wrapped = found.wrapped
    try:
        key = AESGCM(_derive(passphrase, wrapped)).decrypt(_unb64(wrapped["nonce"]), _unb64(wrapped["ciphertext"]),
                                                            _aad(found.workspace_id, wrapped))
    except InvalidTag as error:
        raise WrongPassphrase(str(found.path.parent), source) from error
    if not hmac.compare_digest(check_value(key, found.workspace_id), found.check):
        raise damaged(found.path, "controle / check")
    return key


def document(workspace_id: str, key: bytes, wrapped: dict[str, Any] | None, in_keyring: bool,
              created: str | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT, "version": VERSION, "workspace_id": workspace_id,
        "created": created or datetime.now(UTC).isoformat(timespec="seconds"),
        "check": _b64(check_value(key, workspace_id)), "wrapped": wrapped, "keyring": in_keyring,
        "note": "Zonder het wachtwoord is deze werkmap niet te openen. / Without the passphrase this workspace "
                "cannot be opened.",
    }
