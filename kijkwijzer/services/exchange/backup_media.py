"""Plain media files in a backup (one an earlier version wrote, or of a workspace not yet upgraded to sealed
media) are sealed with their content key while they are restored, so their plaintext never reaches the new
workspace's disk. Same keys as everywhere (crypto.md, media_files.py): a vault file `<sha256>.<ext>` and the
stills of its annotations use `media:<sha256>`, a consent form `form:<name>`. A key the rows do not hold yet
is made and added to the `content_keys` rows that go in with the restore (committed before the file is
placed, so no open ever finds a sealed file without its key). A still no annotation refers to stays as it is.
"""

from __future__ import annotations

import zipfile
from typing import Any

from kijkwijzer.crypto.sealed import new_key
from kijkwijzer.formats import backup_zip as backup
from kijkwijzer.services.content_keys import form_key_id, media_key_id
from kijkwijzer.store.models.base import utcnow


def _key_id(entry: backup.FileEntry, still_owner: dict[str, str]) -> str | None:
    if entry.area == "vault":
        return media_key_id(entry.name.partition(".")[0])  # the name was checked: <sha256>.<ext>
    if entry.area == "forms":
        return form_key_id(entry.name)
    if entry.area == "stills" and entry.name in still_owner:
        return media_key_id(still_owner[entry.name])
    return None


def seal_plan(
    zf: zipfile.ZipFile, manifest: backup.Manifest, tables: dict[str, list[dict[str, Any]]]
) -> dict[str, bytes]:
    """Member name -> content key for every plain media file of the backup; keys it needs are added to
    `tables["content_keys"]`. Call after the rows are checked (the file names are plain names)."""
    plain = [e for e in manifest.files if not backup.member_is_sealed(zf, e)]
    if not plain:
        return {}
    rows = tables.setdefault("content_keys", [])
    keys = {row["id"]: row["key"] for row in rows}
    recording_sha = {r["id"]: r["sha256"] for r in tables.get("recordings", [])}
    still_owner = {a["still_name"]: recording_sha[a["recording_id"]] for a in tables.get("annotations", [])
                   if a.get("still_name") and a.get("recording_id") in recording_sha}
    plan: dict[str, bytes] = {}
    for entry in plain:
        key_id = _key_id(entry, still_owner)
        if key_id is None:
            continue
        if key_id not in keys:
            keys[key_id] = new_key()
            rows.append({"id": key_id, "key": keys[key_id], "created_at": utcnow()})
        plan[entry.member] = keys[key_id]
    return plan
