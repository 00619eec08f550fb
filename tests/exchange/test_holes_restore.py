"""Issue 11, item 5: a restore checks every value against its column's type (a string in an integer column once
restored, and listing recordings crashed afterwards), refuses a file name with a path (`vault_name` of
`../../../tmp/X.mp4` was accepted and the PDF report read that file), and never overwrites a file already in
the media folders. Refused means: one clear error, not one row and not one file written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput
from kijkwijzer.services import annotations, recordings
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.services.full_disk import reserve_path
from kijkwijzer.services.open_workspace import open_context
from tests.support.rows import row_counts
from tests.support.sealed_backup import PASSPHRASE, rewrite
from tests.support.workspaces import new_plain_workspace

ON_SQLITE = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)


@pytest.fixture
def made_backup(case_setup, test_video, tmp_path) -> Path:
    ctx = case_setup["ctx"]
    recording = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    (ctx.workspace.stills_dir / "still-1.png").write_bytes(b"\x89PNG een still")
    annotations.add(ctx, AnnotationDraft(recording.id, 500, observation="een moment", still_name="still-1.png"))
    out = tmp_path / "kopie.zip"
    exchange_backup.create_backup(ctx, out, passphrase=PASSPHRASE, include_media=True)
    return out


def _tamper(source: Path, target: Path, table: str, column: str, value) -> Path:
    """The same backup with one value changed in the first row of a table (sealed again with its passphrase)."""
    def change(name: str, data: bytes) -> bytes:
        if name != f"tables/{table}.json":
            return data
        doc = json.loads(data)
        doc["rows"][0][doc["columns"].index(column)] = value
        return json.dumps(doc).encode()

    return rewrite(source, target, change)


@pytest.fixture
def target(tmp_path):
    """An empty workspace to restore into (its schema made once per process: tests/support/workspaces.py)."""
    ctx = open_context(new_plain_workspace(tmp_path / "doel"))
    yield ctx
    ctx.store.dispose()


def _nothing_restored(ctx) -> None:
    assert not any(row_counts(ctx).values())
    reserve = reserve_path(ctx.workspace)  # the workspace's own room for a withdrawal on a full disk
    assert [p for p in ctx.workspace.media_dir.rglob("*") if p.is_file() and p != reserve] == []


@ON_SQLITE
@pytest.mark.parametrize(("table", "column", "value", "words"), [
    ("recordings", "width", "breed", "klopt niet"),
    ("recordings", "duration_ms", 1.5, "klopt niet"),
    ("recordings", "has_video", "false", "klopt niet"),
    ("annotations", "observation", 42, "klopt niet"),
    ("recordings", "sha256", None, "klopt niet"),
    ("recordings", "vault_name", "../../../tmp/X.mp4", "onveilige bestandsnaam"),
    ("recordings", "vault_name", "/etc/passwd", "onveilige bestandsnaam"),
    ("recordings", "sha256", "*", "onveilige bestandsnaam"),
    ("annotations", "still_name", "../../kijkwijzer.db", "onveilige bestandsnaam"),
])
def test_a_value_that_does_not_fit_its_column_restores_nothing(made_backup, target, tmp_path, table, column, value,
                                                                words):
    bad = _tamper(made_backup, tmp_path / "fout.zip", table, column, value)
    with pytest.raises(BadInput, match=words) as refused:
        exchange_backup.restore_backup(target, bad, PASSPHRASE)
    assert refused.value.en
    _nothing_restored(target)


@ON_SQLITE
def test_an_existing_file_in_stills_is_never_overwritten(made_backup, target):
    taken = target.workspace.stills_dir / "still-1.png"
    taken.write_bytes(b"een andere still die er al stond")
    with pytest.raises(BadInput, match="overschrijven") as refused:
        exchange_backup.restore_backup(target, made_backup, PASSPHRASE)
    assert "overwrite" in refused.value.en
    assert taken.read_bytes() == b"een andere still die er al stond"
    assert not any(row_counts(target).values())
    reserve = reserve_path(target.workspace)
    assert sorted(p.name for p in target.workspace.media_dir.rglob("*") if p.is_file() and p != reserve) == [
        "still-1.png"]


@ON_SQLITE
def test_the_same_file_already_there_is_kept_and_the_restore_works(made_backup, target, case_setup):
    (target.workspace.stills_dir / "still-1.png").write_bytes(b"\x89PNG een still")
    result = exchange_backup.restore_backup(target, made_backup, PASSPHRASE)
    assert result.rows > 0
    assert (target.workspace.stills_dir / "still-1.png").read_bytes() == b"\x89PNG een still"
    listed = recordings.list_recordings(target)
    assert len(listed) == 1 and listed[0].available
