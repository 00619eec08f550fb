"""Fixtures for the exchange tests: a recording row in the case of `case_setup`, and table row counts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

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


@pytest.fixture
def recording_id(case_setup) -> int:
    return add_recording_row(case_setup["ctx"], case_setup["conversation"].id)


def row_counts(ctx) -> dict[str, int]:
    with ctx.store.read() as session:
        return {
            t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables
        }
