"""kijkwijzer-cli as a user runs it: JSON output, exit 0/2/3, one-line bilingual errors, no tracebacks.

The one test here that starts `python -m kijkwijzer.cli` as a real process checks what only a process shows:
its exit status and stderr for success, a usage error and bad input. Every other command line test runs
`kijkwijzer.cli.main` in-process (tests/support/cli.py): the same parser, commands and exit codes.
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.support.cli import run_cli, run_cli_process


def test_the_real_process_exits_0_2_and_3_with_one_bilingual_line_and_no_traceback():
    listed = run_cli_process("--json", "content", "list")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)["themes"]) == 12 and listed.stderr == ""
    usage = run_cli_process("annotations", "frobnicate")
    assert usage.returncode == 2 and usage.stdout == ""
    assert "Verkeerd gebruik" in usage.stderr and "Usage error" in usage.stderr and "Traceback" not in usage.stderr
    bad = run_cli_process("assessment", "analyse", "--json", stdin='{"stelling.begrijpen.1": 7}')
    assert bad.returncode == 3 and bad.stdout == "" and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and " / " in bad.stderr


def cli(*args: str, stdin: str = "", workspace=None):
    return run_cli(*args, stdin=stdin, workspace=workspace)


def test_content_list_json_has_the_whole_method():
    result = cli("--json", "content", "list")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["themes"]) == 12 and len(data["statements"]) == 12 and len(data["pillars"]) == 3
    assert data["themes"][0]["id"] == "thema.raakmomenten"


def test_usage_error_exits_2_with_a_bilingual_line():
    result = cli("annotations", "frobnicate")
    assert result.returncode == 2
    assert "Verkeerd gebruik" in result.stderr and "Usage error" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def populated_template(tmp_path_factory, test_video):
    """Built once through the CLI itself; each test gets its own copy."""
    ws = tmp_path_factory.mktemp("cli") / "werkmap"
    steps = [
        ("professionals", "add", "Sanne de Vries"),
        ("clients", "add"),
        ("cases", "add", "--professional", "1", "--client", "1", "--title", "Schulden"),
        ("conversations", "add", "--case", "1", "--date", "2026-11-02", "--goal", "Plan maken"),
        ("consent", "grant", "--conversation", "1", "--purpose", "recording", "--purpose", "analysis",
         "--date", "2026-11-02"),
    ]
    for step in steps:
        result = cli(*step, workspace=ws)
        assert result.returncode == 0, result.stderr
    imported = cli("recordings", "import", str(test_video), "--conversation", "1", "--json", workspace=ws)
    assert imported.returncode == 0, imported.stderr
    data = json.loads(imported.stdout)
    assert data["id"] == 1 and 5500 <= data["duration_ms"] <= 6500
    return ws


@pytest.fixture
def populated(populated_template, tmp_path):
    copy = tmp_path / "werkmap"
    shutil.copytree(populated_template, copy)
    return copy


def test_annotations_from_stdin_print_an_id_per_committed_line(populated):
    lines = "\n".join(json.dumps({"recording": 1, "start_ms": 1000 * i, "end_ms": None,
                                  "theme": "thema.raakmomenten", "text": f"moment {i}"}) for i in range(1, 4))
    result = cli("annotations", "add", "--stdin", stdin=lines + "\n", workspace=populated)
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [1, 2, 3]
    listed = json.loads(cli("--json", "annotations", "list", "--recording", "1", workspace=populated).stdout)
    assert [a["observation"] for a in listed] == ["moment 1", "moment 2", "moment 3"]


def test_a_malformed_line_exits_3_and_adds_nothing(populated):
    """A batch is all or nothing (BadInput promises "nothing was changed"): no id printed, no row stored."""
    good = json.dumps({"recording": 1, "start_ms": 10, "theme": "thema.doel", "text": "goed"})
    result = cli("annotations", "add", "--stdin", stdin=f"{good}\n{{niet json\n{good}\n", workspace=populated)
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Regel 2" in result.stderr and "Line 2" in result.stderr
    assert "Traceback" not in result.stderr
    listed = json.loads(cli("--json", "annotations", "list", "--recording", "1", workspace=populated).stdout)
    assert listed == []


@pytest.mark.parametrize("bad", ["unknown_theme", "missing_field", "negative"])
def test_bad_annotation_values_are_refused_with_exit_3(populated, bad):
    line = {"unknown_theme": {"recording": 1, "start_ms": 5, "theme": "thema.onzin"},
            "missing_field": {"recording": 1, "theme": "thema.doel"},
            "negative": {"recording": 1, "start_ms": -5}}[bad]
    result = cli("annotations", "add", "--stdin", stdin=json.dumps(line) + "\n", workspace=populated)
    assert result.returncode == 3 and result.stdout == "" and "Traceback" not in result.stderr
