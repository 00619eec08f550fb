"""Every media file of a workspace with the content key it is (or is to be) sealed with: what the one-time
upgrade of an older, plain workspace seals file by file (`kijkwijzer.crypto.sealed.seal_file_in_place`).

Vault files and report stills use the recording's key `media:<sha256>`, annotation stills and waveform caches
too; a signed consent form uses `form:<name>`. The vault file and the form come with the SHA-256 their
plaintext must have (both are named by it), so the upgrade can verify the sealed copy before the swap.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.store.models import Annotation, Consent, Recording
from kijkwijzer.workspace import Workspace

from .content_keys import form_key_id, media_key_id

Target = tuple[Path, str, str | None]  # (file, key id, expected SHA-256 of its plaintext or None)
_CACHE_NAME = re.compile(r"([0-9a-f]{64})[.-].+")
_FORM_NAME = re.compile(r"([0-9a-f]{64})(\.[a-z0-9]{1,8})?")


def sealed_targets(session: Session, workspace: Workspace) -> list[Target]:
    """Every existing media file the rows of this workspace refer to, with its key id: vault files, annotation
    stills, waveform and report caches (`<sha256>.<rate>.wave`, `<sha256>-verslag-<ms>.jpg`) and consent
    forms. Files already sealed are listed too (sealing them again is a no-op)."""
    targets: list[Target] = []
    recordings = dict(session.execute(select(Recording.sha256, Recording.vault_name).order_by(Recording.id)).all())
    for sha256, vault_name in recordings.items():
        path = workspace.vault_dir / vault_name
        if vault_name and Path(vault_name).name == vault_name and path.is_file():  # "": a text-only recording
            targets.append((path, media_key_id(sha256), sha256))
    stills = session.execute(
        select(Annotation.still_name, Recording.sha256)
        .join(Recording, Recording.id == Annotation.recording_id)
        .where(Annotation.still_name.is_not(None))
        .order_by(Annotation.id)
    ).all()
    seen: set[str] = set()
    for name, sha256 in stills:
        if name is None:  # (the query leaves these out; the column allows them)
            continue
        path = workspace.stills_dir / name
        if name not in seen and Path(name).name == name and path.is_file():
            seen.add(name)
            targets.append((path, media_key_id(sha256), None))
    if workspace.cache_dir.is_dir():
        for path in sorted(workspace.cache_dir.iterdir()):
            match = _CACHE_NAME.fullmatch(path.name)
            if match and match.group(1) in recordings and path.is_file():
                targets.append((path, media_key_id(match.group(1)), None))
    forms = session.scalars(select(Consent.form_name).where(Consent.form_name.is_not(None)).distinct())
    for name in sorted({form for form in forms if form is not None}):
        path = workspace.forms_dir / name
        match = _FORM_NAME.fullmatch(name)
        if Path(name).name == name and path.is_file():
            targets.append((path, form_key_id(name), match.group(1) if match else None))
    return targets
