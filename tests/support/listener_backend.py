"""Ending team mode's LISTEN connection from the server side, as an administrator, a server restart or a network
drop would: `pg_terminate_backend` on the backend whose application_name the listener set (services/team.py).
The helpers connect to the server's `postgres` database, so they work while the workspace's refuses logins."""

from __future__ import annotations

from kijkwijzer.services import team


def _admin(ctx, sql: str, params: dict) -> int:
    import psycopg

    url = ctx.store.engine.url
    admin = url.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        cursor = conn.execute(sql, {"database": url.database, **params} if params else None)
        row = cursor.fetchone() if cursor.description else None
    return int(row[0]) if row else 0


def end_listener(ctx, application_name: str = team.LISTENER_NAME) -> int:
    """End every LISTEN connection of `application_name` on ctx's database; returns how many were ended."""
    return _admin(ctx, "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                       "WHERE application_name = %(name)s AND datname = %(database)s", {"name": application_name})


def listeners(ctx, application_name: str = team.LISTENER_NAME) -> int:
    """How many connections of `application_name` the server has on ctx's database."""
    return _admin(ctx, "SELECT count(*) FROM pg_stat_activity WHERE application_name = %(name)s "
                       "AND datname = %(database)s", {"name": application_name})


def allow_connections(ctx, allowed: bool) -> None:
    """Let no new connection into ctx's database (the server out of reach for a new login), or let them in again.
    Connections already open (the store's pool) keep working."""
    database = ctx.store.engine.url.database
    _admin(ctx, f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {"true" if allowed else "false"}', {})
