"""Plain-Python observers for the review model: one `Emitter` per kind of change, napari style.

A view connects a callback per field (`model.events.position.connect(self._on_position)`); the model emits only
when the value really changed. Each callback runs in its own guard: a failing one is reported through
`sys.excepthook` (where Qt reports a failing slot too) and the others still run; a callback of a Qt object that
is already gone is disconnected.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

Callback = Callable[..., Any]


class Emitter:
    def __init__(self, name: str) -> None:
        self.name = name
        self._callbacks: list[Callback] = []

    def connect(self, callback: Callback) -> Callable[[], None]:
        """Call `callback(*args)` on every emit; returns a function that disconnects it again."""
        self._callbacks.append(callback)
        return lambda: self.disconnect(callback)

    def disconnect(self, callback: Callback) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def __len__(self) -> int:
        return len(self._callbacks)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            try:
                callback(*args)
            except Exception as error:  # noqa: BLE001 - one failing view must not stop the others
                if isinstance(error, RuntimeError) and "already deleted" in str(error):
                    self.disconnect(callback)  # a Qt receiver whose C++ object is gone
                    continue
                log.error("review model: observer %r of %s failed", callback, self.name)
                sys.excepthook(type(error), error, error.__traceback__)
