"""The two passphrase dialogs shown before the main window: unlocking an encrypted workspace (a wrong
passphrase is said in the dialog, which stays open for another try; Annuleren quits), and choosing the
passphrase of a new workspace or of an older one about to be encrypted (twice, with the rule and the warning
that a lost passphrase means lost data). "Onthoud in de sleutelbos van het systeem" is offered only when a
real system keyring works.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.crypto import workspace_key
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.workspace import Workspace

from ..i18n import current_lang

ERROR_STYLE = "color: #b42318;"
WARNING_STYLE = "color: #8a3c00; font-weight: bold;"


class _PassphraseDialog(QDialog):
    """What both dialogs share: the workspace named, an error line, the keyring box, OK and Annuleren."""

    def __init__(self, workspace: Workspace, parent: QWidget | None, ok_text: str) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.body = QVBoxLayout(self)
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.remember = QCheckBox(self.tr("Ont&houd in de sleutelbos van het systeem"), self)
        self.remember.setObjectName("rememberInKeyring")
        self.remember.setToolTip(self.tr("Dan vraagt Kijkwijzer op deze computer niet meer om het wachtwoord."))
        self.keyring = workspace_key.keyring_available()
        self.remember.setVisible(self.keyring)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(ok_text, self)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        cancel = QPushButton(self.tr("&Annuleren"), self)
        cancel.setObjectName("cancelButton")
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)

    def place(self, intro: str) -> None:
        text = QLabel(intro, self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(text)
        folder = QLabel(str(self.workspace.root), self)
        folder.setObjectName("workspaceFolder")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(folder)

    def finish(self) -> None:
        self.body.addLayout(self.form)
        self.body.addWidget(self.remember)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def field(self, label: str, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        caption = QLabel(label, self)
        caption.setBuddy(edit)
        self.form.addRow(caption, edit)
        return edit

    @property
    def wants_keyring(self) -> bool:
        return self.keyring and self.remember.isChecked()

    def show_error(self, error: KijkwijzerError | str) -> None:
        self.error.setText(error if isinstance(error, str) else error.message(current_lang()))
        self.error.setVisible(bool(self.error.text()))
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped texts need at the dialog's width: a top-level dialog takes its height from the
        texts' one-line size, which cut off the second line of the intro and of an error (seen at 1280x720)."""
        self.body.activate()
        needed = self.body.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _ok(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # Argon2: a fifth of a second
        try:
            done = self.attempt()
        except KijkwijzerError as error:
            self.show_error(error)
            done = False
        finally:
            QGuiApplication.restoreOverrideCursor()
        if done:
            self.accept()

    def attempt(self) -> bool:
        raise NotImplementedError


class UnlockDialog(_PassphraseDialog):
    """The passphrase of an encrypted workspace; accepted once it opened the key."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, error: str = "") -> None:
        super().__init__(workspace, parent, self.tr("&Ontgrendelen"))
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Werkmap ontgrendelen"))
        self.place(self.tr("De werkmap <b>{name}</b> is versleuteld. Geef het wachtwoord om haar te openen.")
                   .format(name=workspace_key.workspace_name(workspace)))
        self.passphrase = self.field(self.tr("&Wachtwoord:"), "passphrase")
        self.finish()
        self.show_error(error)
        self.passphrase.setFocus()

    def attempt(self) -> bool:
        text = self.passphrase.text()
        if not text:
            self.show_error(self.tr("Geef het wachtwoord van deze werkmap."))
            return False
        try:
            workspace_key.unlock(self.workspace, text, remember=self.wants_keyring)
        except workspace_key.WrongPassphrase as error:
            self.show_error(error)
            self.passphrase.clear()
            self.passphrase.setFocus()
            return False
        return True


class NewPassphraseDialog(_PassphraseDialog):
    """Choose the passphrase: of a new workspace, or (`upgrade`) of an older one about to be encrypted.
    Accepted once the key file is written."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, upgrade: bool = False) -> None:
        super().__init__(workspace, parent, self.tr("&Versleutelen") if upgrade else self.tr("Aan&maken"))
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(self.tr("Werkmap versleutelen") if upgrade else self.tr("Nieuwe werkmap"))
        name = workspace_key.workspace_name(workspace)
        self.place(self.tr("Kijkwijzer versleutelt alles in de werkmap <b>{name}</b>. Kies een wachtwoord; "
                           "u geeft het bij elke start.").format(name=name))
        rule = QLabel(self.tr("Minstens {n} tekens, en niet de naam van de werkmap.")
                      .format(n=workspace_key.MIN_PASSPHRASE), self)
        rule.setObjectName("passphraseRule")
        self.body.addWidget(rule)
        warning = QLabel(self.tr("Let op: bent u het wachtwoord kwijt, dan zijn de gegevens in deze werkmap "
                                 "verloren. Niemand kan ze terughalen, ook de makers van Kijkwijzer niet. "
                                 "Bewaar het wachtwoord op een veilige plek."), self)
        warning.setObjectName("lossWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        self.body.addWidget(warning)
        self.passphrase = self.field(self.tr("&Wachtwoord:"), "passphrase")
        self.repeat = self.field(self.tr("&Nog een keer:"), "passphraseAgain")
        self.finish()
        self.passphrase.setFocus()

    def attempt(self) -> bool:
        text = self.passphrase.text()
        workspace_key.check_new_passphrase(text, workspace_key.workspace_name(self.workspace))
        if self.repeat.text() != text:
            self.show_error(self.tr("De twee wachtwoorden zijn niet gelijk."))
            self.repeat.clear()
            self.repeat.setFocus()
            return False
        workspace_key.create(self.workspace, text, remember=self.wants_keyring)
        return True
