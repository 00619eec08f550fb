"""MediaVault with real files: sealed all-or-nothing import, dedupe, cancel, erasure that leaves no bytes."""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from kijkwijzer.crypto.sealed import SealBroken, is_sealed, new_key, read_sealed
from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.media import vault as vault_module
from kijkwijzer.media.vault import ImportCancelled, MediaVault, sha256_of
from tests.media.conftest import BROKEN_KINDS

KEY = new_key()


def _files(root):
    return sorted(p.name for p in root.iterdir())


def test_import_stores_by_content_hash(tmp_path, media_files):
    source = media_files["video"]
    calls = []
    vault = MediaVault(tmp_path / "kluis")
    entry = vault.import_file(source, KEY, progress=lambda done, total: calls.append((done, total)))
    expected = hashlib.sha256(source.read_bytes()).hexdigest()
    assert entry.sha256 == expected == sha256_of(source)
    assert entry.path == tmp_path / "kluis" / f"{expected}.mp4"
    assert is_sealed(entry.path) and source.read_bytes()[:4096] not in entry.path.read_bytes()
    assert read_sealed(entry.path, KEY) == source.read_bytes()
    with vault.open(expected, KEY) as reader:
        assert reader.read() == source.read_bytes()
    with pytest.raises(SealBroken):
        vault.open(expected, new_key())
    assert entry.size == source.stat().st_size and entry.created
    assert entry.info.has_video and entry.info.duration_ms > 5900
    assert calls[-1] == (entry.size, entry.size)
    assert _files(vault.root) == [entry.path.name]
    assert vault.path_for(expected) == entry.path


def test_same_content_twice_gives_the_same_entry(tmp_path, media_files):
    vault = MediaVault(tmp_path / "kluis")
    copy = tmp_path / "andere naam.MP4"
    shutil.copyfile(media_files["video"], copy)
    first = vault.import_file(media_files["video"], KEY)
    sealed = first.path.read_bytes()
    second = vault.import_file(copy, new_key())
    assert (second.sha256, second.path, second.size) == (first.sha256, first.path, first.size)
    assert (first.created, second.created) == (True, False)
    assert _files(vault.root) == [first.path.name]
    assert first.path.read_bytes() == sealed  # the first file, with its own key, stays


@pytest.mark.parametrize("kind", BROKEN_KINDS)
def test_unusable_media_writes_nothing(tmp_path, media_files, kind):
    vault = MediaVault(tmp_path / "kluis")
    with pytest.raises(BadInput):
        vault.import_file(media_files[kind], KEY)
    assert _files(vault.root) == []


@pytest.mark.parametrize("after_chunks", [0, 2])
def test_cancel_leaves_no_files(tmp_path, media_files, monkeypatch, after_chunks):
    monkeypatch.setattr(vault_module, "CHUNK", 64 * 1024)  # several chunks from a small test file
    vault = MediaVault(tmp_path / "kluis")
    polls = []

    def cancel() -> bool:
        polls.append(1)
        return len(polls) > after_chunks

    with pytest.raises(ImportCancelled) as caught:
        vault.import_file(media_files["video"], KEY, cancel=cancel)
    assert isinstance(caught.value, KijkwijzerError)
    assert "afgebroken" in caught.value.nl and "cancelled" in caught.value.en
    assert _files(vault.root) == []


def test_erase_overwrites_before_unlinking(tmp_path, media_files):
    vault = MediaVault(tmp_path / "kluis")
    entry = vault.import_file(media_files["video"], KEY)
    head = entry.path.read_bytes()[: 64 * 1024]
    witness = tmp_path / "zelfde-inode"  # a hard link sees the blocks the vault file used
    os.link(entry.path, witness)
    derived = tmp_path / "cache" / f"{entry.sha256}.50.wave"
    derived.parent.mkdir()
    derived.write_bytes(head[:4096])

    stored = entry.path.stat().st_size  # the sealed file: header and a tag per chunk more than the recording
    assert vault.erase(entry.sha256, derived=[derived]) == 2

    assert vault.path_for(entry.sha256) is None and not derived.exists()
    data = witness.read_bytes()
    assert len(data) == stored > entry.size and data.count(0) == len(data)
    for path in list(vault.root.rglob("*")) + list(tmp_path.rglob("*")):
        if path.is_file():
            assert head not in path.read_bytes(), path


def test_erase_of_unknown_hash_is_harmless(tmp_path):
    vault = MediaVault(tmp_path / "kluis")
    assert vault.erase("a" * 64) == 0
    with pytest.raises(BadInput):
        vault.erase("../../etc/passwd")


def test_find_moved_original_by_content(tmp_path, media_files):
    source = media_files["video"]
    digest = sha256_of(source)
    moved = tmp_path / "verhuisd" / "diep" / "opname.mp4"
    moved.parent.mkdir(parents=True)
    shutil.copyfile(source, moved)
    decoy = tmp_path / "verhuisd" / "andere.mp4"
    decoy.write_bytes(b"\0" * source.stat().st_size)  # same size, other content
    found = MediaVault.find_by_hash(digest, [tmp_path / "verhuisd"], size=source.stat().st_size)
    assert found == moved
    assert MediaVault.find_by_hash(digest, [tmp_path / "verhuisd"]) == moved
    assert MediaVault.find_by_hash("b" * 64, [tmp_path / "verhuisd"]) is None


def test_leftovers_of_a_killed_import_are_listed(tmp_path):
    vault = MediaVault(tmp_path / "kluis")
    stale = vault.root / ".import-dood.part"
    stale.write_bytes(b"half")
    assert vault.leftovers() == [stale]


def test_a_keyless_copy_of_the_same_content_is_replaced(tmp_path, media_files):
    """A sealed file whose key was never stored (a crash before the import's commit) is noise: the next import
    of the same recording writes it anew when the caller says so."""
    vault = MediaVault(tmp_path / "kluis")
    lost = vault.import_file(media_files["video"], new_key())
    again = vault.import_file(media_files["video"], KEY, keep_existing=lambda _sha, _path: False)
    assert again.created and again.path == lost.path
    assert read_sealed(again.path, KEY) == media_files["video"].read_bytes()
    assert _files(vault.root) == [again.path.name]


def test_hold_keeps_the_new_file_locked_until_released(tmp_path, media_files):
    from kijkwijzer.files import open_unlocked

    vault = MediaVault(tmp_path / "kluis")
    entry = vault.import_file(media_files["video"], KEY, hold=True)
    assert open_unlocked(entry.path) is None  # a clean-up in another process leaves it alone
    vault.release(entry)
    fd = open_unlocked(entry.path)
    assert fd is not None
    os.close(fd)
