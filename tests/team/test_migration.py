"""Migration 0004 on PostgreSQL: it sets up the policies, and its downgrade takes them away again (and the
upgrade after it puts them back), so an administrator can step back a release."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kijkwijzer.store.migrate import _config
from tests.support.team import team_database

pytestmark = pytest.mark.postgres


def _policies(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM pg_policies WHERE schemaname = 'public'")).scalar_one()


def test_downgrade_and_upgrade_of_the_team_policies(postgres_server, tmp_path):
    from alembic import command

    with team_database(postgres_server, tmp_path) as team:
        store = team.admin.store
        assert _policies(store) > 40
        cfg = _config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003_sealed")
        assert _policies(store) == 0
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT to_regclass('lab_shares')")).scalar_one() is None
            assert conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'kw\\_%'")).scalar_one() == 0
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        assert _policies(store) > 40
