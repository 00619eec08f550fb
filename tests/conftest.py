"""Shared fixtures: a throwaway PostgreSQL server, workspaces on SQLite and PostgreSQL, a populated case."""

from __future__ import annotations

import itertools
import os
from datetime import date
from pathlib import Path

import pytest

from tests.support.postgres import ThrowawayPostgres

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIJKWIJZER_PASSPHRASE", "testwachtwoord-kijkwijzer")  # = workspace_keys.TEST_PASSPHRASE
_db_counter = itertools.count()


@pytest.fixture(scope="session")
def postgres_server():
    server = ThrowawayPostgres()
    if not server.available:
        pytest.fail("PostgreSQL (initdb/pg_ctl) ontbreekt: draai `make test`, dat installeert het.")
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def workspace(request, tmp_path):
    """A fresh workspace on SQLite (a real WAL file) and on a throwaway PostgreSQL database."""
    from kijkwijzer.workspace import Workspace

    if request.param == "sqlite":
        from tests.support.workspace_keys import encrypted_workspace

        return encrypted_workspace(tmp_path / "werkmap")  # encrypted, as every new workspace is
    server = request.getfixturevalue("postgres_server")
    url = server.create_database(f"kw_test_{os.getpid()}_{next(_db_counter)}")
    return Workspace.from_url(url, tmp_path / "media")


@pytest.fixture
def sqlite_workspace(tmp_path):
    from tests.support.workspace_keys import encrypted_workspace

    return encrypted_workspace(tmp_path / "werkmap")


@pytest.fixture
def plain_workspace(tmp_path):
    """A workspace without a key file: its database is created plain, as by versions before encryption."""
    from kijkwijzer.workspace import Workspace

    return Workspace.at(tmp_path / "werkmap")


@pytest.fixture
def ctx(workspace):
    from kijkwijzer.services.context import open_context

    context = open_context(workspace)
    yield context
    context.store.dispose()


@pytest.fixture(scope="session")
def test_video(tmp_path_factory) -> Path:
    from kijkwijzer.media.synth import make_test_video

    return make_test_video(tmp_path_factory.mktemp("media") / "gesprek.mp4", seconds=6)


@pytest.fixture
def case_setup(ctx):
    """A professional, a coach, a pseudonymised client, a case and a conversation with consent to record and analyse."""
    from kijkwijzer.services import cases, consent, people
    from kijkwijzer.services.context import Actor

    pro, pro_reviewer = people.add_professional(ctx, "Sanne de Vries")
    coach = people.add_reviewer(ctx, "Coach Ahmed", "coach")
    client = people.add_client(ctx, real_name="Echte Naam")
    case = cases.add_case(ctx, pro.id, client.id, "Schulden en werk", "loopt vast")
    conv = cases.add_conversation(ctx, case.id, date(2026, 11, 2), goal="Samen een plan maken")
    for purpose in ("recording", "analysis"):
        consent.grant(ctx, conv.id, purpose, date(2026, 11, 2), reviewer_ids=(coach.id,) if purpose == "analysis" else ())
    return {
        "ctx": ctx.as_actor(Actor(pro_reviewer.id, pro_reviewer.name, "professional")),
        "professional": pro, "reviewer": pro_reviewer, "coach": coach, "client": client,
        "case": case, "conversation": conv,
    }
