"""The learning lab through the command line: a group with a member, a fragment shared with a question, the member's
top, the professional's aandachtspunt made from it, and unsharing; refusals exit 3 with one Dutch / English line.
Each command runs `kijkwijzer.cli.main` in-process (tests/support/cli.py) on a real workspace on disk."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.support.cli import CliResult, run_cli


@pytest.fixture
def lab_cli(tmp_path, test_video):
    from kijkwijzer.services import fragments, recordings, reflection
    from tests.support.cases import build_case
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap", encrypted=False)
    made = build_case(ctx, others=(("Lid Noord", "learning_group"),),
                      purposes=("recording", "analysis", "learning_group"))
    recording = recordings.import_recording(made.as_pro, made.conversation.id, test_video)
    fragment = fragments.from_span(made.as_pro, recording.id, 1000, 3000, "Formulier uitleggen")
    session = reflection.start_reflection(made.as_pro, made.conversation.id, date(2026, 11, 9))
    ctx.store.dispose()
    ids = {"pro": made.reviewer.id, "member": made.reviewers["Lid Noord"].id, "recording": recording.id,
           "fragment": fragment.id, "reflection": session.id, "consent": made.consents["learning_group"].id}

    def run(*args: object, expect: int = 0) -> CliResult:
        done = run_cli(*args, workspace=ctx.workspace.root)
        assert done.returncode == expect, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done

    def js(*args: object):
        return json.loads(run(*args, "--json").stdout)

    return ids, run, js, ctx.workspace


def test_share_feedback_aandachtspunt_and_unshare_from_the_cli(lab_cli):
    ids, run, js, workspace = lab_cli
    group = js("lab", "group-add", "Leergroep Noord")
    assert js("lab", "group-member-add", group["id"], ids["member"])["members"][0]["name"] == "Lid Noord"
    assert "Lid Noord" in run("lab", "groups").stdout

    share = js("lab", "share", ids["fragment"], "--group", group["id"], "--question", "Wat zien jullie?",
               "--as", ids["pro"])
    assert (share["title"], share["question"], share["duration_ms"]) == ("Formulier uitleggen", "Wat zien jullie?",
                                                                        2000)
    assert len(list(workspace.clips_dir.glob("*.mp4"))) == 1
    seen = run("lab", "shares", "--as", ids["member"]).stdout
    assert "Formulier uitleggen" in seen and "Wat zien jullie?" in seen and "vanaf" not in seen
    assert [s["id"] for s in js("lab", "shares", "--recording", ids["recording"], "--as", ids["pro"])] == [share["id"]]

    top = js("lab", "feedback-add", share["id"], "--kind", "top", "--text", "Rustig uitgelegd.",
             "--theme", "thema.raakmomenten", "--as", ids["member"])
    refused = run("lab", "feedback-update", top["id"], "--text", "anders", "--as", ids["pro"], expect=3)
    assert "eigen feedback" in refused.stderr and "own feedback" in refused.stderr
    thread = js("lab", "feedback", share["id"], "--as", ids["pro"])
    assert [(f["kind"], f["reviewer_name"], f["theme_id"]) for f in thread] == [("top", "Lid Noord",
                                                                                 "thema.raakmomenten")]
    point = js("lab", "to-aandachtspunt", top["id"], "--reflection", ids["reflection"], "--as", ids["pro"])
    assert (point["text"], point["fragment_ids"]) == ("Rustig uitgelegd.", [ids["fragment"]])
    assert f"aandachtspunt {point['id']}" in run("lab", "feedback", share["id"], "--as", ids["pro"]).stdout
    assert "aandachtspunt" not in run("lab", "feedback", share["id"], "--as", ids["member"]).stdout  # the pro's own

    denied = run("lab", "unshare", share["id"], "--as", ids["member"], expect=3)
    assert "Alleen de eigen professional" in denied.stderr
    run("lab", "unshare", share["id"], "--as", ids["pro"])
    assert list(workspace.clips_dir.iterdir()) == []
    assert "Geen gedeelde fragmenten" in run("lab", "shares", "--as", ids["member"]).stdout


def test_sharing_without_the_clients_consent_is_refused_from_the_cli(lab_cli):
    ids, run, js, workspace = lab_cli
    group = js("lab", "group-add", "Leergroep Zuid")
    run("consent", "withdraw", "--consent", ids["consent"], "--as", ids["pro"])
    done = run("lab", "share", ids["fragment"], "--group", group["id"], "--as", ids["pro"], expect=3)
    assert "delen in een leergroep" in done.stderr and "sharing in a learning group" in done.stderr
    assert list(workspace.clips_dir.iterdir()) == []
