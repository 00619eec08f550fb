"""Fixtures of the recording-import tests (a plugin, see tests/conftest.py): a second video to bring in, and
answering a modal dialog the way a user would (find it once it is up, click its button)."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture(scope="session")
def second_video(tmp_path_factory):
    """Another small generated video (a different content hash from the fixture's recording)."""
    from kijkwijzer.media.synth import make_test_video

    return make_test_video(tmp_path_factory.mktemp("second") / "tweede gesprek.mp4", seconds=3, size="320x240")


@pytest.fixture
def answer_modal():
    """`answer_modal(object_name, choose)`: when a modal dialog with that name is up, `choose(dialog)` answers
    it (returns the button to click, or does the work itself). Polls on a timer, as a user would wait.
    Returns the list the texts of the answered dialogs are put in."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timers: list[QTimer] = []
    seen: list[str] = []

    def arm(name: str, choose: Callable) -> list[str]:
        timer = QTimer()
        timer.setInterval(30)

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog.objectName() != name:
                return
            timer.stop()
            seen.append(getattr(dialog, "text", dialog.windowTitle)())  # the dialog is gone afterwards
            button = choose(dialog)
            if button is not None:
                button.click()

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)
        return seen

    yield arm
    for timer in timers:
        timer.stop()
