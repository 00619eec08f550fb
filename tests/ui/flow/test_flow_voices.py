"""The Gespreksverloop of a recording without transcript: Analyseren tells the voices apart (a generated two-voice
conversation, real espeak-ng and ffmpeg), and "Dit ben ik" on a marked stretch enrols the professional's voice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kijkwijzer.media.synth_dialogue import Conditions, make_dialogue
from kijkwijzer.services import recordings, speech
from tests.support.cases import build_case
from tests.support.workspaces import open_new


@pytest.fixture
def voices_window(qtbot, tmp_path):
    from tests.support.fake_player import FakePlayer
    from tests.ui.conftest import open_main_window

    ctx = open_new(tmp_path / "werkmap")
    made = build_case(ctx)
    dialogue = make_dialogue(tmp_path / "gesprek.m4a", "man-vrouw", seconds=20, seed=1,
                             conditions=Conditions(noise_snr_db=20))
    rec = recordings.import_recording(made.as_pro, made.conversation.id, dialogue.path)
    win = open_main_window(qtbot, made.as_pro, FakePlayer(), rec.id)
    yield win, made, dialogue
    win.close()
    win.deleteLater()
    ctx.store.dispose()


def test_the_voices_are_told_apart_and_dit_ben_ik_enrols_the_voice(qtbot, voices_window):
    window, made, dialogue = voices_window
    window.actions_by_name["conversation_flow"].trigger()
    panel = window.docks.panel(f"flow:{window.review.recording.id}")
    qtbot.mouseClick(panel.analyse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running and panel.flow is not None, timeout=20_000)
    assert panel.state.text().startswith("Sprekers uit de stemmen")
    assert {s.speaker for s in panel.flow.track.segments} == {"professional", "client"}
    canvas = window.review.timeline.canvas
    qtbot.waitUntil(lambda: canvas.speakers is not None)
    assert [row.speaker for row in canvas.speakers.rows] == ["professional", "client"]

    start, end = dialogue.alone("professional", min_ms=3000)
    window.review.playback.set_mark_in(start)
    window.review.playback.set_mark_out(end)
    said: list[str] = []
    panel.voice.message.connect(said.append)
    qtbot.mouseClick(panel.voice.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.voice.state.text() == "Uw stem: vastgelegd", timeout=20_000)
    assert said and said[-1].startswith("Uw stem is vastgelegd")
    assert speech.voice_enrolled(made.as_pro, made.professional.id)
    assert panel.voice.forget_button.isEnabled()
