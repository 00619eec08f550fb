"""A throwaway PostgreSQL server for the team-mode tests: initdb + pg_ctl on a temporary directory and port.

As root (CI), PostgreSQL refuses to run, so the server runs as the `postgres` system user via runuser.
Connections over TCP need a password (SCRAM), as on a real team server, so a team member's wrong password is refused;
the superuser `kw` (the team's administrator in the tests) has the password PASSWORD.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def _pg_bin(name: str) -> str | None:
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else shutil.which(name)


PASSWORD = "kw-wegwerp-server"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowawayPostgres:
    """`durable=False` (the tests) runs with fsync off; the team benchmark (bench/bench_team.py) keeps it on, as a
    real server has it."""

    def __init__(self, durable: bool = False) -> None:
        self.durable = durable
        self.initdb = _pg_bin("initdb")
        self.pg_ctl = _pg_bin("pg_ctl")
        self.port = _free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="kw-pg-"))
        self.data = self.dir / "data"
        self._prefix: list[str] = []

    @property
    def available(self) -> bool:
        return bool(self.initdb and self.pg_ctl)

    def _run(self, *cmd: str) -> None:
        subprocess.run([*self._prefix, *cmd], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def start(self) -> str:
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")
            os.chmod(self.dir, 0o700)
            self._prefix = ["runuser", "-u", "postgres", "--"]
        pwfile = self.dir / "pw"
        pwfile.write_text(PASSWORD)
        if self._prefix:
            shutil.chown(pwfile, "postgres")
        self._run(self.initdb, "-D", str(self.data), "--auth-local=trust", "--auth-host=scram-sha-256",
                  f"--pwfile={pwfile}", "-U", "kw", "-E", "UTF8", "--no-locale")
        pwfile.unlink()
        options = f"-c port={self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.dir}"
        if not self.durable:
            options += " -c fsync=off"
        self._run(self.pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"), "-w", "start")
        return self.url("postgres")

    def url(self, database: str, login: str = "kw", password: str = PASSWORD) -> str:
        """The SQLAlchemy URL of a database on this server for a login (the administrator `kw` by default)."""
        return f"postgresql+psycopg://{login}:{password}@127.0.0.1:{self.port}/{database}"

    def dsn(self, database: str = "postgres") -> str:
        """A psycopg connection string for the administrator."""
        return f"host=127.0.0.1 port={self.port} user=kw password={PASSWORD} dbname={database}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database (a copy of `template` when given, made by the server); returns its URL."""
        deadline = time.monotonic() + 10
        import psycopg

        while True:
            try:
                with psycopg.connect(self.dsn(), autocommit=True) as conn:
                    copy = f' TEMPLATE "{template}"' if template else ""
                    conn.execute(f'CREATE DATABASE "{name}"{copy}')
                return self.url(name)
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def drop_database(self, name: str) -> None:
        """Drop a test's database, closing what still holds it open (a test's own extra connections)."""
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
