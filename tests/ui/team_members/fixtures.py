"""Fixtures of the team dialog and "Aangemeld als" tests (a plugin, see tests/conftest.py): a fresh team database
on the suite's throwaway PostgreSQL, its administrator's context, members added through the product's own
services/team_members.py and each member's own workbench context opened with their login. Logins are server-wide, so
each test's logins get a unique suffix and are dropped afterwards."""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

_counter = itertools.count()
PASSWORD = "teamlid-wachtwoord"


@dataclass
class TeamDatabase:
    server: object
    name: str
    media: Path
    admin: object  # the administrator's Context (the server's superuser `kw`)
    suffix: str
    logins: list[str] = field(default_factory=list)
    opened: list[object] = field(default_factory=list)

    def login(self, base: str) -> str:
        """A login unique on the server for this test (logins outlive a test's database)."""
        return f"{base}_{self.suffix}"

    def add(self, base: str, name: str, role: str, password: str | None = PASSWORD):
        """A member added by the administrator through services/team_members: (login, ReviewerView)."""
        from kijkwijzer.services import team_members

        login = self.login(base)
        reviewer = team_members.add_member(self.admin, login, name, role, password=password)
        self.logins.append(login)
        return login, reviewer

    def url(self, login: str, password: str = PASSWORD) -> str:
        return self.server.url(self.name, login, password)

    def open_as(self, login: str, password: str = PASSWORD):
        """The member's own workbench: open_context on the database with their login."""
        from kijkwijzer.services.open_workspace import open_context
        from kijkwijzer.workspace import Workspace

        if login not in self.logins:
            self.logins.append(login)  # made in a dialog: dropped at the end too
        ctx = open_context(Workspace.from_url(self.url(login, password), self.media))
        self.opened.append(ctx)
        return ctx

    def close(self) -> None:
        import psycopg

        for ctx in self.opened:
            ctx.store.dispose()
        self.admin.store.dispose()
        self.server.drop_database(self.name)
        with psycopg.connect(self.server.dsn(), autocommit=True) as conn:
            for login in self.logins:
                conn.execute(f'DROP ROLE IF EXISTS "{login}"')


@pytest.fixture
def members_db(tmp_path, postgres_server):
    """A new team database at the schema head (a copy of the server's migrated template), opened by its
    administrator; `add` and `open_as` make members and their workbenches."""
    from kijkwijzer.services.open_workspace import open_context
    from kijkwijzer.workspace import Workspace
    from tests.support.workspaces import postgres_template

    number = next(_counter)
    name = f"kw_members_{os.getpid()}_{number}"
    url = postgres_server.create_database(name, template=postgres_template(postgres_server))
    media = tmp_path / "media"
    admin = open_context(Workspace.from_url(url, media))
    team = TeamDatabase(postgres_server, name, media, admin, suffix=f"{os.getpid()}_{number}")
    yield team
    team.close()


@pytest.fixture
def open_team_window(qtbot):
    """open_team_window(ctx): the main window on `ctx` with no recording open (a FakePlayer), closed afterwards."""
    from tests.support.fake_player import FakePlayer
    from tests.ui.conftest import open_main_window

    made = []

    def open_(ctx):
        win = open_main_window(qtbot, ctx, FakePlayer())
        made.append(win)
        return win

    yield open_
    for win in made:
        win.close()
        win.deleteLater()


@pytest.fixture
def members_in_english(qapp):
    """The UI in English for one test (service errors then speak English too)."""
    from kijkwijzer.ui import i18n

    i18n.install("en")
    yield
    i18n.install("nl")
