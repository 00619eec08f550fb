"""Fixtures of the team-mode window tests (a plugin, see tests/conftest.py): the main window on a throwaway
PostgreSQL workspace (the suite's server) with the recording open, and a colleague's workbench on the same
database: its own store, its own event bus, as another laptop would have."""

from __future__ import annotations

import itertools

import pytest

_counter = itertools.count()


@pytest.fixture
def team_setup(tmp_path, test_video, postgres_server):
    """A PostgreSQL workspace at the schema head with a case, consent naming the coach, and the test video
    imported; `ctx` is the window's context, `colleague` a second workbench's context acting as the coach."""
    import os
    from types import SimpleNamespace

    from kijkwijzer.services import recordings
    from kijkwijzer.services.open_workspace import open_context
    from kijkwijzer.workspace import Workspace
    from tests.support.cases import build_case
    from tests.support.workspaces import postgres_template

    name = f"kw_team_{os.getpid()}_{next(_counter)}"
    url = postgres_server.create_database(name, template=postgres_template(postgres_server))
    workspace = Workspace.from_url(url, tmp_path / "media")
    ctx = open_context(workspace)
    made = build_case(ctx, coach="Joost Bakker")
    recording = recordings.import_recording(ctx, made.conversation.id, test_video)
    other = open_context(workspace)  # another workbench: its own engine and bus
    colleague = other.as_actor(made.acting_as(made.coach).actor)
    yield SimpleNamespace(ctx=ctx, colleague=colleague, recording=recording, coach=made.coach)
    other.store.dispose()
    ctx.store.dispose()
    postgres_server.drop_database(name)



@pytest.fixture
def team_window(qtbot, team_setup):
    """The main window on the team workspace, the recording open, played by a FakePlayer."""
    from tests.support.fake_player import FakePlayer
    from tests.ui.conftest import open_main_window

    win = open_main_window(qtbot, team_setup.ctx, FakePlayer(), team_setup.recording.id)
    yield win
    win.close()
    win.deleteLater()
