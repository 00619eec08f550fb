"""Background work (ui/workers.py): a failure reaches the view that asked for the work and is logged as a warning;
work ended on purpose because its window closed (Stopped) reaches it too but is no warning on the terminal."""

from __future__ import annotations

import logging

import pytest

from kijkwijzer.errors import BadInput, KijkwijzerError, Stopped
from kijkwijzer.ui.workers import Workers


@pytest.mark.parametrize(("error", "warned"), [
    (BadInput("Onleesbaar geluid.", "Unreadable sound."), True),
    (Stopped("Niet afgemaakt: het venster sloot.", "Not finished: the window closed."), False),
])
def test_a_failure_is_warned_about_and_a_stop_on_purpose_is_not(qtbot, caplog, error: KijkwijzerError,
                                                                 warned: bool):
    workers, received = Workers(), []

    def work() -> object:
        raise error

    caplog.set_level(logging.DEBUG, logger="kijkwijzer.ui.workers")
    workers.run(work, lambda _result: received.append("done"), received.append)
    qtbot.waitUntil(lambda: bool(received), timeout=5000)
    workers.shutdown()
    assert received == [error]  # the view hears of it either way
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert bool(warnings) is warned, [r.getMessage() for r in caplog.records]
