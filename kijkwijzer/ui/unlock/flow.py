"""What the window does with a workspace's encryption before it shows the workspace (called by app.py):
unlock it (quietly from KIJKWIJZER_PASSPHRASE or the system keyring, else the passphrase dialog), make a new
one encrypted (the choose-a-passphrase dialog): both in asking.py; and offer an older, plain one the one-time
encryption.
Annuleren in a passphrase dialog means: do not open this workspace (at start: quit).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kijkwijzer.crypto import workspace_key
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import workspace_upgrade
from kijkwijzer.services.context import Context
from kijkwijzer.services.open_workspace import open_context

from ..i18n import current_lang
from .asking import accepted as _accepted
from .asking import ready, unlock
from .passphrase_dialogs import NewPassphraseDialog
from .upgrade_progress import UpgradeProgress

__all__ = ["offer_upgrade", "ready", "unlock"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkspaceUnlock", text)


def offer_upgrade(ctx: Context, parent: QWidget | None = None) -> Context:
    """For a workspace that is (partly) still plain: ask to encrypt it now. Returns the context to go on with
    (a new one after the upgrade; the same one when the user said later or cancelled)."""
    workspace = ctx.workspace
    if not workspace_upgrade.needed(ctx):
        return ctx
    state = workspace_key.state(workspace)
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Werkmap versleutelen"), "", QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName("upgradeOffer")
    if state == "plain":
        box.setText(_tr("Deze werkmap is gemaakt met een oudere versie van Kijkwijzer en is nog niet versleuteld: "
                        "wie deze computer of een kopie van de map in handen krijgt, kan de opnamen en namen lezen."))
        box.setInformativeText(_tr("Nu versleutelen? Dat gebeurt één keer en kan even duren; u kunt het "
                                   "onderbreken en later afmaken."))
    else:
        box.setText(_tr("Het versleutelen van deze werkmap is nog niet af."))
        box.setInformativeText(_tr("Nu afmaken?"))
    now = box.addButton(_tr("Nu &versleutelen"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.exec()
    chosen = box.clickedButton() is now
    box.deleteLater()
    if not chosen:
        return ctx
    if state == "plain":
        if not _accepted(NewPassphraseDialog(workspace, parent, upgrade=True)):
            return ctx
    elif workspace.key_file is not None and workspace.key_file.exists() and not unlock(workspace, parent):
        return ctx
    ctx.store.dispose()  # the database file is swapped: nobody may hold it open
    progress = UpgradeProgress(workspace, ctx.actor, parent)
    progress.exec()
    error = progress.error
    progress.deleteLater()
    reopened = open_context(workspace, ctx.actor)
    if error is not None:
        text = error.message(current_lang()) if isinstance(error, KijkwijzerError) else str(error)
        QMessageBox.warning(parent, _tr("Werkmap versleutelen"), text)
    return reopened
