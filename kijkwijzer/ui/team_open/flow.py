"""The two ways into the team dialog: Bestand > Teamdatabase openen… (the window then switches to the team
database), and at start, when the database of a `--db URL` without a password refused the login (the dialog
then opens filled in from the URL, with the refusal said in it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from kijkwijzer.errors import KijkwijzerError, StoreError
from kijkwijzer.services import team_connection
from kijkwijzer.services.context import Context
from kijkwijzer.workspace import Workspace

from ..i18n import current_lang
from .connect_dialog import TeamConnectDialog


def _run(dialog: TeamConnectDialog) -> Context | None:
    """The dialog, modal; the context it opened, or None when the user cancelled."""
    try:
        return dialog.opened if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def open_team_database(parent: QWidget, on_opened: Callable[[Context], object]) -> None:
    """Bestand > Teamdatabase openen…: once signed in, `on_opened` shows the team database (app.RunningApp)."""
    ctx = _run(TeamConnectDialog(parent))
    if ctx is not None:
        on_opened(ctx)


def signs_in_instead(workspace: Workspace, error: KijkwijzerError) -> bool:
    """At start: a team database given without a password refused (or could not be reached): ask in the dialog
    instead of quitting with a message."""
    return (isinstance(error, StoreError) and team_connection.address_of(workspace) is not None
            and not team_connection.password_given(workspace))


def sign_in_at_start(workspace: Workspace, error: KijkwijzerError) -> Context | None:
    """The dialog filled in from the start URL, the refusal shown; the opened context, or None (Annuleren)."""
    address = team_connection.address_of(workspace)
    shown = team_connection.explained(error, address) if address is not None else error
    text = shown.message(current_lang()) if isinstance(shown, KijkwijzerError) else str(shown)
    return _run(TeamConnectDialog(None, address=address, error=text))
