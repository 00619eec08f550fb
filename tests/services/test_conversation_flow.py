"""The Gespreksverloop through the services: figures from a transcript's speakers, cached, never computed for a
report or a series (which say what was not analysed), the PDF report's section read back with pdftotext."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from kijkwijzer.media.synth import make_test_video
from kijkwijzer.services import cases, conversation_flow, recordings, speech
from kijkwijzer.services.exchange.report import export_report
from tests.support.cases import build_case
from tests.support.flow_transcript import LONG, LONG_CLIENT_SHARE, LONG_SECONDS, import_transcript
from tests.support.workspaces import open_new

S = 1000


@pytest.fixture
def made(tmp_path):
    ctx = open_new(tmp_path / "werkmap")
    case = build_case(ctx, professional="Sanne de Vries")
    video = make_test_video(tmp_path / "gesprek.mp4", seconds=LONG_SECONDS, size="160x90")
    rec = recordings.import_recording(case.as_pro, case.conversation.id, video)
    import_transcript(case.as_pro, rec.id, LONG, tmp_path / "srt")
    yield case, rec
    ctx.store.dispose()


def test_the_figures_of_a_transcript_and_the_moments_to_look_at(made):
    case, rec = made
    ctx = case.as_pro
    assert conversation_flow.cached(ctx, rec.id) is None
    flow = conversation_flow.analyse(ctx, rec.id)
    f = flow.figures
    assert flow.track.source == "transcript" and f.has_transcript
    pro, client = f.of("professional"), f.of("client")
    assert pro is not None and client is not None
    assert (pro.speech_ms, client.speech_ms, pro.turns, client.turns) == (70 * S, 9 * S, 3, 2)
    assert round(100 * client.share_of_speech) == 11
    assert [(m.kind, m.start_ms, m.speaker) for m in f.moments] == [
        ("monologue", 8500, "professional"), ("silence", 73_500, "client"), ("monologue", 80 * S, "client")]
    assert [(q.speaker, q.wait_ms) for q in f.questions] == [("professional", 1000), ("client", 500)]
    assert conversation_flow.cached(ctx, rec.id) == flow  # kept: the panel and the report read it back


def test_the_report_never_computes_and_shows_the_figures_once_analysed(made, tmp_path):
    case, rec = made
    ctx = case.as_pro
    before = tmp_path / "voor.pdf"
    export_report(ctx, case.conversation.id, before)
    text = _pdf_text(before)
    assert "7 Gespreksverloop" in text and "niet berekend" in text
    assert speech.cached_speaker_track(ctx, rec.id) is None  # the report did not start an analysis
    conversation_flow.analyse(ctx, rec.id)
    after = tmp_path / "na.pdf"
    export_report(ctx, case.conversation.id, after)
    text = _pdf_text(after)
    assert "sprekers uit het transcript" in text and "niet berekend" not in text
    assert LONG_CLIENT_SHARE in text  # the client's share of the speaking time
    assert "monoloog van 65 s door de professional op 00:08" in " ".join(text.split())
    assert "Sanne:" not in text  # the figures, not the transcript's words


def test_the_client_share_per_conversation_skips_what_was_not_analysed(made):
    case, rec = made
    ctx = case.as_pro
    second = cases.add_conversation(ctx, case.case.id, date(2026, 11, 23), "Vervolg")
    shares = conversation_flow.client_shares(ctx, case.case.id)
    assert [(c.sequence, c.client_share, c.analysed) for c in shares] == [(1, None, 0), (second.sequence, None, 0)]
    conversation_flow.analyse(ctx, rec.id)
    first, later = conversation_flow.client_shares(ctx, case.case.id)
    assert first.client_share == pytest.approx(9 / 79) and (first.analysed, first.recordings) == (1, 1)
    assert later.client_share is None and later.recordings == 0


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout
