"""The team databases opened before on this computer, newest first, kept in QSettings for the next time the
dialog opens. Only the address is kept (server, database, login, media folder, security): never a password."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings

from kijkwijzer.services.team_connection import TLS_MODES, TeamAddress, describe

GROUP = "team_databases"
KEEP = 5
_PATHS = ("client_cert", "client_key", "root_cert")


def _read(settings: QSettings) -> TeamAddress | None:
    def text(name: str) -> str:
        value = settings.value(name, "")
        return str(value) if value is not None else ""

    try:
        port = int(text("port") or 5432)
    except ValueError:
        return None
    host, database, login, media = text("host"), text("database"), text("login"), text("media_dir")
    if not (host and database and login and media):
        return None
    tls = text("tls") if text("tls") in TLS_MODES else "prefer"
    address = TeamAddress(host=host, port=port, database=database, login=login, media_dir=Path(media), tls=tls)
    return replace(address, **{name: Path(text(name)) for name in _PATHS if text(name)})


def load(settings: QSettings | None = None) -> list[TeamAddress]:
    settings = settings or QSettings()
    found = []
    count = settings.beginReadArray(GROUP)
    for index in range(count):
        settings.setArrayIndex(index)
        address = _read(settings)
        if address is not None:
            found.append(address)
    settings.endArray()
    return found


def remember(address: TeamAddress, settings: QSettings | None = None) -> None:
    """Put `address` first (an older entry for the same login and database gives way)."""
    settings = settings or QSettings()
    kept = [address, *(a for a in load(settings) if describe(a) != describe(address))][:KEEP]
    settings.remove(GROUP)
    settings.beginWriteArray(GROUP, len(kept))
    for index, entry in enumerate(kept):
        settings.setArrayIndex(index)
        for name in ("host", "port", "database", "login", "media_dir", "tls", *_PATHS):
            value = getattr(entry, name)
            settings.setValue(name, "" if value is None else str(value))
    settings.endArray()
    settings.sync()
