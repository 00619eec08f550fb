"""`kijkwijzer-cli analysis turns|enrol|forget-voice`: every figure and the segments as JSON for researchers, with a
progress line on stderr; runs `kijkwijzer.cli.main` in-process on a workspace on disk."""

from __future__ import annotations

import json

import pytest

from kijkwijzer.media.synth import make_test_video
from tests.support.cli import run_cli
from tests.support.flow_transcript import LONG, LONG_SECONDS, import_transcript


@pytest.fixture
def workspace(tmp_path):
    from kijkwijzer.services import recordings
    from tests.support.cases import build_case
    from tests.support.workspaces import open_new

    folder = tmp_path / "werkmap"
    ctx = open_new(folder, encrypted=False)
    made = build_case(ctx, professional="Sanne de Vries")
    video = make_test_video(tmp_path / "gesprek.mp4", seconds=LONG_SECONDS, size="160x90")
    rec = recordings.import_recording(made.as_pro, made.conversation.id, video)
    import_transcript(made.as_pro, rec.id, LONG, tmp_path / "srt")
    ids = {"folder": folder, "recording": rec.id, "professional": made.professional.id}
    ctx.store.dispose()
    return ids


def test_turns_as_json_with_every_figure_and_the_segments(workspace):
    done = run_cli("analysis", "turns", "--recording", workspace["recording"], "--json", workspace=workspace["folder"])
    assert done.returncode == 0, done.stderr
    assert "100 %" in done.stderr  # the progress line
    out = json.loads(done.stdout)
    assert out["source"] == "transcript" and out["duration_ms"] == LONG_SECONDS * 1000
    speakers = {s["speaker"]: s for s in out["speakers"]}
    assert speakers["client"]["speech_ms"] == 9000 and speakers["professional"]["speech_ms"] == 70_000
    assert round(100 * speakers["client"]["share_of_speech"]) == 11
    assert (out["turn_count"], len(out["turns"]), len(out["silences"])) == (5, 5, 1)
    assert out["silences"][0] == {"start_ms": 73_500, "end_ms": 80_000, "before": "professional",
                                  "broken_by": "client"}
    assert out["longest_monologue"]["start_ms"] == 8500 and out["longest_monologue"]["speaker"] == "professional"
    assert [q["wait_ms"] for q in out["questions"]] == [1000, 500]
    assert [(s["start_ms"], s["end_ms"], s["speaker"]) for s in out["segments"]] == [
        (500, 3000, "professional"), (4000, 8000, "client"), (8500, 73_500, "professional"),
        (80_000, 85_000, "client"), (85_500, 88_000, "professional")]
    assert out["rules"]["pause_ms"] == 3000
    again = run_cli("analysis", "turns", "--recording", workspace["recording"], workspace=workspace["folder"])
    assert again.returncode == 0 and "11.4 %" in again.stdout  # the cached track, in words


def test_enrol_refuses_a_stretch_too_short_and_forget_says_there_was_none(workspace):
    short = run_cli("analysis", "enrol", "--professional", workspace["professional"], "--recording",
                    workspace["recording"], "--from", "00:10", "--to", "00:11", workspace=workspace["folder"])
    assert short.returncode != 0 and "3 seconden" in short.stderr
    forget = run_cli("analysis", "forget-voice", "--professional", workspace["professional"], "--json",
                     workspace=workspace["folder"])
    assert forget.returncode == 0, forget.stderr
    assert json.loads(forget.stdout) == {"professional_id": workspace["professional"], "forgotten": False}


def test_turns_of_a_recording_that_does_not_exist(workspace):
    done = run_cli("analysis", "turns", "--recording", "999", "--json", workspace=workspace["folder"])
    assert done.returncode != 0 and done.stdout == "" and "999" in done.stderr
