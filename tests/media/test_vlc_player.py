"""VlcPlayer against real libvlc with dummy output. A frame-numbered video lets every test check the
picture VLC really shows, not only the time the player reports."""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import threading
import time

import pytest
from PIL import Image

from kijkwijzer.errors import BadInput
from kijkwijzer.media.framecode import frame_number
from kijkwijzer.media.player_factory import create_player
from kijkwijzer.media.vlc_player import VlcPlayer

pytestmark = pytest.mark.vlc
FRAME_MS = 40


def shown(player, tmp_path) -> int:
    return frame_number(player.snapshot(tmp_path / "shot.png"))


def shown_within(player, tmp_path, expected: int, seconds: float = 1.0) -> int:
    """The frame on screen once it settles: VLC decodes the sought frame asynchronously, and on a busy
    machine the first snapshot can still hold the previous picture."""
    deadline = time.monotonic() + seconds
    while True:
        frame = shown(player, tmp_path)
        if frame == expected or time.monotonic() > deadline:
            return frame
        time.sleep(0.05)


@pytest.fixture
def player(headless_player, media_files):
    headless_player.load(media_files["frame_coded"])
    return headless_player


def test_load_starts_paused_on_the_first_frame(player, tmp_path):
    assert abs(player.duration() - 6000) <= 50
    assert player.position() == 0 and not player.is_playing() and player.rate() == 1.0
    assert shown(player, tmp_path) == 0


def test_playhead_advances_smoothly_and_pause_shows_the_reported_frame(player, tmp_path):
    player.play()
    samples = []
    start = time.monotonic()
    while time.monotonic() - start < 1.0:
        samples.append(player.position())
        time.sleep(0.02)
    assert player.is_playing()
    player.pause()
    assert 600 <= samples[-1] <= 1400
    assert samples == sorted(samples)  # never backwards
    steps = [b - a for a, b in itertools.pairwise(samples)]
    assert max(steps) < 150  # VLC itself reports in 250-500 ms steps
    assert len(set(samples)) > 25
    paused_at = player.position()
    assert paused_at % FRAME_MS == 0 and not player.is_playing()
    assert shown(player, tmp_path) == paused_at // FRAME_MS
    time.sleep(0.2)
    assert player.position() == paused_at


def test_seek_while_paused_reports_and_shows_the_new_time(player, tmp_path):
    for target in (3000, 1234, 4960, 40):
        started = time.monotonic()
        player.seek(target)
        assert player.position() == target
        assert time.monotonic() - started < 0.2
        assert shown_within(player, tmp_path, target // FRAME_MS) == target // FRAME_MS


def test_step_frame_moves_one_frame_each_way(player, tmp_path):
    player.seek(2000)
    player.step_frame(1)
    assert (player.position(), shown(player, tmp_path)) == (2040, 51)
    player.step_frame(1)
    player.step_frame(-1)
    player.step_frame(-1)
    player.step_frame(-1)
    assert (player.position(), shown(player, tmp_path)) == (1960, 49)
    player.seek(0)
    player.step_frame(-1)
    assert player.position() == 0
    player.play()
    time.sleep(0.3)
    player.step_frame(1)  # pauses first, then steps
    assert not player.is_playing()
    assert shown(player, tmp_path) == player.position() // FRAME_MS


def test_rate_changes_speed_and_is_bounded(player):
    player.set_rate(2.0)
    player.play()
    time.sleep(0.5)
    player.pause()
    assert 650 <= player.position() <= 1400
    for bad in (8.0, 0.1, 0):
        with pytest.raises(BadInput):
            player.set_rate(bad)
    assert player.rate() == 2.0


def test_end_reached_fires_and_seek_works_afterwards(player, tmp_path):
    ended = threading.Event()
    times: list[int] = []
    player.on_end_reached(ended.set)
    player.on_time_changed(times.append)
    player.seek(5000)
    player.play()
    assert ended.wait(4.0)
    assert not player.is_playing() and player.position() == player.duration()
    assert times and all(isinstance(t, int) for t in times)
    player.seek(1000)
    assert shown(player, tmp_path) == 25
    player.play()
    time.sleep(0.3)
    assert player.position() > 1100


def test_snapshot_writes_a_png_of_the_video_size(player, tmp_path):
    target = player.snapshot(tmp_path / "sub" / "beeld.png")
    with Image.open(target) as image:
        assert image.size == (240, 120) and image.format == "PNG"
    with pytest.raises(BadInput):
        player.snapshot(tmp_path / "beeld.jpg")
    assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == ["beeld.png"]


def test_the_picture_size_is_the_shape_on_screen(headless_player, media_files):
    """320x180 stored; the phone recording is stored sideways and shown upright: the window's surface takes
    this shape (ui/review/player_view.PictureBox), so it must be the shown one."""
    headless_player.load(media_files["video"])
    assert headless_player.picture_size() == (320, 180)
    headless_player.load(media_files["rotated"])
    assert headless_player.picture_size() == (180, 320)
    headless_player.load(media_files["audio_only"])
    assert headless_player.picture_size() is None


def test_audio_only_plays_and_has_no_picture(headless_player, media_files, tmp_path):
    headless_player.load(media_files["audio_only"])
    assert abs(headless_player.duration() - 6000) <= 100
    headless_player.play()
    time.sleep(0.3)
    assert headless_player.position() > 0
    with pytest.raises(BadInput):
        headless_player.snapshot(tmp_path / "x.png")


def test_volume_and_mute(player):
    player.set_volume(40)
    player.set_mute(True)
    assert (player.volume(), player.is_muted()) == (40, True)
    player.set_volume(250)
    player.set_mute(False)
    assert (player.volume(), player.is_muted()) == (100, False)


@pytest.mark.parametrize(
    "kind", ["random", "no_index", "zero_byte", "not_media", "no_streams", "unknown_codec"]
)
def test_unplayable_files_raise_bad_input_and_the_player_survives(
    headless_player, media_files, kind, tmp_path
):
    with pytest.raises(BadInput) as caught:
        headless_player.load(media_files[kind])
    assert media_files[kind].name in caught.value.nl and media_files[kind].name in caught.value.en
    assert headless_player.duration() == 0
    headless_player.play()  # nothing loaded: no-ops, no crash
    headless_player.seek(1000)
    headless_player.load(media_files["frame_coded"])
    headless_player.seek(400)
    assert shown(headless_player, tmp_path) == 10


def test_missing_file(headless_player, tmp_path):
    with pytest.raises(BadInput, match="niet gevonden"):
        headless_player.load(tmp_path / "weg.mp4")


def test_factory_gives_a_player_that_closes_twice(media_files):
    player = create_player(headless=True)
    assert isinstance(player, VlcPlayer)
    player.load(media_files["video"])
    player.close()
    player.close()
    for call in (player.play, player.pause, lambda: player.seek(1000), lambda: player.step_frame(1)):
        call()  # after close: harmless no-ops, never a crash in libvlc
    player.set_volume(50)
    player.set_rate(2.0)
    player.set_output_window(0)
    assert player.position() == 0 and not player.is_playing()


class _X11:
    """Just enough Xlib (via ctypes) to make a window for VLC to draw into, like a Qt widget's winId()."""

    def __init__(self, display: str) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            pytest.skip("libX11 not found")
        self.lib = lib = ctypes.CDLL(name)
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XCreateSimpleWindow.restype = ctypes.c_ulong
        lib.XCreateSimpleWindow.argtypes = (
            [ctypes.c_void_p, ctypes.c_ulong]
            + [ctypes.c_int] * 2
            + [ctypes.c_uint] * 3
            + [ctypes.c_ulong] * 2
        )
        for func in ("XMapWindow", "XDestroyWindow"):
            getattr(lib, func).argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        lib.XFlush.argtypes = lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.display = lib.XOpenDisplay(display.encode())
        assert self.display

    def window(self) -> int:
        win = self.lib.XCreateSimpleWindow(
            self.display, self.lib.XDefaultRootWindow(self.display), 0, 0, 320, 240, 0, 0, 0
        )
        self.lib.XMapWindow(self.display, win)
        self.lib.XFlush(self.display)
        return int(win)

    def close(self) -> None:
        self.lib.XCloseDisplay(self.display)


@pytest.mark.xvfb
def test_real_x_window_embedding_under_xvfb(xvfb_display, media_files, tmp_path):
    """The product path: a real video output drawing into a window we own, then moved to another one."""
    x11 = _X11(xvfb_display)
    player = VlcPlayer(headless=False, extra_args=["--aout=dummy", f"--x11-display={xvfb_display}"])
    try:
        player.set_output_window(x11.window())
        player.load(media_files["frame_coded"])
        assert shown(player, tmp_path) == 0
        player.play()
        time.sleep(0.4)
        player.pause()
        assert shown(player, tmp_path) == player.position() // FRAME_MS > 0
        player.set_output_window(x11.window())  # the widget was re-created: same spot, new window
        assert shown(player, tmp_path) == player.position() // FRAME_MS
        player.step_frame(1)
        assert shown(player, tmp_path) == player.position() // FRAME_MS
        # the review lends the same surface again before each recording it opens: no restart of the one shown
        # (that cost every switch between recordings a start of the old one, ~0.2 s)
        at, window = player.position(), x11.window()
        player.set_output_window(window)
        started = time.perf_counter()
        player.set_output_window(window)
        assert time.perf_counter() - started < 0.05  # a restart waits 0.12 s for its first pictures alone
        assert player.position() == at and shown(player, tmp_path) == at // FRAME_MS
    finally:
        player.close()
        x11.close()


def test_unload_lets_go_of_the_file_and_the_player_stays_usable(player, media_files):
    player.unload()
    assert player.duration() == 0 and player.position() == 0
    player.seek(1000)  # nothing loaded: harmless
    player.load(media_files["frame_coded"])
    assert abs(player.duration() - 6000) <= 50
