"""Who speaks when from the voices, through the service: a recording without transcript gets its track from the
sound (sealed in the cache), the professional's "dit ben ik" is enrolled, changes the track and is forgotten, and a
cancelled analysis keeps nothing. Real media: a generated two-voice conversation (espeak-ng, ffmpeg)."""

from __future__ import annotations

import pytest

from kijkwijzer.errors import BadInput
from kijkwijzer.media.synth_dialogue import Conditions, make_dialogue
from kijkwijzer.services import recordings, speech, speech_cache, voice_prints
from tests.support.cases import build_case
from tests.support.workspaces import open_new


@pytest.fixture(scope="module")
def dialogue(tmp_path_factory):
    return make_dialogue(tmp_path_factory.mktemp("dialoog") / "gesprek.m4a", "vrouw-man", seconds=25, seed=1,
                         conditions=Conditions(noise_snr_db=20))


@pytest.fixture
def made(tmp_path, dialogue):
    ctx = open_new(tmp_path / "werkmap")
    case = build_case(ctx, professional="Sanne de Vries", client_real_name="Echte Naam")
    rec = recordings.import_recording(case.as_pro, case.conversation.id, dialogue.path)
    yield case, rec, dialogue
    ctx.store.dispose()


def spoken_by(track, speaker: str) -> int:
    return sum(s.duration_ms for s in track.of(speaker))


def truth_of(dialogue, speaker: str) -> int:
    return sum(b - a for a, b, _who in dialogue.of(speaker))


def test_the_voices_make_the_track_and_it_is_kept_sealed(made):
    case, rec, dialogue = made
    ctx = case.as_pro
    seen: list[tuple[int, int]] = []
    track = speech.speaker_track(ctx, rec.id, progress=lambda done, total: seen.append((done, total)))
    assert track.source == "voices"
    for who in ("professional", "client"):  # within 10 % of the speech each voice really has
        assert abs(spoken_by(track, who) - truth_of(dialogue, who)) <= 0.1 * truth_of(dialogue, who)
    assert seen[-1][0] == seen[-1][1] and len(seen) >= 3  # blocks of 10 s: progress on the way
    assert speech.cached_speaker_track(ctx, rec.id) == track
    cache = case.ctx.workspace.cache_dir / speech_cache.file_name(rec.sha256, rec.id)
    assert b"professional" not in cache.read_bytes()


def test_dit_ben_ik_is_enrolled_used_and_forgotten(made):
    case, rec, dialogue = made
    ctx = case.as_pro
    pro_id = case.professional.id
    first = speech.speaker_track(ctx, rec.id)
    with pytest.raises(BadInput):
        speech.enrol_voice(ctx, pro_id, rec.id, 0, 1000)  # too short a stretch
    start, end = dialogue.alone("professional", min_ms=3000)
    speech.enrol_voice(ctx, pro_id, rec.id, start, end)
    assert speech.voice_enrolled(ctx, pro_id)
    stored = voice_prints.path_of(ctx, pro_id).read_bytes()
    assert b"frames" not in stored  # sealed
    assert speech.cached_speaker_track(ctx, rec.id) is None  # made without the voice: made again
    again = speech.speaker_track(ctx, rec.id)
    assert again.source == "voices"
    assert abs(spoken_by(again, "professional") - truth_of(dialogue, "professional")) <= \
        0.1 * truth_of(dialogue, "professional")
    speech.forget_voice(ctx, pro_id)
    assert not speech.voice_enrolled(ctx, pro_id) and not voice_prints.path_of(ctx, pro_id).exists()
    assert speech.cached_speaker_track(ctx, rec.id) is None  # made with the forgotten voice: made again
    assert speech.speaker_track(ctx, rec.id) == first


def test_a_cancelled_analysis_keeps_nothing(made):
    case, rec, _dialogue = made
    ctx = case.as_pro
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 1  # stop after the first block

    with pytest.raises(speech.SpeechCancelled):
        speech.speaker_track(ctx, rec.id, cancel=cancel)
    assert not (case.ctx.workspace.cache_dir / speech_cache.file_name(rec.sha256, rec.id)).exists()
    assert speech.cached_speaker_track(ctx, rec.id) is None
