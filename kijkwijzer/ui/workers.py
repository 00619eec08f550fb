"""Background jobs (waveform, stills) on a QThreadPool; results come back to the Qt thread by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kijkwijzer.errors import Stopped

log = logging.getLogger(__name__)


class _Carrier(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], carrier: _Carrier) -> None:
        super().__init__()
        self.fn = fn
        self.carrier = carrier
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Stopped as error:  # ended on purpose (its window closing): nothing to warn about
            log.debug("background task stopped: %r", error)
            self._emit(self.carrier.failed, error)
        except Exception as error:  # noqa: BLE001 - handed to the UI, which shows it
            log.warning("background task failed: %r", error)
            self._emit(self.carrier.failed, error)
        else:
            self._emit(self.carrier.done, result)

    @staticmethod
    def _emit(signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the receiver was closed meanwhile
            pass


class Workers(QObject):
    """A small pool owned by a view; `shutdown` waits for running jobs so nothing outlives the window."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._carriers: set[_Carrier] = set()

    def run(self, fn: Callable[[], object], on_done: Callable[[object], None],
            on_error: Callable[[Exception], None] | None = None) -> None:
        carrier = _Carrier(self)
        self._carriers.add(carrier)

        def finish(_value: object) -> None:
            self._carriers.discard(carrier)
            carrier.deleteLater()

        carrier.done.connect(on_done)
        if on_error is not None:
            carrier.failed.connect(on_error)
        carrier.done.connect(finish)
        carrier.failed.connect(finish)
        self.pool.start(_Job(fn, carrier))

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self.pool.clear()
        self.pool.waitForDone(10_000)
