"""Backup to one sealed file and restore into an empty workspace: every row and every file comes back."""

from __future__ import annotations

import hashlib
import os
import zipfile
from datetime import date

import pytest
from sqlalchemy import select

from kijkwijzer.crypto.sealed import seal_bytes
from kijkwijzer.errors import BadInput
from kijkwijzer.formats import backup_seal
from kijkwijzer.services import assessment, content_keys
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.store.models import Base, Recording
from kijkwijzer.workspace import Workspace
from tests.support.rows import add_recording_row, row_counts
from tests.support.sealed_backup import PASSPHRASE, members

from .filled import fill


def _tables(ctx) -> dict[str, list[tuple]]:
    with ctx.store.read() as session:
        out = {}
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            out[table.name] = [tuple(r) for r in session.execute(select(*table.columns).order_by(*order))]
        return out


def _files(ws: Workspace, areas=("vault", "stills", "forms")) -> dict[str, str]:
    out = {}
    for area in areas:
        folder = getattr(ws, f"{area}_dir")
        for path in folder.rglob("*"):
            if path.is_file():
                out[f"{area}/{path.relative_to(folder)}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _populate(case_setup, tmp_path) -> None:
    ctx = case_setup["ctx"]
    rec = add_recording_row(ctx, case_setup["conversation"].id, 6000)
    with ctx.store.read() as session:
        vault_name = session.get(Recording, rec).vault_name
    with ctx.transaction() as session:  # sealed with the recording's key, as the vault and the stills keep them
        key = content_keys.get_or_create(session, content_keys.media_key_id("0" * 64))
    ctx.workspace.vault_dir.mkdir(parents=True, exist_ok=True)
    (ctx.workspace.vault_dir / vault_name).write_bytes(seal_bytes(key, os.urandom(300_000)))
    (ctx.workspace.stills_dir / "still-1.png").write_bytes(seal_bytes(key, os.urandom(5_000)))
    form = tmp_path / "toestemming.pdf"
    form.write_bytes(b"%PDF-1.4 ondertekend formulier")
    from kijkwijzer.services import consent

    granted = consent.grant(ctx, case_setup["conversation"].id, "learning_group", date(2026, 11, 2), form_file=form)
    # a corrected consent: the old row points at its newer version, a link to a later row of the same table
    consent.correct(ctx, granted.id, given_on=date(2026, 11, 3))
    fill(case_setup, rec)
    answers = {s.id: 1 + n % 5 for n, s in enumerate(ctx.content.statements)}
    assessment.take(ctx, case_setup["professional"].id, answers, date(2026, 11, 3))


@pytest.fixture
def empty_workspace(request, workspace, tmp_path):
    """A second, empty workspace on the same kind of database (at the schema head: tests/support/workspaces.py)."""
    from tests.support.workspaces import new_plain_workspace, postgres_template

    if workspace.db_url.startswith("sqlite"):
        yield new_plain_workspace(tmp_path / "doel")
        return
    server = request.getfixturevalue("postgres_server")
    name = f"kw_doel_{os.getpid()}_{id(tmp_path)}"
    yield Workspace.from_url(server.create_database(name, template=postgres_template(server)), tmp_path / "doel-media")
    server.drop_database(name)


def _restore_and_compare(source_ctx, target_ws, tmp_path, before, files_before):
    target = open_context(target_ws)
    try:
        result = exchange_backup.restore_backup(target, tmp_path / "kopie.zip", PASSPHRASE)
        after = _tables(target)
        audit = after.pop("audit_log")
        expected_audit = before.pop("audit_log")
        assert audit[:-1] == expected_audit and "backup.restore" in audit[-1]
        assert after == before
        assert _files(target_ws) == files_before
        assert result.rows == sum(len(v) for v in before.values()) + len(expected_audit)
        assert result.encrypted
        return target
    except BaseException:
        target.store.dispose()
        raise


def test_backup_restores_every_row_and_file(case_setup, tmp_path, empty_workspace):
    ctx = case_setup["ctx"]
    _populate(case_setup, tmp_path)
    before, files_before = _tables(ctx), _files(ctx.workspace)
    assert all(
        before[t]
        for t in (
            "annotations",
            "fragments",
            "client_reactions",
            "slim_analyses",
            "aandachtspunten",
            "plan_actions",
            "assessment_answers",
            "consents",
            "feedback_scores",
        )
    )
    assert {k.split("/")[0] for k in files_before} == {"vault", "stills", "forms"}
    assert before["content_keys"], "the keys of the sealed names (and media) go into the backup"
    made = exchange_backup.create_backup(ctx, tmp_path / "kopie.zip", passphrase=PASSPHRASE, include_media=True)
    assert made.files == len(files_before)
    target = _restore_and_compare(ctx, empty_workspace, tmp_path, before, files_before)
    try:
        with pytest.raises(BadInput, match="lege werkmap"):
            exchange_backup.restore_backup(target, tmp_path / "kopie.zip", PASSPHRASE)
        from kijkwijzer.services import people

        assert people.add_reviewer(target, "Na het terugzetten", "coach").id > max(
            r[0] for r in before["reviewers"]
        )
    finally:
        target.store.dispose()


def test_without_media_the_recordings_stay_out(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    _populate(case_setup, tmp_path)
    exchange_backup.create_backup(ctx, tmp_path / "klein.zip", passphrase=PASSPHRASE)
    names = members(tmp_path / "klein.zip")
    assert not any(n.startswith("files/vault/") for n in names)
    assert any(n.startswith("files/stills/") for n in names) and "tables/annotations.json" in names


@pytest.mark.postgres
def test_sqlite_backup_restores_into_postgresql(case_setup, tmp_path, postgres_server, workspace):
    if not workspace.db_url.startswith("sqlite"):
        pytest.skip("one direction is enough: SQLite laptop -> PostgreSQL server")
    ctx = case_setup["ctx"]
    _populate(case_setup, tmp_path)
    before, files_before = _tables(ctx), _files(ctx.workspace)
    exchange_backup.create_backup(ctx, tmp_path / "kopie.zip", passphrase=PASSPHRASE, include_media=True)
    target_ws = Workspace.from_url(
        postgres_server.create_database(f"kw_naar_pg_{os.getpid()}"), tmp_path / "pg-media"
    )
    _restore_and_compare(ctx, target_ws, tmp_path, before, files_before).store.dispose()


def test_damaged_backup_restores_nothing(case_setup, tmp_path, empty_workspace):
    ctx = case_setup["ctx"]
    _populate(case_setup, tmp_path)
    exchange_backup.create_backup(ctx, tmp_path / "kopie.zip", passphrase=PASSPHRASE, include_media=True)
    raw = bytearray((tmp_path / "kopie.zip").read_bytes())
    with open(tmp_path / "kopie.zip", "rb") as source, backup_seal.unseal(source, PASSPHRASE) as inner, \
            zipfile.ZipFile(inner) as zf:
        info = next(i for i in zf.infolist() if i.filename.startswith("files/vault/"))
    # inside the stored video bytes: the outer header, the sealed header, then 64 KiB chunks with a 16-byte tag
    plain_at = info.header_offset + 30 + len(info.filename) + 1000
    chunk, offset = divmod(plain_at, 64 * 1024)
    raw[backup_seal.HEADER_SIZE + 24 + chunk * (64 * 1024 + 16) + offset] ^= 0xFF
    (tmp_path / "kapot.zip").write_bytes(bytes(raw))
    (tmp_path / "half.zip").write_bytes(bytes(raw[: len(raw) // 2]))
    target = open_context(empty_workspace)
    try:
        for name, reason in (("kapot.zip", "beschadigd"), ("half.zip", "onvolledig")):
            with pytest.raises(BadInput, match=reason):
                exchange_backup.restore_backup(target, tmp_path / name, PASSPHRASE)
            assert set(row_counts(target).values()) == {0}
            assert _files(empty_workspace) == {}
    finally:
        target.store.dispose()
