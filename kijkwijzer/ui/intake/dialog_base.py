"""What every intake dialog shares: a dialog for a NEW thing creates it on OK (Enter) and asks before
Esc throws typing away; a dialog for an EXISTING thing commits each field as it is left (Autosave, like
the panels) and only has Sluiten. Errors from the services are shown in the dialog, in the UI's language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services.context import Context

from ..autosave import Autosave, NotSaved
from ..i18n import current_lang

ERROR_STYLE = "color: #b42318;"


class EnterActs(QObject):
    """Enter in a one-line field does `action` instead of pressing the dialog's default button."""

    def __init__(self, widget: QWidget, action: Callable[[], object]) -> None:
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._action()
            return True
        return False


def form_row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    """A row whose label carries the mnemonic (&) of its field."""
    label = QLabel(text, form.parentWidget())
    label.setBuddy(field)
    form.addRow(label, field)
    return label


class IntakeDialog(QDialog):
    """`new`: OK runs `create()` (returns the made view, or None after showing why) and emits `created`.
    Otherwise `commit(keys)` stores the fields named by `autosave.watch`/`changed` as they are left."""

    created = Signal(object)

    def __init__(self, ctx: Context, parent: QWidget | None, *, new: bool, ok_text: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_new = new
        self.made: object | None = None
        self._warned = False
        self.error = QLabel(self)
        self.error.setObjectName("intakeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.saved_state = QLabel(self)
        self.saved_state.setObjectName("savedState")
        self.buttons = QDialogButtonBox(self)
        if new:
            self.ok_button = QPushButton(ok_text or self.tr("&Aanmaken"), self)
            self.ok_button.setObjectName("okButton")
            cancel = QPushButton(self.tr("&Annuleren"), self)
            cancel.setObjectName("cancelButton")
            self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
            self.autosave: Autosave | None = None
        else:
            self.ok_button = QPushButton(self.tr("&Sluiten"), self)
            self.ok_button.setObjectName("closeButton")
            self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.autosave = Autosave(self, self._commit_keys, self.saved_state)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)

    def finish_layout(self) -> None:
        """Call last: the error line and the buttons under the subclass's fields."""
        self.body.addStretch(1)
        self.body.addWidget(self.error)
        row = QVBoxLayout()
        row.addWidget(self.saved_state, alignment=Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.buttons)
        self.body.addLayout(row)
        self.saved_state.setVisible(not self.is_new)

    def fit(self, width: int) -> None:
        """As tall as the fields need, never taller than the screen (1280x720 included)."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        height = self.sizeHint().height()
        if screen is not None:
            height = min(height, screen.height() - 60)
        self.resize(width, height)

    # --- what a subclass provides -----------------------------------------------------------------------
    def create(self) -> object | None:
        raise NotImplementedError

    def commit(self, keys: frozenset[str]) -> None:
        """Store the fields named by `keys`; raise the service's error when it refuses."""
        raise NotImplementedError

    def typed(self) -> bool:
        """Whether a new dialog holds typing that Annuleren would throw away."""
        return False

    # --- behaviour --------------------------------------------------------------------------------------
    def show_error(self, error: KijkwijzerError | str) -> None:
        self.error.setText(error if isinstance(error, str) else error.message(current_lang()))
        self.error.setVisible(bool(self.error.text()))

    def run(self, fn: Callable[..., object], *args: object, **kwargs: object) -> object | None:
        """A service call whose refusal is shown in the dialog (None then)."""
        try:
            return fn(*args, **kwargs)
        except KijkwijzerError as error:
            self.show_error(error)
            return None

    def _commit_keys(self, keys: frozenset[str]) -> NotSaved | None:
        try:
            self.commit(keys)
        except KijkwijzerError as error:
            self.show_error(error)
            return NotSaved(error.message(current_lang()))
        self.show_error("")
        return None

    def _ok(self) -> None:
        if self.is_new:
            made = self.create()
            if made is None:
                return
            self.made = made
            self.accept()
            self.created.emit(made)
        elif self.autosave is not None and self.autosave.flush():
            self.accept()

    def reject(self) -> None:
        if self.autosave is not None and not self.autosave.flush() and not self._warned:
            self._warned = True  # what could not be stored stays on screen with the reason; Esc again leaves it
            self.show_error(self.error.text() + "\n" + self.tr("Nogmaals Esc sluit zonder dit op te slaan."))
            return
        if self.is_new and self.typed():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Wat u hier typte wordt niet bewaard. Toch sluiten?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


def open_dialog(dialog: QDialog) -> QDialog:
    """Window-modal, not blocking; deleted once closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    dialog.activateWindow()  # the keyboard goes to the dialog at once
    return dialog
