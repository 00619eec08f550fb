"""Professionals, reviewers (added, renamed, archived) and pseudonymised clients."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.domain.free_text import free_line, free_text
from kijkwijzer.domain.natural_order import natural_key
from kijkwijzer.domain.unchanged import UNCHANGED, Unchanged
from kijkwijzer.domain.vocabulary import ROLES
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.store.models import Case, Client, Professional, Reviewer
from kijkwijzer.store.models.base import utcnow

from . import audit, content_keys
from .context import Actor, Context
from .topics import Change


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
    archived: bool = False


@dataclass(frozen=True)
class ClientView:
    """Never carries the real name (only whether there is one): read it with `client_real_name`."""

    id: int
    pseudonym: str
    profile: str
    has_real_name: bool = False


def require_name(name: str) -> str:
    name = free_line(name, "De naam", "The name", limit=200).strip()
    if not name:
        raise BadInput("Naam mag niet leeg zijn.", "Name must not be empty.")
    return name


def _function(function: str) -> str:
    return free_line(function, "De functie", "The function", limit=100).strip()


def _real_name(real_name: str | None) -> str | None:
    return free_line(real_name or "", "De echte naam", "The real name", limit=200).strip() or None


def _profile(profile: str) -> str:
    return free_text(profile, "Het profiel", "The profile", limit=2000)


def _require_role(role: str) -> str:
    if role not in ROLES:
        raise BadInput(f"Onbekende rol: {role} (kies uit {', '.join(ROLES)})",
                       f"Unknown role: {role} (choose from {', '.join(ROLES)})")
    return role


def _pro_view(p: Professional) -> ProfessionalView:
    return ProfessionalView(p.id, p.name, p.function)


def reviewer_view(r: Reviewer) -> ReviewerView:
    return ReviewerView(r.id, r.name, r.role, r.professional_id, r.archived_at is not None)


def _client_view(c: Client) -> ClientView:
    return ClientView(c.id, c.pseudonym, c.profile, bool(c.real_name_sealed))


# ---- professionals -----------------------------------------------------------------------------------------

def add_professional(ctx: Context, name: str, function: str = "klantmanager") -> tuple[ProfessionalView, ReviewerView]:
    """A professional is also a reviewer of their own recordings (role 'professional')."""
    with ctx.transaction() as session:
        pro = Professional(name=require_name(name), function=_function(function) or "klantmanager")
        session.add(pro)
        session.flush()
        rev = Reviewer(name=pro.name, role="professional", professional_id=pro.id)
        session.add(rev)
        session.flush()
        ctx.changed(session, Change.PROFESSIONAL_ADD, pro.id)
        return _pro_view(pro), reviewer_view(rev)


def update_professional(ctx: Context, professional_id: int, *, name: str | None = None,
                        function: str | None = None) -> ProfessionalView:
    """Rename (their own reviewer row follows) or change the function."""
    with ctx.transaction() as session:
        pro = session.get(Professional, professional_id)
        if pro is None:
            raise NotFound(f"Professional {professional_id} bestaat niet.", f"Professional {professional_id} does not exist.")
        if name is not None:
            _rename_professional(session, pro, require_name(name))
        if function is not None:
            pro.function = _function(function) or pro.function
        ctx.changed(session, Change.PROFESSIONAL_UPDATE, pro.id)
        return _pro_view(pro)


def _rename_professional(session: Session, pro: Professional, name: str) -> None:
    pro.name = name
    for own in session.scalars(select(Reviewer).where(Reviewer.professional_id == pro.id)):
        own.name = name


def list_professionals(ctx: Context) -> list[ProfessionalView]:
    with ctx.store.read() as session:
        rows = sorted(session.scalars(select(Professional)), key=lambda p: natural_key(p.name))
        return [_pro_view(p) for p in rows]


# ---- reviewers -----------------------------------------------------------------------------------------------

def add_reviewer(ctx: Context, name: str, role: str) -> ReviewerView:
    _require_role(role)
    with ctx.transaction() as session:
        rev = Reviewer(name=require_name(name), role=role)
        session.add(rev)
        session.flush()
        ctx.changed(session, Change.REVIEWER_ADD, rev.id, detail=role)
        return reviewer_view(rev)


def _load_reviewer(session: Session, reviewer_id: int) -> Reviewer:
    r = session.get(Reviewer, reviewer_id)
    if r is None:
        raise NotFound(f"Kijker {reviewer_id} bestaat niet.", f"Reviewer {reviewer_id} does not exist.")
    return r


def update_reviewer(ctx: Context, reviewer_id: int, *, name: str | None = None, role: str | None = None) -> ReviewerView:
    """A professional's own reviewer row keeps its role; renaming it renames the professional too."""
    if role is not None:
        _require_role(role)
    with ctx.transaction() as session:
        rev = _load_reviewer(session, reviewer_id)
        if role is not None and role != rev.role:
            if rev.professional_id is not None:
                raise NotAllowed(f"{rev.name} is de professional zelf; die rol kan niet veranderen.",
                                 f"{rev.name} is the professional themselves; that role cannot change.")
            if role == "professional":
                raise BadInput("Een professional voegt u toe als professional, niet door een kijker van rol te "
                               "laten wisselen.",
                               "Add a professional as a professional, not by changing a reviewer's role.")
            rev.role = role
        if name is not None:
            pro = session.get(Professional, rev.professional_id) if rev.professional_id is not None else None
            if pro is not None:
                _rename_professional(session, pro, require_name(name))
            else:
                rev.name = require_name(name)
        ctx.changed(session, Change.REVIEWER_UPDATE, rev.id, detail=rev.role)
        return reviewer_view(rev)


def archive_reviewer(ctx: Context, reviewer_id: int, archived: bool = True) -> ReviewerView:
    """An archived reviewer keeps their annotations but is no longer offered in choosers."""
    with ctx.transaction() as session:
        rev = _load_reviewer(session, reviewer_id)
        if archived and rev.professional_id is not None:
            raise NotAllowed(f"{rev.name} is de professional zelf en kan niet worden gearchiveerd.",
                             f"{rev.name} is the professional themselves and cannot be archived.")
        if archived and rev.archived_at is None:
            rev.archived_at = utcnow()
        elif not archived:
            rev.archived_at = None
        ctx.changed(session, Change.REVIEWER_ARCHIVE if archived else Change.REVIEWER_UNARCHIVE, rev.id)
        return reviewer_view(rev)


def list_reviewers(ctx: Context, include_archived: bool = False) -> list[ReviewerView]:
    with ctx.store.read() as session:
        query = select(Reviewer).order_by(Reviewer.id)
        if not include_archived:
            query = query.where(Reviewer.archived_at.is_(None))
        return [reviewer_view(r) for r in session.scalars(query)]


def get_reviewer(ctx: Context, reviewer_id: int) -> ReviewerView:
    with ctx.store.read() as session:
        return reviewer_view(_load_reviewer(session, reviewer_id))


# ---- clients -------------------------------------------------------------------------------------------------

def new_pseudonym() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "C-" + "".join(secrets.choice(alphabet) for _ in range(5))


def add_client(ctx: Context, pseudonym: str | None = None, real_name: str | None = None, profile: str = "") -> ClientView:
    with ctx.transaction() as session:
        code = (pseudonym or new_pseudonym()).strip()
        if session.scalar(select(Client).where(Client.pseudonym == code)):
            raise BadInput(f"Pseudoniem {code} bestaat al.", f"Pseudonym {code} already exists.")
        client = Client(pseudonym=code, profile=_profile(profile), created_by=ctx.actor.reviewer_id)
        session.add(client)
        session.flush()
        _set_real_name(session, client, _real_name(real_name))
        ctx.changed(session, Change.CLIENT_ADD, client.id)
        return _client_view(client)


def _load_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(f"Cliënt {client_id} bestaat niet.", f"Client {client_id} does not exist.")
    return client


def update_client(ctx: Context, client_id: int, *, real_name: str | None | Unchanged = UNCHANGED,
                  profile: str | None = None) -> ClientView:
    """The pseudonym never changes; a real name of "" or None is cleared (the audit row never holds it)."""
    with ctx.transaction() as session:
        client = _load_client(session, client_id)
        changed = []
        if not isinstance(real_name, Unchanged):
            _set_real_name(session, client, _real_name(real_name))
            changed.append("real_name set" if client.real_name_sealed else "real_name cleared")
        if profile is not None:
            client.profile = _profile(profile)
            changed.append("profile")
        ctx.changed(session, Change.CLIENT_UPDATE, client.id, detail=", ".join(changed))
        return _client_view(client)


def get_client(ctx: Context, client_id: int) -> ClientView:
    with ctx.store.read() as session:
        return _client_view(_load_client(session, client_id))


def list_clients(ctx: Context) -> list[ClientView]:
    """Every client for a professional (who registers them) and the system; for a coach, researcher or learning
    group only the clients of the cases they may see (access.visible_case_ids)."""
    from .access import visible_case_ids

    with ctx.store.read() as session:
        query = select(Client)
        if ctx.actor.reviewer_id is not None and ctx.actor.role != "professional":
            visible = visible_case_ids(session, ctx.actor) or set()
            query = query.where(Client.id.in_(select(Case.client_id).where(Case.id.in_(visible))))
        return [_client_view(c) for c in sorted(session.scalars(query), key=lambda c: natural_key(c.pseudonym))]


def client_real_name(ctx: Context, client_id: int) -> str | None:
    """The real name, for the client's own professional only; every look is written in the audit log."""
    with ctx.transaction() as session:
        client = _load_client(session, client_id)
        _require_own_client(session, ctx.actor, client)
        audit.record(session, ctx.actor, "client.view_name", "client", client.id)
        return real_name_of(session, client)


def real_name_of(session: Session, client: Client) -> str | None:
    """The client's real name, opened with the client's key (None when none was given or it was erased)."""
    return content_keys.open_text(session, content_keys.client_key_id(client.id), client.real_name_sealed)


def _set_real_name(session: Session, client: Client, name: str | None) -> None:
    """Seal the name with the client's own key; clearing it destroys the key too (nothing to recover)."""
    key_id = content_keys.client_key_id(client.id)
    if name:
        client.real_name_sealed = content_keys.seal_text(session, key_id, name)
    else:
        client.real_name_sealed = None
        content_keys.destroy(session, key_id)


def _require_own_client(session: Session, actor: Actor, client: Client) -> None:
    """The professional of one of the client's cases (any professional while the client has no case yet)."""
    if actor.reviewer_id is None:
        return
    reviewer = session.get(Reviewer, actor.reviewer_id)
    owners = set(session.scalars(select(Case.professional_id).where(Case.client_id == client.id)))
    if reviewer is not None and reviewer.professional_id is not None and (
            not owners or reviewer.professional_id in owners):
        return
    raise NotAllowed(f"Alleen de eigen professional van deze cliënt ziet de echte naam; {actor.name} is dat niet.",
                     f"Only the client's own professional sees the real name; {actor.name} is not.")
