"""Reuse the UI suite's guards and its window on a recorded conversation, plus helpers to answer a modal
dialog the way a user would (find it once it is up, click its button) and to bring in a second video."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.ui.conftest import isolated_settings, no_leaks, review_workspace, window  # noqa: F401 - fixtures


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
    timers: list[QTimer] = []
    seen: list[str] = []

    def arm(name: str, choose: Callable[[QWidget], QAbstractButton | None]) -> list[str]:
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
