"""The generators: deterministic, atomic, and the conversation is what the demo expects."""

from __future__ import annotations

import hashlib

import pytest

from kijkwijzer.errors import BadInput
from kijkwijzer.media import synth
from kijkwijzer.media.probe import probe
from tests.media.conftest import SHORT_SCRIPT


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_arguments_same_bytes(tmp_path):
    first = synth.make_test_video(tmp_path / "a.mp4", seconds=1)
    second = synth.make_test_video(tmp_path / "b.mp4", seconds=1)
    assert _digest(first) == _digest(second)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.mp4", "b.mp4"]  # no temporary files left


def test_conversation_video_and_timings(conversation):
    info = probe(conversation.path)
    assert (info.width, info.height, info.fps) == (640, 360, 25.0)
    assert (info.video_codec, info.audio_codec) == ("h264", "aac")
    assert [(ln.speaker, ln.text) for ln in conversation.lines] == SHORT_SCRIPT
    previous_end = 0
    for line in conversation.lines:
        assert previous_end < line.start_ms < line.end_ms
        assert line.end_ms - line.start_ms > 500
        previous_end = line.end_ms
    assert previous_end < info.duration_ms <= previous_end + 1500


def test_unknown_speaker_is_refused(tmp_path):
    with pytest.raises(BadInput):
        synth.make_conversation(tmp_path / "x.mp4", [("coach", "Hallo")])
    with pytest.raises(BadInput):
        synth.make_conversation(tmp_path / "x.mp4", [])
    assert list(tmp_path.iterdir()) == []


def test_demo_script_is_a_two_minute_dutch_conversation():
    script = synth.demo_script()
    speakers = {speaker for speaker, _ in script}
    words = sum(len(text.split()) for _, text in script)
    assert speakers == {synth.PROFESSIONAL, synth.CLIENT}
    assert 220 <= words <= 420  # espeak-ng speaks ~145 words a minute, plus pauses
    assert script[0][0] == synth.PROFESSIONAL
    assert any("?" in text for speaker, text in script if speaker == synth.PROFESSIONAL)
    script.append(("client", "extra"))
    assert len(synth.demo_script()) == len(script) - 1  # a copy each call


def test_unknown_corruption_kind(tmp_path):
    with pytest.raises(BadInput):
        synth.make_corrupt(tmp_path / "x.mp4", "gesmolten")
