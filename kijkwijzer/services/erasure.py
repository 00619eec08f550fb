"""Withdrawal of consent and the erasure behind it; retention enforcement takes the same path.

One user action is one transaction: the consent is marked ended, every row derived from the conversation's
recordings is deleted, the files to shred are queued in `pending_erasures`, and ONE audit row is written
that holds ids and counts only, never a text of the client or a reviewer. After the commit the queued files
are shredded and the database is made to forget the deleted rows (see services/scrub.py for what SQLite and
PostgreSQL still may keep). The queue makes a crash between commit and shredding harmless: the next erasure
or retention run finishes it.

What a withdrawal covers (004 line ~142: recordings only "met expliciete toestemming van de cliënt"; one
client in the project withdrew, 004 line ~1288):
* 'recording' or 'analysis': without them there is nothing to keep. Every consent of the conversation ends,
  and the recordings go with everything derived from them: media file (unless another recording holds the
  same file), stills, waveform cache, transcript cues, annotations, fragments, client reactions, playlists,
  plus the conversation's SLIM analyses, feedback scores and reflection conversations (they describe the client).
  Aandachtspunten stay: they are the professional's own learning points; their links to the erased
  fragments and reflection conversations disappear with them.
* 'client_interview': the client's reactions and feedback scores of that conversation are erased.
* 'learning_group': the sharing ends at once: every fragment of the conversation shared with a learning group is
  unshared, with the group's feedback, its clip file and the clip's key (services/lab_erasure.py).
* 'training': only the mark (nothing is used in training material yet).
Every erasure of fragments (a withdrawal, a removed recording, retention, a client) unshares them the same way.
A wrong recording removed by the professional (`erase_recording`) goes the same way with what was derived
from it (annotations, fragments and their client reactions, playlists, cues, stills, cache); its consents and
the conversation's own SLIM analyses, feedback scores and reflection conversations stay.
A corrected (superseded) consent is no longer in force: it is neither withdrawn nor ended again.
The signed consent form in forms/ is kept: it proves the consent that covered the work done before the
withdrawal (AVG art. 7(1)); the consent rows stay too, marked ended, without any content of the conversation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import delete, func, select
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.files import shred_file
from kijkwijzer.store.models import (
    Annotation,
    AuditEntry,
    Base,
    Case,
    ClientReaction,
    Consent,
    Conversation,
    FeedbackScore,
    Fragment,
    PendingErasure,
    PlanActionLink,
    Playlist,
    Recording,
    ReflectionConversation,
    Reviewer,
    SlimAnalysis,
    TranscriptCue,
)
from kijkwijzer.store.models.base import utcnow

from . import content_keys, lab_erasure, scrub, speech_cache
from .context import Actor, Context
from .events import Event
from .topics import Change, Topic

ERASING = ("recording", "analysis")
INTERVIEW = "client_interview"
# why an erasure happens -> its audited change (asked for one consent, or for a whole conversation)
REASONS = {"client": (Change.CONSENT_WITHDRAW, Change.CONVERSATION_WITHDRAW),
           "retention": (Change.CONSENT_RETENTION_ERASE, Change.RETENTION_ERASE)}
# Tables whose rows an erasure deletes; everything that references them by foreign key is found below.
_ROOTS = ("recordings", "feedback_scores", "slim_analyses", "reflection_sessions", "client_reactions")


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure removed, as counts only; `residue` says what the database server still may keep."""

    conversation_id: int
    consent_ids: tuple[int, ...]
    purposes: tuple[str, ...]
    recordings: int = 0
    annotations: int = 0
    fragments: int = 0
    client_reactions: int = 0
    transcript_cues: int = 0
    feedback_scores: int = 0
    slim_analyses: int = 0
    reflection_sessions: int = 0
    lab_shares: int = 0  # fragments shared with a learning group, unshared (their clips erased)
    lab_feedback: int = 0  # the groups' feedback on them
    files_erased: int = 0
    media_kept_shared: int = 0
    exports_outside: int = 0  # earlier exports and backups (audit log): files the erasure cannot reach
    residue: tuple[str, ...] = ()
    recording_ids: tuple[int, ...] = ()  # the recordings erased (ids only)

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.type in ("int", int)
                and f.name not in ("conversation_id", "exports_outside")}

    def lines(self) -> list[str]:
        purposes = ", ".join(self.purposes)
        head = (f"Toestemming beëindigd voor gesprek {self.conversation_id} ({purposes}) / "
                f"Consent ended for conversation {self.conversation_id} ({purposes})")
        if not self.consent_ids:
            ids = ", ".join(map(str, self.recording_ids))
            head = (f"Opname {ids} van gesprek {self.conversation_id} gewist; de toestemming blijft / "
                    f"Recording {ids} of conversation {self.conversation_id} erased; the consent stays")
        body = [f"  {name}: {count}" for name, count in self.counts().items() if count]
        warn = [(f"  ! {self.exports_outside} eerdere export(s) of back-up(s) met dit gesprek staan buiten de "
                 f"werkmap; verwijder die zelf (zie 'audit list'). / {self.exports_outside} earlier export(s) or "
                 f"backup(s) holding this conversation are outside the workspace; delete them by hand "
                 f"(see 'audit list').")] if self.exports_outside else []
        return [head, *(body or ["  niets gewist / nothing erased"]), *warn, *(f"  ! {r}" for r in self.residue)]


def withdraw_consent(ctx: Context, consent_id: int, reason: str = "client") -> ErasureReport:
    """The client withdraws one consent; erases what it covered at once (see the module docstring).
    On a full disk the files go first, to make room for recording it (services/full_disk.py)."""
    from .full_disk import record_making_room

    def record() -> ErasureReport:
        with ctx.transaction() as session:
            return _withdraw(session, ctx, consent_id, reason)

    report, erased_first = record_making_room(ctx, record, lambda session: _withdraw(session, ctx, consent_id, reason))
    report = _finish(ctx, report)
    return replace(report, files_erased=report.files_erased + erased_first)


def preview_withdrawal(ctx: Context, consent_id: int, reason: str = "client") -> ErasureReport:
    """What `withdraw_consent` would erase, for the confirmation: the same code, rolled back."""
    with ctx.store.read() as session:
        session.begin()
        try:
            return _withdraw(session, ctx, consent_id, reason)
        finally:
            session.rollback()


def _withdraw(session: Session, ctx: Context, consent_id: int, reason: str) -> ErasureReport:
    if reason not in REASONS:
        raise BadInput(f"Onbekende reden: {reason} (kies uit {', '.join(REASONS)})",
                       f"Unknown reason: {reason} (choose from {', '.join(REASONS)})")
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise NotFound(f"Toestemming {consent_id} bestaat niet.", f"Consent {consent_id} does not exist.")
    if consent.withdrawn_at is not None:
        raise BadInput(f"Toestemming {consent_id} is al beëindigd op {consent.withdrawn_at:%Y-%m-%d}.",
                       f"Consent {consent_id} already ended on {consent.withdrawn_at:%Y-%m-%d}.")
    if consent.superseded_at is not None:
        raise BadInput(f"Toestemming {consent_id} is gecorrigeerd; de geldende versie is {consent.superseded_by_id}.",
                       f"Consent {consent_id} was corrected; the version in force is {consent.superseded_by_id}.")
    conversation_id = consent.conversation_id
    require_may_withdraw(session, ctx.actor, conversation_id)
    recording_ids: list[int] = []
    if consent.purpose in ERASING:
        ended = _end_consents(session, conversation_id, reason)
        recording_ids, counts = _erase_conversation_data(session, conversation_id)
    else:
        ended = _end_consents(session, conversation_id, reason, only=consent)
        counts = _erase_interview_data(session, conversation_id) if consent.purpose == INTERVIEW else {}
        if consent.purpose == "learning_group":
            counts = lab_erasure.erase_shares_of_fragments(session, select(Fragment.id).join(
                Recording, Recording.id == Fragment.recording_id).where(Recording.conversation_id == conversation_id))
    return _record(session, ctx, REASONS[reason][0], consent_id, conversation_id, ended, recording_ids, counts)


def erase_conversation(ctx: Context, conversation_id: int, reason: str = "retention", *,
                       forget: bool = True) -> ErasureReport:
    """End every consent of a conversation and erase its recordings and all derived data (retention).

    `forget=False` leaves flushing the database files to the caller (one VACUUM for a batch)."""
    if reason not in REASONS:
        raise BadInput(f"Onbekende reden: {reason}", f"Unknown reason: {reason}")
    with ctx.transaction() as session:
        if session.get(Conversation, conversation_id) is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        ended = _end_consents(session, conversation_id, reason)
        recording_ids, counts = _erase_conversation_data(session, conversation_id)
        report = _record(session, ctx, REASONS[reason][1], conversation_id, conversation_id,
                         ended, recording_ids, counts)
    return _finish(ctx, report, forget)


def erase_recording(ctx: Context, recording_id: int) -> ErasureReport:
    """A wrong recording goes, with everything derived from it, verifiably; its consents stay in force."""
    with ctx.transaction() as session:
        report = _remove(session, ctx, recording_id)
    return _finish(ctx, report)


def preview_recording_erasure(ctx: Context, recording_id: int) -> ErasureReport:
    """What `erase_recording` would erase, for the confirmation: the same code, rolled back."""
    with ctx.store.read() as session:
        session.begin()
        try:
            return _remove(session, ctx, recording_id)
        finally:
            session.rollback()


def _remove(session: Session, ctx: Context, recording_id: int) -> ErasureReport:
    recording = session.get(Recording, recording_id)
    if recording is None:
        raise NotFound(f"Opname {recording_id} bestaat niet (meer).", f"Recording {recording_id} does not exist (any more).")
    conversation_id = recording.conversation_id
    require_case_professional(session, ctx.actor, conversation_id, "een opname verwijderen", "remove a recording")
    counts = _erase_recordings(session, [(recording.id, recording.sha256)])
    return _record(session, ctx, Change.RECORDING_REMOVE, recording_id, conversation_id, [], [recording_id],
                   counts)


def require_case_professional(session: Session, actor: Actor, conversation_id: int, doing_nl: str,
                              doing_en: str) -> None:
    """Only the case's own professional (or the system, e.g. the CLI without --as) may do this."""
    if actor.reviewer_id is None:
        return
    reviewer = session.get(Reviewer, actor.reviewer_id)
    conversation = session.get(Conversation, conversation_id)
    case = session.get(Case, conversation.case_id) if conversation else None
    if reviewer and case and reviewer.professional_id == case.professional_id:
        return
    raise NotAllowed(
        f"Alleen de eigen professional van deze casus kan {doing_nl}; {actor.name} is dat niet.",
        f"Only the case's own professional can {doing_en}; {actor.name} is not.",
    )


def require_may_withdraw(session: Session, actor: Actor, conversation_id: int) -> None:
    """The case's own professional records a withdrawal (or the system, e.g. the CLI without --as)."""
    require_case_professional(session, actor, conversation_id, "toestemming intrekken", "withdraw consent")


def finish_pending(ctx: Context) -> int:
    """Shred every file still queued by an erasure (also one interrupted by a crash); returns how many."""
    with ctx.store.read() as session:
        queued = [(p.id, p.area, p.name) for p in session.scalars(select(PendingErasure).order_by(PendingErasure.id))]
    erased = 0
    for pending_id, area, name in queued:
        erased += _erase_file(ctx, area, name)
        with ctx.transaction() as session:
            session.execute(delete(PendingErasure).where(PendingErasure.id == pending_id))
    from .leftovers import clean  # half-written copies (a killed import, export or backup) go too

    return erased + clean(ctx.workspace, ctx.store)


# ---- inside the transaction --------------------------------------------------------------------------


def _end_consents(session: Session, conversation_id: int, reason: str, only: Consent | None = None) -> list[Consent]:
    rows = [only] if only is not None else list(session.scalars(
        select(Consent).where(Consent.conversation_id == conversation_id, Consent.withdrawn_at.is_(None),
                              Consent.superseded_at.is_(None)).order_by(Consent.id)))
    now = utcnow()
    for row in rows:
        row.withdrawn_at, row.withdrawn_reason = now, reason
    return rows


def _ids(session: Session, query) -> list[int]:
    return list(session.scalars(query))


def _delete(session: Session, model: type[Base], *where) -> int:
    # a DELETE gives a CursorResult; Session.execute is typed as the general Result (SQLAlchemy says: cast)
    result = cast("CursorResult[Any]", session.execute(
        delete(model).where(*where).execution_options(synchronize_session=False)))
    return int(result.rowcount or 0)


def _drop_plan_links(session: Session, by_kind: dict[str, list[int]]) -> None:
    """Plan actions point at evidence by (kind, id) without a foreign key; erased evidence must not dangle."""
    for kind, ids in by_kind.items():
        if ids:
            _delete(session, PlanActionLink, PlanActionLink.kind == kind, PlanActionLink.target_id.in_(ids))


def _erase_interview_data(session: Session, conversation_id: int) -> dict[str, int]:
    recordings = select(Recording.id).where(Recording.conversation_id == conversation_id)
    fragments = select(Fragment.id).where(Fragment.recording_id.in_(recordings))
    scores = _ids(session, select(FeedbackScore.id).where(FeedbackScore.conversation_id == conversation_id))
    _drop_plan_links(session, {"feedback": scores})
    return {
        "client_reactions": _delete(session, ClientReaction, ClientReaction.fragment_id.in_(fragments)),
        "feedback_scores": _delete(session, FeedbackScore, FeedbackScore.conversation_id == conversation_id),
    }


def _erase_conversation_data(session: Session, conversation_id: int) -> tuple[list[int], dict[str, int]]:
    media = [(rid, sha) for rid, sha in session.execute(
        select(Recording.id, Recording.sha256).where(Recording.conversation_id == conversation_id))]
    counts = _erase_interview_data(session, conversation_id)
    counts |= {
        "slim_analyses": _delete(session, SlimAnalysis, SlimAnalysis.conversation_id == conversation_id),
        "reflection_sessions": _delete(session, ReflectionConversation,
                                       ReflectionConversation.conversation_id == conversation_id),
    }
    for name, count in _erase_recordings(session, media).items():
        counts[name] = counts.get(name, 0) + count
    return [rid for rid, _sha in media], counts


def _erase_recordings(session: Session, media: list[tuple[int, str]]) -> dict[str, int]:
    """Recordings (id, sha256) and everything derived from them; their files are queued for shredding."""
    recording_ids = [rid for rid, _sha in media]
    annotation_ids = _ids(session, select(Annotation.id).where(Annotation.recording_id.in_(recording_ids)))
    fragment_ids = _ids(session, select(Fragment.id).where(Fragment.recording_id.in_(recording_ids)))
    stills = {name for name in session.scalars(select(Annotation.still_name).where(
        Annotation.recording_id.in_(recording_ids), Annotation.still_name.is_not(None))) if name is not None}
    _drop_plan_links(session, {"fragment": fragment_ids, "annotation": annotation_ids})
    counts = lab_erasure.erase_shares_of_fragments(session, fragment_ids)
    counts |= {
        "client_reactions": _delete(session, ClientReaction, ClientReaction.fragment_id.in_(fragment_ids)),
        "fragments": _delete(session, Fragment, Fragment.id.in_(fragment_ids)),
        "transcript_cues": _delete(session, TranscriptCue, TranscriptCue.recording_id.in_(recording_ids)),
    }
    _delete(session, Playlist, Playlist.recording_id.in_(recording_ids))
    # The annotations (with their themes and pillars) go with their recordings: ON DELETE CASCADE, which
    # PostgreSQL runs as the tables' owner. Deleted one by one they would be only the acting reviewer's own under
    # row-level security (a reviewer deletes only their own annotations); the count is of the ids selected above.
    counts["recordings"] = _delete(session, Recording, Recording.id.in_(recording_ids))
    counts["annotations"] = len(annotation_ids)
    counts["media_kept_shared"] = _queue_files(session, {sha for _rid, sha in media}, stills)
    # each recording's speaker track (a file of its own even when another recording keeps the same media file)
    session.add_all(PendingErasure(area="cache", name=speech_cache.file_name(sha, rid)) for rid, sha in media)
    return counts


def _queue_files(session: Session, shas: set[str], stills: set[str]) -> int:
    """Queue the files no remaining row needs; returns how many media files stay for another recording."""
    shared = set(session.scalars(select(Recording.sha256).where(Recording.sha256.in_(shas))))
    still_used = set(session.scalars(select(Annotation.still_name).where(Annotation.still_name.in_(stills))))
    for sha in sorted(shas - shared):
        session.add_all([PendingErasure(area="vault", name=sha), PendingErasure(area="cache", name=sha)])
    # crypto-shredding: without its key the vault file, its stills and caches are noise, even a copy
    content_keys.destroy(session, *(content_keys.media_key_id(sha) for sha in sorted(shas - shared)))
    for name in sorted(stills - still_used):
        session.add(PendingErasure(area="stills", name=name))
    return len(shas & shared)


def _record(session: Session, ctx: Context, change: Change, object_id: int, conversation_id: int,
            ended: list[Consent], recording_ids: list[int], counts: dict[str, int]) -> ErasureReport:
    """The one audit row: ids and counts, no text of anyone (so the audit log itself needs no erasing); with it
    an event for each consent ended and each recording erased."""
    exports = _copies_outside(session, conversation_id)
    nonzero = {k: v for k, v in counts.items() if v}  # keys: int fields of the report, never its tuples
    report = ErasureReport(conversation_id, tuple(c.id for c in ended), tuple(c.purpose for c in ended),
                           exports_outside=exports if recording_ids or counts else 0,
                           recording_ids=tuple(recording_ids),
                           **nonzero)  # type: ignore[arg-type]  # int fields only: see nonzero
    ids = [f"conversation {conversation_id}"]
    if report.consent_ids:
        ids.append("consents " + ",".join(map(str, report.consent_ids)))
    if recording_ids:
        ids.append("recordings " + ",".join(map(str, recording_ids)))
    erased = ", ".join(f"{k} {v}" for k, v in report.counts().items() if v and k != "recordings")
    events = [Event(Topic.CONSENT_WITHDRAWN, consent.id, conversation_id) for consent in ended]
    events += [Event(Topic.RECORDING_ERASED, recording_id, conversation_id) for recording_id in recording_ids]
    events += lab_erasure.unshared_events(session)
    ctx.changed(session, change, object_id, detail="; ".join(ids) + (f"; erased: {erased}" if erased else ""),
                events=events)
    return report


# ---- after the commit --------------------------------------------------------------------------------


def _copies_outside(session: Session, conversation_id: int) -> int:
    """Exports of this conversation and whole-workspace backups made since it exists (audit log)."""
    conversation = session.get(Conversation, conversation_id)
    since = conversation.created_at if conversation is not None else None
    exports = select(func.count()).select_from(AuditEntry).where(
        AuditEntry.action == "export", AuditEntry.object_type == "conversation", AuditEntry.object_id == conversation_id)
    backups = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "backup")
    if since is not None:
        backups = backups.where(AuditEntry.at >= since)
    return int(session.scalar(exports) or 0) + int(session.scalar(backups) or 0)


def _finish(ctx: Context, report: ErasureReport, forget: bool = True) -> ErasureReport:
    files = finish_pending(ctx)
    erased_rows = any(count for name, count in report.counts().items() if name not in ("files_erased",
                                                                                       "media_kept_shared"))
    residue = scrub.forget(ctx.store, erased_tables()) if forget and erased_rows else ()
    if erased_rows:
        residue += scrub.upgrade_backups(ctx.workspace.backup_dir)
    return replace(report, files_erased=files, residue=residue)


def _erase_file(ctx: Context, area: str, name: str) -> int:
    if "/" in name or "\\" in name or name in ("", ".", ".."):
        return 0  # never follow a path out of the media folder
    if area in ("vault", "cache") and _sha_in_use(ctx, name):
        return 0  # imported again since the erasure was queued
    if area == "vault":
        present = ctx.vault.path_for(name) is not None
        ctx.vault.erase(name)  # overwrites with zeros, fsyncs, unlinks
        return int(present)
    if area == "stills":
        targets: Iterable[Path] = [ctx.workspace.stills_dir / name]
    elif area == lab_erasure.CLIP_AREA:  # a fragment's clip for a learning group, unshared (its key is gone)
        targets = [ctx.workspace.clips_dir / name]
    elif area == "forms":  # a signed consent form of an erased client (services/client_erasure.py)
        if _form_in_use(ctx, name):
            return 0  # stored again for another consent since the erasure was queued
        targets = [ctx.workspace.forms_dir / name]
    else:  # `<sha256>.<rate>.wave` and a half-written `.<sha256>...tmp`
        cache = ctx.workspace.cache_dir
        targets = [*cache.rglob(f"{name}*"), *cache.rglob(f".{name}*")]
    return sum(shred_file(path) for path in list(targets) if path.is_file())


def _form_in_use(ctx: Context, name: str) -> bool:
    with ctx.store.read() as session:
        return session.scalar(select(Consent.id).where(Consent.form_name == name).limit(1)) is not None


def _sha_in_use(ctx: Context, sha256: str) -> bool:
    with ctx.store.read() as session:
        return session.scalar(select(Recording.id).where(Recording.sha256 == sha256).limit(1)) is not None


def erased_tables() -> list[str]:
    """The tables an erasure deletes from, plus every table that references them (cascades, SET NULL)."""
    tables = set(_ROOTS)
    grew = True
    while grew:
        grew = False
        for table in Base.metadata.sorted_tables:
            if table.name not in tables and any(fk.column.table.name in tables for fk in table.foreign_keys):
                tables.add(table.name)
                grew = True
    return sorted(tables | {"annotations", "transcript_cues", "fragments", "playlists", "plan_action_links"})
