"""The address of a team database as a person fills it in (server, database, login, the shared media folder,
how the connection is secured) and the workspace it opens; the window's "Teamdatabase openen…" and the
start with `--db URL` share it. A password is never part of the address: it is given per attempt, or kept in
the system keyring when the person asks for that (never in the settings).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from kijkwijzer.crypto import os_keyring
from kijkwijzer.errors import BadInput, StoreError
from kijkwijzer.workspace import Workspace

TLS_MODES = ("prefer", "require", "verify-full")  # libpq's sslmode: try TLS / only TLS / TLS and the server checked
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 10  # a server that does not answer is said within this, not after minutes
KEYRING_SERVICE = "Kijkwijzer teamdatabase"
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True, kw_only=True)
class TeamAddress:
    host: str
    port: int = DEFAULT_PORT
    database: str
    login: str
    media_dir: Path
    tls: str = "prefer"
    client_cert: Path | None = None
    client_key: Path | None = None
    root_cert: Path | None = None


def describe(address: TeamAddress) -> str:
    """The address as a person reads it in a list of recent ones: login@host/database (the port when not 5432)."""
    port = f":{address.port}" if address.port != DEFAULT_PORT else ""
    return f"{address.login}@{address.host}{port}/{address.database}"


def check(address: TeamAddress) -> TeamAddress:
    """The address with its texts trimmed; BadInput naming the first field that cannot be used."""
    address = replace(address, host=address.host.strip(), database=address.database.strip(),
                      login=address.login.strip())
    for value, nl, en in ((address.host, "de server", "the server"), (address.database, "de database", "the database"),
                          (address.login, "uw login", "your login")):
        if not value:
            raise BadInput(f"Vul {nl} in.", f"Fill in {en}.")
    if not 0 < address.port < 65536:
        raise BadInput(f"Poort {address.port} bestaat niet: kies een getal van 1 tot 65535 (meestal 5432).",
                       f"Port {address.port} does not exist: choose a number from 1 to 65535 (usually 5432).")
    if address.tls not in TLS_MODES:
        raise BadInput(f"Onbekende beveiliging {address.tls!r}.", f"Unknown connection security {address.tls!r}.")
    if (address.client_cert is None) != (address.client_key is None):
        raise BadInput("Kies het certificaat én het sleutelbestand dat erbij hoort, of geen van beide.",
                       "Choose both the certificate and its key file, or neither.")
    for path in (address.client_cert, address.client_key, address.root_cert):
        if path is not None and not Path(path).is_file():
            raise BadInput(f"Het bestand {path} bestaat niet.", f"The file {path} does not exist.")
    if str(address.media_dir).strip() in ("", "."):
        raise BadInput("Kies de gedeelde mediamap van het team.", "Choose the team's shared media folder.")
    if not Path(address.media_dir).is_dir():
        raise BadInput(f"De gedeelde mediamap {address.media_dir} is niet te vinden. Kies de map die de beheerder "
                       "van het team heeft gedeeld (is de netwerkschijf aangesloten?).",
                       f"The shared media folder {address.media_dir} cannot be found. Choose the folder the team's "
                       "administrator shared (is the network drive connected?).")
    return address


def url_of(address: TeamAddress, password: str | None) -> str:
    """The database URL for this address and password (login and password quoted as needed), with the TLS
    settings and a connect timeout as libpq parameters."""
    query = {"sslmode": address.tls, "connect_timeout": str(CONNECT_TIMEOUT_S)}
    for name, path in (("sslcert", address.client_cert), ("sslkey", address.client_key),
                       ("sslrootcert", address.root_cert)):
        if path is not None:
            query[name] = str(Path(path).resolve())
    url = URL.create(DRIVER, username=address.login, password=password or None, host=address.host,
                     port=address.port, database=address.database, query=query)
    return url.render_as_string(hide_password=False)


def workspace_for(address: TeamAddress, password: str | None) -> Workspace:
    """The team workspace at this address: open it with services/open_workspace.open_context, which says in
    one StoreError when the server refuses (wrong password, not a member, unreachable)."""
    address = check(address)
    return Workspace.from_url(url_of(address, password), address.media_dir)


def address_of(workspace: Workspace) -> TeamAddress | None:
    """The address a team workspace was opened with (None for a single-user workspace or a URL that is not
    PostgreSQL): to fill in the dialog when a start with `--db URL` was refused."""
    try:
        url = make_url(workspace.db_url)
    except (ArgumentError, ValueError):
        return None
    if url.get_backend_name() != "postgresql":
        return None
    query = {key: value if isinstance(value, str) else value[0] for key, value in url.query.items()}
    tls = query.get("sslmode", "prefer")

    def path(name: str) -> Path | None:
        return Path(query[name]) if query.get(name) else None

    return TeamAddress(host=url.host or "localhost", port=url.port or DEFAULT_PORT, database=url.database or "",
                       login=url.username or "", media_dir=workspace.media_dir,
                       tls=tls if tls in TLS_MODES else "require" if tls == "verify-ca" else "prefer",
                       client_cert=path("sslcert"), client_key=path("sslkey"), root_cert=path("sslrootcert"))


def password_given(workspace: Workspace) -> bool:
    """True when the workspace's URL carries a password (a start with `--db URL` that names one)."""
    try:
        return bool(make_url(workspace.db_url).password)
    except (ArgumentError, ValueError):
        return False


def explained(error: BaseException, address: TeamAddress) -> BaseException:
    """A refusal as the person can act on it: a server that asked for a password none was given for says so
    (the driver's words for it are "fe_sendauth: no password supplied")."""
    if "no password supplied" in str(error.__cause__ or error):
        return StoreError(f"De teamdatabase {describe(address)} vraagt het wachtwoord van uw login: vul het in en "
                          "kies Openen.",
                          f"The team database {describe(address)} asks for your login's password: fill it in and "
                          "choose Open.")
    return error


# --- the password in the system keyring, only when the person asks for it --------------------------------------
def _entry(address: TeamAddress) -> str:
    return f"{address.login}@{address.host}:{address.port}/{address.database}"


def keyring_works() -> bool:
    """True when a real system keyring answers (never the plain-text fallbacks)."""
    return os_keyring.works()


def remembered_password(address: TeamAddress) -> str | None:
    return os_keyring.load_text(KEYRING_SERVICE, _entry(address))


def remember_password(address: TeamAddress, password: str) -> bool:
    """Keep the password in the system keyring; False when there is none or it refused."""
    return bool(password) and os_keyring.save_text(KEYRING_SERVICE, _entry(address), password)


def forget_password(address: TeamAddress) -> bool:
    return os_keyring.delete_text(KEYRING_SERVICE, _entry(address))
