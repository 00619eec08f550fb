"""Teamlid toevoegen (the administrator only): a person gets their own login to the team database, with a
password typed twice or signing in with a client certificate, and the role that says what they see. A reviewer
already in the workspace can get the login instead of a new person (their annotations stay theirs). Nothing is
made until the server has accepted all of it (services/team_members.add_member, one transaction)."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from kijkwijzer.domain.vocabulary import ROLES
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import people, team_members
from kijkwijzer.services.context import Context
from kijkwijzer.services.people import ReviewerView

from ..intake.identity_dialog import function_box
from ..review.annotation_table import role_labels
from .form_dialog import FormDialog


def suggest_login(name: str) -> str:
    """'Anna de Vries' -> 'anna_de_vries': what a login may hold (lower-case letters, digits, _)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    login = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    login = re.sub(r"^[^a-z]+", "", login)
    return login[:63]


def reviewers_without_login(ctx: Context) -> list[ReviewerView]:
    """Reviewers of the workspace who have no login yet (e.g. from before it was a team database)."""
    with_login = {m.reviewer.id for m in team_members.list_members(ctx)}
    return [r for r in people.list_reviewers(ctx) if r.id not in with_login]


class AddMemberDialog(FormDialog):
    """Accepted once the login exists; `added` is then (ReviewerView, login)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("&Toevoegen"))
        self.setObjectName("addMemberDialog")
        self.setWindowTitle(self.tr("Teamlid toevoegen"))
        self.ctx = ctx
        self.added: tuple[ReviewerView, str] | None = None
        self._login_typed = False
        self.intro(self.tr("Iedereen in het team meldt zich aan met een eigen login. Wat iemand ziet, volgt uit de "
                           "rol en uit de toestemming van de cliënt."))
        self.who = QComboBox(self)
        self.who.setObjectName("memberWho")
        self.who.addItem(self.tr("iemand nieuws"), None)
        try:
            existing = reviewers_without_login(ctx)
        except KijkwijzerError as error:
            self.show_error(error)
            existing = []
        labels = role_labels()
        for reviewer in existing:
            self.who.addItem(f"{reviewer.name} ({labels.get(reviewer.role, reviewer.role)})", reviewer)
        who_label = self.row(self.tr("Bestaande &kijker:"), self.who)
        who_label.setVisible(bool(existing))
        self.who.setVisible(bool(existing))
        self.name = QLineEdit(self)
        self.name.setObjectName("memberName")
        self.row(self.tr("&Naam:"), self.name)
        self.role = QComboBox(self)
        self.role.setObjectName("memberRole")
        for role in ROLES:
            self.role.addItem(labels.get(role, role), role)
        self.row(self.tr("&Rol:"), self.role)
        self.function = function_box(self)
        self.function.setObjectName("memberFunction")
        self.function_label = self.row(self.tr("&Functie:"), self.function)
        self.login = QLineEdit(self)
        self.login.setObjectName("memberLogin")
        self.login.setPlaceholderText(self.tr("bijv. anna_de_vries"))
        self.login.setToolTip(self.tr("Kleine letters, cijfers en _, begint met een letter."))
        self.row(self.tr("&Login:"), self.login)
        self._sign_in_choice()
        self.password = self.password_field(self.tr("&Wachtwoord:"), "memberPassword")
        self.again = self.password_field(self.tr("N&og een keer:"), "memberPasswordAgain")
        self.rule = self.tr("Minstens {n} tekens.").format(n=team_members.MIN_PASSWORD)
        self.password.setPlaceholderText(self.rule)
        self.finish(520)
        self.name.textEdited.connect(self._suggest)
        self.login.textEdited.connect(lambda _t: setattr(self, "_login_typed", True))
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.who.currentIndexChanged.connect(lambda _i: self._who_changed())
        self._role_changed()
        self.name.setFocus()

    def _sign_in_choice(self) -> None:
        row = QHBoxLayout()
        self.with_password = QRadioButton(self.tr("met een wachtwoor&d"), self)
        self.with_password.setObjectName("withPassword")
        self.with_certificate = QRadioButton(self.tr("met een &certificaat (geen wachtwoord)"), self)
        self.with_certificate.setObjectName("withCertificate")
        self.with_certificate.setToolTip(self.tr("Deze persoon meldt zich aan met een clientcertificaat; de "
                                                 "databaseserver moet daarvoor zijn ingericht."))
        group = QButtonGroup(self)
        for button in (self.with_password, self.with_certificate):
            group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.with_password.setChecked(True)
        self.with_password.toggled.connect(self._sign_in_changed)
        holder = QWidget(self)
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.row(self.tr("Aanmelden:"), holder)

    # --- the form following itself ----------------------------------------------------------------------
    def _suggest(self, name: str) -> None:
        if not self._login_typed:
            self.login.setText(suggest_login(name))

    def _role_changed(self) -> None:
        professional = self.role.currentData() == "professional" and self.who.currentData() is None
        self.function.setVisible(professional)
        self.function_label.setVisible(professional)

    def _who_changed(self) -> None:
        reviewer: ReviewerView | None = self.who.currentData()
        self.name.setEnabled(reviewer is None)
        self.role.setEnabled(reviewer is None)
        if reviewer is not None:
            self.name.setText(reviewer.name)
            self.role.setCurrentIndex(max(self.role.findData(reviewer.role), 0))
            self._suggest(reviewer.name)
        self._role_changed()

    def _sign_in_changed(self, with_password: bool) -> None:
        for field in (self.password, self.again):
            field.setEnabled(with_password)
            if not with_password:
                field.clear()

    # --- doing it ---------------------------------------------------------------------------------------
    def attempt(self) -> bool:
        password: str | None = None
        if self.with_password.isChecked():
            password = self.password.text()
            if password != self.again.text():
                self.show_error(self.tr("De twee wachtwoorden zijn niet gelijk."))
                self.again.clear()
                self.again.setFocus()
                return False
        existing: ReviewerView | None = self.who.currentData()
        login = self.login.text().strip()
        view = team_members.add_member(
            self.ctx, login, self.name.text(), str(self.role.currentData()), password=password,
            function=self.function.currentText().strip(), reviewer_id=existing.id if existing is not None else None)
        self.added = (view, login)
        return True
