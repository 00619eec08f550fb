"""Who is working here: name and function of a professional. On the welcome page of a new workspace
(IdentityForm) and as a dialog for a second professional (IdentityDialog). The professional made is also
their own reviewer, so "Ik annoteer als" can choose them at once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.services import people
from kijkwijzer.services.context import Context
from kijkwijzer.services.people import ProfessionalView, ReviewerView

from . import labels
from .dialog_base import IntakeDialog, form_row


def function_box(parent: QWidget, current: str = "") -> QComboBox:
    """The four functions of the field as suggestions; any other function can be typed."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(labels.functions())
    box.setCurrentText(current or labels.functions()[0])
    box.setMinimumWidth(220)
    return box


class IdentityForm(QWidget):
    """Name and function; `create(ctx)` makes the professional and their reviewer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identityForm")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(self)
        self.name.setObjectName("identityName")
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Sanne de Vries"))
        self.name.setMinimumWidth(260)
        self.function = function_box(self)
        self.function.setObjectName("identityFunction")
        form_row(form, self.tr("&Naam"), self.name)
        form_row(form, self.tr("&Functie"), self.function)
        self.setTabOrder(self.name, self.function)

    def create(self, ctx: Context) -> tuple[ProfessionalView, ReviewerView]:
        name, function = self.name.text().strip(), self.function.currentText().strip()
        if not name:
            self.name.setFocus()
            raise BadInput("Vul uw naam in.", "Fill in your name.")
        if not function:
            raise BadInput("Vul uw functie in.", "Fill in your function.")
        return people.add_professional(ctx, name, function)


class IdentityDialog(IntakeDialog):
    """A professional who is not in this workspace yet (team mode, a colleague's laptop)."""

    identified = Signal(object, object)  # ProfessionalView, ReviewerView

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, new=True, ok_text=self.tr("&Toevoegen"))
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Professional toevoegen"))
        intro = QLabel(self.tr("Wie neemt gesprekken op en reflecteert erop? U wordt ook kijker van uw eigen "
                               "opnamen."), self)
        intro.setWordWrap(True)
        self.form = IdentityForm(self)
        self.body.addWidget(intro)
        self.body.addWidget(self.form)
        self.finish_layout()
        self.form.name.setFocus()

    def typed(self) -> bool:
        return bool(self.form.name.text().strip())

    def create(self) -> object | None:
        try:
            made = self.form.create(self.ctx)
        except KijkwijzerError as error:
            self.show_error(error)
            return None
        self.identified.emit(*made)
        return made
