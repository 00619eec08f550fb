"""What a failing database means for the user. Every error of opening or using the store becomes one
StoreError (DiskFull for a full disk) with a Dutch and an English line instead of a driver traceback, and an
existing SQLite file is looked at read-only first, so a damaged or foreign file is refused unchanged.
An encrypted (SQLCipher) file has no readable header: it is looked at through its key, and "file is not a
database" then means a wrong key or a damaged file.
"""

from __future__ import annotations

import errno
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from kijkwijzer.errors import BadInput, DiskFull, KijkwijzerError, NotAllowed, StoreError

from .keyed import open_keyed, wrong_key

SQLITE_MAGIC = b"SQLite format 3\x00"
SUPPORTED = {"sqlite": "pysqlite", "postgresql": "psycopg"}
# A database with tables but without these is someone else's (a file that merely has an alembic_version).
OUR_TABLES = frozenset({"reviewers", "recordings", "consents"})
_DISK_FULL = ("database or disk is full", "no space left on device", "disk quota exceeded", "could not extend file")


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return (text.splitlines() or [type(error).__name__])[0][:300]


def _damaged(name: str) -> StoreError:
    return StoreError(
        f"De database {name} is beschadigd of geen Kijkwijzer-database; er is niets gewijzigd. "
        "Zet een reservekopie terug in een nieuwe werkmap.",
        f"The database {name} is damaged or not a Kijkwijzer database; nothing was changed. "
        "Restore a backup into a new workspace.",
    )


def _key_file_beside(name: str) -> Path | None:
    try:
        path = Path(name)
        key = path.with_name(f"{path.stem}.key")
        return key if name and key.is_file() else None
    except (OSError, ValueError):
        return None


def _keyless(path: Path) -> StoreError:
    key = path.with_name(f"{path.stem}.key").name
    return StoreError(
        f"De database {path} is beschadigd, geen Kijkwijzer-database, of versleuteld en haar sleutelbestand "
        f"{key} ontbreekt; er is niets gewijzigd.",
        f"The database {path} is damaged, not a Kijkwijzer database, or encrypted and its key file {key} is "
        "missing; nothing was changed.",
    )


def _not_a_database(name: str) -> StoreError:
    """SQLite's "file is not a database": for an encrypted workspace also a key that does not fit."""
    if _key_file_beside(name) is None:
        return _damaged(name)
    return wrong_key(name)


def user_error(error: BaseException, name: str = "") -> KijkwijzerError | None:
    """The error a user can act on for a database or disk failure; None when it is none of those (a bug or a
    constraint the caller handles itself)."""
    from sqlalchemy import exc

    name = name or "van de werkmap"
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull()
    if isinstance(error, OverflowError) and "sqlite" in str(error).lower():
        return BadInput("Een getal is te groot voor de database.", "A number is too large for the database.")
    if isinstance(error, (exc.ArgumentError, exc.NoSuchModuleError)):
        return unsupported_url()
    if not isinstance(error, exc.DBAPIError):
        return None
    text = str(error.orig).lower()
    sqlstate = str(getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None) or "")
    if any(marker in text for marker in _DISK_FULL) or sqlstate.startswith("53"):
        return DiskFull()
    if sqlstate == "42501":  # insufficient_privilege, also a row-level security policy that refuses a row
        return NotAllowed("De teamdatabase staat dit niet toe voor uw login; er is niets gewijzigd.",
                          "The team database does not allow this for your login; nothing was changed.")
    if sqlstate in ("28P01", "28000") or "password authentication failed" in text or "pg_hba.conf" in text \
            or ("connection" in text and "role" in text and "does not exist" in text):
        return StoreError(f"Aanmelden bij de teamdatabase {name} is mislukt: login of wachtwoord onjuist, of geen "
                          "toegang vanaf deze computer.",
                          f"Signing in to the team database {name} failed: wrong login or password, or no access "
                          "from this computer.")
    if isinstance(error, (exc.IntegrityError, exc.DataError, exc.ProgrammingError)):
        return None
    line = _first_line(error)
    if "file is not a database" in text:
        return _not_a_database(name)
    if "malformed" in text:
        return _damaged(name)
    if "database is locked" in text or "database is busy" in text:
        return StoreError(f"De database {name} is bezet door een ander programma; probeer het zo opnieuw.",
                          f"The database {name} is busy in another program; try again in a moment.")
    if "unable to open database file" in text:
        return StoreError(f"De database {name} kan niet worden geopend (geen toegang, of geen bestand).",
                          f"The database {name} cannot be opened (no access, or not a file).")
    if "disk i/o error" in text:
        return StoreError(f"Schijffout bij de database {name} (schijf vol of defect?); er is niets opgeslagen.",
                          f"Disk error at the database {name} (disk full or failing?); nothing was saved.")
    if "readonly" in text or "read-only" in text:
        return StoreError(f"De database {name} is alleen-lezen.", f"The database {name} is read-only.")
    if isinstance(error, (exc.OperationalError, exc.InterfaceError)) or type(error) is exc.DatabaseError:
        return StoreError(f"De database {name} kan niet worden gebruikt: {line}",
                          f"The database {name} cannot be used: {line}")
    return None


@contextmanager
def translated(name: str = "") -> Iterator[None]:
    """Raise the user's version of a database or disk failure; everything else passes unchanged."""
    try:
        yield
    except KijkwijzerError:
        raise
    except Exception as error:
        mapped = user_error(error, name)
        if mapped is None:
            raise
        raise mapped from error


def unsupported_url(scheme: str = "") -> StoreError:
    shown = f" ({scheme}://)" if scheme else ""
    return StoreError(
        f"Deze database-URL wordt niet ondersteund{shown}: gebruik sqlite:///PAD of postgresql://GEBRUIKER@HOST/DB.",
        f"This database URL is not supported{shown}: use sqlite:///PATH or postgresql://USER@HOST/DB.",
    )


def check_url(url: str) -> str:
    """The URL with the driver this program ships (psycopg 3 for PostgreSQL); StoreError for anything else."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError, TypeError) as error:
        raise unsupported_url() from error
    backend, driver = parsed.get_backend_name(), parsed.get_driver_name()
    if backend == "postgresql" and "+" not in parsed.drivername:
        parsed, driver = parsed.set(drivername="postgresql+psycopg"), "psycopg"
    if SUPPORTED.get(backend) != driver:
        raise unsupported_url(parsed.drivername)
    if backend == "sqlite" and not parsed.database:
        raise unsupported_url("sqlite")
    return parsed.render_as_string(hide_password=False)


def _header_problem(path: Path, size: int) -> bool:
    """True when the file is not an SQLite database, or is shorter than its own header says (cut off)."""
    with path.open("rb") as handle:
        head = handle.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return True
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return True
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False  # the log may still complete the file; SQLite itself judges that
    pages = int.from_bytes(head[28:32], "big")
    header_valid = head[24:28] == head[92:96] and pages > 0
    return size % page_size != 0 or (header_valid and pages * page_size > size)


def _tables(path: Path, key: bytes | None) -> tuple[set[str], list[tuple]]:
    """Table names and the alembic_version rows, read without writing (immutable when the disk is full)."""
    from sqlcipher3 import dbapi2

    last: dbapi2.Error | None = None
    for options in ("mode=ro", "immutable=1"):
        try:
            conn = dbapi2.connect(f"file:{quote(str(path))}?{options}", uri=True)
        except dbapi2.Error as error:
            last = error
            continue
        try:
            open_keyed(conn, key, str(path))
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            versions = conn.execute("SELECT * FROM alembic_version").fetchall() if "alembic_version" in names else []
            return names, versions
        except dbapi2.DatabaseError as error:
            last = error
            if "not a database" in str(error) or "malformed" in str(error):
                break
        finally:
            conn.close()
    assert last is not None
    raise last


def check_sqlite_file(path: Path) -> None:
    """Refuse, before any connection writes to it, a database file that is a folder or no regular file,
    damaged or cut off, someone else's database, or ours with an empty alembic_version."""
    path = Path(path)
    try:
        status = path.stat()
    except FileNotFoundError:
        return  # a new workspace
    except OSError as error:
        raise StoreError(f"De database {path} kan niet worden gelezen: {error.strerror}",
                         f"The database {path} cannot be read: {error.strerror}") from error
    if stat.S_ISDIR(status.st_mode):
        raise StoreError(f"{path} is een map, geen database; er is niets gewijzigd.",
                         f"{path} is a folder, not a database; nothing was changed.")
    if not stat.S_ISREG(status.st_mode):
        raise StoreError(f"{path} is geen gewoon bestand; er is niets gewijzigd.",
                         f"{path} is not a regular file; nothing was changed.")
    if status.st_size == 0:
        return  # SQLite takes an empty file as a new database
    from sqlcipher3 import dbapi2

    from kijkwijzer.crypto.workspace_key import is_plain_database, key_for_database, key_path

    key = None
    try:
        if not is_plain_database(path):
            if not key_path(path).is_file():
                raise _keyless(path)
            key = key_for_database(path)  # Locked when nobody gave the passphrase yet
        elif _header_problem(path, status.st_size):
            raise _damaged(str(path))
        names, versions = _tables(path, key)
    except dbapi2.Error as error:
        if "locked" in str(error) or "busy" in str(error):
            return  # another program holds it: opening for real says so (StoreError "busy")
        if isinstance(error, dbapi2.OperationalError) and "unable to open" in str(error):
            raise StoreError(f"De database {path} kan niet worden geopend (geen toegang?).",
                             f"The database {path} cannot be opened (no access?).") from error
        raise (_not_a_database(str(path)) if key is not None else _damaged(str(path))) from error
    except OSError as error:
        raise StoreError(f"De database {path} kan niet worden gelezen: {error.strerror}",
                         f"The database {path} cannot be read: {error.strerror}") from error
    refuse_foreign(names, versions, str(path))


def refuse_foreign(names: set[str], versions: list[tuple], name: str) -> None:
    """Someone else's database (tables, but not ours) or ours without a schema version is left alone."""
    if not names:
        return
    if "alembic_version" not in names or not (names & OUR_TABLES):
        shown = ", ".join(sorted(names)[:5]) + (", ..." if len(names) > 5 else "")
        raise StoreError(
            f"{name} is geen Kijkwijzer-database (tabellen: {shown}); er is niets gewijzigd. Kies een andere werkmap.",
            f"{name} is not a Kijkwijzer database (tables: {shown}); nothing was changed. Choose another workspace.",
        )
    if not versions or versions[0][0] is None:
        raise StoreError(
            f"De database {name} heeft een lege schemaversie (tabel alembic_version); er is niets gewijzigd. "
            "Zet een reservekopie terug in een nieuwe werkmap.",
            f"The database {name} has an empty schema version (table alembic_version); nothing was changed. "
            "Restore a backup into a new workspace.",
        )
