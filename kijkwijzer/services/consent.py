"""Consent per conversation and purpose: grant, show, correct (a new version) and withdraw (the erasure
itself: services/erasure.py). The retention date is counted from the conversation's date forward."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.domain.vocabulary import PURPOSES
from kijkwijzer.errors import BadInput, NotFound, RetentionInPast
from kijkwijzer.store.models import Consent, ConsentReviewer, Conversation, Reviewer
from kijkwijzer.store.models.base import utcnow

from . import audit, content_keys, erasure
from .context import Context
from .erasure import ErasureReport
from .topics import Change

METHODS = ("form", "verbal")
# A default retention date closer than this to today is pushed to a year from today.
_MARGIN_MONTHS = 3


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
    superseded_at: datetime | None = None  # corrected: `superseded_by_id` is the version in force
    superseded_by_id: int | None = None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None and self.superseded_at is None


def _add_months(day: date, months: int) -> date:
    """29 February and the 31st fall back to the month's last day."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_retain_until(held_on: date, today: date | None = None) -> date:
    """One year after the conversation; when that is less than three months away (an old conversation),
    one year from today, so a recording is never unusable right after its import."""
    today = today or date.today()
    until = _add_months(held_on, 12)
    if until < _add_months(today, _MARGIN_MONTHS):
        until = _add_months(today, 12)
    return until


def _retention_in_past(retain_until: date) -> RetentionInPast:
    return RetentionInPast(
        f"De bewaartermijn {retain_until:%d-%m-%Y} ligt in het verleden: de opname zou meteen onbruikbaar zijn en "
        "gewist worden. Kies een latere datum (standaard: een jaar na het gesprek).",
        f"The retention date {retain_until:%Y-%m-%d} is in the past: the recording would be unusable at once and "
        "erased. Choose a later date (default: one year after the conversation).")


def _check_retention(retain_until: date, given_on: date, allow_past: bool) -> None:
    if retain_until < given_on:
        raise BadInput("Bewaartermijn ligt vóór de datum van toestemming.", "Retention date lies before the consent date.")
    if retain_until < date.today() and not allow_past:
        raise _retention_in_past(retain_until)


def _check_method(method: str, verbal_at_ms: int | None, form_file: Path | None) -> None:
    if method not in METHODS:
        raise BadInput("Toestemming is gegeven met een formulier of mondeling (form/verbal).",
                       "Consent is given by form or verbally (form/verbal).")
    if method == "verbal" and verbal_at_ms is None:
        raise BadInput("Geef bij mondelinge toestemming de tijdcode in de opname.",
                       "For verbal consent give the timecode in the recording.")
    if form_file is not None and not Path(form_file).is_file():
        raise NotFound(f"Formulier niet gevonden: {form_file}", f"Form not found: {form_file}")


def _check_reviewers(session: Session, reviewer_ids: tuple[int, ...]) -> None:
    for rid in reviewer_ids:
        if session.get(Reviewer, rid) is None:
            raise NotFound(f"Kijker {rid} bestaat niet.", f"Reviewer {rid} does not exist.")


def grant(ctx: Context, conversation_id: int, purpose: str, given_on: date, *, method: str = "form",
          retain_until: date | None = None, reviewer_ids: tuple[int, ...] = (), form_file: Path | None = None,
          verbal_at_ms: int | None = None, allow_past_retention: bool = False) -> ConsentView:
    """Record the client's consent for one purpose; a signed form is kept in the workspace's forms folder.
    Without `retain_until` the default counts from the conversation's date (`default_retain_until`)."""
    if purpose not in PURPOSES:
        raise BadInput(f"Onbekend doel: {purpose} (kies uit {', '.join(PURPOSES)})",
                       f"Unknown purpose: {purpose} (choose from {', '.join(PURPOSES)})")
    _check_method(method, verbal_at_ms, form_file)
    if retain_until is not None:
        _check_retention(retain_until, given_on, allow_past_retention)
    with ctx.transaction() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        if retain_until is None:
            retain_until = default_retain_until(conversation.held_on)
            if retain_until < given_on:  # consent recorded long after the conversation
                retain_until = _add_months(given_on, 12)
        _check_reviewers(session, reviewer_ids)
        form_name = _store_form(ctx, session, Path(form_file)) if form_file is not None else None
        consent = Consent(conversation_id=conversation_id, purpose=purpose, given_on=given_on, method=method,
                          form_name=form_name, verbal_at_ms=verbal_at_ms, retain_until=retain_until)
        session.add(consent)
        session.flush()
        for rid in dict.fromkeys(reviewer_ids):
            session.add(ConsentReviewer(consent_id=consent.id, reviewer_id=rid))
        ctx.changed(session, Change.CONSENT_GRANT, consent.id, detail=purpose, scope_id=conversation_id)
        session.flush()
        return _view(session, consent)


def correct(ctx: Context, consent_id: int, *, given_on: date | None = None, method: str | None = None,
            retain_until: date | None = None, reviewer_ids: tuple[int, ...] | None = None,
            form_file: Path | None = None, verbal_at_ms: int | None = None,
            allow_past_retention: bool = False) -> ConsentView:
    """A mistake in a consent is corrected by a new version of it (same purpose); nothing is erased. The old
    row stays, marked superseded, and the audit row keeps its values. What is not given is taken over."""
    with ctx.transaction() as session:
        old = session.get(Consent, consent_id)
        if old is None:
            raise NotFound(f"Toestemming {consent_id} bestaat niet.", f"Consent {consent_id} does not exist.")
        if old.superseded_at is not None:
            raise BadInput(f"Toestemming {consent_id} is al gecorrigeerd; corrigeer versie {old.superseded_by_id}.",
                           f"Consent {consent_id} was already corrected; correct version {old.superseded_by_id}.")
        erasure.require_case_professional(session, ctx.actor, old.conversation_id, "toestemming corrigeren",
                                          "correct a consent")
        if old.withdrawn_at is not None:
            raise BadInput(f"Toestemming {consent_id} is beëindigd op {old.withdrawn_at:%Y-%m-%d} en kan niet meer "
                           "worden gecorrigeerd; leg zo nodig nieuwe toestemming vast.",
                           f"Consent {consent_id} ended on {old.withdrawn_at:%Y-%m-%d} and can no longer be corrected; "
                           "record a new consent if needed.")
        old_reviewers = tuple(session.scalars(select(ConsentReviewer.reviewer_id)
                                              .where(ConsentReviewer.consent_id == old.id)
                                              .order_by(ConsentReviewer.reviewer_id)))
        new_given = given_on or old.given_on
        new_method = method or old.method
        new_verbal = verbal_at_ms if verbal_at_ms is not None else (old.verbal_at_ms if new_method == "verbal" else None)
        _check_method(new_method, new_verbal, form_file)
        new_until = retain_until or old.retain_until
        if new_until is not None:
            _check_retention(new_until, new_given, allow_past_retention)
        new_reviewers = tuple(dict.fromkeys(reviewer_ids)) if reviewer_ids is not None else old_reviewers
        _check_reviewers(session, new_reviewers)
        form_name = _store_form(ctx, session, Path(form_file)) if form_file is not None else old.form_name
        new = Consent(conversation_id=old.conversation_id, purpose=old.purpose, given_on=new_given, method=new_method,
                      form_name=form_name, verbal_at_ms=new_verbal, retain_until=new_until)
        session.add(new)
        session.flush()
        session.add_all(ConsentReviewer(consent_id=new.id, reviewer_id=rid) for rid in new_reviewers)
        old.superseded_at, old.superseded_by_id = utcnow(), new.id
        was = (f"given_on={old.given_on}; method={old.method}; retain_until={old.retain_until or '-'}; "
               f"reviewers={','.join(map(str, old_reviewers)) or '-'}; form={old.form_name or '-'}; "
               f"verbal_at_ms={old.verbal_at_ms if old.verbal_at_ms is not None else '-'}")
        ctx.changed(session, Change.CONSENT_CORRECT, old.id, detail=f"{old.purpose}: replaced by consent {new.id}; "
                    f"old values: {was}", event_object_id=new.id, scope_id=old.conversation_id)
        session.flush()
        return _view(session, new)


def _store_form(ctx: Context, session: Session, source: Path) -> str:
    """The signed form, read once without ever blocking (a FIFO is refused), kept under its SHA-256 and sealed
    with its own key `form:<name>` (stored in the caller's transaction)."""
    from kijkwijzer.media.consent_forms import store_form

    return store_form(ctx.workspace.forms_dir, source,
                      lambda name: content_keys.get_or_create(session, content_keys.form_key_id(name)))


def form_bytes(ctx: Context, consent_id: int) -> tuple[str, bytes]:
    """The signed form of a consent (its file name and content), decrypted into memory for the user to see
    or save; NotFound when the consent has none (or its key was destroyed)."""
    from kijkwijzer.media.consent_forms import read_form

    with ctx.transaction() as session:
        row = session.get(Consent, consent_id)
        if row is None or not row.form_name:
            raise NotFound(f"Toestemming {consent_id} heeft geen ondertekend formulier.",
                           f"Consent {consent_id} has no signed form.")
        erasure.require_case_professional(session, ctx.actor, row.conversation_id, "het formulier bekijken",
                                          "view the form")
        key = content_keys.find(session, content_keys.form_key_id(row.form_name))
        data = read_form(ctx.workspace.forms_dir, row.form_name, key)
        audit.record(session, ctx.actor, "consent.form_view", "consent", consent_id)
        return row.form_name, data


def _view(session, consent: Consent) -> ConsentView:
    reviewers = tuple(session.scalars(select(ConsentReviewer.reviewer_id).where(ConsentReviewer.consent_id == consent.id)
                                      .order_by(ConsentReviewer.reviewer_id)))
    return ConsentView(consent.id, consent.conversation_id, consent.purpose, consent.given_on, consent.method,
                       consent.form_name, consent.verbal_at_ms, consent.retain_until, consent.withdrawn_at, reviewers,
                       consent.withdrawn_reason, consent.superseded_at, consent.superseded_by_id)


def list_for_conversation(ctx: Context, conversation_id: int) -> list[ConsentView]:
    """Every version, the corrected (superseded) and ended ones too, oldest first."""
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
