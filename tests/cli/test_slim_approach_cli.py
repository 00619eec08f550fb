"""`slim add|update --approach-of` as a user runs them, in text and as JSON."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import run_cli


def ok(*args: str, workspace):
    result = run_cli(*args, workspace=workspace)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if "--json" in args else result.stdout


@pytest.fixture
def workspace_with_case(tmp_path):
    from tests.support.workspaces import new_encrypted_workspace

    ws = new_encrypted_workspace(tmp_path / "werkmap").root
    for step in (("professionals", "add", "Sanne de Vries"), ("clients", "add"),
                 ("cases", "add", "--professional", "1", "--client", "1", "--title", "Schulden"),
                 ("conversations", "add", "--case", "1", "--date", "2026-11-02"),
                 ("consent", "grant", "--conversation", "1", "--purpose", "analysis", "--date", "2026-11-02")):
        ok(*step, workspace=ws)
    return ws


def test_slim_add_and_update_set_whose_approach_is_judged(workspace_with_case):
    ws = workspace_with_case
    made = ok("slim", "add", "--conversation", "1", "--zelfbeeld", "wil_en_kan", "--rol", "pedagogisch",
              "--logica", "leren", "--approach-of", "andere_professionals", "--json", workspace=ws)
    assert made["approach_of"] == "andere_professionals" and made["suggested_verdict"] == "slim.oordeel.mismatch"
    text = ok("slim", "list", "--conversation", "1", workspace=ws)
    assert "benadering van: de andere betrokken professionals" in text and "voorgesteld: mismatch" in text
    changed = ok("slim", "update", str(made["id"]), "--approach-of", "organisatie", "--json", workspace=ws)
    assert changed["approach_of"] == "organisatie" and changed["rol"] == ["slim.rol.pedagogisch"]
    mixed = ok("slim", "add", "--conversation", "1", "--zelfbeeld", "wil_en_kan", "--zelfbeeld", "wil_maar_kan_niet",
               "--rol", "pedagogisch", "--logica", "leren", "--json", workspace=ws)
    assert mixed["approach_of"] == "professional"  # the default
    assert mixed["zelfbeeld"] == ["slim.zelfbeeld.wil_en_kan", "slim.zelfbeeld.wil_maar_kan_niet"]
    assert mixed["suggested_verdict"] == "slim.oordeel.gedeeltelijke_mismatch"  # case 1 of 004 (293-306)


def test_an_unknown_approach_is_a_usage_error(workspace_with_case):
    result = run_cli("slim", "add", "--conversation", "1", "--zelfbeeld", "wil_en_kan", "--approach-of", "gemeente",
                     workspace=workspace_with_case)
    assert result.returncode != 0 and "approach-of" in result.stderr
