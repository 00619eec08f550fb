"""Team mode: on PostgreSQL, every committed event is also sent with NOTIFY, and other workbenches
LISTEN, so a colleague's annotations appear live. The payload names what changed, never its content."""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from kijkwijzer.errors import KijkwijzerError

from .annotations import get as annotation_view
from .context import CommitHook, Context
from .events import Event
from .topics import Topic

CHANNEL = "kijkwijzer_events"
log = logging.getLogger(__name__)


def notify_in_transaction(session: Session, events: Sequence[Event], origin: str) -> None:
    """Queue NOTIFYs inside the transaction: PostgreSQL delivers them only if it commits."""
    for event in events:
        payload = json.dumps({"topic": event.topic.value, "id": event.object_id, "scope": event.scope_id,
                              "origin": origin, "pid": os.getpid()})
        session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


def notifier(origin: str) -> CommitHook:
    """The commit hook of a team-mode context whose bus is `origin` (services/open_workspace.py sets it)."""
    return lambda session, events: notify_in_transaction(session, events, origin)


def _enrich(ctx: Context, event: Event) -> Event:
    """Remote annotation events get the annotation view the local ones carry (deleted ones cannot)."""
    if event.topic in (Topic.ANNOTATION_ADDED, Topic.ANNOTATION_CHANGED) and event.object_id is not None:
        try:
            return Event(event.topic, event.object_id, event.scope_id, view=annotation_view(ctx, event.object_id),
                         remote=True)
        except KijkwijzerError:  # deleted again before we looked (or no longer ours to see)
            pass
    return Event(event.topic, event.object_id, event.scope_id, remote=True)


def _received(payload: str, origin: str) -> Event | None:
    """The event a NOTIFY names; None for our own (already published) and for a topic this version lacks."""
    data = json.loads(payload)
    if data.get("origin") == origin:
        return None
    try:
        topic = Topic(data["topic"])
    except (KeyError, ValueError):
        log.warning("Team mode: ignored an event with an unknown topic (%s)", data.get("topic"))
        return None
    return Event(topic, data.get("id"), data.get("scope"))


def listen(ctx: Context, on_error: Callable[[Exception], None] = lambda _e: None) -> Callable[[], None]:
    """Start a listener thread publishing other workbenches' events on ctx.bus; returns stop()."""
    if ctx.store.is_sqlite:
        return lambda: None
    import psycopg

    url = ctx.store.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    conn = psycopg.connect(url, autocommit=True)
    conn.execute(f"LISTEN {CHANNEL}")
    stopping = threading.Event()

    def run() -> None:
        try:
            while not stopping.is_set():
                for note in conn.notifies(timeout=0.5):
                    event = _received(note.payload, ctx.bus.origin)
                    if event is not None:
                        ctx.bus.publish(_enrich(ctx, event))
        except psycopg.Error as error:  # connection lost: tell the UI, stop listening
            if not stopping.is_set():
                on_error(error)

    thread = threading.Thread(target=run, name="kijkwijzer-team-listener", daemon=True)
    thread.start()

    def stop() -> None:
        stopping.set()
        thread.join(timeout=2)
        conn.close()

    return stop
