"""Recordings are sealed at rest, in both modes: after importing, playing with real VLC, making stills and a
waveform, no 4 KiB block of the recording is in any file of the workspace, the database server or /tmp.
Erasure destroys the key, so even a copy taken before is noise; a vault file whose key never got stored is
erased at the next open; a plain vault file of an older workspace keeps working until it is sealed."""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from kijkwijzer.crypto.sealed import SealBroken, SealedReader, is_sealed, new_key, seal_file_in_place
from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.media.player_factory import create_player
from kijkwijzer.media.stills import extract_still, read_still
from kijkwijzer.media.synth import make_test_video
from kijkwijzer.media.waveform import load_or_compute
from kijkwijzer.services import annotations, consent, content_keys, leftovers, media_files, recordings
from kijkwijzer.services.exchange import report as exchange_report
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.store.models import ContentKey

from .support import scan_everywhere

BLOCK = 4096


def _blocks(data: bytes) -> dict[str, bytes]:
    """Every 4 KiB block of the recording that could only come from it (not a run of one byte)."""
    blocks = {}
    for offset in range(0, len(data) - BLOCK + 1, BLOCK):
        block = data[offset:offset + BLOCK]
        if len(set(block)) >= 64:
            blocks[f"block at {offset}"] = block
    return blocks


@pytest.fixture
def own_video(tmp_path_factory):
    """A recording no other test makes (its own size and length), so a remnant can only come from here."""
    folder = tmp_path_factory.mktemp("eigen-opname")
    return make_test_video(folder / "gesprek.mp4", seconds=5.2, size="336x192")


def test_nothing_plain_of_the_recording_reaches_any_disk(case_setup, own_video, request):
    started = time.time() - 1
    ctx = case_setup["ctx"]
    view = recordings.import_recording(ctx, case_setup["conversation"].id, own_video)
    opened = recordings.open_recording(ctx, view.id)
    assert opened.source is not None and opened.source.key is not None and is_sealed(opened.path)
    player = create_player(headless=True)
    try:
        player.load(opened.source)
        player.seek(2500)
        player.play()
        time.sleep(0.5)
        player.pause()
        assert player.snapshot_png().startswith(b"\x89PNG")
        player.snapshot(ctx.workspace.stills_dir / "moment.png")
    finally:
        player.close()
    still = extract_still(opened.source, 1500, ctx.workspace.stills_dir / f"annotatie-{view.id}-1500.jpg")
    assert is_sealed(still) and read_still(still, opened.source.key).startswith(b"\xff\xd8")
    load_or_compute(opened.source, ctx.workspace.cache_dir, opened.sha256)
    assert all(is_sealed(p) for p in ctx.workspace.cache_dir.iterdir())
    pdf = exchange_report.export_report(ctx, case_setup["conversation"].id, own_video.parent / "verslag.pdf")
    assert pdf.path.is_file()

    server = request.getfixturevalue("postgres_server") if not ctx.store.is_sqlite else None
    needles = _blocks(own_video.read_bytes())
    assert len(needles) > 20
    everything = scan_everywhere(ctx, needles, started, server.data if server else None)
    assert {label for path, label in everything if path == str(own_video)} == set(needles)  # the scan sees
    found = [(path, label) for path, label in everything if path != str(own_video)]
    assert found == [], f"plain recording found in {sorted({p for p, _ in found})}"


def test_erasure_destroys_the_key_so_a_copy_taken_before_is_noise(case_setup, test_video, tmp_path):
    ctx = case_setup["ctx"]
    view = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    still = extract_still(view.source, 1000, ctx.workspace.stills_dir / "voor-het-wissen.jpg")
    annotations.add(ctx, AnnotationDraft(view.id, 1000, still_name=still.name))
    copies = {}
    for name, path in (("vault", view.path), ("still", still)):
        copies[name] = tmp_path / f"kopie-{name}"
        copies[name].write_bytes(path.read_bytes())
    key_id = content_keys.media_key_id(view.sha256)
    with ctx.store.read() as session:
        assert content_keys.find(session, key_id) == view.source.key

    recordings.remove_recording(ctx, view.id)

    with ctx.store.read() as session:
        assert content_keys.find(session, key_id) is None
        left = [bytes(k) for k in session.scalars(select(ContentKey.key))]
    assert not view.path.exists() and not still.exists()
    for copy in copies.values():  # no key the workspace still holds opens them (theirs lived in this test only)
        for key in left:
            with pytest.raises(SealBroken), SealedReader(copy, key) as reader:
                reader.chunk(0)
    assert test_video.read_bytes()[:BLOCK] not in copies["vault"].read_bytes()


def test_a_shared_recording_keeps_its_key_until_the_last_one_goes(case_setup, test_video):
    ctx = case_setup["ctx"]
    first = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    second = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    assert first.path == second.path and first.source.key == second.source.key  # one file, one key
    recordings.remove_recording(ctx, first.id)
    source = recordings.media_source(ctx, second.id)
    with source.open() as reader:
        assert reader.read(BLOCK) == test_video.read_bytes()[:BLOCK]
    recordings.remove_recording(ctx, second.id)
    with ctx.store.read() as session:
        assert content_keys.find(session, content_keys.media_key_id(second.sha256)) is None


def test_a_vault_file_without_its_key_is_erased_at_the_next_open(case_setup, test_video):
    ctx = case_setup["ctx"]
    video = make_test_video(test_video.parent / f"kort-{uuid.uuid4().hex[:6]}.mp4", seconds=2)
    crashed = ctx.vault.import_file(video, new_key())  # renamed into place, killed before the commit
    held = ctx.vault.import_file(test_video, new_key(), hold=True)  # an import storing its key right now
    young = time.time() - 30
    for path in (crashed.path, held.path):
        os.utime(path, (young, young))
    assert leftovers.clean(ctx.workspace, ctx.store) == 0  # maybe another computer's import, committing now
    old = time.time() - leftovers.KEYLESS_MIN_AGE_S - 60
    for path in (crashed.path, held.path):
        os.utime(path, (old, old))
    try:
        assert leftovers.clean(ctx.workspace, ctx.store) == 1
        assert not crashed.path.exists() and held.path.exists()
    finally:
        ctx.vault.release(held)
    again = open_context(ctx.workspace)
    try:
        assert not held.path.exists()  # nobody stored its key: noise
        view = recordings.import_recording(case_setup["ctx"], case_setup["conversation"].id, video)
        assert leftovers.clean(ctx.workspace, ctx.store) == 0 and view.path.exists()
        with view.source.open() as reader:
            assert reader.read() == video.read_bytes()
    finally:
        again.store.dispose()


def test_an_import_after_a_crash_replaces_the_keyless_file(case_setup, test_video):
    ctx = case_setup["ctx"]
    lost = ctx.vault.import_file(test_video, new_key())
    view = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    assert view.path == lost.path
    with view.source.open() as reader:
        assert reader.read(BLOCK) == test_video.read_bytes()[:BLOCK]


def test_a_damaged_vault_file_gives_a_clear_message(case_setup, test_video):
    ctx = case_setup["ctx"]
    view = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    data = bytearray(view.path.read_bytes())
    data[len(data) // 2] ^= 0x40
    view.path.write_bytes(bytes(data))
    source = recordings.media_source(ctx, view.id)
    with pytest.raises(SealBroken) as caught:
        load_or_compute(source, ctx.workspace.cache_dir, view.sha256)
    assert "gesprek.mp4" in caught.value.nl and "gesprek.mp4" in caught.value.en
    player = create_player(headless=True)
    failed = threading.Event()
    player.on_error(failed.set)
    try:  # VLC meets the damage while it starts (its read-ahead) or while it plays: said either way
        player.load(source)
        player.play()
        assert failed.wait(10) and isinstance(player.problem(), SealBroken)
        assert "gesprek.mp4" in player.problem().en
    except SealBroken as error:
        assert "gesprek.mp4" in error.nl
    finally:
        player.close()


def test_an_older_plain_workspace_plays_until_the_upgrade_seals_it(case_setup, test_video):
    """A vault file, still and cache of a workspace from before encryption are plain and have no key: they are
    used as they are, and `sealed_targets` names every one for the one-time upgrade."""
    ctx = case_setup["ctx"]
    view = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    view.path.write_bytes(test_video.read_bytes())  # as an older version stored it
    with ctx.transaction() as session:
        content_keys.destroy(session, content_keys.media_key_id(view.sha256))
    form = test_video.parent / "formulier.pdf"
    form.write_bytes(b"%PDF-1.4 ondertekend formulier " + os.urandom(4096))
    granted = consent.grant(ctx, case_setup["conversation"].id, "client_interview", date(2026, 11, 2),
                            form_file=form)
    form_file = ctx.workspace.forms_dir / granted.form_name
    assert is_sealed(form_file) and consent.form_bytes(ctx, granted.id) == (granted.form_name, form.read_bytes())
    form_file.write_bytes(form.read_bytes())  # and the form as an older version kept it

    source = recordings.media_source(ctx, view.id)
    assert source.key is None and not source.sealed
    still = extract_still(source, 1000, ctx.workspace.stills_dir / "oud.jpg")
    load_or_compute(source, ctx.workspace.cache_dir, view.sha256)
    player = create_player(headless=True)
    try:
        player.load(source)
        player.seek(2000)
        assert player.position() == 2000
    finally:
        player.close()
    annotations.add(ctx, AnnotationDraft(view.id, 1000, still_name=still.name))  # the row that names the still

    with ctx.store.read() as session:
        targets = media_files.sealed_targets(session, ctx.workspace)
    key_ids = {path.name: (key_id, sha) for path, key_id, sha in targets}
    media = content_keys.media_key_id(view.sha256)
    assert key_ids[view.path.name] == (media, view.sha256)
    assert key_ids[still.name] == (media, None)
    assert key_ids[f"{view.sha256}.50.wave"] == (media, None)
    assert key_ids[granted.form_name] == (content_keys.form_key_id(granted.form_name), granted.form_name[:64])

    for path, key_id, expected in targets:  # what the upgrade command does per file
        with ctx.transaction() as session:
            key = content_keys.get_or_create(session, key_id)
        assert seal_file_in_place(path, key, expected) is True
    assert all(is_sealed(path) for path, _k, _s in targets)
    sealed = recordings.media_source(ctx, view.id)
    assert sealed.key is not None and sealed.sealed
    with sealed.open() as reader:
        assert reader.read() == test_video.read_bytes()
    assert read_still(still, sealed.key).startswith(b"\xff\xd8")
    assert consent.form_bytes(ctx, granted.id)[1] == form.read_bytes()
    assert len(load_or_compute(sealed, ctx.workspace.cache_dir, view.sha256)) > 0
