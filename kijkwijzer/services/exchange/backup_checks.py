"""What a restore checks in the rows of a backup beyond their column types: file names are plain names in
their folder (a `vault_name` of `../../x.mp4` would make the report read outside the vault), and every
content key has a known id and is 256 bits (a key of another length would make its recording unreadable
later, not now).
"""

from __future__ import annotations

import re

from kijkwijzer.crypto.sealed import KEY_BYTES
from kijkwijzer.errors import BadInput
from kijkwijzer.formats import backup_zip as backup

PLAIN_NAME = re.compile(r"[\w\-][\w.\-]{0,199}", re.ASCII)  # one file name, no path, no leading dot
SHA256 = re.compile(r"[0-9a-f]{64}")
VAULT_NAME = re.compile(r"[0-9a-f]{64}\.[a-z0-9]{1,8}")
# content_keys.id: media:<sha256> (a recording with its stills and caches), form:<file name>, client:<id>
CONTENT_KEY_ID = re.compile(r"media:[0-9a-f]{64}|form:[\w\-][\w.\-]{0,199}|client:[1-9][0-9]{0,17}", re.ASCII)
# Columns that name a file in the media folders: what a restored row may hold there.
NAME_COLUMNS = {
    ("recordings", "sha256"): SHA256,
    ("recordings", "vault_name"): VAULT_NAME,
    ("annotations", "still_name"): PLAIN_NAME,
    ("consents", "form_name"): PLAIN_NAME,
    ("pending_erasures", "name"): PLAIN_NAME,
    ("lab_shares", "clip_name"): VAULT_NAME,
}


def check_names(manifest: backup.Manifest, tables: dict[str, list[dict]]) -> None:
    """File names in the zip and in the rows are plain names in their folder, never a path."""
    bad = [f"{e.area}/{e.name}" for e in manifest.files
           if not (VAULT_NAME if e.area == "vault" else PLAIN_NAME).fullmatch(e.name)]
    for (table, column), pattern in NAME_COLUMNS.items():
        bad += [f"{table}.{column} = {row[column]!r}" for row in tables.get(table, [])
                if row.get(column) is not None and not pattern.fullmatch(row[column]) and not _text_only(table, row)]
    for row in tables.get("recordings", []):
        if _text_only("recordings", row):
            continue
        if not str(row.get("vault_name", "")).startswith(f"{row.get('sha256')}."):
            bad.append(f"recordings.vault_name = {row.get('vault_name')!r}")
    if bad:
        shown = ", ".join(bad[:3])[:300]
        raise BadInput(f"Reservekopie onbruikbaar: onveilige bestandsnaam ({shown}); er is niets teruggezet.",
                       f"Backup unusable: unsafe file name ({shown}); nothing was restored.")


def _text_only(table: str, row: dict) -> bool:
    """A written account of the casebook: a recording without a file, its `vault_name` empty."""
    return table == "recordings" and row.get("text_only") is True and row.get("vault_name") == ""


def check_content_keys(tables: dict[str, list[dict]]) -> None:
    """Every content key row: an id of a known kind and a key of exactly 256 bits."""
    bad = []
    for row in tables.get("content_keys", []):
        key_id, key = row.get("id"), row.get("key")
        if not isinstance(key_id, str) or not CONTENT_KEY_ID.fullmatch(key_id):
            bad.append(f"id {str(key_id)[:60]!r}")
        elif not isinstance(key, bytes) or len(key) != KEY_BYTES:
            bad.append(f"{key_id}: {len(key) if isinstance(key, bytes) else 0} bytes")
    if bad:
        shown = ", ".join(bad[:3])[:300]
        raise BadInput(f"Reservekopie onbruikbaar: sleutel klopt niet ({shown}); er is niets teruggezet.",
                       f"Backup unusable: a key is malformed ({shown}); nothing was restored.")
