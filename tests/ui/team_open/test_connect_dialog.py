"""Bestand > Teamdatabase openen… from a new, empty workspace, against the suite's real PostgreSQL server: a member's
login and password open the team database and the window then acts as that member; a wrong password is said in
the dialog (in the UI language), which stays open with everything filled in, and nothing switches; a server that
does not answer never freezes the window; the address (never the password) is filled in again next time, the
password only from the system keyring and only when asked; a start with `--db URL` without a password asks here
instead of quitting."""

from __future__ import annotations

import socket
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QPushButton

from kijkwijzer.services import team_connection
from kijkwijzer.ui import i18n, shortcuts
from kijkwijzer.ui.team_open.connect_dialog import TeamConnectDialog
from tests.support import fake_keyring
from tests.support.app_start import leave_the_collector_alone
from tests.support.team import PASSWORD
from tests.ui.team_open.fixtures import fill, when_modal

pytestmark = pytest.mark.postgres
WRONG = "niet-het-wachtwoord"


def _from_the_file_menu(running, act) -> None:
    """Bestand > Teamdatabase openen…, with `act` done in the dialog; returns once the dialog is gone."""
    when_modal(TeamConnectDialog, act)
    running.window.actions_by_name["open_team_database"].trigger()


def _cancel(dialog: TeamConnectDialog) -> None:
    dialog.findChild(QPushButton, "cancelButton").click()


def _open_dialog(qtbot) -> TeamConnectDialog:
    dialog = TeamConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _sign_in(qtbot, dialog: TeamConnectDialog):
    """Openen, and wait for the server's answer; the context it opened (None when refused)."""
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
    return dialog.opened


def test_a_members_login_and_password_open_the_team_database_as_them(qtbot, team_db, empty_app):
    before = empty_app.window
    names = [a.objectName() for a in before.menus["file"].actions()]
    assert names.index("action_open_team_database") == names.index("action_open_workspace") + 1
    action = before.actions_by_name["open_team_database"]
    assert action.isEnabled() and action.text() == "Teamdatabase openen…"
    assert shortcuts.key_text(("Ctrl+Shift+O",)) in action.toolTip()
    seen: list[tuple[bool, str]] = []

    def sign_in(dialog: TeamConnectDialog) -> None:
        assert not dialog.error.isVisible() and dialog.password.echoMode() == dialog.password.EchoMode.Password
        fill(dialog, team_db, team_db.logins["anna"], PASSWORD)
        dialog.ok_button.click()
        seen.append((dialog.busy, dialog.status.text()))  # the server is asked on a worker: the window goes on

    _from_the_file_menu(empty_app, sign_in)
    assert seen[0][0] and seen[0][1].startswith("Verbinden met 127.0.0.1")
    window = empty_app.window
    assert window is not before and window.isVisible() and not before.isVisible()
    assert empty_app.ctx.workspace.db_file is None and empty_app.ctx.workspace.media_dir == team_db.media.resolve()
    assert (window.ctx.actor.reviewer_id, window.ctx.actor.name) == (team_db.reviewer_ids["anna"], "Anna de Vries")
    assert window.signed_in.active and "Anna de Vries" in window.signed_in.text()


def test_a_wrong_password_is_said_in_the_dialog_and_nothing_switches(qtbot, team_db, empty_app):
    before, ctx_before = empty_app.window, empty_app.ctx
    seen: dict[str, object] = {}

    def wrong(dialog: TeamConnectDialog) -> None:
        fill(dialog, team_db, team_db.logins["anna"], WRONG)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
        seen.update(error=dialog.error.text(), shown=dialog.error.isVisible(), open=dialog.isVisible(),
                    fields=(dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.login.text(),
                            dialog.media.text(), dialog.password.text()),
                    ok=dialog.ok_button.isEnabled())
        _cancel(dialog)

    _from_the_file_menu(empty_app, wrong)
    assert seen["error"].startswith("Aanmelden bij de teamdatabase 127.0.0.1/")
    assert "login of wachtwoord onjuist" in seen["error"] and seen["shown"] and seen["open"] and seen["ok"]
    assert seen["fields"] == ("127.0.0.1", team_db.server.port, team_db.name, team_db.logins["anna"],
                              str(team_db.media), WRONG)
    assert empty_app.window is before and empty_app.ctx is ctx_before and before.isVisible()
    assert empty_app.ctx.workspace.db_file is not None  # still the single-user workspace


def test_the_refusal_is_said_in_english_when_the_window_speaks_english(qtbot, team_db):
    i18n.install("en")
    try:
        dialog = _open_dialog(qtbot)
        fill(dialog, team_db, team_db.logins["anna"], WRONG)
        assert _sign_in(qtbot, dialog) is None
        assert dialog.error.text().startswith("Signing in to the team database 127.0.0.1/")
        assert "wrong login or password" in dialog.error.text() and dialog.isVisible()
        dialog.password.clear()
        assert _sign_in(qtbot, dialog) is None
        assert "asks for your login's password" in dialog.error.text()
    finally:
        i18n.install("nl")


def test_the_address_not_the_password_is_filled_in_next_time(qtbot, team_db):
    dialog = _open_dialog(qtbot)
    assert dialog.host.text() == "" and dialog.login.text() == ""
    fill(dialog, team_db, team_db.logins["anna"], PASSWORD)
    dialog.tls.setCurrentIndex(dialog.tls.findData("prefer"))
    opened = _sign_in(qtbot, dialog)
    assert opened is not None and dialog.result() == TeamConnectDialog.DialogCode.Accepted
    opened.store.dispose()
    settings = Path(QSettings().fileName()).read_text(encoding="utf-8")
    assert team_db.name in settings and PASSWORD not in settings
    again = _open_dialog(qtbot)
    assert (again.host.text(), again.port.value(), again.database.text(), again.login.text(), again.media.text()) == \
        ("127.0.0.1", team_db.server.port, team_db.name, team_db.logins["anna"], str(team_db.media))
    assert again.password.text() == "" and again.tls.currentData() == "prefer"
    assert not again.use_certificates.isChecked() and again.certificates.isHidden()


def test_the_password_comes_from_the_system_keyring_only_when_asked(qtbot, team_db):
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # no system keyring (a server, CI): the choice is not offered
    try:
        assert _open_dialog(qtbot).remember.isHidden()
    finally:
        keyring.set_keyring(before)
    with fake_keyring.installed() as kept:
        dialog = _open_dialog(qtbot)
        assert not dialog.remember.isHidden() and not dialog.remember.isChecked()
        fill(dialog, team_db, team_db.logins["anna"], PASSWORD)
        dialog.remember.setChecked(True)
        _sign_in(qtbot, dialog).store.dispose()
        assert list(kept.entries.values()) == [PASSWORD]
        again = _open_dialog(qtbot)
        assert again.password.text() == PASSWORD and again.remember.isChecked()
        again.remember.setChecked(False)  # not any more: it is taken out of the keyring
        _sign_in(qtbot, again).store.dispose()
        assert not kept.entries and _open_dialog(qtbot).password.text() == ""


def test_a_server_that_does_not_answer_never_freezes_the_window(qtbot, empty_app, tmp_path, monkeypatch):
    monkeypatch.setattr(team_connection, "CONNECT_TIMEOUT_S", 2)
    silent = socket.create_server(("127.0.0.1", 0))  # accepts, never speaks: a hung server or a firewall
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(silent.accept()[0]), daemon=True).start()
    (tmp_path / "gedeeld").mkdir()
    before = empty_app.window
    seen: list[bool] = []

    def give_up(dialog: TeamConnectDialog) -> None:
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(silent.getsockname()[1])
        dialog.database.setText("kijkwijzer")
        dialog.login.setText("anna")
        dialog.password.setText("x")
        dialog.media.setText(str(tmp_path / "gedeeld"))
        dialog.ok_button.click()
        qtbot.wait(300)  # events go on while the server is silent
        seen.append(dialog.busy and not dialog.ok_button.isEnabled() and dialog.status.isVisible())
        _cancel(dialog)
        seen.append(dialog.isVisible())

    try:
        _from_the_file_menu(empty_app, give_up)
    finally:
        for conn in held:
            conn.close()
        silent.close()
    assert seen == [True, False]
    assert empty_app.window is before and before.isVisible()


def _start(argv: list[str], monkeypatch):
    from kijkwijzer import app
    from tests.support.fake_player import FakePlayer

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own; put it back after
    monkeypatch.setattr(app, "make_player", lambda headless: FakePlayer())
    leave_the_collector_alone(monkeypatch)
    return app.start([*argv, "--headless", "--no-start-prompts"])


def test_a_start_url_without_password_asks_in_the_dialog(qtbot, qapp, team_db, monkeypatch):
    login = team_db.logins["anna"]
    url = f"postgresql://{login}@127.0.0.1:{team_db.server.port}/{team_db.name}"
    seen: dict[str, object] = {}

    def sign_in(dialog: TeamConnectDialog) -> None:
        seen.update(fields=(dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.login.text(),
                            dialog.media.text(), dialog.password.text()), error=dialog.error.text())
        dialog.password.setText(PASSWORD)
        dialog.ok_button.click()

    when_modal(TeamConnectDialog, sign_in)
    running = _start(["--db", url, "--media", str(team_db.media)], monkeypatch)
    try:
        assert not isinstance(running, int) and running.window.isVisible()
        assert seen["fields"] == ("127.0.0.1", team_db.server.port, team_db.name, login, str(team_db.media.resolve()),
                                  "")
        assert seen["error"].startswith(f"De teamdatabase {login}@127.0.0.1:{team_db.server.port}/{team_db.name} "
                                        "vraagt het wachtwoord van uw login")
        assert running.window.ctx.actor.reviewer_id == team_db.reviewer_ids["anna"]
    finally:
        if not isinstance(running, int):
            running.window.close()
            running.window.deleteLater()
            running.ctx.store.dispose()
        qapp.setStyleSheet("")
        i18n.install("nl")
    when_modal(TeamConnectDialog, _cancel)  # Annuleren at start: the workbench does not open
    assert _start(["--db", url, "--media", str(team_db.media)], monkeypatch) == 0
    assert not [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
    qapp.setStyleSheet("")
