"""Bestand > Wachtwoord wijzigen…: the same workspace key wrapped under a new passphrase (nothing is
re-encrypted). The current passphrase is asked first; the new one twice, under the same rule and warning as
at creation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kijkwijzer.crypto import workspace_key
from kijkwijzer.workspace import Workspace

from .passphrase_dialogs import WARNING_STYLE, _PassphraseDialog


class ChangePassphraseDialog(_PassphraseDialog):
    """Accepted once the key file holds the new wrapping."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent, self.tr("&Wijzigen"))
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Wachtwoord wijzigen"))
        self.has_passphrase = workspace_key.read(workspace).has_passphrase
        self.place(self.tr("Een nieuw wachtwoord voor de werkmap <b>{name}</b>. De gegevens blijven zoals ze zijn; "
                           "alleen de sleutel wordt opnieuw ingepakt.")
                   .format(name=workspace_key.workspace_name(workspace)))
        self.remember.hide()  # the keyring keeps the key itself, not the passphrase: nothing changes there
        self.keyring = False
        warning = QLabel(self.tr("Let op: bent u het nieuwe wachtwoord kwijt, dan zijn de gegevens in deze werkmap "
                                 "verloren."), self)
        warning.setObjectName("lossWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        self.body.addWidget(warning)
        self.current = self.field(self.tr("&Huidig wachtwoord:"), "currentPassphrase")
        self.current.setVisible(self.has_passphrase)
        self.form.labelForField(self.current).setVisible(self.has_passphrase)
        self.passphrase = self.field(self.tr("&Nieuw wachtwoord:"), "passphrase")
        self.repeat = self.field(self.tr("N&og een keer:"), "passphraseAgain")
        self.finish()
        (self.current if self.has_passphrase else self.passphrase).setFocus()

    def attempt(self) -> bool:
        new = self.passphrase.text()
        if new != self.repeat.text():
            self.show_error(self.tr("De twee nieuwe wachtwoorden zijn niet gelijk."))
            return False
        old = self.current.text() if self.has_passphrase else None
        try:
            workspace_key.change_passphrase(self.workspace, new, old=old)
        except workspace_key.WrongPassphrase as error:
            self.show_error(error)
            self.current.clear()
            self.current.setFocus()
            return False
        return True


def change_passphrase(parent: QWidget, workspace: Workspace) -> bool:
    """The menu action: the dialog for an encrypted workspace, a short word for any other."""
    state = workspace_key.state(workspace)
    if state not in ("encrypted", "unfinished"):
        text = (QCoreApplication.translate("ChangePassphraseDialog", "Een teamwerkmap heeft geen wachtwoord van Kijkwijzer.")
                if state == "team" else QCoreApplication.translate(
                    "ChangePassphraseDialog", "Deze werkmap is nog niet versleuteld; Kijkwijzer biedt dat aan bij het openen."))
        QMessageBox.information(parent, QCoreApplication.translate("ChangePassphraseDialog", "Wachtwoord wijzigen"), text)
        return False
    dialog = ChangePassphraseDialog(workspace, parent)
    try:
        return dialog.exec() == ChangePassphraseDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
