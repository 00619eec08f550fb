"""Fixtures of the "Teamdatabase openen" tests (a plugin, see tests/conftest.py): a team database on the suite's
PostgreSQL server with one member (Anna, a professional, her own login), the running application (app.RunningApp)
on a new, empty workspace as a professional starts it, and a way to act in a modal dialog as a user would."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture
def team_db(postgres_server, tmp_path):
    from tests.support.team import team_database

    with team_database(postgres_server, tmp_path / "team") as db:
        db.add_member("anna", "Anna de Vries", "professional")
        yield db


@pytest.fixture
def empty_app(qapp, tmp_path, monkeypatch):
    """The running application on a new, empty single-user workspace, its window shown. Played by a FakePlayer:
    playback is not the subject here."""
    from kijkwijzer import app
    from tests.support.fake_player import FakePlayer
    from tests.support.workspaces import open_new

    monkeypatch.setattr(app, "make_player", lambda headless: FakePlayer())
    running = app.RunningApp(qapp, open_new(tmp_path / "werkmap"), headless=True)
    running.build_window()
    yield running
    if running.window is not None:
        running.window.close()
        running.window.deleteLater()
    running.ctx.store.dispose()


def when_modal(kind: type, act: Callable[[object], None]) -> None:
    """Do `act` with the modal dialog of type `kind` as soon as it is open (as a user would)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind) or not widget.isVisible():
            QTimer.singleShot(20, look)
            return
        act(widget)

    QTimer.singleShot(0, look)


def fill(dialog, team, login: str, password: str) -> None:
    """Type the team database's address into the dialog as the administrator gave it."""
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(team.server.port)
    dialog.database.setText(team.name)
    dialog.login.setText(login)
    dialog.password.setText(password)
    dialog.media.setText(str(team.media))
