"""`kijkwijzer-cli clients erase CLIENT [--yes]`: without --yes only the preview and a refusal (exit 2,
nothing changed); with it the client goes with everything about them, the report printed as counts. The
commands run in-process (tests/support/cli.py)."""

from __future__ import annotations

import json

from kijkwijzer.domain.annotation import AnnotationDraft
from tests.support.cli import run_cli


def _cli(workspace, *args: str):
    return run_cli(*args, workspace=workspace.root)


def test_erase_a_client_from_the_command_line(tmp_path, test_video):
    from kijkwijzer.services import annotations, recordings
    from tests.support.cases import build_case
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap")
    made = build_case(ctx, client_real_name="Jozefien Quackenbosch", client_profile="wil graag werken",
                      title="Werk en schulden", reason="", goal="", named_in_analysis=())
    coach, client, as_pro = made.coach, made.client, made.as_pro
    recording = recordings.import_recording(as_pro, made.conversation.id, test_video)
    annotations.add(as_pro, AnnotationDraft(recording.id, 500, observation="geheim-woord-XYZ"))
    ctx.store.dispose()
    sqlite_workspace = ctx.workspace

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
