"""An in-memory stand-in for the OS keyring (no GNOME Keyring, KWallet or Keychain runs on a test machine:
`keyring` falls back to its fail backend there). Installed by `installed()` only: it declares
itself not viable, so `keyring` never picks it up by auto-detection for other tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FakeKeyring(KeyringBackend):
    """Entries in a dict, as (service, username) -> password."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("FakeKeyring is installed by tests only")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


@contextmanager
def installed() -> Iterator[FakeKeyring]:
    """A FakeKeyring as `keyring`'s backend for the duration (the one before is put back)."""
    before = keyring.get_keyring()
    fake = FakeKeyring()
    keyring.set_keyring(fake)
    try:
        yield fake
    finally:
        keyring.set_keyring(before)
