"""The client of a case: a generated pseudonym (the only name the rest of the window shows), optionally the
real name (seen only by the professional, each look written to the audit log), and a profile.

`ClientFields` is the new-client part of the case dialog; `ClientDialog` edits an existing client.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from kijkwijzer.services import people
from kijkwijzer.services.context import Context
from kijkwijzer.services.people import ClientView

from ..autosave import text_of
from .dialog_base import IntakeDialog, form_row

PRIVATE_NOTE = "color: #4b5563; font-size: 11px;"


def private_note(parent: QWidget) -> QLabel:
    note = QLabel(QCoreApplication.translate(
        "ClientDialog", "Alleen u als professional ziet de echte naam; overal elders staat het pseudoniem. "
        "Laat leeg als u hem niet nodig hebt."), parent)
    note.setObjectName("realNameNote")
    note.setWordWrap(True)
    note.setStyleSheet(PRIVATE_NOTE)
    return note


def profile_edit(parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(64)
    return edit


class ClientFields(QWidget):
    """A new client: the pseudonym is proposed and may still be changed; the real name is optional."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.pseudonym = QLineEdit(people.new_pseudonym(), self)
        self.pseudonym.setObjectName("clientPseudonym")
        self.pseudonym.setMaxLength(40)
        self.real_name = QLineEdit(self)
        self.real_name.setObjectName("clientRealName")
        self.real_name.setPlaceholderText(self.tr("optioneel"))
        self.profile = profile_edit(self)
        self.profile.setObjectName("clientProfile")
        self.profile.setPlaceholderText(self.tr("bijvoorbeeld: 45 jaar, alleenstaand, schulden, wil graag werken"))
        form_row(form, self.tr("Pse&udoniem"), self.pseudonym)
        form_row(form, self.tr("Ec&hte naam"), self.real_name)
        form.addRow("", private_note(self))
        form_row(form, self.tr("Cliënt&profiel"), self.profile)

    def typed(self) -> bool:
        return bool(self.real_name.text().strip() or self.profile.toPlainText().strip())

    def create(self, ctx: Context) -> ClientView:
        return people.add_client(ctx, pseudonym=self.pseudonym.text().strip() or None,
                                 real_name=self.real_name.text().strip() or None,
                                 profile=self.profile.toPlainText().strip())


class ClientDialog(IntakeDialog):
    """An existing client: real name and profile are stored as they are left; the pseudonym stays.
    "Cliënt wissen…" asks the intake flow to erase the client (ui/intake/client_erasure_dialog.py)."""

    erase_requested = Signal(int)  # client id

    def __init__(self, ctx: Context, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, new=False)
        self.setObjectName("clientDialog")
        self.client_id = client_id
        client: ClientView = people.get_client(ctx, client_id)
        self.setWindowTitle(self.tr("Cliënt {pseudonym}").format(pseudonym=client.pseudonym))
        holder = QWidget(self)
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        pseudonym = QLabel(client.pseudonym, holder)
        pseudonym.setObjectName("clientPseudonym")
        form.addRow(self.tr("Pseudoniem"), pseudonym)
        self.real_name = QLineEdit(holder)
        self.real_name.setObjectName("clientRealName")
        self.reveal = QPushButton(self.tr("&Tonen"), holder)
        self.reveal.setObjectName("revealRealName")
        self.reveal.setAutoDefault(False)
        self.reveal.setToolTip(self.tr("Laat de echte naam zien; dat wordt in het logboek vastgelegd."))
        self.reveal.clicked.connect(self.show_real_name)
        self.reveal.setVisible(client.has_real_name)
        if client.has_real_name:
            self.real_name.setPlaceholderText(self.tr("vastgelegd; typ om te vervangen"))
        else:
            self.real_name.setPlaceholderText(self.tr("optioneel"))
        row = QHBoxLayout()
        row.addWidget(self.real_name, 1)
        row.addWidget(self.reveal)
        label = QLabel(self.tr("Ec&hte naam"), holder)
        label.setBuddy(self.real_name)
        form.addRow(label, row)
        form.addRow("", private_note(holder))
        self.profile = profile_edit(holder)
        self.profile.setObjectName("clientProfile")
        self.profile.setPlainText(client.profile)
        form_row(form, self.tr("Cliënt&profiel"), self.profile)
        self.body.addWidget(holder)
        self.erase = QPushButton(self.tr("Cliënt &wissen…"), self)
        self.erase.setObjectName("eraseClient")
        self.erase.setAutoDefault(False)
        self.erase.setToolTip(self.tr("Op verzoek van de cliënt alles over deze cliënt onherroepelijk wissen; "
                                      "u ziet eerst wat er weggaat."))
        self.erase.clicked.connect(lambda: self.erase_requested.emit(self.client_id))
        self.buttons.addButton(self.erase, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.finish_layout()
        assert self.autosave is not None
        self.autosave.watch(self.real_name, "real_name")
        self.autosave.watch(self.profile, "profile")
        self.fit(520)

    def show_real_name(self) -> None:
        """Only the case's professional may; the service writes the audit row and refuses others."""
        found = self.run(people.client_real_name, self.ctx, self.client_id)
        if found is not None and self.autosave is not None:
            with self.autosave.loading():
                self.real_name.setText(str(found))
            self.reveal.setEnabled(False)

    def commit(self, keys: frozenset[str]) -> None:
        changes: dict[str, object] = {}
        if "real_name" in keys:
            changes["real_name"] = self.real_name.text().strip() or None
        if "profile" in keys:
            changes["profile"] = text_of(self.profile).strip()
        if changes:
            people.update_client(self.ctx, self.client_id, **changes)  # type: ignore[arg-type]
