"""The content keys of a workspace, inside the caller's transaction: get or make the key of a recording, a
consent form or a client, seal and open small values with it, and destroy it (crypto-shredding).

Key ids: `media_key_id(sha256)` for a vault file with its stills and waveform caches, `form_key_id(name)` for a
consent form, `client_key_id(id)` for a client's real name, `clip_key_id(sha256)` for a fragment cut for a learning
group (services/lab.py).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import delete
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from kijkwijzer.crypto.sealed import new_key, open_bytes, seal_bytes
from kijkwijzer.store.models import ContentKey


def media_key_id(sha256: str) -> str:
    return f"media:{sha256}"


def form_key_id(name: str) -> str:
    return f"form:{name}"


def client_key_id(client_id: int) -> str:
    return f"client:{client_id}"


def clip_key_id(sha256: str) -> str:
    return f"clip:{sha256}"


def find(session: Session, key_id: str) -> bytes | None:
    row = session.get(ContentKey, key_id)
    return bytes(row.key) if row is not None else None


def get_or_create(session: Session, key_id: str) -> bytes:
    """The key with this id, made (random) when there is none yet."""
    found = find(session, key_id)
    if found is not None:
        return found
    key = new_key()
    session.add(ContentKey(id=key_id, key=key))
    session.flush()
    return key


def destroy(session: Session, *key_ids: str) -> int:
    """Delete keys: whatever was sealed with them can never be opened again. Returns how many were there."""
    if not key_ids:
        return 0
    # a DELETE gives a CursorResult; Session.execute is typed as the general Result (SQLAlchemy says: cast)
    result = cast("CursorResult[Any]", session.execute(delete(ContentKey).where(ContentKey.id.in_(key_ids))))
    return int(result.rowcount or 0)


def seal_text(session: Session, key_id: str, value: str) -> bytes:
    return seal_bytes(get_or_create(session, key_id), value.encode("utf-8"))


def open_text(session: Session, key_id: str, sealed: bytes | None) -> str | None:
    """The text sealed under `key_id`; None when there is none or its key was destroyed."""
    if not sealed:
        return None
    key = find(session, key_id)
    if key is None:
        return None
    return open_bytes(key, bytes(sealed), name=key_id).decode("utf-8")
