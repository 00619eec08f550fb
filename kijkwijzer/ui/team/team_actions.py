"""The window's team actions: Bestand > Team en leergroepen… opens the team dialog; in team mode Bestand >
Wachtwoord wijzigen… changes the password of the database login (a team database has no workspace passphrase;
a single-user workspace keeps its passphrase dialog)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from .password_dialog import change_login_password
from .team_dialog import open_team_dialog

if TYPE_CHECKING:
    from ..window_api import Workbench


class TeamActions:
    def __init__(self, window: Workbench) -> None:
        self.window = window
        self.dialog: QDialog | None = None  # the last dialog opened here

    def handlers(self) -> dict[str, Callable[..., object]]:
        made: dict[str, Callable[..., object]] = {"team": self.open_team}
        if self.window.chosen.base.team is not None:
            made["change_passphrase"] = self.change_password
        return made

    def open_team(self) -> QDialog:
        self.dialog = open_team_dialog(self.window.ctx, self.window.widget)
        return self.dialog

    def change_password(self) -> QDialog:
        self.dialog = change_login_password(self.window.ctx, self.window.widget, self.window.show_message)
        return self.dialog
