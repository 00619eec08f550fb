"""The one-time upgrade of an older, plain workspace (`workspace encrypt`): database, backup copies and every
media file end up encrypted, every row and every file (by hash) survives, and a SIGKILL at any step leaves a
workspace that opens and an upgrade that finishes when run again."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from kijkwijzer.crypto import workspace_key
from kijkwijzer.crypto.sealed import SealedReader, is_sealed
from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.media.stills import extract_still
from kijkwijzer.media.waveform import load_or_compute
from kijkwijzer.services import (
    annotations,
    cases,
    consent,
    content_keys,
    media_files,
    people,
    recordings,
    workspace_upgrade,
)
from kijkwijzer.services.context import Actor
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.store.keyed import connect_file
from kijkwijzer.store.migrate import backup_sqlite
from kijkwijzer.workspace import ENCRYPTING_SUFFIX, PLAIN_SUFFIX, Workspace

ROOT = Path(__file__).parents[2]
PASSPHRASE = "zomeravond aan zee"
PROFILE = "Woont sinds kort bij haar zus in Tiel; schulden bij de woningcorporatie"
GROWING = {"audit_log", "content_keys"}  # the upgrade adds a row to these (its audit row, the media keys)


@pytest.fixture(scope="module")
def old_template(tmp_path_factory, test_video) -> Path:
    """A workspace as a version before encryption left it: plain database, a plain copy in backups/, and a
    plain vault file, still, waveform cache and consent form (sealed by today's import, then put back)."""
    root = tmp_path_factory.mktemp("oud") / "werkmap"
    ws = Workspace.at(root)
    ctx = open_context(ws)
    pro, reviewer = people.add_professional(ctx, "Sanne de Vries")
    client = people.add_client(ctx, real_name="Jozefien Quackenbosch", profile=PROFILE)
    case = cases.add_case(ctx, pro.id, client.id, "Schulden en werk", "loopt vast")
    conv = cases.add_conversation(ctx, case.id, date(2026, 11, 2), goal="Samen een plan maken")
    form = root.parent / "formulier.pdf"
    form.write_bytes(b"%PDF-1.4 ondertekend formulier " + os.urandom(4096))
    for purpose in ("recording", "analysis"):
        consent.grant(ctx, conv.id, purpose, date(2026, 11, 2), form_file=form if purpose == "recording" else None)
    as_pro = ctx.as_actor(Actor(reviewer.id, reviewer.name, "professional"))
    rec = recordings.import_recording(as_pro, conv.id, test_video)
    source = recordings.media_source(as_pro, rec.id)
    still = extract_still(source, 1000, ws.stills_dir / "oud.jpg")
    load_or_compute(source, ws.cache_dir, rec.sha256)
    for i in range(30):
        annotations.add(as_pro, AnnotationDraft(rec.id, 100 * i, observation=f"waarneming {i}",
                                                still_name=still.name if i == 0 else None))
    with ctx.store.read() as session:
        targets = media_files.sealed_targets(session, ws)
        keys = {key_id: content_keys.find(session, key_id) for _path, key_id, _sha in targets}
    for path, key_id, _sha in targets:  # back to plain, as an older version kept them
        if is_sealed(path):
            with SealedReader(path, keys[key_id]) as reader:
                plain = reader.read_all()
            path.write_bytes(plain)
    with ctx.transaction() as session:
        content_keys.destroy(session, *keys)
    backup_sqlite(ctx.store, ws.backup_dir, "0002_intake")
    ctx.store.dispose()
    assert len(targets) == 4 and not any(is_sealed(p) for p, _k, _s in targets)
    return root


@pytest.fixture
def old_workspace(old_template, tmp_path) -> Workspace:
    root = tmp_path / "werkmap"
    shutil.copytree(old_template, root)
    return Workspace.at(root)


def _rows(db: Path, key: bytes | None) -> dict[str, set[tuple]]:
    conn = connect_file(db, key)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                            "'sqlite_%'")]
        return {n: set(conn.execute(f'SELECT * FROM "{n}"').fetchall()) for n in names}
    finally:
        conn.close()


def _media(ws: Workspace) -> dict[Path, str]:
    """Every media file with the SHA-256 of its plaintext (the files are plain before the upgrade)."""
    ctx = open_context(ws)
    try:
        with ctx.store.read() as session:
            found = {}
            for path, key_id, _sha in media_files.sealed_targets(session, ws):
                key = content_keys.find(session, key_id)
                if is_sealed(path):
                    with SealedReader(path, key) as reader:
                        found[path] = hashlib.sha256(reader.read_all()).hexdigest()
                else:
                    found[path] = hashlib.sha256(path.read_bytes()).hexdigest()
        return found
    finally:
        ctx.store.dispose()


def _same_rows(before: dict[str, set[tuple]], after: dict[str, set[tuple]]) -> None:
    assert set(before) == set(after)
    for table, rows in before.items():
        if table in GROWING:
            assert rows <= after[table], table
        else:
            assert rows == after[table], table


def _nothing_plain_left(ws: Workspace) -> None:
    db = ws.db_file
    assert workspace_key.state(ws) == "encrypted" and not workspace_upgrade.database_pending(ws)
    assert not db.with_name(db.name + PLAIN_SUFFIX).exists() and not db.with_name(db.name + ENCRYPTING_SUFFIX).exists()
    assert not workspace_upgrade.plain_backups(ws) and list(ws.backup_dir.glob("*.db"))
    assert workspace_upgrade.plain_media_files(ws) == []
    for path in ws.root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert PROFILE.encode() not in data and b"waarneming 1" not in data, path


def test_upgrade_in_process_can_be_stopped_between_steps_and_finished(old_workspace):
    ws = old_workspace
    rows, media = _rows(ws.db_file, None), _media(ws)
    workspace_key.create(ws, PASSPHRASE)
    steps: list[workspace_upgrade.Step] = []
    first = workspace_upgrade.encrypt_workspace(ws, on_step=steps.append, cancelled=lambda: len(steps) >= 3)
    assert not first.finished and first.database and first.backups == 1
    assert not workspace_key.is_plain_database(ws.db_file) and workspace_upgrade.plain_media_files(ws)
    ctx = open_context(ws)
    try:
        assert workspace_upgrade.needed(ctx)  # the offer comes back
    finally:
        ctx.store.dispose()
    second = workspace_upgrade.encrypt_workspace(ws, on_step=steps.append)
    assert second.finished and not second.database and second.media + first.media == 4
    assert [s.kind for s in steps].count("database") == 2 and {s.kind for s in steps} == {"database", "backup", "media"}
    key = workspace_key.unlock_quietly(ws)
    _same_rows(rows, _rows(ws.db_file, key))
    assert _media(ws) == media
    _nothing_plain_left(ws)


def _points(ws: Workspace) -> list[tuple[str, str]]:
    """The steps of `workspace encrypt` in order, as its progress lines name them."""
    ctx = open_context(ws)
    try:
        with ctx.store.read() as session:
            media = [p.name for p, _k, _s in media_files.sealed_targets(session, ws) if not is_sealed(p)]
    finally:
        ctx.store.dispose()
    backups = [p.name for p in workspace_upgrade.plain_backups(ws)]
    return [("database", ws.db_file.name), *(("backup", b) for b in backups), *(("media", m) for m in media)]


def test_upgrade_killed_at_every_step_then_finished(old_workspace):
    """SIGKILL `workspace encrypt` inside each of its steps in turn (a run is killed when the next step not
    yet targeted has just begun); after every kill the workspace opens with all its rows; a last run
    finishes the job."""
    ws = old_workspace
    rows, media = _rows(ws.db_file, None), _media(ws)
    points = _points(ws)
    assert len(points) == 6  # database, one backup copy, four media files
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KIJKWIJZER_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "kijkwijzer.cli", "--workspace", str(ws.root), "workspace", "encrypt"]
    rng = random.Random(20261130)
    killed_in: list[tuple[str, str]] = []
    for target in [*range(len(points)), None]:
        child = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True)
        killed = False
        for line in child.stderr:
            point = (line.split()[3], line.rsplit(": ", 1)[1].strip()) if line.startswith("stap / step") else None
            if target is not None and point in points and points.index(point) >= target:
                if point[0] != "media":
                    time.sleep(rng.uniform(0, 0.03))  # somewhere inside the step that just began
                child.send_signal(signal.SIGKILL)
                killed_in.append(point)
                killed = True
                break
        code = child.wait(timeout=120)
        child.stderr.close()
        if not killed:
            assert code == 0, f"the run after {len(killed_in)} kills failed with {code}"
            break
        workspace_key.forget_in_process()
        if workspace_key.state(ws) == "encrypted":
            workspace_key.unlock(ws, PASSPHRASE)
        ctx = open_context(ws)  # the workspace opens after every kill ...
        ctx.store.dispose()
        _same_rows(rows, _rows(ws.db_file, workspace_key.key_for_database(ws.db_file)))  # ... with every row
    kills = len(killed_in)
    assert kills >= 4 and {kind for kind, _name in killed_in} == {"database", "backup", "media"}, killed_in
    key = workspace_key.unlock(ws, PASSPHRASE)
    _same_rows(rows, _rows(ws.db_file, key))
    assert _media(ws) == media
    _nothing_plain_left(ws)
    print(f"\n{kills} kills during `workspace encrypt` (in {[kind for kind, _n in killed_in]}), then finished")


def test_upgrade_killed_at_random_moments(old_workspace):
    """Kills at random times (also inside key creation, the schema check and sqlcipher_export)."""
    ws = old_workspace
    rows, media = _rows(ws.db_file, None), _media(ws)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KIJKWIJZER_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "kijkwijzer.cli", "--workspace", str(ws.root), "workspace", "encrypt"]
    rng = random.Random(7)
    for _ in range(6):
        child = subprocess.Popen(command, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.3, 2.5))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    final = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    assert final.returncode == 0, final.stderr
    workspace_key.forget_in_process()
    key = workspace_key.unlock(ws, PASSPHRASE)
    _same_rows(rows, _rows(ws.db_file, key))
    assert _media(ws) == media
    _nothing_plain_left(ws)


class Killed(BaseException):
    """Stands for SIGKILL at one exact line of the database swap (not an Exception: nothing catches it)."""


@pytest.mark.parametrize("moment", ["before the swap", "after the swap", "while overwriting"])
def test_the_database_swap_resumes_from_where_it_was_killed(old_workspace, monkeypatch, moment):
    """The three states a kill can leave inside the swap: the plain file with a second name (still the live
    file), the encrypted file in place with the plain one not yet overwritten, and half overwritten."""
    from kijkwijzer.store import encrypt

    ws = old_workspace
    rows = _rows(ws.db_file, None)
    key = workspace_key.create(ws, PASSPHRASE)
    plain_name = ws.db_file.with_name(ws.db_file.name + PLAIN_SUFFIX)
    real_replace, real_shred = os.replace, encrypt.shred_file

    def replace(src, dst):
        if moment == "before the swap" and str(src).endswith(ENCRYPTING_SUFFIX):
            raise Killed
        return real_replace(src, dst)

    def shred(path):
        if Path(path) == plain_name:
            if moment == "while overwriting":
                with open(path, "r+b") as handle:
                    handle.write(bytes(4096))
            raise Killed
        return real_shred(path)

    monkeypatch.setattr(encrypt.os, "replace", replace)
    monkeypatch.setattr(encrypt, "shred_file", shred)
    with pytest.raises(Killed):
        encrypt.encrypt_database(ws.db_file, key)
    monkeypatch.undo()
    assert plain_name.exists()
    if moment == "before the swap":
        assert os.path.samefile(plain_name, ws.db_file) and workspace_key.state(ws) == "unfinished"
    else:
        assert workspace_key.state(ws) == "encrypted" and workspace_upgrade.database_pending(ws)
    ctx = open_context(ws)  # opens in every state
    ctx.store.dispose()
    result = workspace_upgrade.encrypt_workspace(ws)
    assert result.finished and result.database == (moment == "before the swap")
    _same_rows(rows, _rows(ws.db_file, key))
    _nothing_plain_left(ws)
