"""Domain events: services publish what changed after commit; views subscribe and refresh.

One mechanism only. Callbacks run on the publishing thread; the UI hands them to its own thread.
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Event:
    topic: str  # e.g. "annotation.added", "consent.withdrawn"
    object_id: int | None = None
    scope_id: int | None = None  # e.g. the recording an annotation belongs to
    data: dict = field(default_factory=dict, compare=False)


Listener = Callable[[Event], None]


class EventBus:
    def __init__(self) -> None:
        self.origin = uuid.uuid4().hex  # tells this bus's events apart from other workbenches' in team mode
        self._listeners: dict[str, list[Listener]] = defaultdict(list)
        self._lock = threading.Lock()

    def subscribe(self, prefix: str, listener: Listener) -> Callable[[], None]:
        """Listen to every topic starting with `prefix` ("" for all); returns an unsubscribe function."""
        with self._lock:
            self._listeners[prefix].append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners[prefix]:
                    self._listeners[prefix].remove(listener)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            targets = [cb for prefix, cbs in self._listeners.items() if event.topic.startswith(prefix) for cb in cbs]
        for callback in targets:
            callback(event)
