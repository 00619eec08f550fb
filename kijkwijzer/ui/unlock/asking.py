"""Asking for a workspace's passphrase when no quiet source has its key: the unlock dialog for an encrypted
workspace, the choose-a-passphrase dialog for a new one (flow.py's `ready` and `unlock`, which app.py calls).

Only Qt, the key and the dialogs here, no SQLAlchemy and no services: at start the dialog comes up before the
workbench's modules are loaded, and those load while the user types (at_start.py).
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QDialog, QWidget

from kijkwijzer.crypto import workspace_key
from kijkwijzer.workspace import Workspace

from ..i18n import current_lang
from .passphrase_dialogs import NewPassphraseDialog, UnlockDialog


def accepted(dialog: QDialog) -> bool:
    """Run a dialog modally, then let it go; True when the user went through with it."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def ready(workspace: Workspace, parent: QWidget | None = None) -> bool:
    """True when the workspace can be opened now: unlocked, plain, a team database, or just made encrypted.
    False when the user cancelled a passphrase dialog."""
    state = workspace_key.state(workspace)
    if state == "new":
        workspace.ensure()  # a file or an unwritable place is refused (StoreError) before a passphrase is asked
        env = os.environ.get(workspace_key.PASSPHRASE_ENV)
        if env:  # scripts and tests: the same rule as typed passphrases
            workspace_key.create(workspace, env)
            return True
        return accepted(NewPassphraseDialog(workspace, parent))
    if state != "encrypted":
        return True
    return unlock(workspace, parent)


def unlock(workspace: Workspace, parent: QWidget | None = None) -> bool:
    """The key of an encrypted workspace, asked only when no quiet source has it."""
    error = ""
    try:
        if workspace_key.unlock_quietly(workspace) is not None:
            return True
    except workspace_key.WrongPassphrase as wrong:
        error = wrong.message(current_lang())
    return accepted(UnlockDialog(workspace, parent, error))
