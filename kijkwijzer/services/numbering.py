"""The numbers of annotations and fragments (domain/numbering.py) read from the store, for reports and evidence.

Called inside a caller's session: these read, they never decide access (the caller has done that).
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.domain.numbering import numbers
from kijkwijzer.store.models import Annotation, Fragment


def annotation_numbers(session: Session, recording_ids: Collection[int]) -> dict[int, int]:
    """{annotation id: number} for every annotation of these recordings."""
    if not recording_ids:
        return {}
    rows = session.execute(select(Annotation.recording_id, Annotation.id)
                           .where(Annotation.recording_id.in_(list(recording_ids))))
    return numbers((rec, item) for rec, item in rows)


def fragment_numbers(session: Session, recording_ids: Collection[int]) -> dict[int, int]:
    """{fragment id: number} for every fragment of these recordings."""
    if not recording_ids:
        return {}
    rows = session.execute(select(Fragment.recording_id, Fragment.id)
                           .where(Fragment.recording_id.in_(list(recording_ids))))
    return numbers((rec, item) for rec, item in rows)
