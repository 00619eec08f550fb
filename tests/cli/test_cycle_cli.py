"""Walk the whole feedback cycle through the command line, as a client-researcher, a professional and a coach
would: fragments, playlists, client interview, scores, comparison, reflection, follow-up, series. Each command
runs `kijkwijzer.cli.main` in-process (tests/support/cli.py) on a real workspace on disk; the real process's
exit codes and stderr are tests/cli/test_cli_basics.py's."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import CliResult, run_cli

MARKER = "KIJKERS-ONLY-5XK"


@pytest.fixture
def cli(sqlite_workspace):
    """Run one command against a fresh workspace folder. (The services underneath are tested on SQLite and
    PostgreSQL in tests/services; one database keeps this walk of ~45 commands affordable.)"""

    def run(*args: object, actor: int | None = None, expect: int = 0) -> CliResult:
        acting = ("--as", actor) if actor is not None else ()
        done = run_cli(*acting, *args, workspace=sqlite_workspace.root)
        assert done.returncode == expect, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done

    def js(*args: object, actor: int | None = None) -> object:
        return json.loads(run("--json", *args, actor=actor).stdout)

    run.json = js
    return run


def test_the_cycle_through_the_cli(cli, test_video):
    js = cli.json
    pro, _ = js("professionals", "add", "Sanne de Vries")
    coach = js("reviewers", "add", "Joost Bakker", "--role", "coach")
    researcher = js("reviewers", "add", "Lies Jansen", "--role", "client_researcher")
    client = js("clients", "add")
    case = js("cases", "add", "--professional", pro["id"], "--client", client["id"], "--title", "Werk en schulden")
    conv1 = js("conversations", "add", "--case", case["id"], "--date", "2026-11-02", "--goal", "Plan maken")
    js("consent", "grant", "--conversation", conv1["id"], "--purpose", "recording", "--purpose", "analysis",
       "--date", "2026-11-02", "--reviewer", coach["id"], "--reviewer", researcher["id"])
    rec1 = js("recordings", "import", test_video, "--conversation", conv1["id"])
    note = js("annotations", "add", "--recording", rec1["id"], "--start-ms", 1000, "--end-ms", 2500,
              "--theme", "thema.raakmomenten", "--text", MARKER, actor=coach["id"])

    # Fragments and a playlist for the client interview, in the order the researcher wants.
    f1 = js("fragments", "add", "--annotation", note["id"])
    f2 = js("fragments", "add", "--recording", rec1["id"], "--start", "00:00:04", "--end", "00:00:05.500",
            "--title", "Einde")
    assert (f1["start_ms"], f1["end_ms"], f2["start_ms"]) == (1000, 2500, 4000)
    interview_list = js("playlists", "create", "--recording", rec1["id"], "--purpose", "client_interview",
                        "--fragment", f2["id"], "--fragment", f1["id"])
    shown = js("playlists", "reorder", "--playlist", interview_list["id"], "--order", f"{f1['id']},{f2['id']}")
    assert [f["id"] for f in shown["fragments"]] == [f1["id"], f2["id"]]
    assert shown["purpose_label"] == "voor het cliëntinterview"

    # Without consent for the client interview the researcher is refused, with the reason, on one line.
    refused = cli("feedback", "interview", "--playlist", interview_list["id"], actor=researcher["id"], expect=3)
    assert "cliëntinterview" in refused.stderr and "client interview" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    js("consent", "grant", "--conversation", conv1["id"], "--purpose", "client_interview", "--date", "2026-11-05")
    interview = cli("feedback", "interview", "--playlist", interview_list["id"], actor=researcher["id"])
    assert MARKER not in interview.stdout and "Einde" not in interview.stdout
    js("feedback", "react", "--fragment", f1["id"], "--words", "Daar werd ik verdrietig",
       "--feeling", "Ze zag het wel", actor=researcher["id"])
    js("feedback", "react", "--fragment", f2["id"], "--words", "Hier luisterde ze niet", actor=researcher["id"])
    js("feedback", "score", "--conversation", conv1["id"], "--question", "werkrelatie", "--score", 4,
       "--words", "We praten langs elkaar", actor=researcher["id"])
    js("feedback", "score", "--conversation", conv1["id"], "--question", "doel", "--score", 3, actor=researcher["id"])
    cli("feedback", "score", "--conversation", conv1["id"], "--question", "doel", "--score", 12, expect=3)

    # Hypothesis against experience, marked by the coach.
    compared = js("feedback", "compare", "--recording", rec1["id"], actor=coach["id"])
    rows = {r["fragment"]["id"]: r for r in compared["rows"]}
    assert rows[f1["id"]]["annotations"][0]["observation"] == MARKER
    assert rows[f2["id"]]["suggested"] == "client_only"
    js("feedback", "mark", "--fragment", f1["id"], "--mark", "match", actor=coach["id"])
    js("feedback", "mark", "--fragment", f2["id"], "--mark", "client_only", actor=coach["id"])
    assert js("feedback", "compare", "--recording", rec1["id"])["summary"]["match"] == 1

    # The reflection conversation: agenda from a reflection playlist, questions per theme, outcome.
    reflection_list = js("playlists", "create", "--recording", rec1["id"], "--purpose", "reflection",
                         "--fragment", f1["id"], "--fragment", f2["id"], actor=coach["id"])
    refl = js("reflection", "start", "--conversation", conv1["id"], "--date", "2026-11-09",
              "--playlist", reflection_list["id"], actor=coach["id"])
    first = refl["items"][0]
    assert first["themes"] == ["thema.raakmomenten"] and first["questions"][0]["text"]
    assert first["reaction"]["words"] == "Daar werd ik verdrietig"
    js("reflection", "note", "--reflection", refl["id"], "--fragment", f1["id"], "--notes", "Emotie niet benoemd",
       "--tips", "Benoem wat je ziet", actor=coach["id"])
    point = js("reflection", "point", "--reflection", refl["id"], "--text", "Doorvragen naar gevoel",
               "--theme", "thema.beleving", "--fragment", f1["id"], actor=coach["id"])
    assert point["status"] == "open" and point["fragment_ids"] == [f1["id"]]

    # The next conversation: the open point is on the checklist; tried, with a fragment of the new recording.
    conv2 = js("conversations", "add", "--case", case["id"], "--date", "2026-11-23")
    js("consent", "grant", "--conversation", conv2["id"], "--purpose", "recording", "--purpose", "analysis",
       "--purpose", "client_interview", "--date", "2026-11-23", "--reviewer", coach["id"])
    rec2 = js("recordings", "import", test_video, "--conversation", conv2["id"])
    checklist = js("reflection", "checklist", "--conversation", conv2["id"])
    assert [e["point"]["id"] for e in checklist] == [point["id"]] and checklist[0]["followup"] is None
    seen = js("fragments", "add", "--recording", rec2["id"], "--start", 2000, "--end", 4000)
    js("reflection", "followup", "--point", point["id"], "--conversation", conv2["id"], "--tried", "ja",
       "--effect", "Cliënt vertelde meer", "--fragment", seen["id"])
    done = js("reflection", "leerpunt", "--point", point["id"], "--text", "Een gevoelsvraag opent het gesprek")
    assert done["status"] == "closed"
    js("feedback", "score", "--conversation", conv2["id"], "--question", "werkrelatie", "--score", 7)
    js("feedback", "score", "--conversation", conv2["id"], "--question", "doel", "--score", 6)

    line = js("reflection", "series", "--case", case["id"])
    assert [[p["score"] for p in c["scores"]] for c in line["conversations"]] == [[4, 3], [7, 6]]
    assert [q["line"]["direction"] for q in line["lines"]] == ["up", "up"]
    assert line["thread"][0]["followups"][0]["fragment_id"] == seen["id"]
    text = cli("reflection", "series", "--case", case["id"]).stdout
    assert "positieve lijn" in text and "Een gevoelsvraag opent het gesprek" in text
    opened = [r for r in js("audit", "list", "--type", "playlist") if r["action"] == "client_interview.open"]
    assert len(opened) == 1 and "Lies Jansen" in opened[0]["actor"]


def test_usage_errors_exit_2_and_bad_input_exit_3(cli):
    cli("playlists", "create", "--recording", 1, "--purpose", "voor-de-buren", expect=2)
    missing = cli("playlists", "show", "--playlist", 99, expect=3)
    assert "bestaat niet" in missing.stderr and "does not exist" in missing.stderr
