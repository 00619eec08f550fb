"""Notices an erasure done elsewhere: the command line or another process erased the recording that is open
here. Every two seconds, while a recording is open, one primary-key look-up; when the recording is gone the
watch publishes the same `recording.erased` event a local erasure would, so the review, the werkmap and the
panels let go of it exactly as they do then. (Team mode also hears erasures through LISTEN/NOTIFY.)

A client erased elsewhere takes cases and conversations with it: `also(sweep)` adds a look per tick while the
window shows any of those (a panel or dialog); the sweep closes what is gone (ui/intake/client_erasure_dialog.py)
and says whether anything is still worth watching.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import recordings
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.topics import Topic

log = logging.getLogger(__name__)
INTERVAL_MS = 2000


class ErasureWatch(QObject):
    def __init__(self, ctx: Callable[[], Context], open_recording: Callable[[], int | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._open_recording = ctx, open_recording
        self.timer = QTimer(self)
        self.timer.setObjectName("erasureWatch")
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self._sweeps: list[Callable[[], bool]] = []

    def also(self, sweep: Callable[[], bool]) -> None:
        """Each tick, `sweep()` closes what no longer exists; True while it still shows something erasable."""
        self._sweeps.append(sweep)

    def wake(self) -> None:
        """Something erasable was opened: look every two seconds (again)."""
        if not self.timer.isActive():
            self.timer.start()

    def follow(self, recording_id: int | None) -> None:
        """Watch while a recording is open; stop when none is."""
        if recording_id is None:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()

    def check(self) -> bool:
        """True when the open recording was found erased (and the event published)."""
        watching = [sweep() for sweep in self._sweeps]  # every sweep looks, each closes its own
        recording_id = self._open_recording()
        if recording_id is None:
            if not any(watching):
                self.timer.stop()
            return False
        ctx = self._ctx()
        try:
            gone = not recordings.exists(ctx, recording_id)
        except KijkwijzerError as error:  # the store is busy or away for a moment: look again next time
            log.info("erasure watch could not look: %s", error.en)
            return False
        if gone:
            self.timer.stop()
            ctx.bus.publish(Event(Topic.RECORDING_ERASED, recording_id))
        return gone

    def stop(self) -> None:
        self.timer.stop()
