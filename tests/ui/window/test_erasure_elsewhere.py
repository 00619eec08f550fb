"""An erasure done elsewhere reaches the open window: the command line, in another process, removes the
recording that is open here; within seconds the review lets go of it and the werkmap no longer lists it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[3]


def werkmap_texts(window) -> list[str]:
    browser = window.browser
    texts, stack = [], [browser.topLevelItem(i) for i in range(browser.topLevelItemCount())]
    while stack:
        item = stack.pop()
        texts.append(item.text(0))
        stack.extend(item.child(i) for i in range(item.childCount()))
    return texts


def test_a_recording_removed_by_the_command_line_is_let_go_by_the_open_window(qtbot, window, review_workspace):
    recording = review_workspace.recording
    assert window.review.recording.id == recording.id
    assert window.erasure_watch.timer.isActive() and not window.erasure_watch.check()  # still there: no alarm
    name = recording.original_name
    assert any(text.startswith(name) for text in werkmap_texts(window))
    done = subprocess.run([sys.executable, "-m", "kijkwijzer.cli", "--workspace", str(review_workspace.workspace.root),
                           "recordings", "remove", "--recording", str(recording.id)],
                          check=False, capture_output=True, text=True, cwd=ROOT, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.review.recording is None, timeout=6000)  # the watch looks every 2 s
    assert window.review.player.source is None  # the player let go of the file (FakePlayer; VLC's own
    # letting go is tests/media/test_vlc_player.py::test_unload_lets_go_of_the_file_and_the_player_stays_usable)
    assert "gewist" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not any(text.startswith(name) for text in werkmap_texts(window)), timeout=3000)
    assert not window.erasure_watch.timer.isActive()  # nothing open, nothing to watch
