"""Reuse the UI suite's guards (isolated QSettings, no leaked windows or timers) and the cycle workspace of
tests/ui/feedback; `fresh` opens a second, independent context on the same workspace: what it reads was
committed to the store, not merely held by a widget or a session."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.ui.conftest import isolated_settings, no_leaks  # noqa: F401 - fixtures, used by name
from tests.ui.feedback.conftest import cycle_workspace  # noqa: F401 - fixture, used by name


@pytest.fixture
def fresh(tmp_path):
    """`fresh(actor_ctx)`: a new context on the cycle workspace's folder, acting as the same reviewer."""
    from kijkwijzer.services.context import open_context
    from kijkwijzer.workspace import Workspace

    opened = []

    def make(like):
        ctx = open_context(Workspace.at(tmp_path / "werkmap"))
        opened.append(ctx)
        return ctx.as_actor(like.actor)

    yield make
    for ctx in opened:
        ctx.store.dispose()
