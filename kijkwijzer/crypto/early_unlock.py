"""Unlocking a workspace's key while the program is still loading (issue 16). At start the workbench needs the
key of the workspace it opens; the quiet sources (KIJKWIJZER_PASSPHRASE: Argon2id over 64 MiB, ~0.13 s, in C
without the GIL; the OS keyring: a D-Bus round trip) are asked in a thread of their own, begun by launch.py before
SQLAlchemy, Qt and the window's modules are imported, so the two overlap instead of following each other.

What the thread unlocks lands in workspace_key's process cache; workspace_key.unlock_quietly waits for it before it
looks, and an unlock that failed there (a wrong passphrase, no keyring) is simply tried again in the calling
thread, which says why the normal way.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from kijkwijzer.workspace import DB_FILE, default_root

from . import workspace_key

log = logging.getLogger(__name__)


def folder_in_arguments(argv: Sequence[str]) -> Path | None:
    """The workspace folder a start opens, as app.parse_args and Workspace.choose decide it: `WERKMAP`, else
    `--workspace MAP` (or `--workspace=MAP`), else the default workspace; None for a team database (`--db`)."""
    named: str | None = None
    option: str | None = None
    args = iter(argv)
    for arg in args:
        if arg == "--db" or arg.startswith("--db="):
            return None
        if arg == "--workspace":
            option = next(args, None)
        elif arg.startswith("--workspace="):
            option = arg.split("=", 1)[1]
        elif arg in ("--lang", "--media", "--recording"):
            next(args, None)  # their value is not a folder
        elif not arg.startswith("-"):
            named = arg
    folder = named or option
    return Path(folder) if folder else default_root()


def begin(folder: Path) -> None:
    """Start unlocking the workspace in `folder` quietly, when it is an encrypted one; else do nothing. Never
    raises: whatever goes wrong here, the window's own unlock meets and says."""
    try:
        db = Path(folder).resolve() / DB_FILE
        if workspace_key.state(db) == "encrypted":
            workspace_key.unlock_in_background(db)
    except Exception as error:  # noqa: BLE001 - a head start only
        log.info("no early unlock of %s: %r", folder, error)
