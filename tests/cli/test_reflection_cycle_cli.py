"""The reflection cycle of 004 through the command line (issue 14 part 4): a reflection over two conversations
(--covers), a follow-on (--follows), a leerpunt on its own, the client's words without a score, the interview's
own date (--interviewed-on) and a remark about an unrecorded conversation; JSON output throughout."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import CliResult, run_cli


@pytest.fixture
def cli(sqlite_workspace):
    def run(*args: object, expect: int = 0) -> CliResult:
        done = run_cli(*args, workspace=sqlite_workspace.root)
        assert done.returncode == expect, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done

    run.json = lambda *args: json.loads(run("--json", *args).stdout)
    return run


def test_the_reflection_cycle_of_case_two_through_the_cli(cli, test_video):
    js = cli.json
    pro, _ = js("professionals", "add", "Sanne de Vries")
    client = js("clients", "add")
    case = js("cases", "add", "--professional", pro["id"], "--client", client["id"], "--title", "Ervaringsdeskundige")
    convs, frags = [], []
    for day in ("2026-11-02", "2026-11-23"):
        conv = js("conversations", "add", "--case", case["id"], "--date", day)
        js("consent", "grant", "--conversation", conv["id"], "--purpose", "recording", "--purpose", "analysis",
           "--purpose", "client_interview", "--date", day)
        rec = js("recordings", "import", test_video, "--conversation", conv["id"])
        frags.append(js("fragments", "add", "--recording", rec["id"], "--start", "00:00:01", "--end", "00:00:02"))
        convs.append(conv)
    conv1, conv2 = convs

    first = js("reflection", "start", "--conversation", conv2["id"], "--date", "2026-11-30",
               "--covers", conv1["id"], "--fragment", frags[0]["id"])
    assert first["covers"] == [conv1["id"]] and [i["fragment"]["id"] for i in first["items"]] == [frags[0]["id"]]
    shown = cli("reflection", "show", "--reflection", first["id"]).stdout
    assert shown.splitlines()[0] == (f"Reflectiegesprek {first['id']} over gesprekken {conv1['id']}, {conv2['id']} "
                                     "op 2026-11-30")
    candidates = js("reflection", "agenda", "--reflection", first["id"], "--candidates")
    assert [f["id"] for f in candidates] == [frags[1]["id"]]
    added = js("reflection", "agenda", "--reflection", first["id"], "--add", frags[1]["id"])
    assert [i["conversation_sequence"] for i in added["items"]] == [1, 2]
    assert [r["id"] for r in js("reflection", "list", "--conversation", conv1["id"])] == [first["id"]]
    refused = cli("reflection", "coverage", "--reflection", first["id"], "--covers", "", expect=3)
    assert "agenda" in refused.stderr

    point = js("reflection", "point", "--reflection", first["id"], "--text", "Open vraag en dan stil zijn")
    lesson = js("reflection", "leerpunt", "--reflection", first["id"], "--text", "Ik vul mijn vragen zelf in",
                "--theme", "thema.beurten")
    assert (lesson["kind"], lesson["status"], lesson["theme_id"]) == ("leerpunt", "closed", "thema.beurten")
    assert [p["id"] for p in js("reflection", "points", "--case", case["id"], "--kind", "leerpunt")] == [lesson["id"]]
    assert "[leerpunt]" in cli("reflection", "points", "--case", case["id"]).stdout
    conv3 = js("conversations", "add", "--case", case["id"], "--date", "2026-12-14")
    assert [e["point"]["id"] for e in js("reflection", "checklist", "--conversation", conv3["id"])] == [point["id"]]
    cli("reflection", "followup", "--point", lesson["id"], "--conversation", conv3["id"], "--tried", "ja", expect=3)

    second = js("reflection", "start", "--conversation", conv2["id"], "--date", "2027-01-04", "--follows", first["id"])
    assert (second["follows_id"], second["follows_held_on"]) == (first["id"], "2026-11-30")
    assert "vervolg op reflectie" in cli("reflection", "show", "--reflection", second["id"]).stdout
    assert js("reflection", "follows", "--reflection", second["id"], "--follows", "none")["follows_id"] is None

    words = js("feedback", "score", "--conversation", conv1["id"], "--question", "werkrelatie",
               "--words", "Ze luistert niet")
    assert (words["score"], words["words"]) == (None, "Ze luistert niet")
    cli("feedback", "score", "--conversation", conv1["id"], "--question", "doel", expect=3)  # neither
    assert "  -  Ze luistert niet" in cli("feedback", "scores", "--conversation", conv1["id"]).stdout

    dated = js("conversations", "update", "--conversation", conv1["id"], "--interviewed-on", "2026-11-25")
    assert dated["interviewed_on"] == "2026-11-25"
    assert "(interview 2026-11-25)" in cli("conversations", "list", "--case", case["id"]).stdout
    assert js("conversations", "update", "--conversation", conv1["id"], "--interviewed-on", "none")[
        "interviewed_on"] is None

    note = js("cases", "events", "add", "--case", case["id"], "--date", "2026-11-12", "--kind", "note",
              "--text", "Tussendoor een gesprek gevoerd dat niet is opgenomen")
    assert (note["kind"], note["occurred_on"]) == ("note", "2026-11-12")
