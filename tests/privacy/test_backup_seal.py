"""Issue 11, item 1: a backup is sealed whole with a passphrase chosen when it is made. The file holds not one
client text, real name or 4 KiB block of the recording; the right passphrase brings every row and file back,
with recordings that play; a wrong passphrase or a single changed byte anywhere is one clear line and changes
nothing; a plain backup of an earlier version still restores, with a notice that it was not encrypted."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from kijkwijzer.crypto.sealed import SealedReader, is_sealed
from kijkwijzer.errors import BadInput
from kijkwijzer.formats import backup_seal
from kijkwijzer.services import content_keys, people
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.store.models import Base, Client, Recording
from kijkwijzer.workspace import Workspace
from tests.support.rows import row_counts
from tests.support.sealed_backup import PASSPHRASE, blocks, fill_private, plain_copy, unique_video
from tests.support.workspaces import new_plain_workspace

ON_SQLITE = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)


@pytest.fixture
def video(tmp_path_factory) -> Path:
    return unique_video(tmp_path_factory.mktemp("bron"))


@pytest.fixture
def made(case_setup, video, tmp_path):
    """A filled workspace and its backup with the recordings: (ctx, backup file, needles)."""
    return _made(case_setup, video, tmp_path)


CHEAP_KDF = backup_seal.KdfCost(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture
def made_cheaply(case_setup, video, tmp_path, monkeypatch):
    """As `made`, the backup sealed under a cheap Argon2id cost (the same code; the cost is in the header, so
    each restore of it derives cheaply too): for the test that restores over a hundred damaged copies. The
    other tests here use the default cost."""
    real = backup_seal.seal_to
    monkeypatch.setattr(backup_seal, "seal_to", lambda target, passphrase: real(target, passphrase, CHEAP_KDF))
    made = _made(case_setup, video, tmp_path)
    monkeypatch.setattr(backup_seal, "seal_to", real)
    return made


def _made(case_setup, video, tmp_path):
    ctx = case_setup["ctx"]
    needles = fill_private(case_setup, video, tmp_path)
    outside = tmp_path / "usb-stick"
    outside.mkdir()
    result = exchange_backup.create_backup(ctx, outside / "kopie.kwbackup", passphrase=PASSPHRASE,
                                           include_media=True)
    return ctx, result.path, needles


@pytest.fixture
def target(tmp_path):
    """An empty workspace to restore into (its schema made once per process: tests/support/workspaces.py)."""
    ctx = open_context(new_plain_workspace(tmp_path / "nieuw"))
    yield ctx
    ctx.store.dispose()


def _tables(ctx) -> dict[str, list[tuple]]:
    with ctx.store.read() as session:
        return {t.name: [tuple(r) for r in session.execute(select(*t.columns).order_by(
            *(list(t.primary_key.columns) or list(t.columns))))] for t in Base.metadata.sorted_tables}


def _files(ws: Workspace) -> dict[str, str]:
    return {str(p.relative_to(ws.media_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
            for area in (ws.vault_dir, ws.stills_dir, ws.forms_dir) for p in area.rglob("*") if p.is_file()}


def _audit_before_the_backup(tables: dict[str, list[tuple]]) -> list[tuple]:
    """The audit rows a backup holds: all but its own row, written after its snapshot."""
    rows = tables.pop("audit_log")
    assert rows[-1][3] == "backup"
    return rows[:-1]


def _media(ctx) -> dict[str, str]:
    """Every file under the media folder (the workspace's own reserve too) with its content hash."""
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in ctx.workspace.media_dir.rglob("*")
            if p.is_file()}


def _unchanged(ctx, media_before: dict[str, str]) -> None:
    assert set(row_counts(ctx).values()) == {0}
    assert _media(ctx) == media_before


@ON_SQLITE
def test_the_backup_file_holds_no_plaintext(made, video, tmp_path):
    _ctx, path, needles = made
    data = path.read_bytes()
    media = blocks(video)
    assert data.startswith(backup_seal.MAGIC) and len(media) > 20
    assert [label for label, needle in needles.items() if needle in data] == []
    assert [label for label, needle in media.items() if needle in data] == []
    assert b"manifest.json" not in data and b"tables/" not in data and b"files/" not in data, \
        "not even the zip's structure shows (its texts are deflated: a plain zip would hide them from a scan)"
    with zipfile.ZipFile(plain_copy(path, tmp_path / "open.zip")) as zf:  # the texts are in there, sealed
        inside = b"".join(zf.read(name) for name in zf.namelist() if name.startswith("tables/"))
    assert all(needles[k] in inside for k in ("observation", "quote", "below", "goal"))


@ON_SQLITE
def test_the_right_passphrase_brings_every_row_and_file_back(made, video, target):
    ctx, path, needles = made
    before, files = _tables(ctx), _files(ctx.workspace)
    assert before["content_keys"], "the content keys travel with the rows"

    result = exchange_backup.restore_backup(target, path, PASSPHRASE)

    after = _tables(target)
    assert after.pop("audit_log")[:-1] == _audit_before_the_backup(before)
    assert after == before and _files(target.workspace) == files and result.encrypted
    with target.store.read() as session:
        names = {people.real_name_of(session, c) for c in session.scalars(select(Client))}
        recording = session.scalars(select(Recording)).one()
        key = content_keys.find(session, content_keys.media_key_id(recording.sha256))
    assert needles["real name"].decode() in names
    vault_file = target.workspace.vault_dir / recording.vault_name
    assert is_sealed(vault_file) and key is not None
    with SealedReader(vault_file, key) as reader:  # the recording plays: its own key opens it
        assert hashlib.sha256(reader.read_all()).hexdigest() == hashlib.sha256(video.read_bytes()).hexdigest()


@ON_SQLITE
def test_a_wrong_or_missing_passphrase_changes_nothing(made, target):
    _ctx, path, _needles = made
    media_before = _media(target)
    with pytest.raises(backup_seal.WrongPassphrase) as wrong:
        exchange_backup.restore_backup(target, path, PASSPHRASE + "x")
    assert "wachtwoord" in wrong.value.nl and "passphrase" in wrong.value.en
    with pytest.raises(backup_seal.PassphraseNeeded):
        exchange_backup.restore_backup(target, path)
    with pytest.raises(backup_seal.WrongPassphrase):
        exchange_backup.check_backup_passphrase(path, "paard-batterij-niet")
    _unchanged(target, media_before)


def _damaged(data: bytes) -> list[tuple[str, bytes]]:
    """Every byte of both headers flipped, a byte at the start, middle and tag of every 64 KiB chunk, the file
    cut off at several places and one byte added."""
    start = backup_seal.HEADER_SIZE + 24
    spots = set(range(start))
    stored = 64 * 1024 + 16
    for chunk_start in range(start, len(data), stored):
        end = min(chunk_start + stored, len(data))
        spots |= {chunk_start, (chunk_start + end) // 2, end - 1}
    out = [(f"byte {at}", data[:at] + bytes([data[at] ^ 0x5A]) + data[at + 1:]) for at in sorted(spots)]
    cuts = {backup_seal.HEADER_SIZE - 1, backup_seal.HEADER_SIZE, start, start + 1000, len(data) // 2,
            len(data) - 16, len(data) - 1}
    out += [(f"cut at {at}", data[:at]) for at in sorted(cuts)]
    return [*out, ("one byte added", data + b"\0")]


@ON_SQLITE
def test_a_changed_byte_anywhere_is_one_clear_line_and_changes_nothing(made_cheaply, target, tmp_path):
    _ctx, path, _needles = made_cheaply
    broken = tmp_path / "kapot.kwbackup"
    cases = _damaged(path.read_bytes())
    assert len(cases) > 100
    media_before = _media(target)
    for label, data in cases:
        broken.write_bytes(data)
        with pytest.raises(BadInput) as refused:
            exchange_backup.restore_backup(target, broken, PASSPHRASE)
        error = refused.value
        assert "\n" not in error.bilingual(), label
        assert "reservekopie" in error.nl.lower() and "backup" in error.en.lower(), (label, error.nl)
        assert any(w in error.nl for w in ("beschadigd", "onvolledig", "klopt niet", "nieuwere")), (label, error.nl)
        _unchanged(target, media_before)
    assert not list(target.workspace.media_dir.glob(".herstel-*")), "no staging folder left"


@ON_SQLITE
def test_a_plain_backup_of_an_earlier_version_still_restores_with_a_notice(made, target, tmp_path):
    ctx, path, _needles = made
    before, files = _tables(ctx), _files(ctx.workspace)
    old = plain_copy(path, tmp_path / "oud.zip")  # byte for byte what the previous version wrote
    assert not exchange_backup.is_encrypted(old) and exchange_backup.is_encrypted(path)

    result = exchange_backup.restore_backup(target, old)

    assert not result.encrypted
    after = _tables(target)
    audit = after.pop("audit_log")
    assert audit[:-1] == _audit_before_the_backup(before) and "onversleuteld" in audit[-1][-2]  # detail, db_role
    assert after == before and _files(target.workspace) == files


def test_a_new_backup_passphrase_needs_ten_characters(case_setup, tmp_path):
    ctx = case_setup["ctx"]
    for short in ("", "kort", "123456789", " " * 9):
        with pytest.raises(BadInput, match="minstens 10 tekens") as refused:
            exchange_backup.create_backup(ctx, tmp_path / "kopie.kwbackup", passphrase=short)
        assert "at least 10 characters" in refused.value.en
    assert list(tmp_path.glob("*kopie*")) == []
    assert exchange_backup.create_backup(ctx, tmp_path / "kopie.kwbackup", passphrase="0123456789").path.is_file()
