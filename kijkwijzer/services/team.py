"""Team mode: on PostgreSQL, every committed event is also sent with NOTIFY, and other workbenches
LISTEN, so a colleague's annotations appear live. The payload names what changed, never its content.

The listener outlives a dropped connection (server restart, network, an administrator ending it): it says so,
retries with a growing pause until the server answers again, says that, and publishes `team.reconnected` so
every view reloads what it shows; what was announced while it was away is covered by that reload.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kijkwijzer.errors import KijkwijzerError

from .annotations import get_many as annotation_views
from .context import CommitHook, Context
from .events import Event
from .topics import Topic

if TYPE_CHECKING:
    from psycopg import Connection

CHANNEL = "kijkwijzer_events"
LISTENER_NAME = "kijkwijzer-listener"  # application_name of the LISTEN connection, as pg_stat_activity shows it
RETRY_FIRST_S = 0.5  # the pause before the first new attempt after a loss; doubled per failed attempt ...
RETRY_MAX_S = 5.0  # ... up to this
POLL_S = 0.25  # how long the thread waits for a notification before it looks whether it should stop
BURST = 500  # at most this many notifications are read and published as one burst
CONNECT_TIMEOUT_S = 3
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


_WITH_VIEW = (Topic.ANNOTATION_ADDED, Topic.ANNOTATION_CHANGED)


def _enrich_all(ctx: Context, events: Sequence[Event]) -> list[Event]:
    """Remote annotation events get the annotation view the local ones carry, read in one go for a burst (one
    deleted again before we looked, or no longer ours to see, goes without; so does a deleted one)."""
    wanted = [e.object_id for e in events if e.topic in _WITH_VIEW and e.object_id is not None]
    views: dict[int, object] = {}
    if wanted:
        try:
            views = dict(annotation_views(ctx, wanted))
        except KijkwijzerError as error:
            log.info("Team mode: annotations %s could not be read (%s)", wanted[:5], error)
        except SQLAlchemyError as error:  # the server went away meanwhile: the reload after reconnecting covers it
            log.warning("Team mode: could not read annotations %s (%s)", wanted[:5], error)
    return [Event(e.topic, e.object_id, e.scope_id, remote=True,
                  view=views.get(e.object_id) if e.topic in _WITH_VIEW and e.object_id is not None else None)
            for e in events]


def _enrich(ctx: Context, event: Event) -> Event:
    """One remote event with the view it would carry had it been published here."""
    return _enrich_all(ctx, [event])[0]


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


def retry_delays() -> Iterator[float]:
    """The pauses before each new attempt to reach the server: 0.5, 1, 2, 4, then 5 s for ever."""
    delay = RETRY_FIRST_S
    while True:
        yield delay
        delay = min(delay * 2, RETRY_MAX_S)


def _ignore_loss(_error: Exception) -> None:
    pass


def _ignore_restore() -> None:
    pass


def listen(ctx: Context, on_lost: Callable[[Exception], None] = _ignore_loss,
           on_restored: Callable[[], None] = _ignore_restore, *,
           application_name: str = LISTENER_NAME) -> Callable[[], None]:
    """Start a listener thread publishing other workbenches' events on ctx.bus; returns stop().

    When the connection is lost, `on_lost(error)` is called and the thread tries again after 0.5, 1, 2, 4, 5, 5 ...
    seconds; once back it calls `on_restored()` and publishes `Topic.TEAM_RECONNECTED`. Both callbacks run on the
    listener's thread. When listen() returns the server is listening (or, if it could not be reached, `on_lost`
    is on its way). stop() returns within a second. On SQLite there is nothing to listen to."""
    if ctx.store.is_sqlite:
        return lambda: None
    listener = _Listener(ctx, on_lost, on_restored, application_name)
    return listener.stop


class _Listener:
    """One LISTEN connection and the thread that reads it, reconnecting until stopped."""

    def __init__(self, ctx: Context, on_lost: Callable[[Exception], None], on_restored: Callable[[], None],
                 application_name: str) -> None:
        import psycopg

        self._psycopg = psycopg
        self.ctx = ctx
        self.on_lost = on_lost
        self.on_restored = on_restored
        self.application_name = application_name
        self.stopping = threading.Event()
        self.conn: Connection | None = None
        first_error: Exception | None = None
        try:
            self.conn = self._connect()  # here, so that what is committed after listen() returns is heard
        except psycopg.Error as error:
            first_error = error
        self.thread = threading.Thread(target=self._run, args=(first_error,), name="kijkwijzer-team-listener",
                                       daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=1.0)  # a connection attempt still under way closes itself when it ends

    # --- the thread ----------------------------------------------------------------------------------------
    def _connect(self) -> Connection:
        # the store's address as it is now: a member who changed their password reconnects with the new one
        url = self.ctx.store.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        conn = self._psycopg.connect(url, autocommit=True, application_name=self.application_name,
                                     connect_timeout=CONNECT_TIMEOUT_S, keepalives=1, keepalives_idle=10,
                                     keepalives_interval=5, keepalives_count=3)  # a silent network drop: ~25 s
        try:
            conn.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            conn.close()
            raise
        return conn

    def _run(self, first_error: Exception | None) -> None:
        psycopg = self._psycopg
        try:
            if first_error is not None:
                self._lost(first_error)
            while not self.stopping.is_set():
                if self.conn is None and not self._reconnect():
                    return
                try:
                    self._deliver()
                except psycopg.Error as error:
                    self._close()
                    if not self.stopping.is_set():
                        self._lost(error)
        finally:
            self._close()

    def _deliver(self) -> None:
        """Hand on every notification until stopped (or until the connection fails: raises psycopg.Error).
        What has arrived by the time the first one is read goes on as one burst: one read for all its annotations
        (under load, one read per notification would fall ever further behind)."""
        conn = self.conn
        assert conn is not None
        while not self.stopping.is_set():
            burst = [note.payload for note in conn.notifies(timeout=POLL_S, stop_after=1)]
            while burst and len(burst) < BURST:
                more = [note.payload for note in conn.notifies(timeout=0, stop_after=BURST - len(burst))]
                if not more:
                    break
                burst += more
            if burst:
                self._hand_on(burst)

    def _hand_on(self, payloads: Sequence[str]) -> None:
        events = []
        for payload in payloads:
            try:
                event = _received(payload, self.ctx.bus.origin)
            except (ValueError, AttributeError, TypeError):  # not an event: it must not end the listening
                log.warning("Team mode: ignored a notification that is not an event (%s)", payload[:200])
                continue
            if event is not None:
                events.append(event)
        try:
            enriched = _enrich_all(self.ctx, events)
        except Exception:  # the events still go out, without views (the views ignore those they need one for)
            log.exception("Team mode: reading what %d notifications name failed", len(events))
            enriched = [Event(e.topic, e.object_id, e.scope_id, remote=True) for e in events]
        for event in enriched:
            self.ctx.bus.publish(event)  # each listener runs in the bus's own guard

    def _reconnect(self) -> bool:
        """Try again with growing pauses until connected (True) or stopped (False)."""
        for delay in retry_delays():
            if self.stopping.wait(delay):
                return False
            try:
                conn = self._connect()
            except self._psycopg.Error as error:
                log.info("Team mode: the server is still out of reach (%s)", error)
                continue
            self.conn = conn
            if self.stopping.is_set():
                return False
            log.warning("Team mode: connection to the team database restored")
            self._call(self.on_restored)
            self.ctx.bus.publish(Event(Topic.TEAM_RECONNECTED, remote=True))
            return True
        return False  # pragma: no cover - retry_delays never ends

    def _lost(self, error: Exception) -> None:
        log.warning("Team mode: connection to the team database lost (%s); reconnecting", error)
        self._call(self.on_lost, error)

    @staticmethod
    def _call(callback: Callable[..., None], *args: object) -> None:
        try:
            callback(*args)
        except Exception:  # the listening goes on whatever a callback does
            log.exception("Team mode: a connection callback failed")

    def _close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # it is gone either way
                log.debug("closing the LISTEN connection failed", exc_info=True)
