"""Signed consent forms (a scan or photo) in the workspace's forms folder, sealed: named by the SHA-256 of the
form itself, encrypted with the form's own content key (`form:<name>`, kept in the database), read back into
memory only. A form stored by an older version is plain until the one-time upgrade, and is read as it is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from kijkwijzer.crypto.sealed import is_sealed
from kijkwijzer.errors import KijkwijzerError, NotFound
from kijkwijzer.files import open_regular
from kijkwijzer.media.source import read_derived, write_derived


def store_form(forms_dir: Path, source: Path, key_for: Callable[[str], bytes]) -> str:
    """Keep the user's form (read without ever blocking: a FIFO is refused); returns its stored name. The
    same form twice is kept once; `key_for(name)` gives (or makes) its key."""
    with open_regular(Path(source)) as handle:
        data = handle.read()
    name = f"{hashlib.sha256(data).hexdigest()}{Path(source).suffix.lower()}"
    target = Path(forms_dir) / name
    key = key_for(name)
    if target.exists() and (not is_sealed(target) or _opens(target, key)):
        return name
    write_derived(target, data, key)
    return name


def _opens(path: Path, key: bytes) -> bool:
    try:
        read_derived(path, key)
        return True
    except (KijkwijzerError, OSError):  # sealed under a key that is gone: noise, written anew
        return False


def read_form(forms_dir: Path, name: str, key: bytes | None) -> bytes:
    """The form's content; NotFound when the file is gone, SealBroken when it is damaged or its key destroyed."""
    path = Path(forms_dir) / Path(name).name
    if not path.is_file():
        raise NotFound(f"Het formulier {name} ontbreekt.", f"The form {name} is missing.")
    return read_derived(path, key, name)
