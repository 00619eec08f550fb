"""The session ending: a logout or shutdown (SIGTERM), a closed terminal (SIGHUP) or a plain `kill` closes the
window as Afsluiten does, instead of ending the process where it stands. The MainWindow then saves its layout and
stops its background work: a waveform child still computing is ended, not left working on in the workspace.
Every edit is already in the store as it is made; what a session's end would lose is only this tidying up.

Python runs a signal handler only between its own instructions, and Qt's event loop waits in C: the signal's
number is written to a socket (signal.set_wakeup_fd) that the event loop watches, which lets the handler run at
once. A signal before the event loop runs (the start's imports) ends the start as before: there is nothing yet
to close.
"""

from __future__ import annotations

import signal
import socket
from types import FrameType

from PySide6.QtCore import QSocketNotifier, QThread, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def close_on_session_end(window: QWidget) -> None:
    """From now on SIGTERM and SIGHUP close every window of the program (`window` keeps the wake-up socket)."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)
    notifier.activated.connect(lambda *_: _drain(reader))  # a Python slot: the handler runs right after it
    window._session_end = (reader, writer, notifier)  # type: ignore[attr-defined]  # kept as long as the window
    for number in SIGNALS:
        signal.signal(number, _ended)


def _drain(reader: socket.socket) -> None:
    try:
        while reader.recv(64):
            pass
    except OSError:  # nothing more to read
        pass


def _ended(number: int, _frame: FrameType | None) -> None:
    if QThread.currentThread().loopLevel() == 0:  # no event loop yet: the start stops, as it did without this
        raise SystemExit(128 + number)
    QTimer.singleShot(0, QApplication.closeAllWindows)  # the last window closed ends the event loop
