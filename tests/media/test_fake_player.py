"""FakePlayer (tests/support/fake_player.py) against VlcPlayer: the window and review tests that are not about
playback run on the fake, so what they rely on is checked here on both, with the same assertions. A test that
fails for "fake" only means the fake has drifted from VLC (fix the fake); one that fails for both is the real
player's business (tests/media/test_vlc_player.py, test_sealed_media.py)."""

from __future__ import annotations

import threading
import time

import pytest
from PIL import Image

from kijkwijzer.crypto.sealed import SealBroken, SealedWriter, new_key
from kijkwijzer.errors import BadInput
from kijkwijzer.media.framecode import shown_within
from kijkwijzer.media.source import MediaSource
from tests.support.fake_player import FakePlayer, ManualClock

FRAME_MS = 40


@pytest.fixture(scope="module")
def vlc_for_the_module():
    from kijkwijzer.media.vlc_player import VlcPlayer

    player = VlcPlayer(headless=True)
    yield player
    player.close()


@pytest.fixture(params=["vlc", "fake"])
def any_player(request):
    """A headless VlcPlayer (one for this module: each load opens a fresh libvlc player inside it; rate,
    volume and mute put back first), or a new FakePlayer on the wall clock."""
    if request.param == "vlc":
        player = request.getfixturevalue("vlc_for_the_module")
        player.unload()
        player.set_rate(1.0)
        player.set_volume(100)
        player.set_mute(False)
        yield player
        player.unload()
        return
    fake = FakePlayer()
    yield fake
    fake.close()


@pytest.fixture
def loaded(any_player, media_files):
    any_player.load(media_files["frame_coded"])
    return any_player




def test_load_starts_paused_on_the_first_frame(loaded):
    assert abs(loaded.duration() - 6000) <= 50
    assert loaded.position() == 0 and not loaded.is_playing() and loaded.rate() == 1.0
    assert shown_within(loaded, 0) == 0


def test_seek_while_paused_reports_and_shows_the_new_time_and_clamps_to_the_last_frame(loaded):
    for target in (3000, 1234, 4960, 40):
        loaded.seek(target)
        assert loaded.position() == target
        assert shown_within(loaded, target // FRAME_MS) == target // FRAME_MS
    loaded.seek(60_000)
    assert loaded.position() == loaded.duration() - FRAME_MS
    loaded.seek(-500)
    assert loaded.position() == 0


def test_step_frame_moves_one_frame_each_way_and_pauses_first(loaded):
    loaded.seek(2000)
    loaded.step_frame(1)
    assert (loaded.position(), shown_within(loaded, 51)) == (2040, 51)
    for _ in range(3):
        loaded.step_frame(-1)
    assert (loaded.position(), shown_within(loaded, 48)) == (1920, 48)
    loaded.seek(0)
    loaded.step_frame(-1)
    assert loaded.position() == 0
    loaded.play()
    time.sleep(0.3)
    loaded.step_frame(1)
    assert not loaded.is_playing() and loaded.position() % FRAME_MS == 0


def test_playing_advances_and_pause_stops_on_a_frame(loaded):
    loaded.play()
    time.sleep(0.5)
    assert loaded.is_playing()
    loaded.pause()
    paused_at = loaded.position()
    assert 250 <= paused_at <= 1200 and paused_at % FRAME_MS == 0 and not loaded.is_playing()
    time.sleep(0.2)
    assert loaded.position() == paused_at


def test_rate_is_bounded_as_vlc_bounds_it(loaded):
    loaded.set_rate(2.0)
    for bad in (8.0, 0.1, 0):
        with pytest.raises(BadInput):
            loaded.set_rate(bad)
    assert loaded.rate() == 2.0


def test_end_reached_calls_back_once_then_seek_works(loaded):
    ended = threading.Event()
    loaded.on_end_reached(ended.set)
    loaded.seek(5600)
    loaded.play()
    deadline = time.monotonic() + 4.0
    while not ended.is_set() and time.monotonic() < deadline:
        loaded.is_playing()  # the window polls the player ~30 times a second
        time.sleep(0.03)
    assert ended.is_set()
    assert not loaded.is_playing() and loaded.position() == loaded.duration()
    loaded.seek(1000)
    assert shown_within(loaded, 25) == 25


def test_snapshot_is_a_png_of_the_video_size_and_only_png(loaded, tmp_path):
    target = loaded.snapshot(tmp_path / "beeld.png")
    with Image.open(target) as image:
        assert image.size == (240, 120) and image.format == "PNG"
    with pytest.raises(BadInput):
        loaded.snapshot(tmp_path / "beeld.jpg")


def test_volume_and_mute(loaded):
    loaded.set_volume(40)
    loaded.set_mute(True)
    assert (loaded.volume(), loaded.is_muted()) == (40, True)
    loaded.set_volume(250)
    loaded.set_mute(False)
    assert (loaded.volume(), loaded.is_muted()) == (100, False)


@pytest.mark.parametrize("kind", ["random", "zero_byte", "not_media"])
def test_unplayable_files_raise_bad_input_naming_the_file_and_the_player_survives(any_player, media_files, kind):
    with pytest.raises(BadInput) as caught:
        any_player.load(media_files[kind])
    assert media_files[kind].name in caught.value.nl and media_files[kind].name in caught.value.en
    assert any_player.duration() == 0
    any_player.play()
    any_player.seek(1000)
    any_player.load(media_files["frame_coded"])
    any_player.seek(400)
    assert shown_within(any_player, 10) == 10


def test_missing_file(any_player, tmp_path):
    with pytest.raises(BadInput, match="niet gevonden"):
        any_player.load(tmp_path / "weg.mp4")


def test_a_sealed_recording_plays_with_its_key_and_is_refused_with_another(any_player, media_files, tmp_path):
    key = new_key()
    target = tmp_path / "opname.sealed"
    with open(media_files["frame_coded"], "rb") as plain, open(target, "wb") as out:
        writer = SealedWriter(out, key)
        writer.write(plain.read())
        writer.close()
    with pytest.raises(SealBroken):
        any_player.load(MediaSource(target, new_key(), "gesprek.mp4"))
    any_player.load(MediaSource(target, key, "gesprek.mp4"))
    assert abs(any_player.duration() - 6000) <= 50
    any_player.seek(2000)
    assert shown_within(any_player, 50, seconds=3.0) == 50  # VLC decodes a sealed input on its own thread


def test_unload_lets_go_and_the_player_stays_usable(loaded, media_files):
    loaded.unload()
    assert loaded.duration() == 0 and loaded.position() == 0
    loaded.seek(1000)
    loaded.load(media_files["frame_coded"])
    assert abs(loaded.duration() - 6000) <= 50


def test_the_fakes_clock_can_be_moved_by_the_test(media_files):
    clock = ManualClock()
    fake = FakePlayer(clock)
    fake.load(media_files["frame_coded"])
    times: list[int] = []
    fake.on_time_changed(times.append)
    fake.set_rate(2.0)
    fake.play()
    assert fake.position() == 0
    clock.advance(500)
    assert fake.position() == 1000 and times[-1] == 1000
    fake.pause()
    assert fake.position() == 1000 and not fake.is_playing()
    fake.close()
