"""The search index as the data's own: a workspace upgraded from before it (schema 0005) has every existing text
indexed by the migration, after a backup of the old database; a downgrade takes it away and the upgrade brings
it back; a restored backup (which carries only the rows, never the index) is searchable at once."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kijkwijzer.services import search
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.store import migrate
from tests.support.workspaces import open_new

from .test_search import fill

PASSPHRASE = "een-lang-wachtwoord-voor-de-kopie"
WORDS = {"toetst": "annotation", "kinderbijslag": "quote", "brommerwerkplaats": "cue", "serieus": "reaction",
         "veilig": "feedback"}


def _kinds(ctx) -> dict[str, str | None]:
    return {word: next((h.kind for h in search.search(ctx, word)), None) for word in WORDS}


def _step(ctx, direction: str, revision: str) -> None:
    from alembic import command

    cfg = migrate._config()
    with ctx.store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, direction)(cfg, revision)


def test_the_upgrade_indexes_every_text_already_there(ctx, tmp_path):
    fill(ctx)
    _step(ctx, "downgrade", "0005_method")
    assert migrate.current_revision(ctx.store) == "0005_method"
    with ctx.store.engine.connect() as conn:
        if ctx.store.is_sqlite:
            left = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name LIKE 'search%'")).scalar_one()
        else:
            left = conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'ix_search%'")).scalar_one()
    assert left == 0  # no table, trigger or index of the search is left behind
    if ctx.store.is_sqlite:  # as the workbench opens an older workspace: a backup first, then the steps
        backup = migrate.upgrade(ctx.store, tmp_path / "backups")
        assert backup is not None and backup.exists()
    else:
        _step(ctx, "upgrade", "head")
    assert migrate.current_revision(ctx.store) == migrate.SCHEMA_HEAD
    assert _kinds(ctx) == WORDS


@pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)
def test_the_index_has_every_trigger_it_needs(ctx):
    """A later migration that copies a source table (batch_alter_table) drops its triggers; this names what must be
    made again (each trigger's work is tested in test_search.py)."""
    with ctx.store.engine.connect() as conn:
        triggers = {name for (name,) in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                          "AND name LIKE 'search%'"))}
    assert triggers == {f"search_{table}_{event}" for table in ("annotation", "transcript_cue", "client_reaction",
                                                                 "feedback_score")
                        for event in ("added", "changed", "deleted")}


def test_a_restored_backup_is_searchable(ctx, tmp_path):
    filled = fill(ctx)
    exchange_backup.create_backup(filled.made.ctx, tmp_path / "kopie.kwb", passphrase=PASSPHRASE)
    target = open_new(tmp_path / "terug")
    try:
        assert _kinds(target) == dict.fromkeys(WORDS)  # empty: nothing to find
        exchange_backup.restore_backup(target, tmp_path / "kopie.kwb", PASSPHRASE)
        assert _kinds(target) == WORDS
    finally:
        target.store.dispose()
