"""Who may open a recording: consent gates it. The message says why something is not allowed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from kijkwijzer.errors import NotAllowed, NotFound
from kijkwijzer.store.models import Case, Consent, ConsentReviewer, Conversation, Recording, Reviewer

from .context import Actor

PURPOSE_LABELS = {
    "recording": ("opnemen", "recording"),
    "analysis": ("analyse door genoemde kijkers", "analysis by named reviewers"),
    "client_interview": ("cliëntinterview met fragmenten", "client interview with fragments"),
    "learning_group": ("delen in een leergroep", "sharing in a learning group"),
    "training": ("gebruik in lesmateriaal", "use in training material"),
}


def in_force() -> ColumnElement[bool]:
    """Consents still in force: neither withdrawn (or ended by retention) nor corrected by a newer version."""
    return Consent.withdrawn_at.is_(None) & Consent.superseded_at.is_(None)


def active_consent(session: Session, conversation_id: int, purpose: str) -> Consent | None:
    return session.scalars(
        select(Consent).where(Consent.conversation_id == conversation_id, Consent.purpose == purpose,
                              in_force()).order_by(Consent.id.desc())
    ).first()


def require_purpose(session: Session, conversation_id: int, purpose: str) -> Consent:
    consent = active_consent(session, conversation_id, purpose)
    if consent is None:
        nl, en = PURPOSE_LABELS.get(purpose, (purpose, purpose))
        raise NotAllowed(f"De cliënt heeft geen toestemming gegeven voor {nl}.",
                         f"The client has not consented to {en}.")
    return consent


def require_analysis(session: Session, conversation_id: int) -> Consent:
    """The client's analysis consent for the conversation, in force; else NotAllowed saying so.

    Every use case that analyses a conversation asks this one question: annotating, fragments and playlists,
    transcript and ELAN import, SLIM, reflection conversations and aandachtspunten, exports. Nobody is exempt, not
    even the case's own professional or the system: the consent is the client's."""
    return require_purpose(session, conversation_id, "analysis")


def require_analysis_access(session: Session, actor: Actor, recording_id: int) -> Recording:
    """The recording, when the actor may open it (require_recording_access) and its client consented to
    analysis (require_analysis): the gate before anything is written about a recording."""
    recording = require_recording_access(session, actor, recording_id)
    require_analysis(session, recording.conversation_id)
    return recording


def refusal(session: Session, actor: Actor, recording: Recording) -> NotAllowed | None:
    """Why this actor may not open this recording, or None when they may (retention is not looked at here).

    The system (the CLI without --as) and the case's own professional may; a learning group never sees a
    whole recording; other reviewers only when named in the analysis consent in force."""
    if actor.reviewer_id is None:
        return None
    reviewer = session.get(Reviewer, actor.reviewer_id)
    if reviewer is not None and reviewer.role == "learning_group":
        return NotAllowed("Een leergroep ziet alleen gedeelde fragmenten, niet de hele opname.",
                          "A learning group sees only shared fragments, not the whole recording.")
    conversation = session.get(Conversation, recording.conversation_id)
    case = session.get(Case, conversation.case_id) if conversation else None
    if reviewer and case and reviewer.professional_id == case.professional_id:
        return None
    consent = active_consent(session, recording.conversation_id, "analysis")
    if consent is not None and session.get(ConsentReviewer, (consent.id, actor.reviewer_id)) is not None:
        return None
    return NotAllowed(
        f"{actor.name} is niet genoemd in de toestemming van de cliënt voor analyse van dit gesprek.",
        f"{actor.name} is not named in the client's consent for analysing this conversation.",
    )


def visible_case_ids(session: Session, actor: Actor) -> set[int] | None:
    """The cases this actor may see (None: every case, for the system): the professional's own cases and those with
    a conversation whose analysis consent in force names the reviewer. The same rule as team mode's row-level
    security (kw_sees_case), so a single-user workspace lists what a team database would."""
    if actor.reviewer_id is None:
        return None
    reviewer = session.get(Reviewer, actor.reviewer_id)
    own = set(session.scalars(select(Case.id).where(Case.professional_id == reviewer.professional_id))) \
        if reviewer is not None and reviewer.professional_id is not None else set()
    named = set(session.scalars(
        select(Conversation.case_id).join(Consent, Consent.conversation_id == Conversation.id)
        .join(ConsentReviewer, ConsentReviewer.consent_id == Consent.id)
        .where(Consent.purpose == "analysis", in_force(), ConsentReviewer.reviewer_id == actor.reviewer_id)))
    return own | named


def require_recording_access(session: Session, actor: Actor, recording_id: int) -> Recording:
    """The owning professional and reviewers named in the analysis consent may open a recording."""
    recording = session.get(Recording, recording_id)
    if recording is None:
        raise NotFound(
            f"Opname {recording_id} bestaat niet (meer); mogelijk gewist na intrekking van de toestemming of na de bewaartermijn.",
            f"Recording {recording_id} does not exist (any more); it may have been erased after consent was withdrawn "
            "or its retention date passed.",
        )
    overdue = session.scalar(select(func.min(Consent.retain_until)).where(
        Consent.conversation_id == recording.conversation_id, Consent.retain_until < date.today(), in_force()))
    if overdue is not None:
        raise NotAllowed(f"De bewaartermijn van deze opname is verstreken ({overdue}); ze moet worden gewist.",
                         f"This recording is past its retention date ({overdue}); it must be erased.")
    refused = refusal(session, actor, recording)
    if refused is not None:
        raise refused
    return recording
