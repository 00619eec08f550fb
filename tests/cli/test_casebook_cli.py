"""`kijkwijzer-cli demo casebook`: the casebook of 004 into a workspace from the command line, as the window's
Bestand menu does; a second time it is refused with exit 3 and one Dutch/English line."""

from __future__ import annotations

import json
from pathlib import Path

from kijkwijzer.content import casebook as casebook_content
from tests.support.cli import run_cli

EXAMPLE = Path(__file__).resolve().parents[1] / "content" / "casebook_example"


def test_demo_casebook_loads_the_cases_once(tmp_path, monkeypatch) -> None:
    from tests.support.workspaces import open_new

    monkeypatch.setattr(casebook_content, "CASEBOOK_DIR", EXAMPLE)
    ctx = open_new(tmp_path / "werkmap")
    ctx.store.dispose()
    done = run_cli("demo", "casebook", "--json", workspace=ctx.workspace.root)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["cases"], summary["conversations"], summary["fragments"]) == (1, 1, 1)
    listed = run_cli("cases", "list", "--json", workspace=ctx.workspace.root)
    assert "Twaalf jaar in een uitkering" in listed.stdout
    again = run_cli("demo", "casebook", workspace=ctx.workspace.root)
    assert again.returncode == 3 and "al in deze werkmap" in again.stderr and "already in this workspace" in again.stderr
