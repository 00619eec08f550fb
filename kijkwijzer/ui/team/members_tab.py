"""Teamleden (team mode only): everyone with a login to the team database, their role and whether the login can
sign in. The administrator adds a member, removes one (after a confirmation that says the login goes and the
annotations stay) and sets a forgotten password; a member sees the list and changes their own password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import team_members
from kijkwijzer.services.context import Context
from kijkwijzer.services.team_members import MemberView

from ..review.annotation_table import role_labels
from .add_member_dialog import AddMemberDialog
from .form_dialog import open_form
from .password_dialog import LoginPasswordDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class MembersTab(QWidget):
    failed = Signal(object)  # KijkwijzerError: shown by the dialog
    done = Signal(str)  # what was done, one line (the dialog's message line)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersTab")
        self.ctx = ctx
        self.administrator = ctx.team is not None and ctx.team.administrator
        self.members: list[MemberView] = []
        self.dialog: QWidget | None = None  # the last small dialog opened here
        layout = QVBoxLayout(self)
        self.list = QTreeWidget(self)
        self.list.setObjectName("memberList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Naam"), self.tr("Rol"), self.tr("Login"), self.tr("Kan aanmelden")])
        self.list.setAlternatingRowColors(True)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        if self.administrator:
            self.add_button = self._button(self.tr("Teamlid &toevoegen…"), "addMemberButton", self.add_member, buttons)
            self.password_button = self._button(self.tr("Wachtwoord &instellen…"), "setPasswordButton",
                                                self.set_password, buttons)
            self.remove_button = self._button(self.tr("Teamlid &verwijderen…"), "removeMemberButton",
                                              self.remove_member, buttons)
        else:
            self._button(self.tr("Mijn &wachtwoord wijzigen…"), "myPasswordButton", self.change_my_password, buttons)
            note = QLabel(self.tr("Alleen de beheerder van de teamdatabase voegt teamleden toe of verwijdert ze."),
                          self)
            note.setObjectName("membersReadOnly")
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def _button(self, text: str, name: str, action: Callable[[], object], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: action())
        row.addWidget(button)
        return button

    # --- the list -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.selected()
        try:
            self.members = team_members.list_members(self.ctx)
        except KijkwijzerError as error:
            self.failed.emit(error)
            return
        labels = role_labels()
        yes, no = self.tr("ja"), self.tr("nee")
        self.list.clear()
        for member in self.members:
            reviewer = member.reviewer
            item = QTreeWidgetItem([reviewer.name, labels.get(reviewer.role, reviewer.role), member.login,
                                    yes if member.can_log_in else no])
            item.setData(0, ID_ROLE, reviewer.id)
            self.list.addTopLevelItem(item)
            if chosen is not None and chosen.reviewer.id == reviewer.id:
                self.list.setCurrentItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self._selection_changed()

    def selected(self) -> MemberView | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        reviewer_id = item.data(0, ID_ROLE)
        return next((m for m in self.members if m.reviewer.id == reviewer_id), None)

    def _selection_changed(self) -> None:
        if self.administrator:
            chosen = self.selected() is not None
            self.remove_button.setEnabled(chosen)
            self.password_button.setEnabled(chosen)

    # --- the administrator ----------------------------------------------------------------------------------
    def add_member(self) -> AddMemberDialog:
        dialog = AddMemberDialog(self.ctx, self)
        self.dialog = dialog

        def added() -> None:
            if dialog.added is not None:
                reviewer, login = dialog.added
                self.refresh()
                self.done.emit(self.tr("{name} is toegevoegd met de login {login}.").format(
                    name=reviewer.name, login=login))

        open_form(dialog, added)
        return dialog

    def remove_member(self) -> bool:
        member = self.selected()
        if member is None:
            return False
        name = member.reviewer.name
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Teamlid verwijderen"), self.tr(
            "{name} uit het team verwijderen? De login {login} wordt van de databaseserver verwijderd: {name} kan "
            "zich niet meer aanmelden. Wat {name} annoteerde, blijft bewaard.").format(name=name, login=member.login),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("removeMemberConfirmation")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Verwijderen"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        try:
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        finally:
            box.deleteLater()
        try:
            team_members.remove_member(self.ctx, member.reviewer.id)
        except KijkwijzerError as error:
            self.failed.emit(error)
            return False
        self.refresh()
        self.done.emit(self.tr("{name} is uit het team verwijderd; de login {login} bestaat niet meer.").format(
            name=name, login=member.login))
        return True

    def set_password(self) -> LoginPasswordDialog | None:
        member = self.selected()
        if member is None:
            return None
        dialog = LoginPasswordDialog(self.ctx, self, reviewer_id=member.reviewer.id, whose=member.reviewer.name)
        self.dialog = dialog
        name = member.reviewer.name
        open_form(dialog, lambda: self.done.emit(self.tr("Het wachtwoord van {name} is ingesteld.").format(name=name)))
        return dialog

    # --- a member -------------------------------------------------------------------------------------------
    def change_my_password(self) -> LoginPasswordDialog:
        dialog = LoginPasswordDialog(self.ctx, self)
        self.dialog = dialog
        open_form(dialog, lambda: self.done.emit(self.tr("Uw wachtwoord is gewijzigd.")))
        return dialog
