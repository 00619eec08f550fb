"""Consent per conversation and purpose: grant, show and withdraw (the erasure itself: services/erasure.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.store.models import Consent, ConsentReviewer, Conversation, Reviewer
from kijkwijzer.store.models.recordings import PURPOSES

from . import audit, erasure
from .context import Context, emit
from .erasure import ErasureReport
from .events import Event

METHODS = ("form", "verbal")


@dataclass(frozen=True)
class ConsentView:
    id: int
    conversation_id: int
    purpose: str
    given_on: date
    method: str
    form_name: str | None
    verbal_at_ms: int | None
    retain_until: date | None
    withdrawn_at: datetime | None
    reviewer_ids: tuple[int, ...]
    withdrawn_reason: str | None = None  # "client" or "retention"

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def grant(ctx: Context, conversation_id: int, purpose: str, given_on: date, *, method: str = "form",
          retain_until: date | None = None, reviewer_ids: tuple[int, ...] = (), form_file: Path | None = None,
          verbal_at_ms: int | None = None) -> ConsentView:
    """Record the client's consent for one purpose; a signed form is kept in the workspace's forms folder."""
    if purpose not in PURPOSES:
        raise BadInput(f"Onbekend doel: {purpose} (kies uit {', '.join(PURPOSES)})",
                       f"Unknown purpose: {purpose} (choose from {', '.join(PURPOSES)})")
    if method not in METHODS:
        raise BadInput("Toestemming is gegeven met een formulier of mondeling (form/verbal).",
                       "Consent is given by form or verbally (form/verbal).")
    if method == "verbal" and verbal_at_ms is None:
        raise BadInput("Geef bij mondelinge toestemming de tijdcode in de opname.",
                       "For verbal consent give the timecode in the recording.")
    if form_file is not None and not Path(form_file).is_file():
        raise NotFound(f"Formulier niet gevonden: {form_file}", f"Form not found: {form_file}")
    if retain_until is not None and retain_until < given_on:
        raise BadInput("Bewaartermijn ligt vóór de datum van toestemming.", "Retention date lies before the consent date.")
    with ctx.transaction() as session:
        if session.get(Conversation, conversation_id) is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        for rid in reviewer_ids:
            if session.get(Reviewer, rid) is None:
                raise NotFound(f"Kijker {rid} bestaat niet.", f"Reviewer {rid} does not exist.")
        form_name = None
        if form_file is not None:
            form_name = _store_form(ctx, Path(form_file))
        consent = Consent(conversation_id=conversation_id, purpose=purpose, given_on=given_on, method=method,
                          form_name=form_name, verbal_at_ms=verbal_at_ms, retain_until=retain_until)
        session.add(consent)
        session.flush()
        for rid in dict.fromkeys(reviewer_ids):
            session.add(ConsentReviewer(consent_id=consent.id, reviewer_id=rid))
        audit.record(session, ctx.actor, "consent.grant", "consent", consent.id, purpose)
        emit(session, Event("consent.granted", consent.id, conversation_id))
        session.flush()
        return _view(session, consent)


def _store_form(ctx: Context, source: Path) -> str:
    import hashlib
    import shutil

    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    target = ctx.workspace.forms_dir / f"{digest}{source.suffix.lower()}"
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        shutil.copyfile(source, target)
    return target.name


def _view(session, consent: Consent) -> ConsentView:
    reviewers = tuple(session.scalars(select(ConsentReviewer.reviewer_id).where(ConsentReviewer.consent_id == consent.id)))
    return ConsentView(consent.id, consent.conversation_id, consent.purpose, consent.given_on, consent.method,
                       consent.form_name, consent.verbal_at_ms, consent.retain_until, consent.withdrawn_at, reviewers,
                       consent.withdrawn_reason)


def list_for_conversation(ctx: Context, conversation_id: int) -> list[ConsentView]:
    with ctx.store.read() as session:
        rows = session.scalars(select(Consent).where(Consent.conversation_id == conversation_id).order_by(Consent.id))
        return [_view(session, c) for c in rows]


def get(ctx: Context, consent_id: int) -> ConsentView:
    with ctx.store.read() as session:
        row = session.get(Consent, consent_id)
        if row is None:
            raise NotFound(f"Toestemming {consent_id} bestaat niet.", f"Consent {consent_id} does not exist.")
        return _view(session, row)


def withdraw(ctx: Context, consent_id: int, reason: str = "client") -> ErasureReport:
    """The client withdraws: always through the erasure, so withdrawing and erasing cannot come apart."""
    return erasure.withdraw_consent(ctx, consent_id, reason)
