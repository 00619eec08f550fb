"""Research tables out of the workspace: the Excel workbook (formats/xlsx_export.py) and the long-format events
table (formats/events_table.py, as CSV or XLSX), for one or several recordings or a whole case in one file.

The same rules as the CSV export (csv_and_subtitles.deliver): active analysis consent and access to the
recordings, pseudonymised on the way (the same gathering, `annotation_records`), one audit row 'export' per
conversation with counts only, the file in place only after that row is committed. A case takes the
conversations that have analysis consent in force (as the case story does); a recording column says which
recording every row comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.formats.events_table import event_rows, events_csv
from kijkwijzer.formats.records import AnnotationRecord
from kijkwijzer.formats.xlsx_export import RecordingRecord, events_xlsx, tables_xlsx
from kijkwijzer.services.access import active_consent
from kijkwijzer.services.context import Context
from kijkwijzer.services.exchange.csv_and_subtitles import (
    Built,
    ExportResult,
    annotation_records,
    deliver,
    preview,
    scrubber_for,
)
from kijkwijzer.services.exchange.preview import ExportPreview
from kijkwijzer.store.models import Annotation, Case, Conversation, Recording

EVENT_FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class Scope:
    """What an export covers: the conversations whose consent it needs, and the recordings whose rows it holds."""

    conversation_ids: tuple[int, ...]
    recording_ids: tuple[int, ...]


def _scope(session: Session, recording_ids: Iterable[int], case_id: int | None) -> Scope:
    wanted = tuple(dict.fromkeys(recording_ids))
    if bool(wanted) == (case_id is not None):
        raise BadInput("Kies opnamen of een casus (één van beide).", "Choose recordings or a case (one of the two).")
    if case_id is not None:
        if session.get(Case, case_id) is None:
            raise NotFound(f"Casus {case_id} bestaat niet.", f"Case {case_id} does not exist.")
        conversations = tuple(
            c.id
            for c in session.scalars(
                select(Conversation).where(Conversation.case_id == case_id).order_by(
                    Conversation.sequence, Conversation.held_on, Conversation.id
                )
            )
            if active_consent(session, c.id, "analysis") is not None
        )
        if not conversations:
            raise NotAllowed(
                "Geen enkel gesprek in deze casus heeft toestemming voor analyse.",
                "No conversation in this case has consent for analysis.",
            )
        found = tuple(
            session.scalars(
                select(Recording.id)
                .join(Conversation, Conversation.id == Recording.conversation_id)
                .where(Recording.conversation_id.in_(conversations))
                .order_by(Conversation.sequence, Conversation.held_on, Recording.id)
            )
        )
        return Scope(conversations, found)
    conversation_of: dict[int, int] = {}
    for recording_id in wanted:
        recording = session.get(Recording, recording_id)
        if recording is None:
            raise NotFound(f"Opname {recording_id} bestaat niet.", f"Recording {recording_id} does not exist.")
        conversation_of[recording_id] = recording.conversation_id
    return Scope(tuple(dict.fromkeys(conversation_of.values())), wanted)


def scope_of(ctx: Context, *, recording_ids: Iterable[int] = (), case_id: int | None = None) -> Scope:
    with ctx.store.read() as session:
        return _scope(session, recording_ids, case_id)


def recording_records(session: Session, recording_ids: Iterable[int]) -> list[RecordingRecord]:
    out: list[RecordingRecord] = []
    for recording_id in recording_ids:
        recording = session.get_one(Recording, recording_id)
        conversation = session.get_one(Conversation, recording.conversation_id)
        _, pseudonym = scrubber_for(session, conversation.id)
        count = session.scalar(
            select(func.count()).select_from(Annotation).where(Annotation.recording_id == recording_id)
        )
        out.append(
            RecordingRecord(
                id=recording.id,
                conversation_id=conversation.id,
                case_id=conversation.case_id,
                client=pseudonym,
                held_on=conversation.held_on,
                sequence=conversation.sequence,
                duration_ms=recording.duration_ms,
                text_only=recording.text_only,
                annotations=count or 0,
            )
        )
    return out


def _pillars(ctx: Context) -> tuple[str, ...]:
    return tuple(p.id for p in ctx.content.pillars)


def _annotations(session: Session, ctx: Context, scope: Scope) -> list[AnnotationRecord]:
    return annotation_records(session, ctx, scope.recording_ids)


def xlsx_build(ctx: Context, scope: Scope) -> Callable[[Session], Built]:
    """The gathering (pseudonymised) and the workbook; items = annotations."""

    def build(session: Session) -> Built:
        annotations = _annotations(session, ctx, scope)
        recordings = recording_records(session, scope.recording_ids)
        data = tables_xlsx(recordings, annotations, event_rows(annotations), _pillars(ctx))
        return data, len(annotations)

    return build


def events_build(ctx: Context, scope: Scope, fmt: str) -> Callable[[Session], Built]:
    """The long table as CSV or XLSX; items = rows (one per annotation per theme)."""
    if fmt not in EVENT_FORMATS:
        raise BadInput(
            f"Onbekend formaat: {fmt} (kies csv of xlsx).", f"Unknown format: {fmt} (choose csv or xlsx)."
        )

    def build(session: Session) -> Built:
        rows = event_rows(_annotations(session, ctx, scope))
        pillars = _pillars(ctx)
        return (events_csv(rows, pillars) if fmt == "csv" else events_xlsx(rows, pillars)), len(rows)

    return build


def export_xlsx(
    ctx: Context, out: Path, *, recording_ids: Iterable[int] = (), case_id: int | None = None
) -> ExportResult:
    """Opnamen, Annotaties and Gebeurtenissen of these recordings (or of the case) in one workbook."""
    scope = scope_of(ctx, recording_ids=recording_ids, case_id=case_id)
    return deliver(ctx, scope.conversation_ids, out, "xlsx", xlsx_build(ctx, scope))


def export_events(
    ctx: Context, out: Path, *, fmt: str = "csv", recording_ids: Iterable[int] = (), case_id: int | None = None
) -> ExportResult:
    """The long-format events table of these recordings (or of the case) as CSV or XLSX."""
    scope = scope_of(ctx, recording_ids=recording_ids, case_id=case_id)
    build = events_build(ctx, scope, fmt)
    return deliver(ctx, scope.conversation_ids, out, f"gebeurtenissen-{fmt}", build)


def preview_tables(
    ctx: Context, kind: str, *, recording_ids: Iterable[int] = (), case_id: int | None = None
) -> ExportPreview:
    """What the export (`kind` 'xlsx' or 'events') would replace; nothing written, same checks."""
    scope = scope_of(ctx, recording_ids=recording_ids, case_id=case_id)
    # The replacements are made while gathering the annotations: both exports gather exactly these.
    log = preview(ctx, scope.conversation_ids, lambda session: _annotations(session, ctx, scope))
    return ExportPreview(kind, log.rows(), log.total)
