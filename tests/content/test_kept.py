"""The content kept between starts (content/kept.py): a start with unchanged content reads no TOML and gets the
same Content; any change to the content, the seeds or the code loads afresh; a broken cache never breaks a start."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kijkwijzer.content import DEFAULT_DIR, kept, loader, seeds_dir
from kijkwijzer.errors import ContentError

FILES = list(loader.FILES)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(kept.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_DIR, target)
    return target


def load(directory: Path, seeds: Path | None = None):
    return kept.load_kept(directory, FILES, seeds, lambda: loader._load(directory, seeds))


def no_toml(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path):
        raise AssertionError(f"read {path} although the content was kept")

    monkeypatch.setattr(loader, "_read_toml", refuse)


def test_a_second_start_reads_no_toml_and_gets_the_same_content(cache, content_dir, monkeypatch):
    first = load(content_dir)
    assert [p.name for p in cache.iterdir()] == [f"inhoud-{kept.key(content_dir, FILES, None)}.pickle"]
    assert oct(cache.stat().st_mode & 0o777) == "0o700"
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in cache.iterdir())
    no_toml(monkeypatch)
    second = load(content_dir)
    assert second == first
    assert second.theme(first.themes[0].id).title == first.themes[0].title
    assert second.sources == first.sources


def test_a_changed_content_file_is_loaded_afresh_and_the_old_copy_goes(cache, content_dir):
    before = load(content_dir)
    theme = before.themes[0]
    path = content_dir / "themes.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(theme.title, theme.title + " (gewijzigd)", 1),
                    encoding="utf-8")
    after = load(content_dir)
    assert after.theme(theme.id).title == theme.title + " (gewijzigd)"
    assert len(list(cache.glob("inhoud-*.pickle"))) == 1  # the copy of the old content is gone


def test_a_changed_seed_file_or_code_gives_another_key(content_dir, tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "001_x.txt").write_text("regel\n", encoding="utf-8")
    before = kept.key(content_dir, FILES, seeds)
    os.utime(seeds / "001_x.txt", ns=(1, 1))
    assert kept.key(content_dir, FILES, seeds) != before
    assert kept.key(content_dir, FILES, None) != kept.key(content_dir, FILES, seeds)
    unchanged = kept.key(content_dir, FILES, None)
    monkeypatch.setattr(kept, "_code_fingerprint", lambda: b"another version of the loader")
    assert kept.key(content_dir, FILES, None) != unchanged


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])  # empty, garbage, a pickled 1
def test_a_damaged_copy_is_loaded_afresh_and_replaced(cache, content_dir, damage):
    first = load(content_dir)
    (copy,) = cache.glob("inhoud-*.pickle")
    copy.write_bytes(damage)
    assert load(content_dir) == first
    assert copy.read_bytes() != damage


def test_bad_content_is_said_as_before_and_nothing_is_kept(cache, content_dir):
    (content_dir / "themes.toml").write_text("[[theme]\n", encoding="utf-8")
    with pytest.raises(ContentError, match="themes.toml"):
        load(content_dir)
    assert not list(cache.glob("inhoud-*.pickle"))


def test_a_cache_folder_that_cannot_be_written_still_gives_the_content(tmp_path, content_dir, monkeypatch):
    blocked = tmp_path / "een-bestand"
    blocked.write_text("geen map", encoding="utf-8")
    monkeypatch.setenv(kept.CACHE_ENV, str(blocked / "cache"))  # under a file: cannot be made
    assert load(content_dir).themes
    assert not list(tmp_path.glob("**/inhoud-*"))


def test_the_default_load_goes_through_the_cache(cache, monkeypatch):
    loader._load_default.cache_clear()
    try:
        expected = loader.load_content()
        assert list(cache.glob("inhoud-*.pickle"))
        loader._load_default.cache_clear()
        no_toml(monkeypatch)
        assert loader.load_content() == expected
    finally:
        loader._load_default.cache_clear()
    assert seeds_dir() is None or expected.sources
