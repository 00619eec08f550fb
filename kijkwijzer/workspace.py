"""A workspace: one folder with the database and the media vault (or a database URL plus a media folder).

The default workspace lives in the user's data dir; `--workspace DIR` or `--db URL --media DIR` choose another.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

DB_FILE = "kijkwijzer.db"


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
        return cls(db_url=f"sqlite:///{root / DB_FILE}", media_dir=root / "media", root=root)

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
    def backup_dir(self) -> Path:
        return self.root / "backups"

    def ensure(self) -> None:
        for folder in (self.root, self.vault_dir, self.stills_dir, self.cache_dir, self.forms_dir):
            folder.mkdir(parents=True, exist_ok=True)
