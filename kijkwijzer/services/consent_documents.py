"""The printable consent form and client leaflet of one conversation, built from the consent data and the
texts of content/consent.toml (what is stored, encrypted, shared with whom and erased when, said truthfully).

A conversation without any consent yet gives a blank form (empty boxes, dotted date) to sign on paper;
after consent is recorded the same form shows the client's choices, to hand over as a copy.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kijkwijzer.domain.vocabulary import PURPOSES
from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.formats.consent_form import write_html, write_pdf
from kijkwijzer.formats.consent_text import PREFIX, ConsentFormData, PurposeChoice
from kijkwijzer.services.exchange.export_target import check_target, written
from kijkwijzer.store.models import (
    Case,
    Client,
    Consent,
    ConsentReviewer,
    Conversation,
    Professional,
    Reviewer,
)

from . import audit
from .context import Context


def form_data(ctx: Context, conversation_id: int) -> ConsentFormData:
    with ctx.store.read() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
        case = session.get_one(Case, conversation.case_id)  # (non-null foreign keys: always there)
        professional = session.get_one(Professional, case.professional_id)
        client = session.get_one(Client, case.client_id)
        consents = list(session.scalars(select(Consent).where(Consent.conversation_id == conversation_id)
                                        .order_by(Consent.id)))
        latest = {c.purpose: c for c in consents}  # the newest grant per purpose counts
        choices = []
        for purpose in PURPOSES:
            row = latest.get(purpose)
            names: tuple[str, ...] = ()
            if row is not None and purpose == "analysis":
                names = tuple(session.scalars(
                    select(Reviewer.name).join(ConsentReviewer, ConsentReviewer.reviewer_id == Reviewer.id)
                    .where(ConsentReviewer.consent_id == row.id).order_by(Reviewer.name)))
            choices.append(PurposeChoice(purpose, (row is not None) if consents else None, names,
                                         row.withdrawn_at.date() if row is not None and row.withdrawn_at else None))
        first = latest.get("recording") or (consents[0] if consents else None)
        deadlines = [c.retain_until for c in consents if c.retain_until is not None and c.superseded_at is None]
        return ConsentFormData(
            conversation_id=conversation_id, client_pseudonym=client.pseudonym, professional_name=professional.name,
            held_on=conversation.held_on, goal=conversation.goal, setting=conversation.setting,
            choices=tuple(choices), given_on=first.given_on if first else None, method=first.method if first else None,
            verbal_at_ms=first.verbal_at_ms if first else None, retain_until=min(deadlines) if deadlines else None,
            texts=consent_texts(ctx), questions=tuple(q.question for q in ctx.content.feedback_questions))


def consent_texts(ctx: Context) -> dict[str, str]:
    """The texts of the form and the leaflet (content/consent.toml), by content id."""
    return {p.id: p.text for p in ctx.content.passages if p.id.startswith(PREFIX)}


def write(ctx: Context, conversation_id: int, target: Path, leaflet: bool = False) -> Path:
    """Write the form (or leaflet) as PDF or HTML, chosen by the file suffix; the export is audited."""
    target = Path(target)
    writers = {".pdf": write_pdf, ".html": write_html, ".htm": write_html}
    if target.suffix.lower() not in writers:
        raise BadInput(f"Kies een .pdf- of .html-bestand, niet {target.name}.",
                       f"Choose a .pdf or .html file, not {target.name}.")
    check_target(ctx.workspace, target)  # never onto the workspace's own files
    data = form_data(ctx, conversation_id)
    with written(ctx.workspace, target) as temporary:  # appears whole or not at all
        writers[target.suffix.lower()](data, temporary, leaflet=leaflet)
        with ctx.transaction() as session:
            audit.record(session, ctx.actor, "consent.leaflet" if leaflet else "consent.form", "conversation",
                         conversation_id, target.suffix.lower().lstrip("."))
    return target
