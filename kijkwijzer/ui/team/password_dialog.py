"""A login's password in a team database, typed twice: a member changes their own ("Mijn wachtwoord
wijzigen…", and Bestand > Wachtwoord wijzigen… in team mode, where no workspace passphrase exists), the
administrator sets a member's (a forgotten one). The server keeps only a SCRAM verifier (services/team_members)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kijkwijzer.services import team_members
from kijkwijzer.services.context import Context

from .form_dialog import FormDialog, open_form


class LoginPasswordDialog(FormDialog):
    """Accepted once the server holds the new password; `reviewer_id` None: the login's own."""

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, reviewer_id: int | None = None,
                 whose: str = "") -> None:
        super().__init__(parent, self.tr("&Wijzigen"))
        self.setObjectName("loginPasswordDialog")
        self.ctx = ctx
        self.reviewer_id = reviewer_id
        login = ctx.team.login if ctx.team is not None else ""
        if reviewer_id is None:
            self.setWindowTitle(self.tr("Mijn wachtwoord wijzigen"))
            self.intro(self.tr("Een nieuw wachtwoord voor uw login {login} in de teamdatabase. Vanaf nu meldt u zich "
                               "daarmee aan.").format(login=login))
        else:
            self.setWindowTitle(self.tr("Wachtwoord instellen"))
            self.intro(self.tr("Een nieuw wachtwoord voor {name}. Geef het {name} op een veilige manier door; het "
                               "oude werkt niet meer.").format(name=whose))
        self.intro(self.tr("Minstens {n} tekens.").format(n=team_members.MIN_PASSWORD)).setObjectName("passwordRule")
        self.password = self.password_field(self.tr("&Nieuw wachtwoord:"), "newPassword")
        self.again = self.password_field(self.tr("N&og een keer:"), "newPasswordAgain")
        self.finish(440)
        self.password.setFocus()

    def attempt(self) -> bool:
        if self.password.text() != self.again.text():
            self.show_error(self.tr("De twee wachtwoorden zijn niet gelijk."))
            self.again.clear()
            self.again.setFocus()
            return False
        team_members.set_password(self.ctx, self.password.text(), self.reviewer_id)
        return True


def change_login_password(ctx: Context, parent: QWidget, say=None) -> LoginPasswordDialog:
    """The menu action in team mode: the login's own password; `say` gets the line for the status bar."""
    dialog = LoginPasswordDialog(ctx, parent)
    done = QCoreApplication.translate("LoginPasswordDialog",
                                      "Uw wachtwoord is gewijzigd; gebruik het vanaf nu bij het aanmelden.")
    return open_form(dialog, (lambda: say(done)) if say is not None else None)  # type: ignore[return-value]
