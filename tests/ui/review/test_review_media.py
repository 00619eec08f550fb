"""Audio-only recordings play with a waveform; a still of the current frame is attached to an annotation."""

from __future__ import annotations

from kijkwijzer.services import annotations, recordings
from tests.support.qt_input import press


def test_audio_only_recording_shows_the_waveform(qtbot, window, review_workspace, tmp_path):
    from kijkwijzer.media.synth import make_audio_only

    audio = make_audio_only(tmp_path / "telefoongesprek.m4a", seconds=4).path
    rec = recordings.import_recording(review_workspace.ctx, review_workspace.conversation.id, audio)
    assert window.open_recording(rec.id)
    view = window.review.player_view
    assert view.currentWidget() is view.audio
    qtbot.waitUntil(lambda: view.audio.tiles is not None, timeout=15000)
    assert window.review.timeline.canvas.tiles is not None
    assert max(view.audio.tiles.levels) > 0.05  # the speech is there, not a flat line
    window.review.playback.seek(1500)
    assert view.audio.position_ms == 1500


def test_add_still_attaches_the_current_frame(qtbot, window, review_workspace):
    window.review.playback.seek(2000)
    press(window, "1")
    (made,) = annotations.list_for_recording(review_workspace.as_pro, review_workspace.recording.id)
    press(window, "Ctrl+Shift+S")

    def attached() -> bool:
        return annotations.get(review_workspace.as_pro, made.id).still_name is not None

    qtbot.waitUntil(attached, timeout=15000)
    name = annotations.get(review_workspace.as_pro, made.id).still_name
    assert (review_workspace.workspace.stills_dir / name).stat().st_size > 0
    assert str(made.id) in name
    qtbot.waitUntil(lambda: window.review.editor.still.pixmap() is not None
                    and not window.review.editor.still.pixmap().isNull(), timeout=3000)
    press(window, "Ctrl+Z")
    assert annotations.get(review_workspace.as_pro, made.id).still_name is None
