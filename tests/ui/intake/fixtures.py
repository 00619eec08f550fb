"""Fixtures of the intake tests (a plugin, see tests/conftest.py): the real main window on an empty SQLite
workspace, and on one where a professional already has a case with a consented conversation."""

from __future__ import annotations

import pytest


@pytest.fixture
def empty_ctx(tmp_path):
    """A context on a new, empty (plain) workspace."""
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap", encrypted=False)
    yield ctx
    ctx.store.dispose()


@pytest.fixture
def empty_window(qtbot, empty_ctx):
    from tests.ui.intake.helpers import build_window, close_window

    win = build_window(qtbot, empty_ctx)
    yield win
    close_window(win)


@pytest.fixture
def known(empty_ctx):
    """A professional (klantmanager) with a case and a conversation of 2 November 2026 whose client consented
    to recording."""
    from types import SimpleNamespace

    from tests.support.cases import build_case

    made = build_case(empty_ctx, function="klantmanager", coach=None, purposes=("recording",))
    return SimpleNamespace(ctx=empty_ctx, professional=made.professional, reviewer=made.reviewer,
                           client=made.client, case=made.case, conversation=made.conversation,
                           consent=made.consents["recording"])


@pytest.fixture
def known_window(qtbot, known):
    from tests.ui.intake.helpers import build_window, close_window

    win = build_window(qtbot, known.ctx)
    yield win
    close_window(win)
