"""The address of a team database as a person fills it in: the URL it becomes (login and password quoted, the TLS
settings and a connect timeout as libpq parameters), what is refused before any connection is tried, a start
URL read back into an address, the password kept in the system keyring only when asked; and on the suite's
PostgreSQL server: the address opens the team database as the member the login is."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from kijkwijzer.errors import BadInput, StoreError
from kijkwijzer.services import team_connection
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.services.team_connection import TeamAddress, describe, workspace_for
from kijkwijzer.workspace import Workspace
from tests.support import fake_keyring
from tests.support.team import PASSWORD, team_database


def _address(tmp_path: Path, **changes) -> TeamAddress:
    media = tmp_path / "gedeeld"
    media.mkdir(exist_ok=True)
    fields = {"host": "db.gemeente.nl", "database": "kijkwijzer", "login": "anna", "media_dir": media, **changes}
    return TeamAddress(**fields)


def test_the_url_quotes_login_and_password_and_carries_tls_and_timeout(tmp_path):
    cert, key, root = (tmp_path / name for name in ("anna.crt", "anna.key", "root.crt"))
    for path in (cert, key, root):
        path.write_text("-----BEGIN-----")
    address = _address(tmp_path, login="anna@team:1", port=6543, tls="verify-full", client_cert=cert, client_key=key,
                       root_cert=root)
    workspace = workspace_for(address, "p@ss:/w?rd#&x=1")
    url = make_url(workspace.db_url)
    assert (url.drivername, url.username, url.password) == ("postgresql+psycopg", "anna@team:1", "p@ss:/w?rd#&x=1")
    assert (url.host, url.port, url.database) == ("db.gemeente.nl", 6543, "kijkwijzer")
    assert dict(url.query) == {"sslmode": "verify-full", "connect_timeout": "10", "sslcert": str(cert),
                               "sslkey": str(key), "sslrootcert": str(root)}
    assert workspace.media_dir == address.media_dir.resolve()
    without = make_url(workspace_for(_address(tmp_path), None).db_url)
    assert without.password is None and dict(without.query) == {"sslmode": "prefer", "connect_timeout": "10"}


def test_describe_names_login_server_and_database(tmp_path):
    assert describe(_address(tmp_path)) == "anna@db.gemeente.nl/kijkwijzer"
    assert describe(_address(tmp_path, port=6543)) == "anna@db.gemeente.nl:6543/kijkwijzer"


@pytest.mark.parametrize(("changes", "said"), [
    ({"host": "  "}, "Vul de server in."),
    ({"database": ""}, "Vul de database in."),
    ({"login": " "}, "Vul uw login in."),
    ({"port": 70000}, "Poort 70000 bestaat niet"),
    ({"tls": "disable"}, "Onbekende beveiliging"),
    ({"client_cert": Path("/etc/hostname")}, "het sleutelbestand dat erbij hoort"),
    ({"root_cert": Path("/geen/root.crt")}, "Het bestand /geen/root.crt bestaat niet."),
    ({"media_dir": Path("")}, "Kies de gedeelde mediamap"),
    ({"media_dir": Path("/geen/netwerkschijf")}, "De gedeelde mediamap /geen/netwerkschijf is niet te vinden"),
])
def test_what_cannot_be_used_is_refused_before_connecting(tmp_path, changes, said):
    with pytest.raises(BadInput) as refused:
        workspace_for(_address(tmp_path, **changes), "x")
    assert said in refused.value.nl and refused.value.en


def test_a_start_url_is_read_back_into_the_address_without_its_password(tmp_path):
    address = _address(tmp_path, login="b ert", port=6000, tls="require")
    workspace = workspace_for(address, "geheim")
    assert team_connection.password_given(workspace)
    assert team_connection.address_of(workspace) == address
    bare = Workspace.from_url("postgresql://anna@db.gemeente.nl/kijkwijzer", tmp_path / "gedeeld")
    assert not team_connection.password_given(bare)
    assert team_connection.address_of(bare) == _address(tmp_path)
    assert team_connection.address_of(Workspace.at(tmp_path / "werkmap")) is None


def test_the_password_is_kept_in_the_keyring_only_when_asked(tmp_path):
    address = _address(tmp_path)
    with fake_keyring.installed() as keyring:
        assert team_connection.keyring_works()
        assert team_connection.remembered_password(address) is None
        assert team_connection.remember_password(address, "geheim")
        assert team_connection.remembered_password(address) == "geheim"
        assert team_connection.remembered_password(_address(tmp_path, login="bert")) is None
        assert list(keyring.entries) == [("Kijkwijzer teamdatabase", "anna@db.gemeente.nl:5432/kijkwijzer")]
        assert team_connection.forget_password(address)
        assert team_connection.remembered_password(address) is None and not keyring.entries


@pytest.mark.postgres
def test_the_address_opens_the_team_database_as_the_member(postgres_server, tmp_path):
    with team_database(postgres_server, tmp_path) as team:
        team.add_member("anna", "Anna de Vries", "professional")
        address = TeamAddress(host="127.0.0.1", port=postgres_server.port, database=team.name,
                              login=team.logins["anna"], media_dir=team.media)
        ctx = open_context(workspace_for(address, PASSWORD))
        try:
            assert (ctx.actor.name, ctx.actor.reviewer_id) == ("Anna de Vries", team.reviewer_ids["anna"])
        finally:
            ctx.store.dispose()
        with pytest.raises(StoreError, match="login of wachtwoord onjuist"):
            open_context(workspace_for(address, "niet-het-wachtwoord"))
        with pytest.raises(StoreError) as none_given:
            open_context(workspace_for(address, None))
        said = team_connection.explained(none_given.value, address)
        assert said.nl.startswith(f"De teamdatabase {describe(address)} vraagt het wachtwoord van uw login")
        assert team_connection.explained(plain := BadInput("x", "x"), address) is plain
        # this server speaks no TLS: "only over a secured connection" is refused, not silently unsecured
        with pytest.raises(StoreError) as plain:
            open_context(workspace_for(TeamAddress(**{**address.__dict__, "tls": "require"}), PASSWORD))
        assert "SSL" in plain.value.nl


def test_a_server_that_does_not_answer_is_given_up_after_the_timeout(tmp_path, monkeypatch):
    """A port that accepts the connection but never speaks (a firewall, a hung server)."""
    monkeypatch.setattr(team_connection, "CONNECT_TIMEOUT_S", 2)
    silent = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(silent.accept()[0]), daemon=True).start()
    address = _address(tmp_path, host="127.0.0.1", port=silent.getsockname()[1])
    started = time.monotonic()
    try:
        with pytest.raises(StoreError, match="kan niet worden gebruikt"):
            open_context(workspace_for(address, "x"))
        assert time.monotonic() - started < 8
    finally:
        for conn in held:
            conn.close()
        silent.close()
