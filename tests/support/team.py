"""A team database on the suite's throwaway PostgreSQL for tests that connect as several people: the administrator's
context, members added with their own logins (team_members.add_member), each member's own context (identity from
the login) and a plain psycopg connection per login. Logins are unique per database (roles belong to the whole
server) and are dropped with the database."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kijkwijzer.services.context import Context
from kijkwijzer.workspace import Workspace

PASSWORD = "teamlid-wachtwoord"
_counter = itertools.count()


@dataclass
class TeamDatabase:
    server: object
    name: str
    media: Path
    admin: Context
    logins: dict[str, str] = field(default_factory=dict)  # short name ("anna") -> login on the server
    reviewer_ids: dict[str, int] = field(default_factory=dict)
    _contexts: list[Context] = field(default_factory=list)
    _to_drop: set[str] = field(default_factory=set)

    def login(self, short: str) -> str:
        """The login of `short` in this database: unique on the server (logins outlive a test's database)."""
        return f"{short}_{self.name.removeprefix('kw_team_')}"

    def add(self, short: str, name: str, role: str, password: str | None = PASSWORD, **kwargs):
        """A member added by the administrator through services/team_members: (login, ReviewerView). `password`
        None: a login that signs in with a certificate; `reviewer_id=` gives the login to an existing reviewer."""
        from kijkwijzer.services import team_members

        login = self.login(short)
        reviewer = team_members.add_member(self.admin, login, name, role, password=password, **kwargs)
        self.logins[short] = login
        self.reviewer_ids[short] = reviewer.id
        self.drop_later(login)
        return login, reviewer

    def add_member(self, short: str, name: str, role: str, **kwargs) -> int:
        return self.add(short, name, role, **kwargs)[1].id

    def drop_later(self, login: str) -> None:
        """A login made some other way (a dialog, plain SQL): dropped with the database too."""
        self._to_drop.add(login)

    def url(self, short: str, password: str = PASSWORD) -> str:
        return self.server.url(self.name, self.logins[short], password)

    def workspace(self, short: str, password: str = PASSWORD) -> Workspace:
        return Workspace.from_url(self.url(short, password), self.media)

    def open_as(self, login: str, password: str = PASSWORD) -> Context:
        """The member's own workbench: open_context on their login (who they are comes from it)."""
        from kijkwijzer.services.open_workspace import open_context

        self.drop_later(login)
        ctx = open_context(Workspace.from_url(self.server.url(self.name, login, password), self.media))
        self._contexts.append(ctx)
        return ctx

    def context(self, short: str) -> Context:
        return self.open_as(self.logins[short])

    def connect(self, short: str):
        """A plain psycopg connection as the member (no Kijkwijzer code in between)."""
        import psycopg

        return psycopg.connect(f"host=127.0.0.1 port={self.server.port} dbname={self.name} "
                               f"user={self.logins[short]} password={PASSWORD}")


@contextmanager
def team_database(server, tmp_path: Path) -> Iterator[TeamDatabase]:
    from kijkwijzer.services.open_workspace import open_context
    from tests.support.workspaces import postgres_template

    name = f"kw_team_{os.getpid()}_{next(_counter)}"
    url = server.create_database(name, template=postgres_template(server))
    media = tmp_path / "media"
    admin = open_context(Workspace.from_url(url, media))
    team = TeamDatabase(server, name, media, admin)
    try:
        yield team
    finally:
        for ctx in [*team._contexts, admin]:
            ctx.store.dispose()
        server.drop_database(name)
        import psycopg

        with psycopg.connect(server.dsn(), autocommit=True) as conn:
            for login in sorted(team._to_drop | set(team.logins.values())):
                conn.execute(f'DROP ROLE IF EXISTS "{login}"')
