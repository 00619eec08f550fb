"""Fixtures of the team dialog and "Aangemeld als" tests (a plugin, see tests/conftest.py): a fresh team database
with members (tests/support/team.py), a window on a member's or the administrator's context, the UI in English."""

from __future__ import annotations

import pytest


@pytest.fixture
def members_db(tmp_path, postgres_server):
    """A new team database at the schema head, opened by its administrator (tests/support/team.py): `add` and
    `open_as` make members and their workbenches."""
    from tests.support.team import team_database

    with team_database(postgres_server, tmp_path) as team:
        yield team


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
