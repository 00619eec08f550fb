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
from typing import TYPE_CHECKING

from . import workspace_key

if TYPE_CHECKING:
    from kijkwijzer.workspace import Workspace

log = logging.getLogger(__name__)


def begin(workspace: Workspace) -> None:
    """Start unlocking `workspace` quietly, when it is an encrypted one (not new, plain or a team database); else
    do nothing. Never raises: whatever goes wrong here, the window's own unlock meets and says."""
    try:
        if workspace_key.state(workspace) == "encrypted":
            workspace_key.unlock_in_background(workspace)
    except Exception as error:  # noqa: BLE001 - a head start only
        log.info("no early unlock of %s: %r", workspace.root, error)
