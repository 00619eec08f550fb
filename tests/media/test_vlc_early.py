"""VLC begun while the program loads (media/vlc_early.py, begun by launch.py): the window's player takes the
instance made in that thread instead of making its own, and it plays; one begun with other arguments is released;
a VLC that cannot start there is started, or refused with the usual message, by the player itself."""

from __future__ import annotations

import threading

import pytest
import vlc

from kijkwijzer.media import vlc_early
from kijkwijzer.media.vlc_player import VlcPlayer

pytestmark = pytest.mark.vlc


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """Every VLC instance made (libvlc_new), with the thread that made it and its arguments; each release too."""
    seen: list[tuple[str, list[str]]] = []
    new, release = vlc.libvlc_new, vlc.Instance.release
    made_with: dict[int, list[str]] = {}

    def libvlc_new(argc, argv):
        args = [a.decode() for a in argv[1:]]  # without the "vlc" python-vlc puts first
        one = new(argc, argv)
        made_with[id(one)] = args
        seen.append((threading.current_thread().name, args))
        return one

    def noted_release(instance):
        seen.append(("released", made_with.get(id(instance), [])))
        return release(instance)

    monkeypatch.setattr(vlc, "libvlc_new", libvlc_new)
    monkeypatch.setattr(vlc.Instance, "release", noted_release)
    yield seen
    vlc_early.take([])  # nothing begun is left for the next test


def test_the_player_takes_the_instance_begun_early_and_plays(made, media_files):
    args = vlc_early.player_args(headless=True)
    vlc_early.begin(args)
    player = VlcPlayer(headless=True)
    try:
        assert made == [(vlc_early.THREAD_NAME, args)]  # one instance, made in the early thread
        player.load(media_files["video"])
        assert abs(player.duration() - 6000) <= 50
        player.play()
        assert player.is_playing()
    finally:
        player.close()
    assert made[-1] == ("released", args)
    assert vlc_early.take(args) is None  # taken once only


def test_one_begun_with_other_arguments_is_released_and_the_player_makes_its_own(made):
    windowed = vlc_early.player_args(headless=False)
    vlc_early.begin(windowed)
    player = VlcPlayer(headless=True)
    player.close()
    headless = vlc_early.player_args(headless=True)
    assert made[:3] == [(vlc_early.THREAD_NAME, windowed), ("released", windowed), ("MainThread", headless)]


def test_a_vlc_that_fails_in_the_early_thread_is_started_by_the_player(made, monkeypatch, media_files):
    real = vlc.libvlc_new

    def failing_early(argc, argv):
        if threading.current_thread().name == vlc_early.THREAD_NAME:
            raise OSError("libvlc.so.5: cannot open shared object file")
        return real(argc, argv)

    monkeypatch.setattr(vlc, "libvlc_new", failing_early)
    vlc_early.begin(vlc_early.player_args(headless=True))
    player = VlcPlayer(headless=True)
    try:
        player.load(media_files["video"])
        assert abs(player.duration() - 6000) <= 50
    finally:
        player.close()
