"""Hands domain events from the service bus to the Qt thread as a signal; and the bus's reports of a listener
that failed, as one line for the status bar.

The bus calls listeners on the publishing thread. Emitting a signal of a QObject that lives in the
GUI thread is delivered directly when published there (so a key press is painted at once) and queued
when published from another thread (worker, CLI-style background job, team-mode listener).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from kijkwijzer.services.events import Event, EventBus, ListenerFailure
from kijkwijzer.services.topics import Area, Topic


class EventBridge(QObject):
    """Subscribes to topics or areas on a bus (None: all); re-emits each event as `received(Event)` in the Qt
    thread."""

    received = Signal(object)

    def __init__(self, bus: EventBus, topics: tuple[Topic | Area, ...] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: list[Callable[[], None]] = (
            [bus.subscribe_all(self._publish)] if topics is None else [bus.subscribe(t, self._publish) for t in topics])
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


class ListenerFailures(QObject):
    """A listener of the bus that failed (the others still ran), as one line in the UI language: `failed(str)`,
    delivered in the Qt thread. The details are in the log."""

    failed = Signal(str)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        forget = bus.on_listener_failed(self._report)
        self.destroyed.connect(lambda *_: forget())

    def _report(self, _failure: ListenerFailure) -> None:
        try:
            self.failed.emit(self.tr("Een onderdeel van het venster kon een wijziging niet tonen; de rest is wel "
                                     "bijgewerkt."))
        except RuntimeError:  # the window is gone
            pass
