"""A workspace: one folder with the database and the media vault (or a database URL plus a media folder).

The default workspace lives in the user's data dir; `--workspace DIR` or `--db URL --media DIR` choose another.
Its folders and files are the user's alone (0700/0600 on POSIX), also those an older version left open.
A single-user workspace's database is encrypted; its wrapped key is `kijkwijzer.key` beside it
(crypto/workspace_key.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from kijkwijzer.errors import StoreError
from kijkwijzer.files import DIR_MODE, FILE_MODE, make_private_dir

DB_FILE = "kijkwijzer.db"
# While a plain database is being encrypted (store/encrypt.py): the encrypted copy being made, and a second
# name of the plain file until it is overwritten.
ENCRYPTING_SUFFIX = ".versleutelen"
PLAIN_SUFFIX = ".onversleuteld"


def sqlite_url(database: Path) -> str:
    """The URL of the SQLite file `database`, which SQLAlchemy reads back as that very path: it reads `%XX` in a
    path as an escaped character and `?` as the start of options, so a folder named `100% zorg` or `Wat nu?`
    would name another file."""
    return "sqlite:///" + str(database).replace("%", "%25").replace("?", "%3F")


def default_root() -> Path:
    env = os.environ.get("KIJKWIJZER_WORKSPACE")
    if env:
        return Path(env)
    return Path(user_data_dir("Kijkwijzer", appauthor=False)) / "werkmap"


@dataclass(frozen=True)
class Workspace:
    db_url: str
    media_dir: Path
    root: Path

    @classmethod
    def at(cls, root: Path | str) -> Workspace:
        root = Path(root).resolve()
        return cls(db_url=sqlite_url(root / DB_FILE), media_dir=root / "media", root=root)

    @classmethod
    def from_url(cls, db_url: str, media_dir: Path | str) -> Workspace:
        media_dir = Path(media_dir).resolve()
        return cls(db_url=db_url, media_dir=media_dir, root=media_dir.parent)

    @classmethod
    def choose(cls, workspace: str | None, db_url: str | None, media: str | None) -> Workspace:
        if db_url:
            return cls.from_url(db_url, media or (Path(workspace or default_root()) / "media"))
        return cls.at(workspace or default_root())

    @property
    def vault_dir(self) -> Path:
        return self.media_dir / "vault"

    @property
    def stills_dir(self) -> Path:
        return self.media_dir / "stills"

    @property
    def cache_dir(self) -> Path:
        return self.media_dir / "cache"

    @property
    def forms_dir(self) -> Path:
        return self.media_dir / "forms"

    @property
    def clips_dir(self) -> Path:
        """Fragments shared with a learning group, each cut into its own sealed clip (services/lab.py)."""
        return self.media_dir / "clips"

    @property
    def backup_dir(self) -> Path:
        return self.root / "backups"

    @property
    def db_file(self) -> Path | None:
        """The SQLite database file (None for a database server)."""
        if not self.db_url.startswith("sqlite"):
            return None
        own = self.root / DB_FILE
        if self.db_url == sqlite_url(own):
            return own.resolve()  # a folder's own database (`at`), read as the parser reads it: without its ~0.35 s
        from sqlalchemy.engine import make_url  # import, which would otherwise precede the start's unlock

        database = make_url(self.db_url).database
        return Path(database).resolve() if database and database != ":memory:" else None

    @property
    def key_file(self) -> Path | None:
        """`kijkwijzer.key` beside the SQLite database (None for a database server)."""
        db = self.db_file
        return db.with_name(f"{db.stem}.key") if db is not None else None

    def own_files(self) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
        """(files, folders) that belong to the workspace itself: nothing may be written over or into them."""
        db = self.db_file
        suffixes = ("-wal", "-shm", "-journal", ENCRYPTING_SUFFIX, PLAIN_SUFFIX)
        files = (db, *(db.with_name(db.name + s) for s in suffixes), self.key_file) if db else ()
        return tuple(f for f in files if f is not None), (self.media_dir.resolve(), self.backup_dir.resolve())

    def ensure(self) -> None:
        """Create the folders, private to the user; StoreError when the place cannot hold a workspace."""
        if self.root.exists() and not self.root.is_dir():
            raise StoreError(f"{self.root} is een bestand, geen werkmap.", f"{self.root} is a file, not a workspace folder.")
        try:
            for folder in (self.root, self.media_dir, self.vault_dir, self.stills_dir, self.cache_dir,
                           self.forms_dir, self.clips_dir):
                make_private_dir(folder)
            if self.db_file is not None:
                self._make_private()
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise StoreError(f"De werkmap {self.root} kan niet worden gebruikt: {reason}",
                             f"The workspace {self.root} cannot be used: {reason}") from error

    def _make_private(self) -> None:
        """A single-user workspace made by an older version had 0755/0644: close it to other accounts."""
        if os.name != "posix":
            return
        folders = [self.media_dir, self.backup_dir]
        files = [p for p in self.own_files()[0] if p.is_file()]
        for path, mode in [*((f, DIR_MODE) for f in folders if f.is_dir()), *((f, FILE_MODE) for f in files)]:
            status = path.stat()
            if status.st_mode & 0o077 and status.st_uid == os.getuid():
                path.chmod(mode)
