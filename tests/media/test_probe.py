"""probe(): the facts of real generated files, and a Dutch + English refusal for every broken kind."""

from __future__ import annotations

import pytest

from kijkwijzer.errors import BadInput
from kijkwijzer.media.probe import MediaInfo, _rotation, probe
from tests.media.conftest import BROKEN_KINDS


def test_plain_video(media_files):
    info = probe(media_files["video"])
    assert abs(info.duration_ms - 6000) <= 50
    assert info.has_video and info.has_audio
    assert (info.width, info.height, info.rotation) == (320, 180, 0)
    assert info.fps == 25.0 and not info.variable_frame_rate
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    assert "mp4" in info.container
    assert info.frame_ms == 40.0


def test_phone_rotation_is_read_back(media_files):
    info = probe(media_files["rotated"])
    assert info.rotation == 90
    assert (info.width, info.height) == (320, 180)
    assert info.display_size == (180, 320)


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        ({"side_data_list": [{"side_data_type": "Display Matrix", "rotation": -90}]}, 90),
        ({"side_data_list": [{"side_data_type": "Display Matrix", "rotation": 90}]}, 270),
        ({"side_data_list": [{"side_data_type": "Display Matrix", "rotation": 180}]}, 180),
        ({"tags": {"rotate": "90"}}, 90),
        ({"tags": {"rotate": "270"}}, 270),
        ({}, 0),
    ],
)
def test_rotation_conventions(stream, expected):
    """ffprobe's display matrix turns counter-clockwise, the old rotate tag clockwise; we report clockwise."""
    assert _rotation(stream) == expected


def test_variable_frame_rate_is_flagged(media_files):
    info = probe(media_files["vfr"])
    assert info.variable_frame_rate
    assert 0 < info.fps < 25


def test_audio_only(media_files):
    info = probe(media_files["audio_only"])
    assert info.has_audio and not info.has_video
    assert (info.width, info.height, info.fps, info.video_codec) == (0, 0, 0.0, None)
    assert abs(info.duration_ms - 6000) <= 100
    assert info.frame_ms == 40.0


def test_video_without_sound(media_files):
    info = probe(media_files["silent_video"])
    assert info.has_video and not info.has_audio and info.audio_codec is None


@pytest.mark.parametrize("kind", BROKEN_KINDS)
def test_broken_files_are_refused_with_both_languages(media_files, kind):
    path = media_files[kind]
    with pytest.raises(BadInput) as caught:
        probe(path)
    assert path.name in caught.value.nl and path.name in caught.value.en
    assert "kan niet worden gebruikt" in caught.value.nl and "cannot be used" in caught.value.en


def test_reasons_are_specific(media_files):
    reasons = {}
    for kind in ("zero_byte", "no_streams", "unknown_codec", "truncated"):
        with pytest.raises(BadInput) as caught:
            probe(media_files[kind])
        reasons[kind] = caught.value.en
    assert "empty" in reasons["zero_byte"]
    assert "neither video nor audio" in reasons["no_streams"]
    assert "not supported" in reasons["unknown_codec"]
    assert "incomplete" in reasons["truncated"]


def test_missing_file(tmp_path):
    with pytest.raises(BadInput, match="bestaat niet"):
        probe(tmp_path / "weg.mp4")


def test_media_info_is_a_value():
    info = MediaInfo("mov", 1000, True, False, 640, 360, 270, 30.0)
    assert info.display_size == (360, 640)
    assert info == MediaInfo("mov", 1000, True, False, 640, 360, 270, 30.0)
