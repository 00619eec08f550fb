"""Cutting a fragment into its own sealed clip (kijkwijzer/media/clips.py): exact to the frame (read from a video
whose frames show their own number), upright for a phone recording, sound only for an audio recording, sealed
and locked until its key is stored, and nothing left behind when the span holds nothing."""

from __future__ import annotations

import io
import os

import pytest

from kijkwijzer.crypto.sealed import new_key
from kijkwijzer.errors import BadInput
from kijkwijzer.files import try_lock
from kijkwijzer.media import clips
from kijkwijzer.media.decoding import info_of, opened, video_stream
from kijkwijzer.media.framecode import frame_number
from kijkwijzer.media.source import MediaSource


def _numbers(source: MediaSource) -> list[int]:
    numbers = []
    with opened(source) as container:
        stream = video_stream(container)
        assert stream is not None
        for frame in container.decode(stream):
            png = io.BytesIO()
            frame.to_image().save(png, format="PNG")
            numbers.append(frame_number(io.BytesIO(png.getvalue())))
    return numbers


def test_the_clip_holds_exactly_the_frames_of_the_fragment(media_files, tmp_path):
    key = new_key()
    held = clips.cut_clip(MediaSource(media_files["frame_coded"]), 1000, 3000, tmp_path / "clips", key)
    try:
        source = MediaSource(held.path, key)
        assert _numbers(source) == list(range(25, 75))  # 1.00 s up to 3.00 s at 25 frames a second
        info = info_of(source)
        assert info.has_audio and abs(info.duration_ms - 2000) <= 40
        assert held.name == f"{held.sha256}.mp4" and source.sealed
        with source.open() as reader:
            plain = reader.read()
        assert plain[len(plain) // 2:len(plain) // 2 + 4096] not in held.path.read_bytes()
        probe = os.open(held.path, os.O_RDONLY)
        try:
            assert try_lock(probe) is False  # held: no clean-up takes it before its key is stored
        finally:
            os.close(probe)
    finally:
        held.release()


def test_a_fragment_starting_between_frames_starts_with_the_frame_shown_then(media_files, tmp_path):
    plain = clips.encode_clip(MediaSource(media_files["frame_coded"]), 1010, 1500)
    source_path = tmp_path / "tussen.mp4"
    source_path.write_bytes(plain)
    assert _numbers(MediaSource(source_path))[:2] == [25, 26]


def test_a_phone_recording_becomes_an_upright_clip(media_files, tmp_path):
    rotated = media_files["rotated"]
    assert info_of(rotated).rotation == 90
    target = tmp_path / "rechtop.mp4"
    target.write_bytes(clips.encode_clip(MediaSource(rotated), 200, 1200))
    info = info_of(target)
    assert (info.width, info.height, info.rotation) == (180, 320, 0)


def test_an_audio_recording_gives_a_clip_with_sound_only(media_files, tmp_path):
    target = tmp_path / "geluid.mp4"
    target.write_bytes(clips.encode_clip(MediaSource(media_files["audio_only"]), 1000, 2500))
    info = info_of(target)
    assert (info.has_video, info.has_audio) == (False, True) and abs(info.duration_ms - 1500) <= 30


def test_mpeg4_is_used_where_the_build_lacks_h264(media_files, monkeypatch, tmp_path):
    monkeypatch.setattr(clips, "VIDEO_CODECS", ("libx264-ontbreekt", "mpeg4"))
    target = tmp_path / "mpeg4.mp4"
    target.write_bytes(clips.encode_clip(MediaSource(media_files["video"]), 0, 1000))
    assert info_of(target).video_codec == "mpeg4"


def test_a_span_outside_the_recording_leaves_nothing(media_files, tmp_path):
    folder = tmp_path / "clips"
    with pytest.raises(BadInput, match="buiten de opname"):
        clips.cut_clip(MediaSource(media_files["video"]), 9000, 10000, folder, new_key())
    with pytest.raises(BadInput):
        clips.cut_clip(MediaSource(media_files["video"]), 3000, 3000, folder, new_key())
    assert not folder.exists() or list(folder.iterdir()) == []
