"""Where an export, report, consent form or backup may be written, and writing it whole or not at all.

Never onto or into the workspace's own files (the database and its -wal/-shm/-journal, the media folder with
the vault, stills and caches, the backups folder): `export --out kijkwijzer.db` once replaced the live
database. Always through a private temporary file beside the target that replaces it atomically; a killed
process leaves only that temporary file, which the next open erases (services/leftovers.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kijkwijzer.errors import BadInput, DiskFull, KijkwijzerError, NotFound
from kijkwijzer.services.leftovers import staged_outside
from kijkwijzer.workspace import Workspace


def cannot_write(out: Path, error: OSError) -> KijkwijzerError:
    reason = error.strerror or type(error).__name__
    if isinstance(error, OSError) and error.errno == 28:  # ENOSPC
        return DiskFull(f"De schijf is vol: {out} is niet geschreven.", f"The disk is full: {out} was not written.")
    return BadInput(f"Kan {out} niet schrijven: {reason}", f"Cannot write {out}: {reason}")


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_target(workspace: Workspace, out: Path) -> Path:
    """The target file, or BadInput when it is (inside) one of the workspace's own files or a folder;
    NotFound when its folder does not exist."""
    out = Path(out)
    resolved = out.resolve()
    files, folders = workspace.own_files()
    own = any(resolved == f for f in files) or any(_inside(resolved, folder) for folder in folders)
    if not own and out.exists():
        own = any(f.exists() and os.path.samefile(out, f) for f in files)
    if own:
        raise BadInput(
            f"{out} hoort bij de werkmap zelf (database, media of back-ups); kies een bestand daarbuiten. "
            "Er is niets geschreven.",
            f"{out} belongs to the workspace itself (database, media or backups); choose a file outside it. "
            "Nothing was written.",
        )
    if out.is_dir():
        raise BadInput(f"{out} is een map; geef een bestandsnaam.", f"{out} is a folder; give a file name.")
    if not out.parent.is_dir():
        raise NotFound(f"Map bestaat niet: {out.parent}", f"Folder does not exist: {out.parent}")
    return out


@contextmanager
def written(workspace: Workspace, out: Path) -> Iterator[Path]:
    """Check the target, then give a temporary path to write to; when the block ends without error, the
    temporary file replaces `out` (atomically). Write errors become one line (disk full, no permission)."""
    out = check_target(workspace, out)
    try:
        with staged_outside(workspace, out) as temporary:
            yield temporary
    except OSError as error:
        raise cannot_write(out, error) from error
