"""Hands domain events from the service bus to the Qt thread as a signal.

The bus calls listeners on the publishing thread. Emitting a signal of a QObject that lives in the
GUI thread is delivered directly when published there (so a key press is painted at once) and queued
when published from another thread (worker, CLI-style background job, team-mode listener).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from kijkwijzer.services.events import Event, EventBus


class EventBridge(QObject):
    """Subscribes to topic prefixes on a bus; re-emits each event as `received(Event)` in the Qt thread."""

    received = Signal(object)

    def __init__(self, bus: EventBus, prefixes: tuple[str, ...] = ("",), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: list[Callable[[], None]] = [bus.subscribe(p, self._publish) for p in prefixes]
        pending = self._unsubscribe
        self.destroyed.connect(lambda *_: [unsubscribe() for unsubscribe in pending])

    def _publish(self, event: Event) -> None:
        try:
            self.received.emit(event)
        except RuntimeError:  # the C++ object is gone: the window closed while a worker published
            self.close()

    def connect_to(self, slot: Callable[[Event], None]) -> None:
        self.received.connect(slot, Qt.ConnectionType.AutoConnection)

    def close(self, *_args: object) -> None:
        while self._unsubscribe:
            self._unsubscribe.pop()()
