"""Who speaks when, from an imported transcript's speakers: names matched to the people of the conversation,
cached sealed with the recording's key, made again when the transcript changes."""

from __future__ import annotations

import pytest

from kijkwijzer.media.synth import make_test_video
from kijkwijzer.services import recordings, speech, speech_cache
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from tests.support.cases import build_case
from tests.support.workspaces import open_new

SRT = (
    "1\n00:00:00,500 --> 00:00:02,000\nSanne: Goedemorgen, fijn dat u er bent.\n\n"
    "2\n00:00:02,100 --> 00:00:03,600\nDE CLIËNT: Ja, dank u.\n\n"
    "3\n00:00:03,000 --> 00:00:04,000\nTOLK: Hij zegt dank u.\n\n"
    "4\n00:00:04,200 --> 00:00:05,800\nSanne: Zullen we beginnen?\n"
)


@pytest.fixture
def made(tmp_path):
    ctx = open_new(tmp_path / "werkmap")
    case = build_case(ctx, professional="Sanne de Vries", client_real_name="Echte Naam")
    video = make_test_video(tmp_path / "gesprek.mp4", seconds=6)
    rec = recordings.import_recording(case.as_pro, case.conversation.id, video)
    yield case, rec
    ctx.store.dispose()


def _cache_file(case, rec):
    return case.ctx.workspace.cache_dir / speech_cache.file_name(rec.sha256, rec.id)


def test_transcript_speakers_become_professional_client_and_other(made, tmp_path):
    case, rec = made
    ctx = case.as_pro
    srt = tmp_path / "gesprek.srt"
    srt.write_text(SRT, encoding="utf-8")
    exchange.import_transcript(ctx, rec.id, srt)
    assert speech.cached_speaker_track(ctx, rec.id) is None
    seen: list[tuple[int, int]] = []
    track = speech.speaker_track(ctx, rec.id, progress=lambda done, total: seen.append((done, total)))
    assert track.source == "transcript"
    assert [(s.start_ms, s.end_ms, s.speaker, s.name) for s in track.segments] == [
        (500, 2000, "professional", "Sanne"), (2100, 3600, "client", "DE CLIËNT"), (3000, 4000, "other", "TOLK"),
        (4200, 5800, "professional", "Sanne")]
    assert seen and seen[-1][0] == seen[-1][1]
    # cached, sealed: the file does not hold the speaker names in the clear, and is read back as it was
    data = _cache_file(case, rec).read_bytes()
    assert b"Sanne" not in data and b"professional" not in data
    assert speech.cached_speaker_track(ctx, rec.id) == track


def test_a_new_transcript_makes_the_track_again(made, tmp_path):
    case, rec = made
    ctx = case.as_pro
    srt = tmp_path / "gesprek.srt"
    srt.write_text(SRT, encoding="utf-8")
    exchange.import_transcript(ctx, rec.id, srt)
    first = speech.speaker_track(ctx, rec.id)
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nKLANT: Hallo.\n\n"
                   "2\n00:00:02,500 --> 00:00:04,000\nKLANTMANAGER: Goedemorgen.\n", encoding="utf-8")
    exchange.import_transcript(ctx, rec.id, srt, replace=True)
    assert speech.cached_speaker_track(ctx, rec.id) is None  # made from the old transcript: not used
    second = speech.speaker_track(ctx, rec.id)
    assert second != first
    assert [(s.speaker, s.name) for s in second.segments] == [("client", "KLANT"), ("professional", "KLANTMANAGER")]
