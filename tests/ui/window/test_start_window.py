"""The window as it first comes on screen (ui/start_window.py; issue 16 part 4): it says the workspace is being
opened, then holds the workbench, the same window for the rest of the run: the keys reach the workbench in it,
Afsluiten closes it with the layout kept, and a language switch puts the new workbench in it. The start in a fresh
process, before the store is loaded, is tests/ui/window/test_launch.py."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow

from kijkwijzer.services import annotations
from kijkwijzer.ui import i18n
from kijkwijzer.ui.start_window import StartWindow, first_size
from tests.support.qt_input import press


@pytest.fixture
def frame(qtbot):
    frame = StartWindow()
    frame.show()
    qtbot.waitExposed(frame)
    yield frame
    frame.close()
    frame.deleteLater()
    i18n.install("nl")


@pytest.fixture
def running(qapp, frame, review_workspace):
    from kijkwijzer.app import RunningApp

    running = RunningApp(qapp, review_workspace.ctx, headless=True, frame=frame)
    running.build_window(review_workspace.recording.id)
    yield running
    if running.ctx is not review_workspace.ctx:
        running.ctx.store.dispose()


def test_it_says_the_workspace_is_being_opened_at_the_workbench_s_size(frame):
    assert frame.waiting.isVisible() and frame.waiting.text() == "De werkmap wordt geopend…"
    assert frame.size() == first_size(frame.screen())
    assert frame.windowTitle() == "Kijkwijzer"


def test_it_names_the_folder_or_the_server_but_no_password(qtbot, qapp, tmp_path):
    from kijkwijzer.start_arguments import parse
    from kijkwijzer.ui.first_window import _place

    assert _place(parse([str(tmp_path)])) == str(tmp_path.resolve())
    assert _place(parse(["--db", "postgresql://anna:geheim@db.gemeente.nl/kijkwijzer", "--media", str(tmp_path)])) \
        == "db.gemeente.nl/kijkwijzer"
    assert _place(parse(["--db", "postgresql://db.gemeente.nl/kw?user=anna&password=geheim", "--media", str(tmp_path)])) \
        == "db.gemeente.nl/kw"
    i18n.install("en")
    english = StartWindow(str(tmp_path))
    qtbot.addWidget(english)
    assert english.waiting.text() == f"Opening the workspace…\n\n{tmp_path}"


def test_then_the_workbench_fills_the_same_window(qtbot, frame, running, review_workspace):
    window = running.window
    assert window.window() is frame and not window.isWindow()  # not a second window beside it
    assert not frame.waiting.isVisible()
    qtbot.waitUntil(lambda: window.size() == frame.size())
    assert window.review.recording is not None and window.review.recording.id == review_workspace.recording.id
    assert frame.windowTitle() == window.windowTitle() == review_workspace.recording.original_name


def test_the_review_keys_reach_the_workbench_in_it(qtbot, frame, running, review_workspace):
    frame.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is frame, timeout=3000)
    running.window.review.playback.seek(1500)
    press(running.window, "1")
    (made,) = annotations.list_for_recording(review_workspace.as_pro, review_workspace.recording.id)
    assert made.start_ms == 1500


def test_afsluiten_closes_the_window_and_keeps_the_layout(qtbot, frame, running):
    window = running.window
    window.settings.remove("window/state")
    window.actions_by_name["quit"].trigger()
    assert not frame.isVisible() and not window.isVisible()
    assert window.settings.value("window/state") is not None  # the MainWindow closed itself: the docks are kept


def test_a_language_switch_puts_the_new_workbench_in_the_same_window(qtbot, frame, running):
    before = running.window
    before.findChild(QAction, "action_lang_en").trigger()
    after = running.window
    assert after is not before and after.window() is frame and frame.isVisible()
    assert [m.title() for m in after.menus.values()][:2] == ["&File", "&Edit"]
    qtbot.waitUntil(lambda: frame.findChildren(QMainWindow, "mainWindow") == [after])  # the old one is gone
