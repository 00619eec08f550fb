"""`kijkwijzer-cli clients erase CLIENT [--yes]`: without --yes only the preview and a refusal (exit 2,
nothing changed); with it the client goes with everything about them, the report printed as counts."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from kijkwijzer.domain.annotation import AnnotationDraft

ROOT = Path(__file__).parents[2]


def _cli(workspace, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kijkwijzer.cli", "--workspace", str(workspace.root), *args],
                          capture_output=True, text=True, check=False, cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)


def test_erase_a_client_from_the_command_line(sqlite_workspace, test_video):
    from kijkwijzer.services import annotations, cases, consent, people, recordings
    from kijkwijzer.services.context import Actor, open_context

    ctx = open_context(sqlite_workspace)
    pro, reviewer = people.add_professional(ctx, "Sanne de Vries")
    coach = people.add_reviewer(ctx, "Coach Ahmed", "coach")
    client = people.add_client(ctx, real_name="Jozefien Quackenbosch", profile="wil graag werken")
    case = cases.add_case(ctx, pro.id, client.id, "Werk en schulden")
    conversation = cases.add_conversation(ctx, case.id, date(2026, 11, 2))
    for purpose in ("recording", "analysis"):
        consent.grant(ctx, conversation.id, purpose, date(2026, 11, 2))
    as_pro = ctx.as_actor(Actor(reviewer.id, reviewer.name, "professional"))
    recording = recordings.import_recording(as_pro, conversation.id, test_video)
    annotations.add(as_pro, AnnotationDraft(recording.id, 500, observation="geheim-woord-XYZ"))
    ctx.store.dispose()

    asked = _cli(sqlite_workspace, "clients", "erase", client.pseudonym)
    assert asked.returncode == 2 and asked.stderr.count("\n") == 1 and "--yes" in asked.stderr
    assert f"Wissen van cliënt {client.pseudonym}" in asked.stdout
    assert "cases: 1" in asked.stdout and "recordings: 1" in asked.stdout and "annotations: 1" in asked.stdout
    assert recording.path.exists()
    refused = _cli(sqlite_workspace, "--as", str(coach.id), "clients", "erase", str(client.id), "--yes")
    assert refused.returncode == 3 and "eigen professional" in refused.stderr and "Traceback" not in refused.stderr
    listed = json.loads(_cli(sqlite_workspace, "clients", "list", "--json").stdout)
    assert [c["pseudonym"] for c in listed] == [client.pseudonym]

    done = _cli(sqlite_workspace, "clients", "erase", str(client.id), "--yes", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["cases"], report["recordings"], report["annotations"], report["real_name"]) == (1, 1, 1, 1)
    assert "geheim-woord" not in done.stdout and "Jozefien" not in done.stdout and not recording.path.exists()
    assert json.loads(_cli(sqlite_workspace, "clients", "list", "--json").stdout) == []
    again = _cli(sqlite_workspace, "clients", "erase", client.pseudonym, "--yes")
    assert again.returncode == 3 and "bestaat niet" in again.stderr
    rows = json.loads(_cli(sqlite_workspace, "audit", "list", "--json").stdout)
    erased = [row for row in rows if row["action"] == "client.erase"]
    assert len(erased) == 1 and erased[0]["object_id"] == client.id
    assert client.pseudonym not in json.dumps(rows) and "Jozefien" not in json.dumps(rows)
