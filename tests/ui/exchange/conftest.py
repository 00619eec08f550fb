"""Fixtures for the exchange widgets: the UI suite's guards (isolated QSettings, no leaked windows or timers)
and a real SQLite workspace made through the services: a professional, a coach named in the analysis
consent, a researcher who is not, and a recording row of ten minutes."""

from __future__ import annotations

import os
from datetime import date
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.exchange.conftest import add_recording_row, row_counts  # noqa: F401 - row_counts for the tests
from tests.ui.conftest import isolated_settings, no_leaks  # noqa: F401 - fixtures, used by name


@pytest.fixture
def exchange_setup(tmp_path):
    from kijkwijzer.services import cases, consent, people
    from kijkwijzer.services.context import Actor, open_context
    from kijkwijzer.workspace import Workspace

    ctx = open_context(Workspace.at(tmp_path / "werkmap"))
    pro, pro_reviewer = people.add_professional(ctx, "Sanne de Vries")
    coach = people.add_reviewer(ctx, "Joost Bakker", "coach")
    stranger = people.add_reviewer(ctx, "Niet Genoemd", "researcher")
    client = people.add_client(ctx, real_name="Echte Naam")
    case = cases.add_case(ctx, pro.id, client.id, "Schulden en werk", "loopt vast")
    conv = cases.add_conversation(ctx, case.id, date(2026, 11, 2), goal="Samen een plan maken")
    consent.grant(ctx, conv.id, "recording", date(2026, 11, 2))
    consent.grant(ctx, conv.id, "analysis", date(2026, 11, 2), reviewer_ids=(coach.id,))
    as_pro = ctx.as_actor(Actor(pro_reviewer.id, pro_reviewer.name, pro_reviewer.role))
    recording_id = add_recording_row(as_pro, conv.id)
    yield SimpleNamespace(
        ctx=as_pro,
        base=ctx,
        reviewer=pro_reviewer,
        coach=coach,
        stranger=stranger,
        case=case,
        conversation=conv,
        recording_id=recording_id,
    )
    ctx.store.dispose()
