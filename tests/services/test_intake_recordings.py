"""Recordings in the intake: what is not audio or video (text ffmpeg reads as ANSI art, a photo, subtitles)
is refused before anything is written, and a wrong recording is removed or replaced with the same verified
erasure as a withdrawal, by the case's own professional only, while the consent stays in force."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.media.synth import make_still_image, make_test_video
from kijkwijzer.services import annotations, audit, client_feedback, consent, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.services.topics import Area
from kijkwijzer.store.models import PendingErasure, ReflectionConversation, SlimAnalysis
from tests.privacy.support import add_second_conversation, derive_everything


def _files(folder) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def _text(path):
    path.write_text("Verslag van het gesprek met de cliënt.\n" * 40, encoding="utf-8")  # ffmpeg: 'tty' format
    return path


def _subtitles(path):
    path.write_text("1\n00:00:01,000 --> 00:00:03,000\nGoedemorgen.\n", encoding="utf-8")
    return path


NOT_MEDIA = {
    "verslag.txt": (_text, "tekstbestand", "text file"),
    "foto.png": (make_still_image, "foto of afbeelding", "still image"),
    "foto.jpg": (make_still_image, "foto of afbeelding", "still image"),
    "gesprek.srt": (_subtitles, "ondertitel", "subtitle"),
}


@pytest.mark.parametrize("name", list(NOT_MEDIA))
def test_what_is_not_audio_or_video_is_refused_and_nothing_is_written(case_setup, tmp_path, name):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    make, nl, en = NOT_MEDIA[name]
    source = make(tmp_path / name)
    before = _files(ctx.workspace.vault_dir)
    with pytest.raises(BadInput) as refused:
        recordings.import_recording(ctx, conv.id, source)
    assert name in refused.value.nl and nl in refused.value.nl
    assert name in refused.value.en and en in refused.value.en
    assert _files(ctx.workspace.vault_dir) == before
    assert recordings.list_recordings(ctx, conv.id) == []


def _count(ctx, model) -> int:
    with ctx.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)))


def test_removing_a_wrong_recording_erases_it_and_all_derived_but_keeps_the_consent(case_setup, test_video, tmp_path):
    ctx, conv, coach = case_setup["ctx"], case_setup["conversation"], case_setup["coach"]
    recording = recordings.import_recording(ctx, conv.id, test_video)
    token = uuid.uuid4().hex[:8]
    derived = derive_everything(ctx, case_setup, recording, token)
    other = add_second_conversation(ctx, case_setup, tmp_path, token)
    as_coach = ctx.as_actor(Actor(coach.id, coach.name, coach.role))
    with pytest.raises(NotAllowed) as refused:
        recordings.remove_recording(as_coach, recording.id)
    assert "professional" in refused.value.nl and "remove a recording" in refused.value.en
    with pytest.raises(NotAllowed):
        recordings.preview_removal(as_coach, recording.id)

    preview = recordings.preview_removal(ctx, recording.id)
    assert (preview.recordings, preview.annotations, preview.fragments, preview.client_reactions,
            preview.transcript_cues) == (1, 2, 2, 1, 2)
    assert preview.consent_ids == () and preview.feedback_scores == 0  # the conversation's own data stays
    assert recording.path.exists() and len(annotations.list_for_recording(ctx, recording.id)) == 2  # unchanged
    seen = []
    ctx.bus.subscribe(Area.RECORDING, seen.append)

    report = recordings.remove_recording(ctx, recording.id)
    assert report.counts() | {"files_erased": 0} == preview.counts() | {"files_erased": 0}
    assert report.files_erased >= 3 and report.recording_ids == (recording.id,)
    assert "Opname" in report.lines()[0] and "erased" in report.lines()[0]
    assert not recording.path.exists() and not derived.still_path.exists() and not derived.waveform_path.exists()
    assert _files(ctx.workspace.vault_dir) == [other.vault_file.name]
    assert _count(ctx, PendingErasure) == 0
    with pytest.raises(NotFound):
        annotations.list_for_recording(ctx, recording.id)
    assert [r.id for r in recordings.list_recordings(ctx)] == [other.recording.id]
    assert [n.observation for n in annotations.list_for_recording(ctx, other.recording.id)] == [other.marker]
    assert [(e.topic, e.object_id) for e in seen] == [("recording.erased", recording.id)]

    assert all(c.active for c in consent.list_for_conversation(ctx, conv.id))
    assert len(client_feedback.scores(ctx, conv.id)) == 1  # conversation-level: SLIM, scores, reflection stay
    assert _count(ctx, SlimAnalysis) == 1 and _count(ctx, ReflectionConversation) == 1
    row = next(e for e in audit.list_entries(ctx) if e.action == "recording.remove")
    assert row.object_id == recording.id and "annotations 2" in row.detail and token not in row.detail
    again = recordings.import_recording(ctx, conv.id, test_video)  # the consent still allows a new import
    assert again.available


def test_replacing_imports_the_right_file_first_then_erases_the_wrong_one(case_setup, test_video, tmp_path):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    wrong = recordings.import_recording(ctx, conv.id, test_video)
    annotations.add(ctx, AnnotationDraft(wrong.id, 800, observation="bij de verkeerde opname"))

    with pytest.raises(BadInput, match="dezelfde opname"):
        recordings.replace_recording(ctx, wrong.id, test_video)
    with pytest.raises(BadInput, match="tekstbestand"):
        recordings.replace_recording(ctx, wrong.id, _text(tmp_path / "notities.txt"))
    assert wrong.path.exists() and len(annotations.list_for_recording(ctx, wrong.id)) == 1  # refused: untouched

    right_file = make_test_video(tmp_path / "goed.mp4", seconds=2)
    right, report = recordings.replace_recording(ctx, wrong.id, right_file)
    assert right.conversation_id == conv.id and right.original_name == "goed.mp4" and right.available
    assert report.recordings == 1 and report.annotations == 1 and not wrong.path.exists()
    assert [r.id for r in recordings.list_recordings(ctx, conv.id)] == [right.id]
    actions = [e.action for e in audit.list_entries(ctx) if e.object_type == "recording"]
    assert actions[:2] == ["recording.remove", "recording.import"]

