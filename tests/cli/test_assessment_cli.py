"""`assessment`, `slim` and `plan` as a user runs them: answers on stdin, --json after the subcommand.

Every command runs `kijkwijzer.cli.main` in-process (tests/support/cli.py: same parser, same exit codes, real
workspace on disk); the real process's exit status and stderr for bad answers are tests/cli/test_cli_basics.py's.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from kijkwijzer.cli import main
from tests.support.cli import CliResult, run_cli


def cli(*args: str, stdin: str = "", workspace: Path | None = None) -> CliResult:
    return run_cli(*args, stdin=stdin, workspace=workspace)


def ok(*args: str, stdin: str = "", workspace: Path | None = None):
    result = cli(*args, stdin=stdin, workspace=workspace)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if "--json" in args else result.stdout


@pytest.fixture
def run(capsys, monkeypatch):
    """In-process CLI: returns (returncode, stdout, stderr) like a finished process."""

    def invoke(*args: str, stdin: str = "", workspace: Path | None = None) -> SimpleNamespace:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        prefix = ["--workspace", str(workspace)] if workspace else []
        code = main([*prefix, *args])
        out, err = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out, stderr=err)

    return invoke


@pytest.fixture
def ok_in(run):
    def invoke(*args: str, stdin: str = "", workspace: Path | None = None):
        result = run(*args, stdin=stdin, workspace=workspace)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout) if "--json" in args else result.stdout

    return invoke


def answers(default: int = 4, **overrides: int) -> str:
    ids = [f"stelling.{p}.{n}" for p in ("begrijpen", "willen", "kunnen") for n in range(1, 5)]
    values = {i: default for i in ids}
    values.update({f"stelling.{k.replace('_', '.')}": v for k, v in overrides.items()})
    return json.dumps(values)


def test_analyse_prints_per_pillar_room_and_the_recommendations_and_tips_without_a_workspace():
    data = ok("assessment", "analyse", "--json", stdin=answers(5, willen_2=2, kunnen_4=1))
    rooms = {p["pillar_id"]: p["room_for_improvement"] for p in data["pillars"]}
    assert rooms == {"pijler.begrijpen": False, "pijler.willen": True, "pijler.kunnen": True}
    willen = data["pillars"][1]
    assert [r["id"] for r in willen["recommendations"]] == [f"aanbeveling.willen.{n}" for n in range(1, 6)]
    assert [t["id"] for t in willen["tips"]] == ["tip.willen.1", "tip.willen.2"]
    assert willen["disagreed"] == ["stelling.willen.2"] and not data["invite_choice"]
    assert data["pillars"][0]["recommendations"] == []


def test_analyse_all_agree_invites_choosing_a_pillar_and_text_output_is_readable():
    data = ok("assessment", "analyse", "--json", stdin=answers(4, begrijpen_2=3))
    assert data["invite_choice"] and data["pillars_with_room"] == []
    text = ok("assessment", "analyse", stdin=answers(4, begrijpen_2=3))
    assert "bedenk dan aan welke pijler je nog zou willen werken" in text


@pytest.mark.parametrize("stdin", ['{"stelling.begrijpen.1": 7}', '{"stelling.onbekend": 3}', "niet json", "[1, 2]"])
def test_bad_answers_exit_3_with_one_bilingual_line(stdin):
    result = cli("assessment", "analyse", "--json", stdin=stdin)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and " / " in result.stderr


@pytest.fixture
def workspace_with_case(tmp_path, ok_in):
    """The case made through the command line, in a new encrypted workspace (tests/support/workspaces.py)."""
    from tests.support.workspaces import new_encrypted_workspace

    ws = new_encrypted_workspace(tmp_path / "werkmap").root
    for step in (("professionals", "add", "Sanne de Vries"), ("reviewers", "add", "Coach Ahmed", "--role", "coach"),
                 ("clients", "add"), ("cases", "add", "--professional", "1", "--client", "1", "--title", "Schulden"),
                 ("conversations", "add", "--case", "1", "--date", "2026-11-02"),
                 ("consent", "grant", "--conversation", "1", "--purpose", "analysis", "--date", "2026-11-02",
                  "--reviewer", "2")):
        ok_in(*step, workspace=ws)
    return ws


def test_take_twice_and_compare_statement_by_statement(workspace_with_case, ok_in, run):
    ws = workspace_with_case
    first = ok_in("assessment", "take", "--date", "2026-11-01", "--json", stdin=answers(4, begrijpen_3=1), workspace=ws)
    second = ok_in("assessment", "take", "--date", "2027-03-01", "--json", stdin=answers(4), workspace=ws)
    assert first["step3"]["pillars_with_room"] == ["pijler.begrijpen"] and second["step3"]["invite_choice"]
    listed = ok_in("assessment", "list", "--json", workspace=ws)
    assert [a["taken_on"] for a in listed] == ["2026-11-01", "2027-03-01"]
    compared = ok_in("assessment", "compare", str(first["id"]), str(second["id"]), "--json", workspace=ws)
    row = next(s for s in compared["statements"] if s["statement_id"] == "stelling.begrijpen.3")
    assert (row["before"], row["after"], row["change"]) == (1, 4, "meer_eens")
    refused = run("--as", "2", "assessment", "show", str(first["id"]), workspace=ws)
    assert refused.returncode == 3 and "alleen voor" in refused.stderr


def test_slim_add_suggests_the_verdict_and_the_reviewer_overrides_with_a_note(workspace_with_case, ok_in, run):
    ws = workspace_with_case
    mine = ok_in("slim", "add", "--conversation", "1", "--zelfbeeld", "wil_maar_kan_niet", "--rol", "faciliteren",
              "--logica", "kansen_bieden", "--dim", "micro_meso_macro=micro", "--json", workspace=ws)
    assert mine["suggested_verdict"] == "slim.oordeel.mismatch" and mine["verdict"] is None
    assert "Pedagogisch (leraar)" in mine["reasoning_nl"]
    refused = run("slim", "confirm", str(mine["id"]), "--verdict", "match", workspace=ws)
    assert refused.returncode == 3 and "Licht toe" in refused.stderr
    confirmed = ok_in("slim", "confirm", str(mine["id"]), "--verdict", "gedeeltelijke_mismatch",
                   "--note", "Ze wil wel, en kan meer dan ze denkt", "--json", workspace=ws)
    assert confirmed["verdict"] == "slim.oordeel.gedeeltelijke_mismatch"
    ok_in("--as", "2", "slim", "add", "--conversation", "1", "--zelfbeeld", "wil_maar_kan_niet", "--rol", "pedagogisch",
       "--logica", "leren", "--start-ms", "0", "--end-ms", "90000", workspace=ws)
    both = ok_in("slim", "list", "--conversation", "1", "--json", workspace=ws)
    assert [(v["reviewer_name"], v["suggested_verdict"]) for v in both] == [
        ("Sanne de Vries", "slim.oordeel.mismatch"), ("Coach Ahmed", "slim.oordeel.match")]


def test_plan_with_actions_due_and_done(workspace_with_case, ok_in, run):
    ws = workspace_with_case
    made = ok_in("plan", "add", "--room", "Eerder vragen naar lezen en schrijven", "--pillar", "pijler.begrijpen",
              "--needed", "Collega, B1-check", "--timeline", "Voor de zomer", "--json", workspace=ws)
    action = ok_in("plan", "action", "add", "--plan", str(made["id"]), "--text", "Vraag ernaar in het eerste gesprek",
                "--due", "2027-01-15", "--json", workspace=ws)
    assert [a["id"] for a in ok_in("plan", "due", "--date", "2027-01-20", "--json", workspace=ws)] == [action["id"]]
    assert ok_in("plan", "due", "--date", "2027-01-01", "--json", workspace=ws) == []
    done = ok_in("plan", "action", "done", str(action["id"]), "--date", "2027-01-14", "--json", workspace=ws)
    assert done["status"] == "gedaan" and done["done_on"] == "2027-01-14"
    assert ok_in("plan", "due", "--date", "2027-01-20", "--json", workspace=ws) == []
    missing = run("plan", "action", "link", str(action["id"]), "fragment:99", workspace=ws)
    assert missing.returncode == 3
    listed = ok_in("plan", "list", "--json", workspace=ws)
    assert listed[0]["actions"][0]["status"] == "gedaan" and listed[0]["needed"] == "Collega, B1-check"
