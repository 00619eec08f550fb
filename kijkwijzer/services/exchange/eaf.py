"""ELAN export and import as use cases: consent and access checks, duplicates skipped, one transaction.

The format itself is in kijkwijzer/formats/elan*.py; this file reads and writes the rows around it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.domain.feedback import COMPARISON_MARKS
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.formats import elan
from kijkwijzer.formats.cues import Cue
from kijkwijzer.formats.elan_foreign import is_symbolic
from kijkwijzer.formats.elan_import import OVERRUN_REFUSE, Vocabulary, plan_import, settle_overrun
from kijkwijzer.formats.elan_read import read_eaf
from kijkwijzer.formats.records import FragmentRecord, ImportedAnnotation, ImportPlan, ReactionRecord
from kijkwijzer.services import annotations as annotation_service  # (`annotations`: the __future__ import)
from kijkwijzer.services.access import active_consent, require_analysis_access, require_recording_access
from kijkwijzer.services.client_feedback import reaction_view
from kijkwijzer.services.context import Actor, Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.exchange.csv_and_subtitles import (
    ExportResult,
    ImportResult,
    annotation_records,
    deliver,
    scrubber_for,
)
from kijkwijzer.services.fragments import fragment_view
from kijkwijzer.services.topics import Change, Topic
from kijkwijzer.store.models import (
    Annotation,
    ClientReaction,
    Fragment,
    Recording,
    Reviewer,
    TranscriptCue,
)

Progress = Callable[[int, int], None]  # (done, total): called on the thread that runs the import


@dataclass(frozen=True)
class TierInfo:
    """A tier as the mapping dialog (or `import eaf --list`) shows it."""

    id: str
    parent: str | None
    participant: str
    annotations: int
    vocabulary: tuple[str, ...]
    symbolic: bool = False  # Symbolic_Association/Subdivision: its values go onto the parent's annotation


def describe_eaf(path: Path) -> list[TierInfo]:
    doc = read_eaf(Path(path))
    return [
        TierInfo(
            t.id,
            t.parent,
            t.participant,
            len(t.annotations),
            tuple(sorted(doc.cv_values.get(t.cv, {}))) if t.cv else (),
            is_symbolic(t),
        )
        for t in doc.tiers.values()
    ]


def _mime(name: str) -> str:
    return {
        ".mp4": "video/mp4",
        ".m4v": "video/mp4",
        ".mov": "video/quicktime",
        ".mkv": "video/x-matroska",
        ".webm": "video/webm",
        ".avi": "video/x-msvideo",
        ".wav": "audio/x-wav",
        ".mp3": "audio/mpeg",
        ".m4a": "audio/mp4",
        ".ogg": "audio/ogg",
    }.get(Path(name).suffix.lower(), "video/mp4")


def elan_layers(session: Session, recording_id: int) -> tuple[list[FragmentRecord], list[ReactionRecord]]:
    recording = session.get(Recording, recording_id)
    scrub, _ = scrubber_for(session, recording.conversation_id) if recording else (None, "")
    reviewers = {r.id: r.name for r in session.scalars(select(Reviewer))}
    fragments = list(
        session.scalars(
            select(Fragment)
            .where(Fragment.recording_id == recording_id)
            .order_by(Fragment.start_ms, Fragment.id)
        )
    )
    reactions = {
        r.fragment_id: r
        for r in session.scalars(
            select(ClientReaction).where(ClientReaction.fragment_id.in_([f.id for f in fragments]))
        )
    }
    clean = scrub if scrub is not None else (lambda text: text)
    frs = [FragmentRecord(f.id, f.start_ms, f.end_ms, clean(f.title)) for f in fragments]
    rs = [
        ReactionRecord(
            f.start_ms,
            f.end_ms,
            clean(r.words),
            clean(r.feeling),
            clean(r.addition),
            r.comparison,
            r.recorded_by,
            clean(reviewers.get(r.recorded_by, "")) if r.recorded_by else "",
            clean(f.title),
        )
        for f in fragments
        if (r := reactions.get(f.id)) is not None
    ]
    return frs, rs


def transcript_cues(session: Session, recording_id: int) -> list[Cue]:
    """The recording's transcript as cues, in the order they are shown (unscrubbed)."""
    return [
        Cue(c.start_ms, c.end_ms, c.text, c.speaker)
        for c in session.scalars(
            select(TranscriptCue)
            .where(TranscriptCue.recording_id == recording_id)
            .order_by(TranscriptCue.start_ms, TranscriptCue.id)
        )
    ]


def export_eaf(ctx: Context, recording_id: int, out: Path) -> ExportResult:
    """A recording's annotations, fragments and client reactions as an ELAN file (see formats/elan.py)."""
    with ctx.store.read() as session:
        recording = session.get(Recording, recording_id)
        if recording is None:
            raise NotFound(
                f"Opname {recording_id} bestaat niet.", f"Recording {recording_id} does not exist."
            )
        conversation_id = recording.conversation_id
    return deliver(ctx, (conversation_id,), out, "eaf", eaf_build(ctx, recording_id))


def eaf_build(ctx: Context, recording_id: int) -> Callable[[Session], tuple[bytes, int]]:
    def build(session: Session) -> tuple[bytes, int]:
        rec = session.get(Recording, recording_id)
        if rec is None:  # erased since the export was asked for
            raise NotFound(
                f"Opname {recording_id} bestaat niet.", f"Recording {recording_id} does not exist."
            )
        rows = annotation_records(session, ctx, [recording_id])
        fragments, reactions = elan_layers(session, recording_id)
        themes = [elan.ThemeEntry(t.id, t.title, t.key_question) for t in ctx.content.themes]
        scrub, _ = scrubber_for(session, rec.conversation_id)
        cues = [
            Cue(c.start_ms, c.end_ms, scrub(c.text), scrub(c.speaker)) for c in transcript_cues(session, recording_id)
        ]
        data = elan.write_eaf(
            rows,
            themes,
            author=ctx.actor.name,
            media_url=scrub(Path(rec.original_name).name),
            mime=_mime(rec.original_name),
            fragments=fragments,
            reactions=reactions,
            cues=cues,
        )
        return data, len(rows)

    return build


def import_eaf(
    ctx: Context,
    recording_id: int,
    path: Path,
    *,
    tier_map: Mapping[str, int] | None = None,
    theme_map: Mapping[str, str] | None = None,
    child_roles: Mapping[str, str] | None = None,
    past_end: str = OVERRUN_REFUSE,
    progress: Progress | None = None,
    replace_transcript: bool = False,
) -> ImportResult:
    """An ELAN file's annotations (and, from our own exports, fragments and client reactions).

    Vocabulary values without a theme become labels; `child_roles` says per symbolic child tier whether its
    values are labels, the quote or observation lines; `past_end` (afkappen | overslaan | weigeren) what
    happens to annotations past the recording's end. Exact duplicates of what the recording already holds
    are skipped, so importing twice adds nothing. Transcript cues (our own exports only) become the
    recording's transcript when it has none; a transcript that differs from the file's is kept unless
    `replace_transcript` (then the file's cues replace it, as `import srt --replace` does).
    """
    path = Path(path)
    doc = read_eaf(path)
    with ctx.store.read() as session:
        reviewers = {r.id: r.name for r in session.scalars(select(Reviewer))}
        recording = session.get(Recording, recording_id)
        duration = recording.duration_ms if recording is not None else None
    plan = plan_import(
        doc,
        Vocabulary(reviewers, {t.id: t.title for t in ctx.content.themes}),
        tier_map or {},
        theme_map or {},
        child_roles,
    )
    plan = settle_overrun(plan, duration, past_end)
    if not plan.annotations and not plan.fragments and not plan.reactions and not plan.cues:
        raise BadInput(
            f"{path.name} bevat geen annotaties om in te lezen.",
            f"{path.name} contains no annotations to import.",
        )
    return write_plan(ctx, recording_id, plan, path.name, progress, replace_transcript=replace_transcript)


def _draft(a: ImportedAnnotation, recording: Recording) -> AnnotationDraft:
    draft = AnnotationDraft(
        recording.id,
        a.start_ms,
        a.end_ms,
        a.themes,
        a.pillars,
        a.level,
        a.observation,
        a.quote,
        a.below_waterline,
        a.felt_unsaid,
        tuple(t.replace("\r", " ").replace("\n", " ") for t in a.tags),  # labels are stored one per line
        a.still_name,
    )
    try:
        return draft.validated(recording.duration_ms)
    except BadInput as error:
        raise BadInput(
            f"Annotatie op {a.start_ms} ms: {error.nl}", f"Annotation at {a.start_ms} ms: {error.en}"
        ) from error


def _key(reviewer_id: int, start: int, end: int | None, observation: str, quote: str) -> tuple:
    return (reviewer_id, start, end, observation, quote)


def _check_reviewers(
    session: Session, ctx: Context, recording_id: int, plan: ImportPlan
) -> dict[int, Reviewer]:
    people: dict[int, Reviewer] = {}
    for reviewer_id in sorted({a.reviewer_id for a in plan.annotations}):
        reviewer = session.get(Reviewer, reviewer_id)
        if reviewer is None:
            raise NotFound(f"Kijker {reviewer_id} bestaat niet.", f"Reviewer {reviewer_id} does not exist.")
        require_recording_access(session, Actor(reviewer.id, reviewer.name, reviewer.role), recording_id)
        people[reviewer_id] = reviewer
    return people


def _write_cues(session: Session, recording: Recording, cues: tuple[Cue, ...], replace: bool) -> tuple[int, bool]:
    """(cues written, whether the recording's own, different transcript was kept)."""
    if not cues:
        return 0, False
    last = max(c.start_ms for c in cues)
    if recording.duration_ms and last > recording.duration_ms + 1000:
        raise BadInput(
            "Het transcript in het bestand loopt tot na het einde van de opname: hoort het bij een andere opname?",
            "The transcript in the file runs past the end of the recording: does it belong to another one?",
        )
    existing = transcript_cues(session, recording.id)
    if sorted(existing, key=repr) == sorted(cues, key=repr):
        return 0, False
    if existing and not replace:
        return 0, True
    session.execute(delete(TranscriptCue).where(TranscriptCue.recording_id == recording.id))
    session.add_all(
        TranscriptCue(recording_id=recording.id, start_ms=c.start_ms, end_ms=c.end_ms, speaker=c.speaker, text=c.text)
        for c in cues
    )
    return len(cues), False


def write_plan(
    ctx: Context,
    recording_id: int,
    plan: ImportPlan,
    name: str,
    progress: Progress | None = None,
    *,
    replace_transcript: bool = False,
) -> ImportResult:
    added = skipped = 0
    total = len(plan.annotations)
    step = max(1, total // 100)
    events: list[Event] = []  # announced with the one audit row of the import
    with ctx.transaction() as session:
        recording = require_analysis_access(session, ctx.actor, recording_id)
        people = _check_reviewers(session, ctx, recording_id, plan)
        if plan.reactions and active_consent(session, recording.conversation_id, "client_interview") is None:
            raise NotAllowed(
                "Het bestand bevat reacties van de cliënt, maar er is geen toestemming voor een "
                "cliëntinterview bij dit gesprek.",
                "The file holds client reactions, but there is "
                "no consent for a client interview for this conversation.",
            )
        existing = {
            _key(a.reviewer_id, a.start_ms, a.end_ms, a.observation, a.quote)
            for a in session.scalars(select(Annotation).where(Annotation.recording_id == recording_id))
        }
        rows: list[Annotation] = []
        for n, imported in enumerate(plan.annotations, start=1):
            draft = _draft(imported, recording)
            annotation_service.check_vocabulary(ctx, draft)
            key = _key(imported.reviewer_id, draft.start_ms, draft.end_ms, draft.observation, draft.quote)
            if progress is not None and (n % step == 0 or n == total):
                progress(n, total)
            if key in existing:
                skipped += 1
                continue
            existing.add(key)
            row = Annotation(recording_id=recording_id, reviewer_id=imported.reviewer_id)
            annotation_service.apply_draft(row, draft)
            rows.append(row)
        session.add_all(rows)
        session.flush()  # once for the whole file: a flush per row costs seconds for thousands of them
        added = len(rows)
        for row in rows:
            view = annotation_service.view_of(row, people[row.reviewer_id])
            events.append(Event(Topic.ANNOTATION_ADDED, row.id, recording_id, view=view))
        fragments_added, reactions_added, skipped_more = _write_fragments(session, ctx, recording, plan, events)
        skipped += skipped_more
        cues_added, transcript_kept = _write_cues(session, recording, plan.cues, replace_transcript)
        if cues_added:
            events.append(Event(Topic.TRANSCRIPT_CHANGED, recording_id, recording.conversation_id))
        ctx.changed(
            session,
            Change.EAF_IMPORT,
            recording_id,
            detail=f"eaf: {added} annotaties, {fragments_added} fragmenten, {reactions_added} reacties"
            + (f", {cues_added} transcriptregels" if cues_added else ""),  # no name
            events=events,
        )
    return ImportResult(
        recording_id,
        "eaf",
        added,
        skipped,
        fragments_added,
        reactions_added,
        plan.skipped_tiers,
        cues=cues_added,
        transcript_kept=transcript_kept,
    )


def _write_fragments(
    session: Session, ctx: Context, recording: Recording, plan: ImportPlan, events: list[Event]
) -> tuple[int, int, int]:
    spans = {
        (f.start_ms, f.end_ms): f
        for f in session.scalars(select(Fragment).where(Fragment.recording_id == recording.id))
    }
    added = reactions = skipped = 0

    def fragment(start: int, end: int, title: str) -> Fragment:
        nonlocal added
        if end <= start or start < 0 or (recording.duration_ms and start > recording.duration_ms + 1000):
            raise BadInput(
                f"Fragment {start}-{end} ms past niet in de opname.",
                f"Fragment {start}-{end} ms does not fit the recording.",
            )
        if (start, end) not in spans:
            row = Fragment(
                recording_id=recording.id,
                start_ms=start,
                end_ms=end,
                title=title.strip()[:300],
                created_by=ctx.actor.reviewer_id,
            )
            session.add(row)
            session.flush()
            spans[(start, end)] = row
            added += 1
            events.append(Event(Topic.FRAGMENT_ADDED, row.id, recording.id, view=fragment_view(row)))
        return spans[(start, end)]

    for f in plan.fragments:
        fragment(f.start_ms, f.end_ms, f.title)
    for r in plan.reactions:
        row = fragment(r.fragment_start_ms, r.fragment_end_ms, r.fragment_title)
        if session.scalar(select(ClientReaction.id).where(ClientReaction.fragment_id == row.id)) is not None:
            skipped += 1
            continue
        recorded_by = (
            r.recorded_by_id if r.recorded_by_id and session.get(Reviewer, r.recorded_by_id) else None
        )
        reaction = ClientReaction(
            fragment_id=row.id,
            recorded_by=recorded_by,
            words=r.words,
            feeling=r.feeling,
            addition=r.addition,
            comparison=r.comparison if r.comparison in COMPARISON_MARKS else None,
        )
        session.add(reaction)
        session.flush()
        reactions += 1
        events.append(Event(Topic.CLIENT_REACTION_RECORDED, row.id, recording.id, view=reaction_view(reaction)))
    return added, reactions, skipped
