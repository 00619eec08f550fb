"""The transcript panel: follows playback without taking the keyboard, filters, jumps the player, imports
SRT (a broken file is refused with the reason and writes nothing), and shows imports made elsewhere."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from kijkwijzer.errors import BadInput
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.ui import i18n
from kijkwijzer.ui.exchange import TranscriptPanel
from kijkwijzer.ui.exchange.cue_model import CurrentRole
from tests.support.rows import row_counts

SRT = """1
00:00:01,000 --> 00:00:03,500
KLANTMANAGER: Goedemorgen, fijn dat je er bent.

2
00:00:03,600 --> 00:00:06,250
CLIËNT: Ik wist al wat er ging komen.
Dat voelde ik gewoon.

3
00:00:07,000 --> 00:00:09,000
KLANTMANAGER: Wat deed dat met jou?
"""


def long_srt(cues: int = 150) -> str:
    """A transcript of five minutes: one cue every two seconds, speakers taking turns."""
    blocks = []
    for i in range(cues):
        start, end = i * 2000, i * 2000 + 1800
        speaker = "KLANTMANAGER" if i % 2 == 0 else "CLIËNT"
        stamp = [f"00:{ms // 60000:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}" for ms in (start, end)]
        blocks.append(f"{i + 1}\n{stamp[0]} --> {stamp[1]}\n{speaker}: regel nummer {i + 1}\n")
    return "\n".join(blocks)


@pytest.fixture
def host(qtbot, exchange_setup):
    """The panel in a window beside another field, the way the review view holds it; the window has its own
    Ctrl+F (the main window's "Zoeken in annotaties")."""
    window = QMainWindow()
    window.window_find_presses = 0
    find = QAction("Zoeken in annotaties", window)
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(lambda: setattr(window, "window_find_presses", window.window_find_presses + 1))
    window.addAction(find)
    central = QWidget(window)
    other = QLineEdit(central)
    other.setObjectName("elsewhere")
    panel = TranscriptPanel(exchange_setup.ctx, central)
    layout = QVBoxLayout(central)
    layout.addWidget(other)
    layout.addWidget(panel)
    window.setCentralWidget(central)
    window.resize(700, 420)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window, panel, other
    window.close()


def shown_box(parent: QWidget, name: str) -> QMessageBox:
    """The message box on screen (a closed one waits for deletion and is skipped)."""
    boxes = [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]
    assert len(boxes) == 1, f"expected one {name} on screen, got {len(boxes)}"
    return boxes[0]


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_follows_the_playhead_without_taking_the_keyboard(host, exchange_setup, tmp_path, qtbot):
    _window, panel, other = host
    exchange.import_transcript(
        exchange_setup.ctx, exchange_setup.recording_id, write(tmp_path, "lang.srt", long_srt())
    )
    panel.set_recording(exchange_setup.recording_id)
    assert len(panel.cues()) == 150
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)

    panel.set_position(241_000)  # in cue 121 (240.0-241.8 s), far below the first screenful
    cue = panel.current_cue()
    assert cue is not None and (cue.start_ms, cue.text) == (240_000, "regel nummer 121")
    row = panel.proxy.mapFromSource(panel.model.index(120, 0))
    assert row.data(CurrentRole) is True
    assert panel.view.viewport().rect().contains(panel.view.visualRect(row).center()), "scrolled into view"
    assert QApplication.focusWidget() is other, "the panel must not take the keyboard while following"
    assert not panel.view.selectionModel().hasSelection()

    panel.set_position(241_900)  # between two cues: nothing is "now"
    assert panel.current_cue() is None
    panel.set_position(0)  # back to the start
    assert panel.current_cue() is not None and panel.current_cue().start_ms == 0


def test_search_narrows_the_list_and_enter_jumps_the_player(host, exchange_setup, tmp_path, qtbot):
    window, panel, _other = host
    exchange.import_transcript(exchange_setup.ctx, exchange_setup.recording_id, write(tmp_path, "g.srt", SRT))
    panel.set_recording(exchange_setup.recording_id)
    assert [c.speaker for c in panel.cues()] == ["KLANTMANAGER", "CLIËNT", "KLANTMANAGER"]

    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus(), "Ctrl+F inside the panel goes to the panel's search field"
    assert window.window_find_presses == 0, "and not to the window's own Ctrl+F"

    qtbot.keyClicks(panel.search, "WIST al")  # any case
    assert [c.text for c in panel.visible_cues()] == ["Ik wist al wat er ging komen.\nDat voelde ik gewoon."]
    assert panel.count.text() == "1 van 3 regels"
    panel.set_search("klantmanager")  # the speaker counts too
    assert [c.start_ms for c in panel.visible_cues()] == [1000, 7000]

    with qtbot.waitSignal(panel.seek_requested) as jumped:
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # Enter in the field: to the first match
    assert jumped.args == [1000]
    assert panel.view.hasFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.seek_requested) as jumped:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert jumped.args == [7000]

    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == "" and len(panel.visible_cues()) == 3
    second = panel.view.visualRect(panel.proxy.index(1, 0)).center()
    with qtbot.waitSignal(panel.seek_requested) as jumped:  # press, release, then the double-click
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=second)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert jumped.args == [3600]


def test_a_malformed_srt_is_refused_with_the_reason_and_writes_nothing(host, exchange_setup, tmp_path, qtbot):
    _window, panel, _other = host
    panel.set_recording(exchange_setup.recording_id)
    broken = write(tmp_path, "kapot.srt", "1\n00:00:05,000 --> 00:00:02,000\nEinde vóór begin.\n")
    with pytest.raises(BadInput) as refused:  # what the service says about this file
        exchange.import_transcript(exchange_setup.ctx, exchange_setup.recording_id, broken)
    before = row_counts(exchange_setup.ctx)

    assert panel.import_file(broken) is None
    box = shown_box(panel, "transcriptImportError")
    assert box.text() == refused.value.nl
    box.close()
    assert row_counts(exchange_setup.ctx) == before, "nothing written, not even an audit row"
    assert panel.cues() == [] and panel.pages.currentWidget() is panel.empty

    i18n.install("en")
    try:
        panel.import_file(broken)
        box = shown_box(panel, "transcriptImportError")
        assert box.text() == refused.value.en
        box.close()
    finally:
        i18n.install("nl")
    assert row_counts(exchange_setup.ctx) == before


def test_an_import_made_elsewhere_shows_up(host, exchange_setup, tmp_path, qtbot):
    """The CLI in team mode, or any other part of the app, imports on another thread: the list follows."""
    _window, panel, _other = host
    panel.set_recording(exchange_setup.recording_id)
    assert panel.pages.currentWidget() is panel.empty
    path = write(tmp_path, "g.vtt", "WEBVTT\n\n00:01.000 --> 00:03.500\n<v Sanne de Vries>Goedemorgen.</v>\n")
    worker = threading.Thread(
        target=exchange.import_transcript, args=(exchange_setup.ctx, exchange_setup.recording_id, path)
    )
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(panel.cues()) == 1)
    assert panel.cues()[0].speaker == "Sanne de Vries"
    assert panel.pages.currentWidget() is panel.view


def test_importing_through_the_panel_replaces_when_asked(host, exchange_setup, tmp_path):
    _window, panel, _other = host
    panel.set_recording(exchange_setup.recording_id)
    result = panel.import_file(write(tmp_path, "g.srt", SRT))
    assert result is not None and result.added == 3
    assert len(panel.cues()) == 3 and panel.status.text() == "3 regels ingelezen uit g.srt"
    panel.import_file(
        write(tmp_path, "kort.srt", "1\n00:00:01,000 --> 00:00:02,000\nAlleen dit.\n"), replace=True
    )
    assert [c.text for c in panel.cues()] == ["Alleen dit."]
