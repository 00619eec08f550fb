"""A plain backup written by an earlier version, at an older schema revision (the real name in plain text, the
recordings and stills as plain files), restores into a new workspace: its rows go through the same upgrade
steps as a workspace (the real name sealed with its own key), its media are sealed with their content keys on
the way in, and nothing of it lands on disk in plain."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, create_engine, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from kijkwijzer.crypto.sealed import SealedReader, is_sealed
from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.formats import backup_zip as backup
from kijkwijzer.services import annotations, content_keys, people
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.services.exchange import backup_tables
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.store.migrate import MIGRATIONS
from kijkwijzer.store.models import Base, Client
from kijkwijzer.workspace import Workspace
from tests.privacy.support import scan
from tests.support.rows import add_recording_row

ON_SQLITE = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)
SHA = "0" * 64


def _rows(ctx) -> dict[str, list[dict]]:
    with ctx.store.read() as session:
        return {t.name: [dict(r._mapping) for r in session.execute(select(*t.columns))]
                for t in Base.metadata.sorted_tables}


def _old_backup(ctx, revision: str, media: dict[str, Path], target: Path) -> Path:
    """What an earlier version wrote: the workspace's rows taken down to `revision` by the migrations' own
    downgrade steps (in memory), as a plain zip with plain media files."""
    from sqlcipher3 import dbapi2  # the store's SQLite: the search index (0006) needs its FTS5 options

    rows = _rows(ctx)
    engine = create_engine("sqlite://", module=dbapi2, poolclass=StaticPool)
    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
        for table in Base.metadata.sorted_tables:
            if rows[table.name]:
                conn.execute(table.insert(), rows[table.name])
        command.downgrade(config, revision)
        old = MetaData()
        old.reflect(conn)
        dump = backup_tables.dump_tables(Session(bind=conn), [t for t in old.sorted_tables if t.name != "alembic_version"])
    engine.dispose()
    assert "content_keys" not in dump and "real_name" in dump["clients"][0]
    with open(target, "wb") as out:
        backup.write_backup(dump, revision, media, out, True)
    return target


@ON_SQLITE
@pytest.mark.parametrize("revision", ["0001_baseline", "0002_intake"])
def test_an_old_plain_backup_restores_sealed(case_setup, tmp_path, revision):
    ctx = case_setup["ctx"]
    recording_id = add_recording_row(ctx, case_setup["conversation"].id, 6000)
    annotations.add(ctx, AnnotationDraft(recording_id, 500, observation="een stil moment", still_name="still-1.png"))
    plain = {area: tmp_path / "oud" / area for area in ("vault", "stills", "forms")}
    for folder in plain.values():
        folder.mkdir(parents=True)
    recording, still = os.urandom(200_000), b"\x89PNG" + os.urandom(6000)
    (plain["vault"] / f"{SHA}.mp4").write_bytes(recording)
    (plain["stills"] / "still-1.png").write_bytes(still)
    old = _old_backup(ctx, revision, plain, tmp_path / "oud.zip")
    target = open_context(Workspace.at(tmp_path / "nieuw"))
    try:
        result = exchange_backup.restore_backup(target, old)

        assert not result.encrypted and result.files == 2
        with target.store.read() as session:
            assert [people.real_name_of(session, c) for c in session.scalars(select(Client))] == ["Echte Naam"]
            key = content_keys.find(session, content_keys.media_key_id(SHA))
        ws = target.workspace
        for path, plain_bytes in ((ws.vault_dir / f"{SHA}.mp4", recording), (ws.stills_dir / "still-1.png", still)):
            assert is_sealed(path), path
            with SealedReader(path, key) as reader:
                assert reader.read_all() == plain_bytes
        needles = {"recording": recording[100_000:104_096], "still": still[:4096], "name": b"Echte Naam"}
        assert scan(ws.root, needles) == []
        restored, source = _rows(target), _rows(ctx)
        for name in ("annotations", "recordings", "cases", "conversations", "consents", "reviewers"):
            assert restored[name] == source[name], name
    finally:
        target.store.dispose()
