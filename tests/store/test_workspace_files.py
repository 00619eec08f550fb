"""Where a workspace keeps its database and key (kijkwijzer/workspace.py). A folder's own database is found without
SQLAlchemy's URL parser (the start reads it before SQLAlchemy is loaded: launch.py); it must name the file the
parser names, which is the file the store opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from kijkwijzer.workspace import Workspace

NAMES = ["werkmap", "Casus 12 (Jansen)", "map met #hekje", "procent%20", "100% zorg", "vraag?x=1", "Wat nu?",
         "a+b@c:d;e&f=g"]


@pytest.mark.parametrize("name", NAMES)
def test_a_folder_s_database_and_key_are_the_files_the_store_opens(tmp_path, name):
    ws = Workspace.at(tmp_path / name)
    parsed = Path(make_url(ws.db_url).database).resolve()
    assert ws.db_file == parsed and ws.key_file == parsed.with_name(f"{parsed.stem}.key")
    assert ws.db_file == (tmp_path / name / "kijkwijzer.db").resolve()


@pytest.mark.parametrize("name", ["100% zorg", "Wat nu?", "procent%20"])
def test_a_workspace_in_a_folder_named_with_url_characters_keeps_its_database_in_that_folder(tmp_path, name):
    """Before, SQLAlchemy read `%20` in the folder's name as a space and `?` as the start of options: the store
    opened `procent /kijkwijzer.db`, or a file `Wat nu` beside the folder."""
    from kijkwijzer.services import cases
    from kijkwijzer.services.open_workspace import open_context
    from tests.support.cases import build_case
    from tests.support.workspace_keys import encrypted_workspace

    ctx = open_context(encrypted_workspace(tmp_path / name))  # new: made and migrated by the program itself
    try:
        build_case(ctx, title="Schuldhulp")
    finally:
        ctx.store.dispose()
    again = open_context(Workspace.at(tmp_path / name))
    try:
        assert [case.title for case in cases.list_cases(again)] == ["Schuldhulp"]
    finally:
        again.store.dispose()
    inside = sorted(p.name for p in (tmp_path / name).iterdir())
    assert "kijkwijzer.db" in inside and "kijkwijzer.key" in inside
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing beside the folder


def test_a_database_named_by_url_is_read_by_the_parser(tmp_path):
    elsewhere = tmp_path / "elders" / "team.db"
    ws = Workspace.from_url(f"sqlite:///{elsewhere}", tmp_path / "media")
    assert ws.db_file == elsewhere and ws.key_file == elsewhere.with_name("team.key")
    assert Workspace.from_url("postgresql://db.gemeente.nl/kijkwijzer", tmp_path / "media").db_file is None
