"""Fixtures of the autosave tests (a plugin, see tests/conftest.py): `fresh` opens a second, independent
context on cycle_workspace's folder: what it reads was committed to the store, not merely held by a widget
or a session."""

from __future__ import annotations

import pytest


@pytest.fixture
def fresh(tmp_path):
    """`fresh(actor_ctx)`: a new context on the cycle workspace's folder, acting as the same reviewer."""
    from kijkwijzer.services.open_workspace import open_context
    from kijkwijzer.workspace import Workspace

    opened = []

    def make(like):
        ctx = open_context(Workspace.at(tmp_path / "werkmap"))
        opened.append(ctx)
        return ctx.as_actor(like.actor)

    yield make
    for ctx in opened:
        ctx.store.dispose()
