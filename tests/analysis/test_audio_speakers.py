"""Who speaks when from the sound, on generated Dutch two-voice conversations with exact ground truth
(media/synth_dialogue.py, real espeak-ng and ffmpeg), decoded in blocks with PyAV as the product does."""

from __future__ import annotations

import numpy as np
import pytest

from kijkwijzer.analysis import audio_speakers
from kijkwijzer.analysis.voices import VoicePrint
from kijkwijzer.errors import BadInput
from kijkwijzer.media import pcm
from kijkwijzer.media.synth_dialogue import Conditions, Dialogue, make_dialogue

CODE = {"professional": 1, "client": 2, "other": 4}


def right_share(dialogue: Dialogue, segments, swap: bool = False) -> float:
    """Of the speech found where someone speaks, the share given to (one of) those speaking."""
    truth = np.zeros(dialogue.duration_ms, dtype=np.int8)
    given = np.zeros(dialogue.duration_ms, dtype=np.int8)
    for start, end, who in dialogue.truth:
        truth[start:end] |= CODE[who]
    for s in segments:
        speaker = {"professional": "client", "client": "professional"}.get(s.speaker, s.speaker) if swap else s.speaker
        given[s.start_ms:s.end_ms] |= CODE[speaker]
    found = (truth > 0) & (given > 0)
    return float((found & ((given & ~truth) == 0)).sum() / max(1, found.sum()))


def analyse(path, voice=None):
    analyser = audio_speakers.Analyser(voice)
    for block in pcm.pcm_blocks(path, per_channel=True):
        analyser.feed(block)
    return analyser.finish()


def enrolled(dialogue: Dialogue, speaker: str) -> VoicePrint:
    start, end = dialogue.alone(speaker, min_ms=2500)
    return audio_speakers.enrol(list(pcm.pcm_blocks(dialogue.path, start_ms=start, end_ms=end)), 5, start, end)


NOISY = Conditions(noise_snr_db=20, overlaps=True)


@pytest.fixture(scope="module")
def noisy(tmp_path_factory):
    return make_dialogue(tmp_path_factory.mktemp("dialoog") / "gesprek.wav", "man-vrouw", seconds=30, seed=1,
                         conditions=NOISY)


@pytest.fixture(scope="module")
def other_day(tmp_path_factory):
    """Another conversation of the same two voices, in which the client speaks alone for a while."""
    return make_dialogue(tmp_path_factory.mktemp("dialoog") / "andere.wav", "man-vrouw", seconds=30, seed=3,
                         conditions=NOISY)


def test_two_voices_are_told_apart_and_the_voice_that_opens_is_the_professional(noisy):
    source, segments = analyse(noisy.path)
    assert source == "voices"
    assert {s.speaker for s in segments} == {"professional", "client"}
    assert right_share(noisy, segments) >= 0.95
    first = min(segments, key=lambda s: s.start_ms)
    assert first.speaker == "professional" and abs(first.start_ms - noisy.truth[0][0]) < 300


def test_an_enrolled_voice_decides_who_is_the_professional(noisy, other_day):
    # the client's voice (from another conversation) enrolled as if it were the professional's: the names follow
    # the print, not who opens
    source, segments = analyse(noisy.path, enrolled(other_day, "client"))
    assert source == "voices"
    assert right_share(noisy, segments, swap=True) >= 0.95
    _source, own = analyse(noisy.path, enrolled(noisy, "professional"))
    assert right_share(noisy, own) >= 0.95


def test_a_voice_print_holds_features_only_and_survives_storing(noisy):
    voice = enrolled(noisy, "professional")
    assert voice.usable and voice.frames.shape[1] == 16 and voice.frames.dtype == np.float32
    again = VoicePrint.from_bytes(voice.to_bytes())
    assert np.array_equal(again.frames, voice.frames) and again.fingerprint == voice.fingerprint
    assert (again.recording_id, again.start_ms, again.end_ms) == (5, voice.start_ms, voice.end_ms)
    older = VoicePrint(voice.frames[:, :13], version=1)
    assert not older.usable and audio_speakers.Analyser(older).voice is None  # an old print is not used


def test_silence_and_steady_noise_hold_no_speech_and_enrol_nothing():
    rng = np.random.default_rng(4)
    silence = np.zeros(8 * pcm.RATE, dtype=np.int16)
    hum = (600 * rng.standard_normal(8 * pcm.RATE)).astype(np.int16)  # a fan: steady broadband noise
    for sound in (silence, hum):
        analyser = audio_speakers.Analyser(None)
        for at in range(0, len(sound), pcm.RATE * 3):
            analyser.feed(sound[at: at + pcm.RATE * 3])
        assert analyser.finish() == ("voices", ())
        assert analyser.done_ms == 8000
        with pytest.raises(BadInput):
            audio_speakers.enrol([sound], 1, 0, 8000)


def test_a_voice_per_channel_is_taken_from_the_channels(tmp_path):
    dialogue = make_dialogue(tmp_path / "kanalen.m4a", "twee-vrouwen", seconds=20, seed=3,
                             conditions=Conditions(stereo=True, overlaps=True))
    source, segments = analyse(dialogue.path)
    assert source == "channels"
    assert right_share(dialogue, segments) >= 0.95
    assert min(segments, key=lambda s: s.start_ms).speaker == "professional"
