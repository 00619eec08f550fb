"""Encrypted test workspaces without an Argon2 run per test.

The product makes every new single-user workspace encrypted, so the fixtures do too. Creating a key costs one
Argon2id run (~0.2 s); instead, one key file is made per test process (TEST_PASSPHRASE) and copied into every
fixture workspace: they share its workspace id, so the process cache of crypto/workspace_key.py unlocks them
all after that one run, and the database of each is a real SQLCipher file opened through the same path as in
the product. Child processes (CLI, crash tests) unlock them through KIJKWIJZER_PASSPHRASE, which
tests/conftest.py sets to TEST_PASSPHRASE for the whole session.

The key is wrapped with a cheap Argon2id cost (TEST_COST: the same code, one pass over 8 MiB), so each child
process unlocks in milliseconds; the cost a real workspace gets is checked where keys are the subject
(tests/privacy/test_workspace_key.py), on keys made there.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kijkwijzer.crypto import workspace_key
from kijkwijzer.files import FILE_MODE, make_private_dir
from kijkwijzer.workspace import Workspace

TEST_PASSPHRASE = "testwachtwoord-kijkwijzer"
TEST_COST = workspace_key.Argon2Cost(iterations=1, memory_kib=8 * 1024, lanes=1)
_template: Path | None = None
_lock = threading.Lock()


def template_key_file() -> Path:
    """The process's one key file (made on first use, removed at exit)."""
    global _template
    with _lock:
        if _template is None:
            folder = Path(tempfile.mkdtemp(prefix="kw-testsleutel-"))
            atexit.register(shutil.rmtree, folder, True)
            workspace_key.create(Workspace.at(folder / "sjabloon"), TEST_PASSPHRASE, cost=TEST_COST)
            _template = workspace_key.key_path(Workspace.at(folder / "sjabloon"))
        return _template


def encrypted_workspace(root: Path) -> Workspace:
    """A new, empty workspace at `root` whose database will be created encrypted (TEST_PASSPHRASE)."""
    workspace = Workspace.at(root)
    make_private_dir(workspace.root)
    target = workspace_key.key_path(workspace)
    shutil.copyfile(template_key_file(), target)
    target.chmod(FILE_MODE)
    workspace_key.unlock_quietly(workspace)  # from the process cache: no Argon2 after the first
    return workspace


@contextmanager
def as_a_new_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As in a new process: nothing unlocked, no KIJKWIJZER_PASSPHRASE; afterwards a background unlock is waited
    for and the keys unlocked before are put back."""
    saved = dict(workspace_key._CACHE)
    workspace_key.forget_in_process()
    monkeypatch.delenv(workspace_key.PASSPHRASE_ENV, raising=False)
    try:
        yield
    finally:
        workspace_key._settle_background()
        workspace_key._CACHE.update(saved)
