"""The Gespreksverloop in the window: Gesprek > Gespreksverloop > Analyseren shows the figures of a recording whose
speaker track comes from its transcript, the speaker lane appears under the waveform, the theme's key makes a
moment an annotation that undo takes away again, and a double-click goes to the moment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kijkwijzer.services import annotations, conversation_flow
from kijkwijzer.ui.review import speaker_lane
from kijkwijzer.ui.review import timeline_painter as tp
from tests.support.flow_transcript import SHORT, import_transcript
from tests.support.qt_input import press

THEME = "thema.beurten"


@pytest.fixture
def flow_window(qtbot, review_workspace, tmp_path):
    from tests.support.fake_player import FakePlayer
    from tests.ui.conftest import open_main_window

    import_transcript(review_workspace.as_pro, review_workspace.recording.id, SHORT, tmp_path / "srt")
    win = open_main_window(qtbot, review_workspace.ctx, FakePlayer(), review_workspace.recording.id)
    yield win
    win.close()
    win.deleteLater()


def analysed(qtbot, window):
    window.actions_by_name["conversation_flow"].trigger()
    panel = window.docks.panel(f"flow:{window.review.recording.id}")
    assert panel is not None and panel.state.text().startswith("Nog niet geanalyseerd")
    qtbot.mouseClick(panel.analyse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running and panel.flow is not None, timeout=10_000)
    return panel


def cell(table, row_label: str, column_label: str) -> str:
    columns = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = [table.item(r, 0).text() for r in range(table.rowCount())]
    return table.item(rows.index(row_label), columns.index(column_label)).text()


def test_analyse_shows_the_figures_of_the_transcript_and_the_speaker_lane(qtbot, flow_window):
    canvas = flow_window.review.timeline.canvas
    assert canvas.speakers is None and canvas.speaker_h == 0  # no track yet: the lane takes no room
    height_before = canvas.height()
    panel = analysed(qtbot, flow_window)
    assert "transcript" in panel.state.text()
    # professional 2.0 + 0.8 s, client 1.0 + 0.6 s: 64 % and 36 % of the speaking time
    assert cell(panel.table, "Aandeel in de spreektijd", "Professional") == "64 %"
    assert cell(panel.table, "Aandeel in de spreektijd", "Cliënt") == "36 %"
    assert cell(panel.table, "Beurten", "Samen") == "4"
    assert cell(panel.table, "Vragen (uit het transcript)", "Professional") == "1"
    moments = [panel.moments.topLevelItem(i).text(1) for i in range(panel.moments.topLevelItemCount())]
    assert moments == ["Monoloog van 2,0 s door de professional op 00:00", "Monoloog van 2,8 s door de cliënt op 00:03"]
    qtbot.waitUntil(lambda: canvas.speakers is not None)
    assert [row.speaker for row in canvas.speakers.rows] == ["professional", "client"]
    assert canvas.height() == height_before + canvas.speaker_h


def test_the_theme_key_makes_the_moment_an_annotation_and_undo_removes_it(qtbot, flow_window, review_workspace):
    panel = analysed(qtbot, flow_window)
    rec = review_workspace.recording.id
    panel.moments.setFocus()
    panel.moments.setCurrentItem(panel.moments.topLevelItem(1))
    QTest.keyClick(panel.moments, Qt.Key.Key_W)
    stored = annotations.list_for_recording(review_workspace.as_pro, rec)
    assert [(a.start_ms, a.end_ms, a.themes, a.observation) for a in stored] == [
        (3000, 5800, (THEME,), "Monoloog van 2,8 s door de cliënt op 00:03.")]
    assert flow_window.review.selected_id == stored[0].id
    press(flow_window, "Ctrl+Z")
    assert annotations.list_for_recording(review_workspace.as_pro, rec) == []
    qtbot.mouseClick(panel.annotate_button, Qt.MouseButton.LeftButton)  # the button does the same
    assert [a.start_ms for a in annotations.list_for_recording(review_workspace.as_pro, rec)] == [3000]


def test_a_double_click_goes_to_the_moment(qtbot, flow_window):
    panel = analysed(qtbot, flow_window)
    item = panel.moments.topLevelItem(1)
    rect = panel.moments.visualItemRect(item)
    qtbot.mouseClick(panel.moments.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert flow_window.review.playback.position == 0  # a click chooses the moment, it does not go there
    qtbot.mouseDClick(panel.moments.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert flow_window.review.playback.position == 3000


def test_dit_ben_ik_needs_a_marked_stretch(qtbot, flow_window):
    panel = analysed(qtbot, flow_window)
    said = []
    panel.message.connect(said.append)
    qtbot.mouseClick(panel.voice.enrol_button, Qt.MouseButton.LeftButton)
    assert said and "Markeer eerst" in said[-1]
    assert panel.voice.state.text() == "Uw stem: nog niet vastgelegd"
    assert not panel.voice.forget_button.isEnabled()


def test_the_speaker_lane_paints_a_bar_per_speaker(qtbot, flow_window, review_workspace):
    track = conversation_flow.analyse(review_workspace.as_pro, review_workspace.recording.id).track
    review = flow_window.review
    review.show_speakers(track)
    canvas = review.timeline.canvas
    canvas.resize(600, canvas.height())
    canvas.zoom_fit()
    image = canvas.render_layer().toImage()
    geo = canvas.geometry_now()
    top = tp.RULER_H + tp.WAVE_H + speaker_lane.PAD
    ratio = image.devicePixelRatio()

    def colour(ms: int, row: int) -> str:
        x, y = geo.x_of(ms), top + row * speaker_lane.ROW_H + speaker_lane.ROW_H // 2
        return image.pixelColor(int(x * ratio), int(y * ratio)).name()

    professional, client = speaker_lane.COLORS["professional"].name(), speaker_lane.COLORS["client"].name()
    assert colour(2000, 0) == professional and colour(4600, 0) == professional
    assert colour(3500, 1) == client and colour(5500, 1) == client
    assert colour(3500, 0) == speaker_lane.BACKGROUND.name() and colour(2000, 1) == speaker_lane.BACKGROUND.name()
    review.show_speakers(None)
    assert canvas.speaker_h == 0
