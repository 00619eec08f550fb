"""Fixtures of the exchange widgets' tests (a plugin, see tests/conftest.py): a real SQLite workspace made
through the services: a professional, a coach named in the analysis consent, a researcher who is not, and a
recording row of ten minutes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest


@pytest.fixture
def exchange_setup(tmp_path):
    from tests.support.cases import build_case
    from tests.support.rows import add_recording_row
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap", encrypted=False)
    made = build_case(ctx, coach="Joost Bakker", others=(("Niet Genoemd", "researcher"),),
                      client_real_name="Echte Naam")
    recording_id = add_recording_row(made.as_pro, made.conversation.id)
    yield SimpleNamespace(
        ctx=made.as_pro,
        base=ctx,
        reviewer=made.reviewer,
        coach=made.coach,
        stranger=made.reviewers["Niet Genoemd"],
        case=made.case,
        conversation=made.conversation,
        recording_id=recording_id,
    )
    ctx.store.dispose()
