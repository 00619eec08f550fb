"""New test workspaces without the schema migrations run for each one.

Opening a new workspace runs every Alembic step on an empty database (~0.3 s, the biggest cost of a fixture).
Here that is done once per test process, per kind (encrypted with the shared test key of workspace_keys.py,
or plain as before encryption), into a template file; each new workspace gets a byte copy of it. The copy is
the file the migrations make (SQLCipher-encrypted with the same key, WAL mode recorded in its header), opened
later through the product's own `open_context` (which finds it at the schema head and goes on: clean-up of
leftovers, the disk reserve). Tests about creating, migrating or upgrading a database do not use this: they
call `open_context` on an empty folder themselves (tests/store, tests/privacy/test_workspace_key*.py).

PostgreSQL: `postgres_template` migrates one database per server; `create_database(..., template=...)` gives each
test a copy made by the server itself (CREATE DATABASE ... TEMPLATE).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from pathlib import Path

from kijkwijzer.files import FILE_MODE, make_private_dir
from kijkwijzer.workspace import Workspace
from tests.support.workspace_keys import encrypted_workspace

_templates: dict[bool, Path] = {}
_lock = threading.Lock()


def _migrated_template(encrypted: bool) -> Path:
    """The process's migrated, empty database of this kind (made on first use, removed at exit)."""
    from kijkwijzer.services.open_workspace import open_context

    with _lock:
        if encrypted not in _templates:
            folder = Path(tempfile.mkdtemp(prefix="kw-testschema-"))
            atexit.register(shutil.rmtree, folder, True)
            root = folder / "sjabloon"
            workspace = encrypted_workspace(root) if encrypted else Workspace.at(root)
            ctx = open_context(workspace)
            ctx.store.checkpoint()
            ctx.store.dispose()
            assert workspace.db_file is not None
            leftovers = [p.name for p in root.iterdir() if p.name.startswith(workspace.db_file.name + "-")]
            assert not leftovers, f"the template database is not closed: {leftovers}"
            _templates[encrypted] = workspace.db_file
        return _templates[encrypted]


def _with_database(workspace: Workspace, encrypted: bool) -> Workspace:
    assert workspace.db_file is not None
    make_private_dir(workspace.root)
    shutil.copyfile(_migrated_template(encrypted), workspace.db_file)
    workspace.db_file.chmod(FILE_MODE)
    return workspace


def new_encrypted_workspace(root: Path) -> Workspace:
    """An empty, encrypted workspace at `root` (TEST_PASSPHRASE), its database already at the schema head."""
    return _with_database(encrypted_workspace(root), encrypted=True)


def new_plain_workspace(root: Path) -> Workspace:
    """An empty workspace at `root` without a key file, as versions before encryption made them, its database
    already at the schema head."""
    return _with_database(Workspace.at(root), encrypted=False)


def open_new(root: Path, *, encrypted: bool = True):
    """A context on a new empty workspace at `root` (see new_encrypted_workspace / new_plain_workspace)."""
    from kijkwijzer.services.open_workspace import open_context

    return open_context(new_encrypted_workspace(root) if encrypted else new_plain_workspace(root))


def postgres_template(server) -> str:
    """The name of a migrated, empty database on `server` to copy per test (made once per server)."""
    from kijkwijzer.services.open_workspace import open_context

    name = getattr(server, "template_name", None)
    if name is None:
        name = "kw_sjabloon"
        url = server.create_database(name)
        ctx = open_context(Workspace.from_url(url, Path(tempfile.mkdtemp(prefix="kw-pg-sjabloon-")) / "media"))
        ctx.store.dispose()
        server.template_name = name
    return name
