"""Shared fixtures: a throwaway PostgreSQL server, workspaces on SQLite and PostgreSQL, a populated case.

The plugins below hold the rest: the guards every Qt test runs under (tests/support/ui_guards.py), the
vault's probe remembering a file it already probed (tests/support/probe_memo.py) and the fixtures that belong
to one UI area (tests/ui/<area>/fixtures.py). The UI's shared fixtures (review_workspace,
window, cycle_workspace) are in tests/ui/conftest.py.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from tests.support.postgres import ThrowawayPostgres

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ.get("PYTEST_XDIST_WORKER"):  # pytest -n: each worker its own temporary folder (child processes too),
    import tempfile  # so a privacy test's scan of it never finds the files of a test running beside it

    _own_tmp = Path(tempfile.gettempdir()) / f"kw-{os.environ['PYTEST_XDIST_WORKER']}-{os.getpid()}"
    _own_tmp.mkdir(mode=0o711, exist_ok=True)  # 0711: the throwaway PostgreSQL (user postgres) reaches its folder
    os.environ["TMPDIR"] = tempfile.tempdir = str(_own_tmp)
    import atexit
    import shutil

    atexit.register(shutil.rmtree, _own_tmp, True)
os.environ.setdefault("KIJKWIJZER_PASSPHRASE", "testwachtwoord-kijkwijzer")  # = workspace_keys.TEST_PASSPHRASE
# the content kept between starts (content/kept.py): the tests' own, not the user's cache folder
os.environ.setdefault("KIJKWIJZER_CACHE_DIR", str(Path(__import__("tempfile").gettempdir()) / "kijkwijzer-cache"))
_db_counter = itertools.count()

pytest_plugins = (
    "tests.support.ui_guards",
    "tests.support.probe_memo",
    "tests.ui.autosave.fixtures",
    "tests.ui.exchange.fixtures",
    "tests.ui.intake.fixtures",
    "tests.ui.lab.fixtures",
    "tests.ui.recording_import.fixtures",
    "tests.ui.reflection_cycle.fixtures",
    "tests.ui.team.fixtures",
    "tests.ui.team_members.fixtures",
    "tests.ui.team_open.fixtures",
    "tests.ui.walkthrough.fixtures",
)


@pytest.fixture(scope="session", autouse=True)
def _tmp_path_root_known(tmp_path_factory):
    """Where this process's tmp_path folders live (a pytest -n worker's are outside its temporary folder): the
    privacy tests scan them too (tests/support/temp_roots.py)."""
    os.environ["KW_TEST_BASETEMP"] = str(tmp_path_factory.getbasetemp())


@pytest.fixture(scope="session")
def postgres_server():
    server = ThrowawayPostgres()
    if not server.available:
        pytest.fail("PostgreSQL (initdb/pg_ctl) ontbreekt: draai `make test`, dat installeert het.")
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def workspace(request, tmp_path):
    """A fresh workspace on SQLite (a real, encrypted WAL file, as every new workspace is) and on a throwaway
    PostgreSQL database, each already at the schema head (tests/support/workspaces.py; the migrations are
    tested in tests/store). The PostgreSQL database is dropped afterwards, so the server's data folder (which
    the privacy tests scan byte for byte) holds only the databases of running tests."""
    from kijkwijzer.workspace import Workspace
    from tests.support.workspaces import new_encrypted_workspace, postgres_template

    if request.param == "sqlite":
        yield new_encrypted_workspace(tmp_path / "werkmap")
        return
    server = request.getfixturevalue("postgres_server")
    name = f"kw_test_{os.getpid()}_{next(_db_counter)}"
    url = server.create_database(name, template=postgres_template(server))
    yield Workspace.from_url(url, tmp_path / "media")
    server.drop_database(name)


@pytest.fixture
def sqlite_workspace(tmp_path):
    from tests.support.workspace_keys import encrypted_workspace

    return encrypted_workspace(tmp_path / "werkmap")


@pytest.fixture
def plain_workspace(tmp_path):
    """A workspace without a key file: its database is created plain, as by versions before encryption."""
    from kijkwijzer.workspace import Workspace

    return Workspace.at(tmp_path / "werkmap")


@pytest.fixture
def ctx(workspace):
    from kijkwijzer.services.open_workspace import open_context

    context = open_context(workspace)
    yield context
    context.store.dispose()


@pytest.fixture(scope="session")
def test_video(tmp_path_factory) -> Path:
    from kijkwijzer.media.synth import make_test_video

    return make_test_video(tmp_path_factory.mktemp("media") / "gesprek.mp4", seconds=6)


@pytest.fixture
def case_setup(ctx):
    """A professional, a coach ("Coach Ahmed"), a pseudonymised client ("Echte Naam"), a case and a conversation
    with consent to record and analyse (the coach named): tests/support/cases.py's build_case, as a dict whose
    "ctx" acts as the professional."""
    from tests.support.cases import build_case

    return build_case(ctx, client_real_name="Echte Naam").as_dict()
