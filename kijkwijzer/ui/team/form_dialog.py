"""What the team's small dialogs share (a new member, a password): a form, an error line that says in the UI's
language why a service refused (the dialog stays open with what was typed; nothing was changed), and OK /
Annuleren. Window-modal and not blocking (`open()`), deleted when closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError

from ..i18n import current_lang

ERROR_STYLE = "color: #b42318;"


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, ok_text: str) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.body = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
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

    def intro(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    def row(self, text: str, field: QWidget) -> QLabel:
        """A row whose label carries the mnemonic (&) of its field."""
        label = QLabel(text, self)
        label.setBuddy(field)
        self.form.addRow(label, field)
        return label

    def password_field(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.row(text, edit)
        return edit

    def finish(self, width: int) -> None:
        """Call last: the form, the error line and the buttons."""
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(width)

    def show_error(self, error: KijkwijzerError | str) -> None:
        self.error.setText(error if isinstance(error, str) else error.message(current_lang()))
        self.error.setVisible(bool(self.error.text()))

    def attempt(self) -> bool:
        """Do the dialog's work; True when done (the dialog closes). A service's refusal is raised."""
        raise NotImplementedError

    def _ok(self) -> None:
        try:
            done = self.attempt()
        except KijkwijzerError as error:
            self.show_error(error)
            return
        if done:
            self.accept()


def open_form(dialog: FormDialog, on_done: Callable[[], object] | None = None) -> FormDialog:
    """Window-modal, not blocking; `on_done` runs once the dialog did its work."""
    if on_done is not None:
        dialog.accepted.connect(on_done)
    dialog.open()
    dialog.activateWindow()
    return dialog
