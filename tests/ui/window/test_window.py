"""The window as a whole: media problems never crash it, English is available, every action has a key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kijkwijzer.ui import i18n
from tests.support.app_start import leave_the_collector_alone


def test_missing_media_shows_problem_dialog_and_locate_brings_it_back(qtbot, vlc_window, review_workspace,
                                                                     tmp_path, test_video):
    window = vlc_window  # real VLC: what it does with a missing or unplayable file is the subject
    path = review_workspace.recording.path
    copy = tmp_path / "elders" / "gesprek-kopie.mp4"
    copy.parent.mkdir()
    copy.write_bytes(test_video.read_bytes())  # the user's own (plain) copy of what was imported
    path.unlink()
    assert window.open_recording(review_workspace.recording.id) is False
    dialog = window.problem_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Bestand zoeken" in dialog.locate_button.text()
    wrong = tmp_path / "ander.mp4"
    wrong.write_bytes(b"not the same recording")
    assert dialog.try_locate(wrong) is False
    assert "niet dezelfde opname" in dialog.result_label.text()
    assert dialog.try_locate(copy) is True
    qtbot.waitUntil(lambda: window.review.recording is not None and window.review.recording.available, timeout=3000)
    assert path.is_file()


def test_unplayable_file_is_reported_not_raised(qtbot, vlc_window, review_workspace):
    window = vlc_window  # real VLC: what it does with a missing or unplayable file is the subject
    review_workspace.recording.path.write_bytes(b"\x00" * 4096)
    window.open_recording(review_workspace.recording.id)
    window.review.playback.play()
    qtbot.waitUntil(lambda: window.problem_dialog is not None, timeout=8000)
    assert window.problem_dialog.kind == "unplayable"


def test_every_review_action_has_a_shortcut_in_its_tooltip(window):
    from kijkwijzer.ui.shortcuts import ACTIONS

    for spec in ACTIONS:
        action = window.actions_by_name[spec.name]
        if spec.keys:
            assert action.shortcuts(), spec.name
            assert "(" in action.toolTip(), spec.name
    for action in window.theme_actions.values():
        assert action.shortcuts() and "(" in action.toolTip()


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("nl")


def test_window_opens_in_english(qtbot, english, review_workspace):
    from kijkwijzer.ui.main_window import MainWindow
    from tests.support.fake_player import FakePlayer

    win = MainWindow(review_workspace.ctx, FakePlayer())  # nothing is played: the texts are the subject
    qtbot.addWidget(win)
    try:
        titles = [menu.title() for menu in win.menus.values()]
        assert "&File" in titles and "&Playback" in titles
        assert win.actions_by_name["play_pause"].text() == "Play / pause"
        assert win.review.coding_pad.buttons["thema.raakmomenten"].full_text == "1  Moments of impact"
        assert win.review.list.model.headerData(1, Qt.Orientation.Horizontal) == "Time"  # after the number
    finally:
        win.close()
        win.deleteLater()


def test_app_main_parses_arguments():
    from kijkwijzer.app import parse_args

    args = parse_args(["/tmp/werkmap", "--lang", "en"])
    assert args.workspace_dir == "/tmp/werkmap" and args.lang == "en"
    args = parse_args(["--db", "postgresql://x/y", "--media", "/tmp/m"])
    assert args.db == "postgresql://x/y" and args.media == "/tmp/m"


def test_app_start_with_lang_en_opens_the_review_in_english(qtbot, qapp, review_workspace, monkeypatch):
    import sys

    from kijkwijzer.app import start

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start() installs its own; put it back after
    leave_the_collector_alone(monkeypatch)
    running = start([str(review_workspace.workspace.root), "--lang", "en", "--headless"])
    try:
        window = running.window
        assert window.isVisible()
        assert [m.title() for m in window.menus.values()][:3] == ["&File", "&Edit", "&Playback"]
        assert window.review.recording is not None and window.review.recording.id == review_workspace.recording.id
        assert "Reviewer" in window.status_reviewer.text()
    finally:
        running.window.close()
        running.window.deleteLater()
        qapp.setStyleSheet("")
        i18n.install("nl")
        running.ctx.store.dispose()


def test_switching_reviewer_keeps_the_recording_and_annotates_as_them(qtbot, window, review_workspace):
    from kijkwijzer.services import annotations
    from tests.support.qt_input import press

    window.select_reviewer(review_workspace.coach.id)
    assert window.review.recording is not None
    assert window.review.ctx.actor.reviewer_id == review_workspace.coach.id
    window.review.playback.seek(1200)
    press(window, "5")
    (made,) = annotations.list_for_recording(review_workspace.as_pro, review_workspace.recording.id)
    assert made.reviewer_id == review_workspace.coach.id and made.reviewer_role == "coach"
    lanes = window.review.timeline.canvas.model.lanes
    assert lanes[0].reviewer_id == review_workspace.coach.id
