"""Team members of a team database: each person gets their own PostgreSQL login (a member of the group role
`kijkwijzer_team`, whose rights the row-level security of migration 0004 narrows per person) and the reviewer row
that says who the login is. Only the team's administrator adds and removes members; a member changes their own
password. Passwords reach the server only as a SCRAM verifier computed here, never as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from kijkwijzer.domain.vocabulary import ROLES
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.store.models import LearningGroupMember, Professional, Reviewer
from kijkwijzer.store.models.base import utcnow

from .context import Context
from .people import ReviewerView, reviewer_view
from .topics import Change

GROUP_ROLE = "kijkwijzer_team"
MIN_PASSWORD = 10
_LOGIN = re.compile(r"^[a-z][a-z0-9_]{1,62}$")


@dataclass(frozen=True)
class MemberView:
    reviewer: ReviewerView
    login: str
    can_log_in: bool  # the login exists on the server and may connect


def require_team(ctx: Context) -> None:
    if ctx.team is None:
        raise BadInput("Teamleden horen bij een teamdatabase (PostgreSQL); deze werkmap is van één gebruiker.",
                       "Team members belong to a team database (PostgreSQL); this workspace has a single user.")


def require_administrator(ctx: Context) -> None:
    require_team(ctx)
    assert ctx.team is not None
    if not ctx.team.administrator:
        raise NotAllowed("Alleen de beheerder van de teamdatabase beheert teamleden.",
                         "Only the team database's administrator manages team members.")


def check_login(login: str) -> str:
    login = (login or "").strip()
    if not _LOGIN.match(login) or login == GROUP_ROLE or login.startswith("pg_"):
        raise BadInput(f"Ongeldige login {login!r}: kleine letters, cijfers en _, 2 tot 63 tekens, begint met een letter.",
                       f"Invalid login {login!r}: lower-case letters, digits and _, 2 to 63 characters, starting "
                       "with a letter.")
    return login


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise BadInput(f"Een wachtwoord heeft minstens {MIN_PASSWORD} tekens.",
                       f"A password has at least {MIN_PASSWORD} characters.")
    return password


def _driver(session: Session):
    """The psycopg connection under the session, in the session's transaction (role DDL is transactional)."""
    return session.connection().connection.driver_connection


def _verifier(session: Session, login: str, password: str) -> str:
    return _driver(session).pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()


def _role_exists(session: Session, login: str) -> bool:
    return session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :l"), {"l": login}).first() is not None


def add_member(ctx: Context, login: str, name: str, role: str, *, password: str | None = None,
               function: str = "klantmanager", reviewer_id: int | None = None) -> ReviewerView:
    """A new login for a person; a professional also gets their professional row. With `reviewer_id` the login is
    given to a reviewer who is already in the workspace (their annotations stay theirs). Without a password the
    login connects by what the server's pg_hba.conf allows (a client certificate)."""
    from psycopg import sql

    require_administrator(ctx)
    login = check_login(login)
    if role not in ROLES:
        raise BadInput(f"Onbekende rol: {role} (kies uit {', '.join(ROLES)})",
                       f"Unknown role: {role} (choose from {', '.join(ROLES)})")
    if password is not None:
        check_password(password)
    with ctx.transaction() as session:
        if _role_exists(session, login):
            raise BadInput(f"De login {login} bestaat al op de databaseserver.",
                           f"The login {login} already exists on the database server.")
        reviewer = _reviewer_for(session, name, role, function, reviewer_id)
        reviewer.db_role = login
        session.flush()
        create = sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(sql.Identifier(login), sql.Identifier(GROUP_ROLE))
        if password is not None:
            create = sql.SQL("{} PASSWORD {}").format(create, sql.Literal(_verifier(session, login, password)))
        _driver(session).execute(create)
        ctx.changed(session, Change.TEAM_MEMBER_ADD, reviewer.id, detail=f"login {login}, {reviewer.role}")
        return reviewer_view(reviewer)


def _reviewer_for(session: Session, name: str, role: str, function: str, reviewer_id: int | None) -> Reviewer:
    from .people import require_name

    if reviewer_id is not None:
        reviewer = session.get(Reviewer, reviewer_id)
        if reviewer is None or reviewer.archived_at is not None:
            raise NotFound(f"Kijker {reviewer_id} bestaat niet (of is gearchiveerd).",
                           f"Reviewer {reviewer_id} does not exist (or is archived).")
        if reviewer.db_role is not None:
            raise BadInput(f"{reviewer.name} heeft al de login {reviewer.db_role}.",
                           f"{reviewer.name} already has the login {reviewer.db_role}.")
        return reviewer
    name = require_name(name)
    professional_id = None
    if role == "professional":
        pro = Professional(name=name, function=function or "klantmanager")
        session.add(pro)
        session.flush()
        professional_id = pro.id
    reviewer = Reviewer(name=name, role=role, professional_id=professional_id)
    session.add(reviewer)
    return reviewer


def remove_member(ctx: Context, reviewer_id: int) -> ReviewerView:
    """The person's login is dropped (their open connections are closed) and their reviewer row archived: what
    they annotated stays, attributed to them; they leave their learning groups."""
    from psycopg import sql

    require_administrator(ctx)
    with ctx.transaction() as session:
        reviewer = session.get(Reviewer, reviewer_id)
        if reviewer is None or reviewer.db_role is None:
            raise NotFound(f"Kijker {reviewer_id} is geen teamlid met een login.",
                           f"Reviewer {reviewer_id} is not a team member with a login.")
        login = reviewer.db_role
        reviewer.db_role = None
        reviewer.archived_at = reviewer.archived_at or utcnow()
        session.query(LearningGroupMember).filter(LearningGroupMember.reviewer_id == reviewer_id).delete()
        if _role_exists(session, login):
            _driver(session).execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))
        ctx.changed(session, Change.TEAM_MEMBER_REMOVE, reviewer.id, detail=f"login {login}")
        view = reviewer_view(reviewer)
    with ctx.store.transaction() as session:  # after the commit: a dropped role's open sessions end now
        session.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :l"),
                        {"l": login})
    return view


def set_password(ctx: Context, password: str, reviewer_id: int | None = None) -> None:
    """A member sets their own password; the administrator sets anyone's (`reviewer_id`)."""
    from psycopg import sql

    require_team(ctx)
    check_password(password)
    assert ctx.team is not None
    with ctx.transaction() as session:
        if reviewer_id is None or reviewer_id == ctx.actor.reviewer_id:
            login, target = ctx.team.login, ctx.actor.reviewer_id
        else:
            require_administrator(ctx)
            reviewer = session.get(Reviewer, reviewer_id)
            if reviewer is None or reviewer.db_role is None:
                raise NotFound(f"Kijker {reviewer_id} is geen teamlid met een login.",
                               f"Reviewer {reviewer_id} is not a team member with a login.")
            login, target = reviewer.db_role, reviewer.id
        _driver(session).execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
            sql.Identifier(login), sql.Literal(_verifier(session, login, password))))
        ctx.changed(session, Change.TEAM_PASSWORD, target, detail=f"login {login}")
    if login == ctx.team.login:  # this workbench's next connections need the new one
        ctx.store.use_password(password)


def list_members(ctx: Context) -> list[MemberView]:
    """Everyone with a login in this team database, in the order they were added."""
    require_team(ctx)
    with ctx.store.read() as session:
        rows = list(session.scalars(select(Reviewer).where(Reviewer.db_role.is_not(None)).order_by(Reviewer.id)))
        can = {str(r.rolname) for r in session.execute(text("SELECT rolname FROM pg_roles WHERE rolcanlogin"))}
        return [MemberView(reviewer_view(r), str(r.db_role), str(r.db_role) in can) for r in rows]
