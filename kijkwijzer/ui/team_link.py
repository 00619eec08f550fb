"""The window's link to the team database (PostgreSQL): the listener that brings colleagues' changes in, and
its state as a permanent label in the status bar ("Teamdatabase: verbonden", or reconnecting after a drop).

The listener (services/team.py) runs on its own thread and reconnects by itself; its reports reach the Qt thread
as queued signals. On a single-user (SQLite) workspace there is nothing to listen to and no label.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from kijkwijzer.services import team
from kijkwijzer.services.context import Context

log = logging.getLogger(__name__)
CONNECTED, LOST = "connected", "lost"


class TeamLink(QObject):
    state_changed = Signal(str)  # CONNECTED | LOST, in the Qt thread
    message = Signal(str)  # one line for the status bar (the connection is back)
    _lost = Signal()  # from the listener's thread
    _restored = Signal()  # from the listener's thread

    def __init__(self, ctx: Context, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(status_bar)
        self.label.setObjectName("teamStatus")
        self.state: str | None = None  # None: not a team workspace
        self._stop: Callable[[], None] | None = None
        if ctx.store.is_sqlite:
            self.label.hide()
            return
        status_bar.addPermanentWidget(self.label)
        self._lost.connect(self._show_lost)
        self._restored.connect(self._show_restored)
        self._show(CONNECTED)
        stop = team.listen(ctx, on_lost=self._report_lost, on_restored=self._report_restored)
        self._stop = stop
        self.destroyed.connect(lambda *_: stop())  # also when the window goes without being closed

    @property
    def active(self) -> bool:
        return self._stop is not None

    def stop(self) -> None:
        """Stop listening (the window closes or another workspace is opened); at once, and only once."""
        stop, self._stop = self._stop, None
        if stop is not None:
            stop()

    # --- from the listener's thread -----------------------------------------------------------------------
    def _report_lost(self, error: Exception) -> None:
        log.info("team database out of reach: %s", error)
        self._emit(self._lost)

    def _report_restored(self) -> None:
        self._emit(self._restored)

    @staticmethod
    def _emit(signal) -> None:
        try:
            signal.emit()
        except RuntimeError:  # the window is gone and the listener not yet stopped
            pass

    # --- in the Qt thread -------------------------------------------------------------------------------
    def _show_lost(self) -> None:
        self._show(LOST)

    def _show_restored(self) -> None:
        self._show(CONNECTED)
        self.message.emit(self.tr("De verbinding met de teamdatabase is hersteld; wat collega's intussen vastlegden, wordt "
                                   "bijgehaald."))

    def _show(self, state: str) -> None:
        if state == CONNECTED:
            self.label.setText(self.tr("Teamdatabase: verbonden"))
            self.label.setToolTip(self.tr("Wat collega's vastleggen, verschijnt hier meteen."))
        else:
            self.label.setText(self.tr("Verbinding met de teamdatabase verbroken; opnieuw verbinden…"))
            self.label.setToolTip(self.tr("Het venster verbindt vanzelf opnieuw en haalt dan bij wat collega's "
                                          "intussen vastlegden."))
        self.label.setProperty("teamState", state)
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
