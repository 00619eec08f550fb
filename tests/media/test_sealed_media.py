"""Sealed recordings played by real VLC (--vout=dummy) through libvlc's media callbacks, and stills and
waveforms made from them with PyAV: the right frame after every seek, derived files sealed with the
recording's key, and a damaged or foreign file said clearly instead of crashing anything."""

from __future__ import annotations

import io
import threading
import time

import pytest
from PIL import Image

from kijkwijzer.crypto.sealed import CHUNK, HEADER_SIZE, TAG, SealBroken, SealedWriter, is_sealed, new_key
from kijkwijzer.errors import BadInput
from kijkwijzer.media import vlc_input
from kijkwijzer.media.decoding import info_of
from kijkwijzer.media.framecode import frame_number, shown, shown_within
from kijkwijzer.media.probe import read_info
from kijkwijzer.media.source import MediaSource
from kijkwijzer.media.stills import extract_still, read_still, still_image
from kijkwijzer.media.waveform import compute_waveform, load_or_compute

FRAME_MS = 40


@pytest.fixture
def seal(tmp_path, media_files):
    """seal(kind) -> MediaSource of that fixture sealed under a fresh key in tmp_path."""

    def make(kind: str) -> MediaSource:
        key = new_key()
        target = tmp_path / f"{kind}.sealed"
        with open(media_files[kind], "rb") as plain, open(target, "wb") as out:
            writer = SealedWriter(out, key)
            writer.write(plain.read())
            writer.close()
        return MediaSource(target, key, media_files[kind].name)

    return make




def _damaged(source: MediaSource, chunk: int, tmp_path) -> MediaSource:
    data = bytearray(source.path.read_bytes())
    data[HEADER_SIZE + chunk * (CHUNK + TAG) + 100] ^= 0x01
    target = tmp_path / f"beschadigd-{chunk}.sealed"
    target.write_bytes(bytes(data))
    return MediaSource(target, source.key, source.name)


@pytest.mark.vlc
def test_sealed_playback_shows_the_right_frame_after_every_seek(headless_player, seal):
    source = seal("frame_coded")
    headless_player.load(source)
    assert abs(headless_player.duration() - 6000) <= 50
    assert headless_player.position() == 0 and shown(headless_player) == 0
    for target in (3000, 1234, 4960, 40):
        started = time.monotonic()
        headless_player.seek(target)
        assert headless_player.position() == target and time.monotonic() - started < 0.2
        assert shown_within(headless_player, target // FRAME_MS) == target // FRAME_MS
    headless_player.step_frame(1)
    assert headless_player.position() == 80 and shown_within(headless_player, 2) == 2  # decoded asynchronously
    headless_player.play()
    time.sleep(0.6)
    headless_player.pause()
    paused_at = headless_player.position()
    assert paused_at > 300 and shown(headless_player) == paused_at // FRAME_MS
    assert vlc_input.open_streams() == 1  # VLC reads one decrypting stream
    headless_player.unload()
    assert vlc_input.open_streams() == 0


@pytest.mark.vlc
def test_sealed_end_reached_then_seek_and_audio_only(headless_player, seal):
    ended = threading.Event()
    headless_player.on_end_reached(ended.set)
    headless_player.load(seal("frame_coded"))
    headless_player.seek(5000)
    headless_player.play()
    assert ended.wait(4.0) and headless_player.problem() is None
    headless_player.seek(1000)
    assert shown_within(headless_player, 25) == 25
    headless_player.load(seal("audio_only"))
    assert abs(headless_player.duration() - 6000) <= 100
    headless_player.play()
    time.sleep(0.3)
    assert headless_player.position() > 0
    with pytest.raises(BadInput):  # no picture to capture
        headless_player.snapshot_png()


@pytest.mark.vlc
def test_snapshot_of_a_sealed_recording_is_sealed_too(headless_player, seal, tmp_path):
    source = seal("frame_coded")
    headless_player.load(source)
    headless_player.seek(2000)
    assert shown_within(headless_player, 50, seconds=5.0) == 50  # VLC decodes the sought frame asynchronously
    target = headless_player.snapshot(tmp_path / "beeld.png")
    assert is_sealed(target)
    assert frame_number(io.BytesIO(read_still(target, source.key))) == 50
    with Image.open(io.BytesIO(read_still(target, source.key))) as image:
        assert image.size == (240, 120) and image.format == "PNG"


@pytest.mark.vlc
def test_a_damaged_or_foreign_sealed_file_is_said_clearly(headless_player, seal, media_files, tmp_path):
    source = seal("video")
    wrong = MediaSource(source.path, new_key(), source.name)
    cut = tmp_path / "afgebroken.sealed"
    cut.write_bytes(source.path.read_bytes()[:-5000])
    header = tmp_path / "kop.sealed"
    header.write_bytes(b"KWS1" + bytes(20) + source.path.read_bytes()[24:])
    at_once = [wrong, _damaged(source, 0, tmp_path), MediaSource(header, source.key, source.name)]
    later = [_damaged(source, 5, tmp_path), MediaSource(cut, source.key, source.name)]  # see the test below
    for broken in at_once:
        with pytest.raises(SealBroken) as caught:
            headless_player.load(broken)
        assert "video.mp4" in caught.value.nl and "damaged" in caught.value.en
    for broken in at_once + later:
        with pytest.raises(SealBroken):  # a still from every half second: one of them needs the damaged part
            [still_image(broken, ms) for ms in range(0, 6000, 500)]
        with pytest.raises(SealBroken):
            compute_waveform(broken)
    assert vlc_input.open_streams() == 0
    headless_player.load(source)  # the player survives every refusal
    headless_player.seek(1000)
    assert headless_player.position() == 1000
    headless_player.load(media_files["frame_coded"])  # a plain file of the user's own still plays
    assert shown(headless_player) == 0


@pytest.mark.vlc
def test_damage_found_while_playing_stops_with_the_reason(seal, tmp_path):
    """VLC reads ahead (16 MiB by default): with a small read-ahead the damage is met while playing."""
    from kijkwijzer.media.vlc_player import VlcPlayer

    source = _damaged(seal("video"), 7, tmp_path)
    player = VlcPlayer(headless=True, extra_args=["--prefetch-buffer-size=256", "--prefetch-read-size=65536"])
    failed = threading.Event()
    player.on_error(failed.set)
    try:
        player.load(source)
        player.play()
        assert failed.wait(10.0)
        assert isinstance(player.problem(), SealBroken)
        player.seek(500)  # and it plays again from a part that is intact
        assert player.problem() is None and player.position() == 500
    finally:
        player.close()


def test_stills_of_a_sealed_recording_are_exact_upright_and_sealed(seal, tmp_path):
    coded = seal("frame_coded")
    for ms in (0, 1000, 2960, 4040):
        still = extract_still(coded, ms, tmp_path / f"f{ms}.png", width=240)
        assert is_sealed(still)
        assert frame_number(io.BytesIO(read_still(still, coded.key))) == ms // FRAME_MS
    with pytest.raises(SealBroken):
        read_still(tmp_path / "f1000.png", new_key())
    rotated = seal("rotated")
    upright = extract_still(rotated, 500, tmp_path / "staand.jpg", width=180)
    with Image.open(io.BytesIO(read_still(upright, rotated.key))) as image:
        assert image.size == (180, 320) and image.format == "JPEG"


def test_waveform_of_a_sealed_recording_matches_the_plain_one_and_its_cache_is_sealed(seal, media_files,
                                                                                       tmp_path):
    source = seal("audio_only")
    plain = compute_waveform(media_files["audio_only"])
    sealed = compute_waveform(source)
    assert list(sealed.peaks) == list(plain.peaks) and max(sealed.peaks) > 0.2
    cache = tmp_path / "cache"
    first = load_or_compute(source, cache, sha256="a" * 64)
    (file,) = cache.iterdir()
    assert is_sealed(file) and len(first) == len(plain)
    stamp = file.stat().st_mtime_ns
    load_or_compute(source, cache, sha256="a" * 64)
    assert file.stat().st_mtime_ns == stamp  # read back through the key, not made again
    other = MediaSource(source.path, new_key(), source.name)
    with pytest.raises(SealBroken):
        load_or_compute(other, cache, sha256="a" * 64)  # a cache it cannot open is no reason to trust it


def test_stream_facts_read_through_the_key_match_ffprobe(seal, media_files):
    for kind in ("video", "rotated", "audio_only", "vfr"):
        plain, sealed = read_info(media_files[kind]), info_of(seal(kind))
        assert (sealed.has_video, sealed.has_audio, sealed.width, sealed.height, sealed.rotation) == (
            plain.has_video, plain.has_audio, plain.width, plain.height, plain.rotation)
        assert abs(sealed.duration_ms - plain.duration_ms) <= 50 and sealed.variable_frame_rate == plain.variable_frame_rate
