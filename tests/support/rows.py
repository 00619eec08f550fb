"""Rows straight in the store for tests whose subject is a file format or a count, not the vault:
a recording row as the vault would register it, and the row count of every table."""

from __future__ import annotations

from sqlalchemy import func, literal, select, union_all

from kijkwijzer.store.models import Base, Recording


def add_recording_row(
    ctx, conversation_id: int, duration_ms: int = 600_000, name: str = "gesprek.mp4"
) -> int:
    """A recording as the vault would register it. Format tests need its row, not its pixels; the report
    and backup tests import a real video instead."""
    with ctx.store.transaction() as session:
        row = Recording(
            conversation_id=conversation_id,
            sha256="0" * 64,
            original_name=name,
            vault_name="0" * 64 + ".mp4",
            size_bytes=1,
            duration_ms=duration_ms,
            has_video=True,
            has_audio=True,
            width=640,
            height=360,
        )
        session.add(row)
        session.flush()
        return row.id


def row_counts(ctx) -> dict[str, int]:
    """The number of rows of every table, read in one statement (one round trip to a database server)."""
    tables = Base.metadata.sorted_tables
    counts = union_all(*(select(literal(t.name).label("name"), func.count().label("rows")).select_from(t)
                         for t in tables))
    with ctx.store.read() as session:
        found = {name: rows for name, rows in session.execute(counts)}
    return {t.name: found[t.name] for t in tables}
