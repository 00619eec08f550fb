"""Professionals, reviewers and pseudonymised clients."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select

from kijkwijzer.errors import BadInput, NotFound
from kijkwijzer.store.models import Client, Professional, Reviewer
from kijkwijzer.store.models.people import ROLES

from . import audit
from .context import Context, emit
from .events import Event


@dataclass(frozen=True)
class ProfessionalView:
    id: int
    name: str
    function: str


@dataclass(frozen=True)
class ReviewerView:
    id: int
    name: str
    role: str
    professional_id: int | None


@dataclass(frozen=True)
class ClientView:
    """Never carries the real name: that stays inside the workspace database."""

    id: int
    pseudonym: str
    profile: str


def _require_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise BadInput("Naam mag niet leeg zijn.", "Name must not be empty.")
    return name


def add_professional(ctx: Context, name: str, function: str = "klantmanager") -> tuple[ProfessionalView, ReviewerView]:
    """A professional is also a reviewer of their own recordings (role 'professional')."""
    with ctx.transaction() as session:
        pro = Professional(name=_require_name(name), function=function)
        session.add(pro)
        session.flush()
        rev = Reviewer(name=pro.name, role="professional", professional_id=pro.id)
        session.add(rev)
        session.flush()
        audit.record(session, ctx.actor, "professional.add", "professional", pro.id)
        emit(session, Event("people.changed", pro.id))
        return ProfessionalView(pro.id, pro.name, pro.function), ReviewerView(rev.id, rev.name, rev.role, pro.id)


def add_reviewer(ctx: Context, name: str, role: str) -> ReviewerView:
    if role not in ROLES:
        raise BadInput(f"Onbekende rol: {role} (kies uit {', '.join(ROLES)})", f"Unknown role: {role} (choose from {', '.join(ROLES)})")
    with ctx.transaction() as session:
        rev = Reviewer(name=_require_name(name), role=role)
        session.add(rev)
        session.flush()
        audit.record(session, ctx.actor, "reviewer.add", "reviewer", rev.id, role)
        emit(session, Event("people.changed", rev.id))
        return ReviewerView(rev.id, rev.name, rev.role, None)


def new_pseudonym() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "C-" + "".join(secrets.choice(alphabet) for _ in range(5))


def add_client(ctx: Context, pseudonym: str | None = None, real_name: str | None = None, profile: str = "") -> ClientView:
    with ctx.transaction() as session:
        code = (pseudonym or new_pseudonym()).strip()
        if session.scalar(select(Client).where(Client.pseudonym == code)):
            raise BadInput(f"Pseudoniem {code} bestaat al.", f"Pseudonym {code} already exists.")
        client = Client(pseudonym=code, real_name=real_name or None, profile=profile)
        session.add(client)
        session.flush()
        audit.record(session, ctx.actor, "client.add", "client", client.id)
        emit(session, Event("people.changed", client.id))
        return ClientView(client.id, client.pseudonym, client.profile)


def list_professionals(ctx: Context) -> list[ProfessionalView]:
    with ctx.store.read() as session:
        return [ProfessionalView(p.id, p.name, p.function) for p in session.scalars(select(Professional).order_by(Professional.name))]


def list_reviewers(ctx: Context) -> list[ReviewerView]:
    with ctx.store.read() as session:
        return [ReviewerView(r.id, r.name, r.role, r.professional_id)
                for r in session.scalars(select(Reviewer).order_by(Reviewer.id))]


def get_reviewer(ctx: Context, reviewer_id: int) -> ReviewerView:
    with ctx.store.read() as session:
        r = session.get(Reviewer, reviewer_id)
        if r is None:
            raise NotFound(f"Kijker {reviewer_id} bestaat niet.", f"Reviewer {reviewer_id} does not exist.")
        return ReviewerView(r.id, r.name, r.role, r.professional_id)


def list_clients(ctx: Context) -> list[ClientView]:
    with ctx.store.read() as session:
        return [ClientView(c.id, c.pseudonym, c.profile) for c in session.scalars(select(Client).order_by(Client.pseudonym))]
