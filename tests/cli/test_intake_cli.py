"""The intake through the command line, as a professional without the window would do it: people, case and
conversation corrected, events dated, consent corrected, a wrong recording removed and replaced. JSON with
--json anywhere, exit 3 with one Dutch / English line on bad input. Each command runs `kijkwijzer.cli.main`
in-process (tests/support/cli.py); the real process's exit codes are tests/cli/test_cli_basics.py's."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import CliResult, run_cli


@pytest.fixture
def intake(tmp_path, test_video):
    """A case with a conversation, consent to record and analyse and one imported recording (services), in an
    encrypted workspace."""
    from kijkwijzer.services import recordings
    from tests.support.cases import build_case
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap")
    made = build_case(ctx, coach="Joost", client_real_name="Echte Naam", title="Schulden", reason="", goal="")
    recording = recordings.import_recording(ctx, made.conversation.id, test_video)
    ctx.store.dispose()
    ids = {"pro": made.professional.id, "own": made.reviewer.id, "coach": made.coach.id, "client": made.client.id,
           "case": made.case.id, "conversation": made.conversation.id, "recording": recording.id}
    workspace = ctx.workspace

    def run(*args: object, expect: int = 0) -> CliResult:
        done = run_cli(*args, workspace=workspace.root)
        assert done.returncode == expect, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done

    def js(*args: object):
        return json.loads(run(*args, "--json").stdout)

    return ids, run, js, workspace


def test_people_are_corrected_and_archived(intake):
    ids, run, js, _ws = intake
    assert js("professionals", "update", "--professional", ids["pro"], "--name", "Sanne Bakker")["name"] == "Sanne Bakker"
    assert js("reviewers", "update", "--reviewer", ids["coach"], "--role", "researcher")["role"] == "researcher"
    assert js("reviewers", "archive", "--reviewer", ids["coach"])["archived"] is True
    assert [r["name"] for r in js("reviewers", "list")] == ["Sanne Bakker"]
    assert [r["archived"] for r in js("reviewers", "list", "--all")] == [False, True]
    assert js("clients", "update", "--client", ids["client"], "--profile", "Vader van twee")["has_real_name"] is True
    shown = js("clients", "show", "--client", ids["client"], "--real-name")
    assert (shown["real_name"], shown["profile"]) == ("Echte Naam", "Vader van twee")
    refused = run("reviewers", "archive", "--reviewer", ids["own"], expect=3)
    assert "kan niet worden gearchiveerd" in refused.stderr and " / " in refused.stderr


def test_case_events_and_conversation_through_the_cli(intake):
    ids, run, js, _ws = intake
    assert js("cases", "update", "--case", ids["case"], "--goal", "Rust rond de schulden")["goal"] == "Rust rond de schulden"
    visit = js("cases", "events", "add", "--case", ids["case"], "--date", "2026-11-10", "--text", "Huisbezoek")
    js("cases", "events", "add", "--case", ids["case"], "--date", "2026-12-01", "--kind", "outcome",
       "--text", "Het rapport bleef dicht")
    assert js("cases", "events", "update", "--event", visit["id"], "--kind", "note")["kind"] == "note"
    conv = js("conversations", "update", "--conversation", ids["conversation"], "--setting",
              "bij de welzijnsorganisatie", "--participant", "interpreter:tolk Arabisch")
    assert conv["setting"] == "bij de welzijnsorganisatie" and conv["participants"] == [["interpreter", "tolk Arabisch"]]
    shown = js("cases", "show", "--case", ids["case"])
    assert [(e["kind"], e["text"]) for e in shown["events"]] == [("note", "Huisbezoek"),
                                                                 ("outcome", "Het rapport bleef dicht")]
    steps = js("cases", "cycle", "--case", ids["case"])
    assert {s["key"]: s["done"] for s in steps["conversations"][0]["steps"]}["recording"] is True
    assert steps["next_step"] == [ids["conversation"], "annotations"]
    text = run("cases", "cycle", "--case", ids["case"]).stdout
    assert "[x] recording" in text and "volgende stap / next step" in text
    bad = run("cases", "events", "add", "--case", ids["case"], "--date", "2026-11-10", "--text", " ", expect=3)
    assert "Beschrijf wat er gebeurde" in bad.stderr and "Describe what happened" in bad.stderr


def test_consent_is_corrected_and_a_past_date_refused(intake):
    ids, run, js, _ws = intake
    refused = run("consent", "grant", "--conversation", ids["conversation"], "--purpose", "training", "--date",
                  "2025-01-06", "--retain-until", "2025-06-01", expect=3)
    assert "in het verleden" in refused.stderr and "in the past" in refused.stderr
    analysis = next(c for c in js("consent", "show", "--conversation", ids["conversation"]) if c["purpose"] == "analysis")
    fixed = js("consent", "correct", "--consent", analysis["id"], "--no-reviewers", "--retain-until", "2028-01-31")
    assert (fixed["reviewer_ids"], fixed["retain_until"]) == ([], "2028-01-31")
    shown = run("consent", "show", "--conversation", ids["conversation"]).stdout
    assert f"gecorrigeerd (nu {fixed['id']})" in shown


def test_a_wrong_recording_is_replaced_then_removed(intake, tmp_path):
    from kijkwijzer.media.synth import make_test_video

    ids, run, js, ws = intake
    text = tmp_path / "verslag.txt"
    text.write_text("Verslag van het gesprek.\n" * 40, encoding="utf-8")
    vault_before = sorted(p.name for p in ws.vault_dir.iterdir())
    refused = run("recordings", "import", text, "--conversation", ids["conversation"], expect=3)
    assert "tekstbestand" in refused.stderr and "text file" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert sorted(p.name for p in ws.vault_dir.iterdir()) == vault_before

    preview = js("recordings", "remove", "--recording", ids["recording"], "--dry-run")
    assert preview["recordings"] == 1 and sorted(p.name for p in ws.vault_dir.iterdir()) == vault_before
    replaced = js("recordings", "replace", make_test_video(tmp_path / "goed.mp4", seconds=2),
                  "--recording", ids["recording"])
    assert replaced["erased"]["recording_ids"] == [ids["recording"]] and replaced["recording"]["original_name"] == "goed.mp4"
    gone = run("recordings", "remove", "--recording", replaced["recording"]["id"]).stdout
    assert "gewist" in gone and "erased" in gone
    assert js("recordings", "list") == [] and list(ws.vault_dir.iterdir()) == []
    assert all(c["withdrawn_at"] is None for c in js("consent", "show", "--conversation", ids["conversation"]))
