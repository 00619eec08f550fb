"""The workspace key of a single-user workspace: 32 random bytes that open its SQLCipher database.

It is made once, when the workspace is created, and kept in `kijkwijzer.key` beside the database, wrapped
(AES-256-GCM) under a key derived from the user's passphrase with Argon2id, and/or in the OS keyring
(os_keyring.py) under the workspace's random id. The unwrapped key lives in this process's memory only
(`_CACHE`, by workspace id): a workspace opened again in the same process costs no second Argon2 run.
Changing the passphrase rewraps the same key (nothing is re-encrypted). A lost passphrase (and no keyring
entry) means the data is gone: nobody, the makers included, can open the database without it.

Where the passphrase comes from is the caller's business (the CLI asks on the terminal, the window in a
dialog); here only the quiet sources are tried: the cache, KIJKWIJZER_PASSPHRASE, the keyring.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import threading
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from kijkwijzer.errors import BadInput, StoreError

from . import key_file, os_keyring
from .key_file import (  # noqa: F401 - FORMAT, VERSION and Argon2Cost are part of this module's interface too
    FORMAT,
    KEY_BYTES,
    VERSION,
    Argon2Cost,
    KeyFile,
    WrongPassphrase,
)

if TYPE_CHECKING:
    from kijkwijzer.workspace import Workspace

PASSPHRASE_ENV = "KIJKWIJZER_PASSPHRASE"
MIN_PASSPHRASE = 10
SQLITE_MAGIC = b"SQLite format 3\x00"

_CACHE: dict[str, bytes] = {}
_CACHE_LOCK = threading.Lock()
_BACKGROUND: list[threading.Thread] = []  # unlock_in_background's threads not waited for yet
log = logging.getLogger(__name__)


class Locked(StoreError):
    """An encrypted workspace whose key is not in this process yet (no passphrase given, no keyring)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"De werkmap {name} is versleuteld en nog niet ontgrendeld: het wachtwoord is nodig. Er is niets gewijzigd.",
            f"The workspace {name} is encrypted and not unlocked yet: its passphrase is needed. Nothing was changed.",
        )


# ---- where things are ---------------------------------------------------------------------------------


def _db_file(where: Workspace | Path) -> Path:
    if isinstance(where, Path):
        return where
    db = where.db_file
    if db is None:
        raise StoreError("Een teamwerkmap (database-server) heeft geen werkmapsleutel.",
                         "A team workspace (database server) has no workspace key.")
    return db


def key_path(where: Workspace | Path) -> Path:
    """`kijkwijzer.key` beside `kijkwijzer.db` (the database's name with `.key`)."""
    db = _db_file(where)
    return db.with_name(f"{db.stem}.key")


def _label(where: Workspace | Path) -> str:
    return str(_db_file(where).parent)


def is_plain_database(db_file: Path) -> bool:
    """True for an existing SQLite file in the clear (an encrypted one starts with 16 random bytes)."""
    try:
        with open(db_file, "rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def state(where: Workspace | Path) -> str:
    """'team' (no SQLite file), 'new' (nothing yet), 'plain' (an older, unencrypted workspace),
    'unfinished' (plain, but its encryption was started: a key file exists), or 'encrypted'."""
    if not isinstance(where, Path) and where.db_file is None:
        return "team"
    db = _db_file(where)
    try:
        has_key = key_path(db).exists()
        exists = db.exists() or db.is_symlink()
        size = db.stat().st_size if db.is_file() else 0
    except OSError:  # an unreachable place: not new, and opening it says why
        return "plain"
    if exists and not db.is_file():
        return "plain"  # a folder or a device where the database belongs: opening refuses it, nothing is made
    if size > 0 and is_plain_database(db):
        return "unfinished" if has_key else "plain"
    if has_key:
        return "encrypted"
    return "plain" if size > 0 else "new"


def read(where: Workspace | Path) -> KeyFile:
    """The workspace's key file, validated (key_file.read)."""
    return key_file.read(key_path(where))


# ---- the passphrase rule ------------------------------------------------------------------------------


def check_new_passphrase(passphrase: str, workspace_name: str = "") -> None:
    """At least MIN_PASSPHRASE characters, and not (containing) the workspace's name; BadInput otherwise."""
    text = unicodedata.normalize("NFC", passphrase or "")
    key_file.passphrase_bytes(text)
    if len(text.strip()) < MIN_PASSPHRASE:
        raise BadInput(f"Kies een wachtwoord van minstens {MIN_PASSPHRASE} tekens.",
                       f"Choose a passphrase of at least {MIN_PASSPHRASE} characters.")
    name = unicodedata.normalize("NFC", workspace_name).strip().casefold()
    if name and name in text.casefold():
        raise BadInput("Het wachtwoord mag de naam van de werkmap niet bevatten.",
                       "The passphrase must not contain the workspace's name.")


def workspace_name(where: Workspace | Path) -> str:
    """The name a user calls the workspace by: its folder's name."""
    return _db_file(where).parent.name


# ---- the process cache --------------------------------------------------------------------------------


def _remember_in_process(workspace_id: str, key: bytes) -> bytes:
    with _CACHE_LOCK:
        _CACHE[workspace_id] = bytes(key)
    return bytes(key)


def cached(where: Workspace | Path) -> bytes | None:
    """The key when this process has unlocked the workspace already."""
    path = key_path(where)
    if not path.exists():
        return None
    with _CACHE_LOCK:
        return _CACHE.get(read(where).workspace_id)


def forget_in_process() -> None:
    """Drop every unlocked key from this process (tests; a future 'lock' action)."""
    with _CACHE_LOCK:
        _CACHE.clear()


# ---- the operations -----------------------------------------------------------------------------------


def create(where: Workspace | Path, passphrase: str | None, *, remember: bool = False,
           cost: Argon2Cost | None = None) -> bytes:
    """Make the key of a new workspace (or of a plain one about to be encrypted) and write `kijkwijzer.key`.

    `passphrase` None keeps the key in the OS keyring only (refused when no keyring works); with a passphrase,
    `remember` also puts it in the keyring. Refused when the workspace has a key file already. The key is
    unlocked in this process afterwards. Whoever asks for the passphrase must warn the user first: a lost
    passphrase means lost data."""
    from kijkwijzer.files import make_private_dir

    db = _db_file(where)
    path = key_path(db)
    if path.exists():
        raise BadInput(f"De werkmap {db.parent} heeft al een sleutel; er is niets gewijzigd.",
                       f"The workspace {db.parent} already has a key; nothing was changed.")
    if passphrase is not None:
        check_new_passphrase(passphrase, workspace_name(db))
    elif not os_keyring.works():
        raise BadInput("Kies een wachtwoord: er is geen sleutelbos van het systeem beschikbaar.",
                       "Choose a passphrase: no system keyring is available.")
    key = os.urandom(KEY_BYTES)
    workspace_id = os.urandom(16).hex()
    in_keyring = (remember or passphrase is None) and os_keyring.save(workspace_id, key)
    if passphrase is None and not in_keyring:
        raise BadInput("De sleutelbos van het systeem weigert de sleutel; kies een wachtwoord.",
                       "The system keyring refused the key; choose a passphrase.")
    wrapped = key_file.wrap(key, passphrase, workspace_id, cost or key_file.ARGON2) if passphrase is not None else None
    make_private_dir(db.parent)
    try:
        key_file.write(path, key_file.document(workspace_id, key, wrapped, bool(in_keyring)), new=True)
    except FileExistsError as error:
        raise BadInput(f"De werkmap {db.parent} heeft al een sleutel; er is niets gewijzigd.",
                       f"The workspace {db.parent} already has a key; nothing was changed.") from error
    return _remember_in_process(workspace_id, key)


def unlock(where: Workspace | Path, passphrase: str, *, remember: bool = False, source: str = "") -> bytes:
    """Unwrap the key with the passphrase (WrongPassphrase when it does not fit: nothing changes, try again);
    `remember` also stores it in the OS keyring when one works."""
    found = read(where)
    key = key_file.unwrap(found, passphrase, source)
    if remember:
        _set_keyring_hint(found, key, os_keyring.save(found.workspace_id, key))
    return _remember_in_process(found.workspace_id, key)


def unlock_quietly(where: Workspace | Path) -> bytes | None:
    """The key without asking anyone: from this process's cache, KIJKWIJZER_PASSPHRASE (scripts, CI, tests),
    or the OS keyring; None when the user must be asked. A wrong KIJKWIJZER_PASSPHRASE raises WrongPassphrase.
    An unlock begun in the background (unlock_in_background) is waited for first."""
    _settle_background()
    return _unlock_quietly_now(where)


def unlock_in_background(where: Workspace | Path) -> None:
    """Begin unlock_quietly in a thread of its own (at start-up, while the program loads: early_unlock.py). It
    reports nothing: what it unlocks lands in the process cache, what fails is met again by the next
    unlock_quietly, which waits for it first (at most one Argon2 run in between)."""
    thread = threading.Thread(target=_unlock_ignoring_failure, args=(where,), name="kijkwijzer-unlock", daemon=True)
    with _CACHE_LOCK:
        _BACKGROUND.append(thread)
    thread.start()


def _unlock_ignoring_failure(where: Workspace | Path) -> None:
    try:
        _unlock_quietly_now(where)
    except Exception as error:  # noqa: BLE001 - said again by the unlock in the caller's thread
        log.info("background unlock of %s left to the caller: %r", _label(where), error)


def _settle_background() -> None:
    with _CACHE_LOCK:
        pending = list(_BACKGROUND)
        _BACKGROUND.clear()
    for thread in pending:
        thread.join()


def _unlock_quietly_now(where: Workspace | Path) -> bytes | None:
    found = read(where)
    with _CACHE_LOCK:
        key = _CACHE.get(found.workspace_id)
    if key is not None:
        return key
    env = os.environ.get(PASSPHRASE_ENV)
    if env and found.has_passphrase:
        return unlock(where, env, source=PASSPHRASE_ENV)
    key = os_keyring.load(found.workspace_id)
    if key is not None and hmac.compare_digest(key_file.check_value(key, found.workspace_id), found.check):
        return _remember_in_process(found.workspace_id, key)
    return None


def key_for_database(db_file: Path) -> bytes | None:
    """What the store opens `db_file` with: None for a plain (or new, keyless) database, the key for an
    encrypted one; Locked when the key is needed but nobody has given it yet."""
    db = Path(db_file)
    if not key_path(db).exists() or is_plain_database(db):
        return None
    key = unlock_quietly(db)
    if key is None:
        raise Locked(_label(db))
    return key


def change_passphrase(where: Workspace | Path, new: str, *, old: str | None = None) -> None:
    """Wrap the same key under a new passphrase (nothing is re-encrypted). The current passphrase is needed,
    unless the workspace has none yet (keyring only) and its key is unlocked in this process."""
    found = read(where)
    key: bytes | None
    if old is not None:
        key = key_file.unwrap(found, old)
    elif not found.has_passphrase:
        key = unlock_quietly(where)
        if key is None:
            raise Locked(_label(where))
    else:
        raise BadInput("Geef eerst het huidige wachtwoord.", "Give the current passphrase first.")
    check_new_passphrase(new, workspace_name(where))
    wrapped = key_file.wrap(key, new, found.workspace_id, key_file.ARGON2)
    created = json.loads(found.path.read_text(encoding="utf-8")).get("created")
    key_file.write(found.path, key_file.document(found.workspace_id, key, wrapped, found.in_keyring, created), new=False)
    _remember_in_process(found.workspace_id, key)


def keyring_available() -> bool:
    return os_keyring.works()


def remember(where: Workspace | Path) -> bool:
    """Put the (unlocked) key in the OS keyring; False when no keyring works."""
    found = read(where)
    key = unlock_quietly(where)
    if key is None:
        raise Locked(_label(where))
    saved = os_keyring.save(found.workspace_id, key)
    _set_keyring_hint(found, key, saved)
    return saved


def forget(where: Workspace | Path) -> bool:
    """Remove the key from the OS keyring (refused for a workspace that has no passphrase: it would be lost)."""
    found = read(where)
    if not found.has_passphrase:
        raise BadInput("Deze werkmap heeft geen wachtwoord: kies er eerst een, anders is de sleutel weg.",
                       "This workspace has no passphrase: choose one first, or its key is lost.")
    removed = os_keyring.delete(found.workspace_id)
    key = unlock_quietly(where)
    if key is not None:
        _set_keyring_hint(found, key, False)
    return removed


def _set_keyring_hint(found: KeyFile, key: bytes, in_keyring: bool) -> None:
    if found.in_keyring == in_keyring:
        return
    created = json.loads(found.path.read_text(encoding="utf-8")).get("created")
    key_file.write(found.path, key_file.document(found.workspace_id, key, found.wrapped, in_keyring, created), new=False)
