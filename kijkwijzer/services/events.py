"""Domain events: services publish what changed after commit; views subscribe and refresh.

One mechanism only. Listeners subscribe to a `Topic` or a whole `Area` and run on the publishing thread (the UI
hands them to its own thread). Each listener runs in its own guard: one that fails is logged and reported to the
bus's failure callbacks, and the others still hear the event (the commit has happened; nothing may stop them).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from .topics import Area, Topic

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Event:
    topic: Topic
    object_id: int | None = None
    scope_id: int | None = None  # e.g. the recording an annotation belongs to
    # The changed thing as the service returns it (AnnotationView, FragmentView, ActionView ...). None when the
    # topic carries none, or when it came from another workbench and could not be read (deleted again).
    view: object | None = field(default=None, compare=False)
    remote: bool = False  # published by another workbench (team mode), not by this one
    started_by: object | None = field(default=None, compare=False)  # the token of `Context.started_by`
    # One of many events one transaction published (an import of thousands of annotations): a view may gather
    # them and take them in at once instead of a pass over all its rows per event (see Context.transaction).
    burst: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.topic, Topic):
            object.__setattr__(self, "topic", Topic(self.topic))  # ValueError for a topic this version lacks

    def view_as(self, kind: type[T]) -> T | None:
        """The view if it is a `kind` (an AnnotationView for the annotation topics ...), else None."""
        return self.view if isinstance(self.view, kind) else None


Listener = Callable[[Event], None]


@dataclass(frozen=True)
class ListenerFailure:
    """A listener raised while hearing `event`; the others heard it anyway."""

    event: Event
    listener: str  # its qualified name, for the log and the status bar
    error: Exception


def _name(listener: Callable[..., object]) -> str:
    owner = getattr(listener, "__self__", None)
    name = getattr(listener, "__qualname__", None) or type(listener).__qualname__
    return f"{type(owner).__qualname__}.{getattr(listener, '__name__', name)}" if owner is not None else name


class EventBus:
    def __init__(self) -> None:
        self.origin = uuid.uuid4().hex  # tells this bus's events apart from other workbenches' in team mode
        self._listeners: list[tuple[Topic | Area | None, Listener]] = []  # in the order they subscribed
        self._failure_callbacks: list[Callable[[ListenerFailure], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, to: Topic | Area, listener: Listener) -> Callable[[], None]:
        """Listen to one topic or to every topic of an area; returns an unsubscribe function."""
        if not isinstance(to, (Topic, Area)):
            raise TypeError(f"subscribe to a Topic or an Area, not {to!r}")
        return self._add(to, listener)

    def subscribe_all(self, listener: Listener) -> Callable[[], None]:
        """Listen to every topic (a log, a test); returns an unsubscribe function."""
        return self._add(None, listener)

    def _add(self, key: Topic | Area | None, listener: Listener) -> Callable[[], None]:
        entry = (key, listener)
        with self._lock:
            self._listeners.append(entry)

        def unsubscribe() -> None:
            with self._lock:
                if entry in self._listeners:
                    self._listeners.remove(entry)

        return unsubscribe

    def on_listener_failed(self, callback: Callable[[ListenerFailure], None]) -> Callable[[], None]:
        """Be told of every listener that fails (the window shows it in its status bar); returns an undo."""
        with self._lock:
            self._failure_callbacks.append(callback)

        def forget() -> None:
            with self._lock:
                if callback in self._failure_callbacks:
                    self._failure_callbacks.remove(callback)

        return forget

    def publish(self, event: Event) -> list[ListenerFailure]:
        """Hand `event` to each listener in turn, each in its own guard; returns the failures (also reported)."""
        wanted = (None, event.topic, event.topic.area)
        with self._lock:
            targets = [listener for key, listener in self._listeners if key in wanted]
        failures = []
        for listener in targets:
            try:
                listener(event)
            except Exception as error:
                log.exception("Event listener %s failed on %s", _name(listener), event.topic.value)
                failures.append(ListenerFailure(event, _name(listener), error))
        for failure in failures:
            self._report(failure)
        return failures

    def _report(self, failure: ListenerFailure) -> None:
        with self._lock:
            callbacks = list(self._failure_callbacks)
        for callback in callbacks:
            try:
                callback(failure)
            except Exception:
                log.exception("Reporting a failed event listener failed too (%s)", _name(callback))
