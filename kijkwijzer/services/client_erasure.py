"""Erasing a client on request (AVG art. 17; issue 11, item 2): the identity and everything about the client.

What goes, in one transaction with one audit row of ids and counts (`erase_client`; `preview` runs the same
code and rolls it back, for the confirmation):
* the real name: its key `client:<id>` is destroyed, so the sealed name is noise wherever a copy of it
  survives without that key (a freed page, a WAL segment); a whole-workspace backup holds the key too, which
  is why earlier backups and exports are counted and named in the report (`exports_outside`);
* the client row itself, with its pseudonym, profile and every case of the client: title, why this client,
  goal, profile, dated events and outcome; the conversations with their goals, settings and participants;
* per conversation the same erasure as a withdrawal of consent (services/erasure.py): the recordings with
  their keys `media:<sha>`, files, stills and caches, annotations, fragments, client reactions, playlists,
  transcript cues, SLIM analyses, feedback scores and reflection conversations, and the fragments shared with a
  learning group (their feedback, clip files and `clip:<sha>` keys);
* the consents with their signed forms (`form:<name>` keys and files) and the aandachtspunten of the cases
  with their follow-ups; plan actions lose their links to the erased evidence.

Why the client row is deleted with its cases rather than kept under a fresh pseudonym (domain.md): a case is
the client's traject ("a series per client shows the line over time"), and every text in it, the
professional's aandachtspunten and follow-ups included, was written about conversations with this client. A
shell under a new pseudonym would keep dated conversations and those texts, which point back at the person
through a diary or an earlier export. What is the professional's own and about no one client, the
self-assessment and the improvement plan, stays. The preview counts the aandachtspunten that go, so the
professional can carry a lesson into the plan in their own words first.

Only the professional of every case of the client may erase (or the system, e.g. the command line without
--as). On a full disk the files go first to make room for recording it (services/full_disk.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields, replace

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from kijkwijzer.errors import BadInput, DiskFull, NotAllowed, NotFound
from kijkwijzer.store.models import (
    Aandachtspunt,
    AandachtspuntFollowup,
    AandachtspuntFragment,
    AuditEntry,
    Base,
    Case,
    CaseEvent,
    Client,
    Consent,
    ConsentReviewer,
    ContentKey,
    Conversation,
    ConversationParticipant,
    PendingErasure,
    Recording,
    ReflectionConversation,
    Reviewer,
)

from . import audit, content_keys, erasure, lab_erasure, scrub
from .context import Actor, Context
from .erasure import _delete, _drop_plan_links, _erase_conversation_data  # the withdrawal's own erasure
from .events import Event
from .full_disk import record_making_room
from .topics import Change, Topic

_KINDS: dict[str, type[Client | Case | Conversation | Recording | ReflectionConversation]] = {
    "client": Client, "case": Case, "conversation": Conversation, "recording": Recording,
    "reflection_session": ReflectionConversation}
# Exports whose files (outside the workspace) hold something of a conversation; backups hold everything.
_EXPORT_ACTIONS = ("export", "consent.form", "consent.leaflet")
_NOT_COUNTS = ("client_id", "exports_outside")
FLUSH_LATER = ("De schijf is vol: de cliënt is gewist, maar bestanden en databaseblokken worden pas overschreven bij "
               "de volgende opening van de werkmap of 'privacy enforce-retention' met ruimte vrij. / The disk is full: "
               "the client is erased, but files and database pages are overwritten only at the next opening of the "
               "workspace or 'privacy enforce-retention' with space free.")


@dataclass(frozen=True)
class ClientErasureReport:
    """What erasing a client removed (or, from `preview`, would remove), as counts and ids only."""

    client_id: int
    pseudonym: str
    real_name: int = 0  # 1 when a real name was known
    cases: int = 0
    case_events: int = 0
    conversations: int = 0
    participants: int = 0
    consents: int = 0
    consent_forms: int = 0
    aandachtspunten: int = 0
    followups: int = 0
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
    keys_destroyed: int = 0
    files_erased: int = 0
    media_kept_shared: int = 0
    exports_outside: int = 0  # earlier exports and backups (audit log): files the erasure cannot reach
    residue: tuple[str, ...] = ()
    case_ids: tuple[int, ...] = ()
    conversation_ids: tuple[int, ...] = ()
    recording_ids: tuple[int, ...] = ()

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.type in ("int", int) and f.name not in _NOT_COUNTS}

    def lines(self, done: bool = True) -> list[str]:
        head = (f"Cliënt {self.pseudonym} (id {self.client_id}) gewist / Client {self.pseudonym} "
                f"(id {self.client_id}) erased") if done else (
                f"Wissen van cliënt {self.pseudonym} (id {self.client_id}) zou verwijderen / Erasing client "
                f"{self.pseudonym} (id {self.client_id}) would remove")
        body = [f"  {name}: {count}" for name, count in self.counts().items() if count]
        warn = [(f"  ! {self.exports_outside} eerdere export(s), formulier(en) of back-up(s) met gegevens van "
                 f"deze cliënt staan buiten de werkmap; verwijder die zelf (zie 'audit list'). / "
                 f"{self.exports_outside} earlier export(s), form(s) or backup(s) holding this client's data "
                 f"are outside the workspace; delete them by hand (see 'audit list').")] if self.exports_outside else []
        return [head, *(body or ["  alleen de cliënt zelf / only the client itself"]), *warn,
                *(f"  ! {r}" for r in self.residue)]


def find_client(ctx: Context, text: str) -> int:
    """The client meant by a command-line argument: its id, or its pseudonym (an ambiguous one is refused)."""
    text = (text or "").strip()
    with ctx.store.read() as session:
        by_name = session.scalar(select(Client.id).where(Client.pseudonym == text))
        by_id = session.get(Client, int(text)) if text.isascii() and text.isdigit() and len(text) < 18 else None
    if by_name is not None and by_id is not None and by_id.id != by_name:
        raise BadInput(f"‘{text}’ is zowel het pseudoniem van cliënt {by_name} als het id van cliënt {by_id.id}; "
                       f"geef id {by_name} of pseudoniem {by_id.pseudonym} om verwarring uit te sluiten.",
                       f"‘{text}’ is both the pseudonym of client {by_name} and the id of client {by_id.id}; "
                       f"give id {by_name} or pseudonym {by_id.pseudonym} to rule out a mix-up.")
    if by_name is not None:
        return by_name
    if by_id is not None:
        return by_id.id
    raise NotFound(f"Cliënt {text} bestaat niet (geef het id of het pseudoniem).",
                   f"Client {text} does not exist (give the id or the pseudonym).")


def gone(ctx: Context, kind: str, ids: set[int] | list[int]) -> set[int]:
    """Which of these clients, cases, conversations, recordings or reflection conversations no longer exist (erased
    here or elsewhere): one query, for a window to close what it still shows of them."""
    model = _KINDS[kind]
    wanted = set(ids)
    if not wanted:
        return set()
    with ctx.store.read() as session:
        return wanted - set(session.scalars(select(model.id).where(model.id.in_(wanted))))


def preview(ctx: Context, client_id: int) -> ClientErasureReport:
    """What `erase_client` would erase (counts only, nothing changed), for the confirmation."""
    with ctx.store.read() as session:
        session.begin()
        try:
            return _erase(session, ctx, client_id)
        finally:
            session.rollback()


def erase_client(ctx: Context, client_id: int) -> ClientErasureReport:
    """Erase the client and everything about them, verifiably (see the module docstring)."""

    def record() -> ClientErasureReport:
        with ctx.transaction() as session:
            return _erase(session, ctx, client_id)

    report, erased_first = record_making_room(
        ctx, record, lambda session: _erase(session, ctx, client_id),
        retry=("de cliënt is nog niet gewist. Maak ruimte vrij en wis de cliënt opnieuw.",
               "the client was not erased yet. Free some space and erase the client again."))
    try:
        files = erasure.finish_pending(ctx)
        residue = scrub.forget(ctx.store, erased_tables()) + scrub.upgrade_backups(ctx.workspace.backup_dir)
    except DiskFull:  # recorded and committed already: only the flushing waits for room
        files, residue = 0, (FLUSH_LATER,)
    return replace(report, files_erased=erased_first + files, residue=residue)


def erased_tables() -> list[str]:
    """Every table a client erasure deletes from or rewrites, for flushing out of the database files."""
    tables = {"clients", *erasure.erased_tables()}
    grew = True
    while grew:
        grew = False
        for table in Base.metadata.sorted_tables:
            if table.name not in tables and any(fk.column.table.name in tables for fk in table.foreign_keys):
                tables.add(table.name)
                grew = True
    return sorted(tables | {"content_keys", "audit_log", "pending_erasures"})


# ---- inside the transaction --------------------------------------------------------------------------


def _require_own_client(session: Session, actor: Actor, client: Client, cases: list[Case]) -> None:
    """The professional of every case of the client (any professional while the client has no case)."""
    if actor.reviewer_id is None:
        return
    reviewer = session.get(Reviewer, actor.reviewer_id)
    own = reviewer.professional_id if reviewer is not None else None
    if own is not None and {case.professional_id for case in cases} <= {own}:
        return
    raise NotAllowed(f"Alleen de eigen professional van cliënt {client.pseudonym} kan die wissen (van elke casus "
                     f"van de cliënt); {actor.name} is dat niet.",
                     f"Only client {client.pseudonym}'s own professional (of every case of the client) can erase "
                     f"the client; {actor.name} is not.")


def _ids(session: Session, query) -> list[int]:
    return list(session.scalars(query))


def _erase(session: Session, ctx: Context, client_id: int) -> ClientErasureReport:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(f"Cliënt {client_id} bestaat niet (meer).", f"Client {client_id} does not exist (any more).")
    case_rows = list(session.scalars(select(Case).where(Case.client_id == client_id).order_by(Case.id)))
    _require_own_client(session, ctx.actor, client, case_rows)
    case_ids = [case.id for case in case_rows]
    conversation_ids = _ids(session, select(Conversation.id).where(Conversation.case_id.in_(case_ids))
                            .order_by(Conversation.id))
    outside = _copies_outside(session, conversation_ids, client)
    keys_before = _count(session, ContentKey)
    counts: Counter[str] = Counter()
    shas = set(session.scalars(select(Recording.sha256).where(Recording.conversation_id.in_(conversation_ids))))
    recording_ids: list[int] = []
    for conversation_id in conversation_ids:
        erased, conversation_counts = _erase_conversation_data(session, conversation_id)
        recording_ids += erased
        counts.update(conversation_counts)
    shared = set(session.scalars(select(Recording.sha256).where(Recording.sha256.in_(shas))))
    counts["media_kept_shared"] = len(shared)  # files another client's recording holds too
    keys = [content_keys.media_key_id(sha) for sha in sorted(shas - shared)]
    counts.update(_erase_case_rows(session, case_ids, conversation_ids))
    counts["consents"], forms = _erase_consents(session, conversation_ids)
    counts["consent_forms"] = len(forms)
    counts["conversations"] = _delete(session, Conversation, Conversation.id.in_(conversation_ids))
    counts["cases"] = _delete(session, Case, Case.id.in_(case_ids))
    keys += [content_keys.form_key_id(name) for name in forms]
    counts["real_name"] = int(bool(client.real_name_sealed))
    pseudonym = client.pseudonym
    _delete(session, Client, Client.id == client_id)
    keys.append(content_keys.client_key_id(client_id))
    content_keys.destroy(session, *keys)  # the withdrawal's erasure destroys the media keys too; both is fine
    counts["keys_destroyed"] = keys_before - _count(session, ContentKey)
    audit.reduce_old_details(session)  # file names that older versions wrote into the log
    nonzero = {k: v for k, v in counts.items() if v}  # keys: int fields of the report, never its tuples
    report = ClientErasureReport(client_id, pseudonym, exports_outside=outside, case_ids=tuple(case_ids),
                                 conversation_ids=tuple(conversation_ids), recording_ids=tuple(recording_ids),
                                 **nonzero)  # type: ignore[arg-type]  # int fields only: see nonzero
    _record(session, ctx, report)
    return report


def _erase_case_rows(session: Session, case_ids: list[int], conversation_ids: list[int]) -> dict[str, int]:
    """The aandachtspunten (with follow-ups and plan links), participants and dated events of the cases."""
    point_ids = _ids(session, select(Aandachtspunt.id).where(Aandachtspunt.case_id.in_(case_ids)))
    _drop_plan_links(session, {"aandachtspunt": point_ids})
    followups = _delete(session, AandachtspuntFollowup, or_(AandachtspuntFollowup.aandachtspunt_id.in_(point_ids),
                                                            AandachtspuntFollowup.conversation_id.in_(conversation_ids)))
    _delete(session, AandachtspuntFragment, AandachtspuntFragment.aandachtspunt_id.in_(point_ids))
    return {
        "followups": followups,
        "aandachtspunten": _delete(session, Aandachtspunt, Aandachtspunt.id.in_(point_ids)),
        "participants": _delete(session, ConversationParticipant,
                                ConversationParticipant.conversation_id.in_(conversation_ids)),
        "case_events": _delete(session, CaseEvent, CaseEvent.case_id.in_(case_ids)),
    }


def _count(session: Session, model: type[Base]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _erase_consents(session: Session, conversation_ids: list[int]) -> tuple[int, list[str]]:
    """Delete the consents; the signed forms no other consent holds are queued for shredding.
    Returns how many consents there were and the names of those forms."""
    consent_ids = _ids(session, select(Consent.id).where(Consent.conversation_id.in_(conversation_ids)))
    forms = {name for name in session.scalars(select(Consent.form_name).where(
        Consent.id.in_(consent_ids), Consent.form_name.is_not(None))) if name is not None}
    _delete(session, ConsentReviewer, ConsentReviewer.consent_id.in_(consent_ids))
    session.execute(update(Consent).where(Consent.id.in_(consent_ids)).values(superseded_by_id=None)
                    .execution_options(synchronize_session=False))
    erased = _delete(session, Consent, Consent.id.in_(consent_ids))
    kept = set(session.scalars(select(Consent.form_name).where(Consent.form_name.in_(forms))))
    gone = sorted(forms - kept)
    session.add_all(PendingErasure(area="forms", name=name) for name in gone)
    return erased, gone


def _copies_outside(session: Session, conversation_ids: list[int], client: Client) -> int:
    """Exports and printed forms of these conversations, and backups made since the client exists."""
    exports = select(func.count()).select_from(AuditEntry).where(
        AuditEntry.action.in_(_EXPORT_ACTIONS), AuditEntry.object_type == "conversation",
        AuditEntry.object_id.in_(conversation_ids))
    backups = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "backup",
                                                                 AuditEntry.at >= client.created_at)
    return int(session.scalar(exports) or 0) + int(session.scalar(backups) or 0)


def _record(session: Session, ctx: Context, report: ClientErasureReport) -> None:
    """The one audit row: ids and counts, never the pseudonym or any text (the log itself needs no erasing)."""
    parts = [f"{name} {','.join(map(str, ids))}" for name, ids in (
        ("cases", report.case_ids), ("conversations", report.conversation_ids),
        ("recordings", report.recording_ids)) if ids]
    erased = ", ".join(f"{k} {v}" for k, v in report.counts().items() if v and k not in ("cases", "recordings",
                                                                                         "conversations"))
    events = [Event(Topic.RECORDING_ERASED, recording_id) for recording_id in report.recording_ids]
    events += [Event(Topic.CASE_ERASED, case_id, report.client_id) for case_id in report.case_ids]
    events.append(Event(Topic.CLIENT_ERASED, report.client_id))
    events += lab_erasure.unshared_events(session)
    ctx.changed(session, Change.CLIENT_ERASE, report.client_id,
                detail="; ".join(parts + ([f"erased: {erased}"] if erased else [])), events=events)
