"""The backup passphrase dialog: choosing one for a new backup (typed twice, at least 10 characters, with the
warning that a lost passphrase means a useless backup), or entering it to restore one (checked at once, so a
typo is asked again instead of failing after the restore has started)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services.exchange.backup import MIN_PASSPHRASE

from ..i18n import current_lang


class BackupPassphraseDialog(QDialog):
    """`choosing=True`: a new passphrase, typed twice; otherwise the passphrase of an existing backup,
    which `verify(passphrase)` checks before the dialog closes (raising a KijkwijzerError saying why)."""

    def __init__(self, parent: QWidget | None, *, choosing: bool,
                 verify: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupPassphraseDialog")
        self.choosing, self._verify = choosing, verify
        self.setWindowTitle(self.tr("Wachtwoord voor de back-up") if choosing
                            else self.tr("Wachtwoord van de back-up"))
        intro = QLabel(self.tr(
            "De back-up wordt versleuteld met een wachtwoord dat u nu kiest. Zonder dat wachtwoord kan niemand "
            "hem openen, ook u niet.") if choosing else self.tr(
            "Deze back-up is versleuteld. Geef het wachtwoord dat bij het maken is gekozen."), self)
        intro.setWordWrap(True)
        self.first = self._field("passphraseField")
        self.second = self._field("passphraseAgainField")
        form = QFormLayout()
        first_label = QLabel(self.tr("&Wachtwoord:"), self)
        first_label.setBuddy(self.first)
        form.addRow(first_label, self.first)
        if choosing:
            second_label = QLabel(self.tr("&Nog een keer:"), self)
            second_label.setBuddy(self.second)
            form.addRow(second_label, self.second)
        else:
            self.second.hide()
        self.show_text = QCheckBox(self.tr("Wachtwoord &tonen"), self)
        self.show_text.setObjectName("showPassphrase")
        self.show_text.toggled.connect(self._show_toggled)
        form.addRow("", self.show_text)
        self.warning = QLabel(self.tr(
            "Let op: wie dit wachtwoord kwijtraakt, kan de back-up nooit meer terugzetten. Niemand kan het "
            "herstellen; bewaar het op een veilige plek, apart van de back-up."), self)
        self.warning.setObjectName("passphraseWarning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(choosing)
        self.message = QLabel(self)
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("passphraseOk")
        self.ok_button.setText(self.tr("&Versleutelen") if choosing else self.tr("&Openen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.setMinimumWidth(440)
        self._update()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    @property
    def passphrase(self) -> str:
        return self.first.text()

    def _show_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _problem(self) -> str:
        text = self.first.text()
        if not self.choosing:
            return "" if text else self.tr("Typ het wachtwoord.")
        if len(text) < MIN_PASSPHRASE:
            missing = MIN_PASSPHRASE - len(text)
            return self.tr("Een wachtwoord heeft minstens 10 tekens; nog %n te gaan.", "", missing)
        if self.second.text() != text:
            return self.tr("De twee wachtwoorden zijn nog niet gelijk.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.message.setText(problem)
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        if self._problem():
            return
        if self._verify is not None:
            try:
                self._verify(self.passphrase)
            except KijkwijzerError as error:
                self.first.clear()
                self.first.setFocus()
                self.message.setText(error.message(current_lang()))
                return
        super().accept()


def choose_passphrase(parent: QWidget | None) -> str | None:
    """A new backup passphrase, or None when the user cancels."""
    dialog = BackupPassphraseDialog(parent, choosing=True)
    try:
        return dialog.passphrase if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def enter_passphrase(parent: QWidget | None, verify: Callable[[str], None]) -> str | None:
    """The passphrase of an existing backup, checked by `verify`; None when the user cancels."""
    dialog = BackupPassphraseDialog(parent, choosing=False, verify=verify)
    try:
        return dialog.passphrase if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
