"""Who is at the keyboard in team mode: the PostgreSQL login of the connection (session_user), never a choice.

A login is either the team's administrator (a superuser, or a member of the role that owns the workspace's tables:
runs schema upgrades, adds and removes members; not subject to row-level security) or a team member, whose reviewer
row carries the login in `db_role` (services/team_members.py makes both). Any other login is refused at open.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from kijkwijzer.errors import StoreError
from kijkwijzer.store.engine import Store


@dataclass(frozen=True)
class TeamLogin:
    login: str
    administrator: bool


@dataclass(frozen=True)
class Member:
    reviewer_id: int
    name: str
    role: str


_LOGIN = text("""
    SELECT session_user,
           (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
           OR pg_has_role(session_user, COALESCE(
                (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'alembic_version'),
                (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())), 'USAGE')
""")


def login_of(store: Store) -> TeamLogin:
    """The login of a PostgreSQL store's connections and whether it administers the workspace."""
    with store.engine.connect() as conn:
        login, administrator = conn.execute(_LOGIN).one()
    return TeamLogin(str(login), bool(administrator))


def member_of(store: Store, login: TeamLogin) -> Member:
    """The team member this login is; StoreError when it is none (never added, or removed)."""
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT id, name, role FROM reviewers WHERE db_role = :login AND archived_at IS NULL"),
                           {"login": login.login}).first()
    if row is None:
        raise StoreError(
            f"De databaselogin {login.login} is geen lid van dit team (of is verwijderd). Vraag de beheerder van de "
            "teamdatabase u toe te voegen; er is niets gewijzigd.",
            f"The database login {login.login} is not a member of this team (or was removed). Ask the team database's "
            "administrator to add you; nothing was changed.")
    return Member(int(row.id), str(row.name), str(row.role))


def refuse_outdated(revision: str | None, head: str) -> None:
    """A member cannot upgrade the shared schema: say so instead of trying (the administrator upgrades it)."""
    if revision != head:
        raise StoreError(
            f"De teamdatabase heeft schema {revision or 'geen'}, deze Kijkwijzer verwacht {head}. De beheerder moet de "
            "teamdatabase eerst bijwerken (of Kijkwijzer hier bijwerken); er is niets gewijzigd.",
            f"The team database has schema {revision or 'none'}, this Kijkwijzer expects {head}. The administrator has "
            "to upgrade the team database first (or update Kijkwijzer here); nothing was changed.")
