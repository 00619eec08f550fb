"""Team mode: on PostgreSQL, every committed event is also sent with NOTIFY, and other workbenches
LISTEN, so a colleague's annotations appear live. The payload names what changed, never its content."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.orm import Session

from kijkwijzer.errors import KijkwijzerError

from .context import Context
from .events import Event

CHANNEL = "kijkwijzer_events"


def notify_in_transaction(session: Session, events: list[Event], origin: str) -> None:
    """Queue NOTIFYs inside the transaction: PostgreSQL delivers them only if it commits."""
    for event in events:
        payload = json.dumps({"topic": event.topic, "id": event.object_id, "scope": event.scope_id,
                              "origin": origin, "pid": os.getpid()})
        session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


def _enrich(ctx: Context, event: Event) -> Event:
    """Remote annotation events get the annotation view the local ones carry (deleted ones cannot)."""
    if event.topic in ("annotation.added", "annotation.changed") and event.object_id is not None:
        from . import annotations

        try:
            return Event(event.topic, event.object_id, event.scope_id,
                         {"view": annotations.get(ctx, event.object_id), "remote": True})
        except KijkwijzerError:  # deleted again before we looked (or no longer ours to see)
            return event
    return Event(event.topic, event.object_id, event.scope_id, {"remote": True})


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
                    data = json.loads(note.payload)
                    if data.get("origin") == ctx.bus.origin:  # our own, already published
                        continue
                    ctx.bus.publish(_enrich(ctx, Event(data["topic"], data.get("id"), data.get("scope"))))
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
