"""The OS keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Locker) as a second place for a
workspace key, through the `keyring` package. One entry per workspace, named by the workspace's random id;
`*_text` keep other secrets under a service of their own (a team login's password, services/team_connection.py).

Where no real backend works (a server, CI, this machine: `keyring`'s fail backend) everything here answers
"not available" instead of raising: the passphrase is then the only way in. `keyring` is imported only when
asked (0.2 s); at start-up that is in the early unlock's thread (early_unlock.py), beside the window's imports.
"""

from __future__ import annotations

import logging

SERVICE = "Kijkwijzer werkmap"
log = logging.getLogger(__name__)


def _backend():
    import keyring
    from keyring.backends import chainer, fail, null

    backend = keyring.get_keyring()
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


def works() -> bool:
    """True when a real keyring backend answers (asked again each time: a keyring can be locked meanwhile)."""
    try:
        backend = _backend()
        if backend is None:
            return False
        backend.get_password(SERVICE, "probe")
    except Exception as error:  # noqa: BLE001 - any backend failure means: not available
        log.info("keyring not usable: %r", error)
        return False
    return True


def load(workspace_id: str) -> bytes | None:
    """The key stored for this workspace, or None (no entry, no keyring, or an unreadable entry)."""
    value = load_text(SERVICE, workspace_id)
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def save(workspace_id: str, key: bytes) -> bool:
    """Store the key; False when the keyring refused (nothing else happens then)."""
    return save_text(SERVICE, workspace_id, key.hex())


def load_text(service: str, name: str) -> str | None:
    """The secret stored as (service, name), or None (no entry, no keyring, or an unreadable one)."""
    try:
        backend = _backend()
        value = backend.get_password(service, name) if backend is not None else None
    except Exception as error:  # noqa: BLE001
        log.info("keyring not readable: %r", error)
        return None
    return value or None


def save_text(service: str, name: str, value: str) -> bool:
    """Store a secret as (service, name); False when the keyring refused or there is none."""
    try:
        backend = _backend()
        if backend is None:
            return False
        backend.set_password(service, name, value)
    except Exception as error:  # noqa: BLE001
        log.info("keyring refused: %r", error)
        return False
    return True


def delete_text(service: str, name: str) -> bool:
    """Remove the secret (service, name); False when there was none or the keyring is not available."""
    try:
        backend = _backend()
        if backend is None:
            return False
        backend.delete_password(service, name)
    except Exception:  # noqa: BLE001 - PasswordDeleteError when there was no entry
        return False
    return True


def delete(workspace_id: str) -> bool:
    """Remove this workspace's entry; False when there was none or the keyring is not available."""
    return delete_text(SERVICE, workspace_id)
