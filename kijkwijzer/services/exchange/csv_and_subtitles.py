"""Import and export in the formats researchers use: CSV and SRT/WebVTT here, ELAN in services/exchange/eaf.py.

Exports: only for conversations with active 'analysis' consent, by someone who may open the recording;
pseudonymised (the client's real name is replaced in every text); one audit row 'export' per
conversation; the file appears only after that row is committed (written to a temporary name first), and
never onto the workspace's own files (services/export_target.py).
Imports: the whole file is read and checked first, then written in one transaction: a malformed file
writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, overload

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.formats import srt, vtt
from kijkwijzer.formats.csv_export import annotations_csv
from kijkwijzer.formats.pseudonymise import Pseudonymiser
from kijkwijzer.formats.records import AnnotationRecord
from kijkwijzer.formats.replacements import ReplacementLog, collecting
from kijkwijzer.formats.textfile import decode_text, read_bytes
from kijkwijzer.services import audit
from kijkwijzer.services.access import require_analysis, require_analysis_access, require_recording_access
from kijkwijzer.services.context import Context
from kijkwijzer.services.exchange import pseudonymise
from kijkwijzer.services.exchange.export_target import check_target, written
from kijkwijzer.services.topics import Change
from kijkwijzer.store.models import (
    Annotation,
    Conversation,
    Recording,
    Reviewer,
    TranscriptCue,
)

T = TypeVar("T")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    conversation_ids: tuple[int, ...]
    items: int
    replaced: int = 0  # how many pieces of text pseudonymisation replaced (the preview lists them)


@dataclass(frozen=True)
class ImportResult:
    recording_id: int
    format: str
    added: int
    skipped: int = 0
    fragments: int = 0
    reactions: int = 0
    skipped_tiers: tuple[str, ...] = ()
    cues: int = 0  # transcript cues written (ELAN import of our own export)
    transcript_kept: bool = False  # the file's cues differ from the recording's transcript, which was kept


# ---- shared export machinery -----------------------------------------------------------------------


def check_export_allowed(session: Session, ctx: Context, conversation_ids: Iterable[int]) -> None:
    """Active analysis consent and access to every recording of each conversation."""
    for conversation_id in conversation_ids:
        if session.get(Conversation, conversation_id) is None:
            raise NotFound(
                f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist."
            )
        require_analysis(session, conversation_id)
        for recording_id in session.scalars(
            select(Recording.id).where(Recording.conversation_id == conversation_id)
        ):
            require_recording_access(session, ctx.actor, recording_id)


Built = tuple[bytes, int]  # an export's file contents and how many items it holds


@overload
def deliver(
    ctx: Context, conversation_ids: tuple[int, ...], out: Path, fmt: str, gather: Callable[[Session], Built]
) -> ExportResult: ...


@overload
def deliver(
    ctx: Context,
    conversation_ids: tuple[int, ...],
    out: Path,
    fmt: str,
    gather: Callable[[Session], T],
    render: Callable[[T], Built],
) -> ExportResult: ...


def deliver(
    ctx: Context,
    conversation_ids: tuple[int, ...],
    out: Path,
    fmt: str,
    gather: Callable[[Session], Any],
    render: Callable[[Any], Built] | None = None,
) -> ExportResult:
    """Gather under a consent check (pseudonymised on the way), render (outside the database session: SQLite
    readers hold the write lock), audit, then put the file in place (never a file without its audit row).
    The audit row holds counts only: no file name, no text of the client."""
    out = check_target(ctx.workspace, Path(out))  # before any work: a wrong target is said at once
    with ctx.store.read() as session:
        check_export_allowed(session, ctx, conversation_ids)
        with collecting() as log:
            gathered = gather(session)
    data, items = render(gathered) if render is not None else gathered
    with written(ctx.workspace, out) as temporary:  # refuses the workspace's own files; atomic
        temporary.write_bytes(data)
        with ctx.transaction() as session:
            check_export_allowed(session, ctx, conversation_ids)  # consent may have been withdrawn meanwhile
            for conversation_id in conversation_ids:
                audit.record(
                    session, ctx.actor, "export", "conversation", conversation_id,
                    f"{fmt}: onderdelen {items}, vervangen {log.total}",
                )
    return ExportResult(out, fmt, conversation_ids, items, log.total)


def preview(ctx: Context, conversation_ids: tuple[int, ...], gather: Callable[[Session], object]) -> ReplacementLog:
    """What an export would replace: the same consent check and gathering as `deliver`, nothing written."""
    with ctx.store.read() as session:
        check_export_allowed(session, ctx, conversation_ids)
        with collecting() as log:
            gather(session)
    return log


def scrubber_for(session: Session, conversation_id: int) -> tuple[Pseudonymiser, str]:
    """The pseudonymiser for a conversation's client and the pseudonym it puts in place of the name."""
    return pseudonymise.for_conversation(session, conversation_id)


def theme_title(ctx: Context, theme_id: str) -> str:
    try:
        return ctx.content.theme(theme_id).title
    except KeyError:
        return theme_id


def annotation_records(
    session: Session, ctx: Context, recording_ids: Iterable[int]
) -> list[AnnotationRecord]:
    """Every annotation of these recordings, in time order, with free text scrubbed of the client's name."""
    out: list[AnnotationRecord] = []
    reviewers = {r.id: r for r in session.scalars(select(Reviewer))}
    for recording_id in recording_ids:
        recording = session.get(Recording, recording_id)
        if recording is None:
            continue
        scrub, pseudonym = scrubber_for(session, recording.conversation_id)
        rows = session.scalars(
            select(Annotation)
            .where(Annotation.recording_id == recording_id)
            .order_by(Annotation.start_ms, Annotation.id)
        )
        for row in rows:
            reviewer = reviewers.get(row.reviewer_id)
            themes = tuple(sorted(t.theme_id for t in row.themes))
            out.append(
                AnnotationRecord(
                    id=row.id,
                    recording_id=row.recording_id,
                    reviewer_id=row.reviewer_id,
                    reviewer_name=scrub(reviewer.name) if reviewer else "?",
                    reviewer_role=reviewer.role if reviewer else "?",
                    start_ms=row.start_ms,
                    end_ms=row.end_ms,
                    themes=themes,
                    theme_titles=tuple(theme_title(ctx, t) for t in themes),
                    pillars=tuple(sorted(p.pillar_id for p in row.pillars)),
                    level=row.level,
                    observation=scrub(row.observation),
                    quote=scrub(row.quote),
                    below_waterline=scrub(row.below_waterline),
                    felt_unsaid=scrub(row.felt_unsaid),
                    tags=scrub.many(t for t in row.tags.split("\n") if t),
                    still_name=row.still_name,
                    created_at=row.created_at,
                    updated_at=row.updated_at,
                    conversation_id=recording.conversation_id,
                    client=pseudonym,
                )
            )
    return out


def _recording(session: Session, recording_id: int) -> Recording:
    recording = session.get(Recording, recording_id)
    if recording is None:
        raise NotFound(f"Opname {recording_id} bestaat niet.", f"Recording {recording_id} does not exist.")
    return recording


def conversation_of_recording(ctx: Context, recording_id: int) -> int:
    with ctx.store.read() as session:
        return _recording(session, recording_id).conversation_id


# ---- exports -----------------------------------------------------------------------------------------


def export_csv(ctx: Context, conversation_id: int, out: Path) -> ExportResult:
    """All annotations of a conversation's recordings, one row each (see formats/csv_export.py)."""
    return deliver(ctx, (conversation_id,), out, "csv", csv_build(ctx, conversation_id))


def csv_build(ctx: Context, conversation_id: int) -> Callable[[Session], tuple[bytes, int]]:
    def build(session: Session) -> tuple[bytes, int]:
        ids = list(
            session.scalars(
                select(Recording.id)
                .where(Recording.conversation_id == conversation_id)
                .order_by(Recording.id)
            )
        )
        rows = annotation_records(session, ctx, ids)
        return annotations_csv(rows), len(rows)

    return build


def export_srt(ctx: Context, recording_id: int, out: Path) -> ExportResult:
    """A recording's annotations as subtitles: "Reviewer: [themes] observation" and the quote below it."""
    return deliver(ctx, (conversation_of_recording(ctx, recording_id),), out, "srt", srt_build(ctx, recording_id))


def srt_build(ctx: Context, recording_id: int) -> Callable[[Session], tuple[bytes, int]]:
    def build(session: Session) -> tuple[bytes, int]:
        subs = []
        for a in annotation_records(session, ctx, [recording_id]):
            head = f"[{', '.join(a.theme_titles)}] " if a.theme_titles else ""
            text = head + a.observation + (f"\n“{a.quote}”" if a.quote else "")
            end = a.end_ms if a.end_ms is not None and a.end_ms > a.start_ms else a.start_ms + 2000
            subs.append(srt.Subtitle(a.start_ms, end, text.strip() or "…", a.reviewer_name))
        return srt.write_srt(subs).encode("utf-8"), len(subs)

    return build


# ---- imports -----------------------------------------------------------------------------------------


def import_transcript(
    ctx: Context, recording_id: int, path: Path, *, fmt: str | None = None, replace: bool = False
) -> ImportResult:
    """SRT or WebVTT as the recording's transcript track; refuses to overwrite one unless `replace`.
    Like annotating, it needs the client's analysis consent in force."""
    path = Path(path)
    text = decode_text(read_bytes(path, "transcript"), path.name)
    kind = (fmt or path.suffix.lstrip(".") or "").lower()
    if kind not in ("srt", "vtt"):
        kind = "vtt" if text.lstrip("\ufeff").startswith("WEBVTT") else "srt"
    cues = vtt.parse_vtt(text, path.name) if kind == "vtt" else srt.parse_srt(text, path.name)
    with ctx.transaction() as session:
        recording = require_analysis_access(session, ctx.actor, recording_id)
        last = max(c.start_ms for c in cues)
        if recording.duration_ms and last > recording.duration_ms + 1000:
            raise BadInput(
                f"{path.name} loopt tot na het einde van de opname: hoort het bij een andere opname?",
                f"{path.name} runs past the end of the recording: does it belong to another one?",
            )
        existing = (
            session.scalar(
                select(func.count())
                .select_from(TranscriptCue)
                .where(TranscriptCue.recording_id == recording_id)
            )
            or 0
        )
        if existing and not replace:
            raise BadInput(
                f"Deze opname heeft al een transcript ({existing} regels). Kies 'vervangen' (--replace).",
                f"This recording already has a transcript ({existing} cues). Choose replace (--replace).",
            )
        if existing:
            session.query(TranscriptCue).filter(TranscriptCue.recording_id == recording_id).delete()
        session.add_all(
            TranscriptCue(
                recording_id=recording_id,
                start_ms=c.start_ms,
                end_ms=c.end_ms,
                speaker=c.speaker,
                text=c.text,
            )
            for c in cues
        )
        ctx.changed(
            session,
            Change.TRANSCRIPT_IMPORT,
            recording_id,
            detail=f"{kind}: {len(cues)} regels",  # never the file name (issue 11)
            scope_id=recording.conversation_id,
        )
    return ImportResult(recording_id, kind, len(cues))
