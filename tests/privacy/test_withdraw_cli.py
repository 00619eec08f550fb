"""`kijkwijzer-cli consent withdraw --consent ID`: asks nothing, erases, prints counts only (no texts).
The commands run in-process (tests/support/cli.py)."""

from __future__ import annotations

import json

from kijkwijzer.domain.annotation import AnnotationDraft
from tests.support.cli import run_cli


def _cli(workspace, *args: str):
    return run_cli(*args, workspace=workspace.root)


def test_withdraw_from_the_command_line(tmp_path, test_video):
    from kijkwijzer.services import annotations, recordings
    from tests.support.cases import build_case
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap")
    made = build_case(ctx, title="Werk", reason="", goal="")
    coach, conversation, recorded, as_pro = made.coach, made.conversation, made.consents["recording"], made.as_pro
    recording = recordings.import_recording(as_pro, conversation.id, test_video)
    annotations.add(as_pro, AnnotationDraft(recording.id, 500, observation="geheim-woord-XYZ"))
    ctx.store.dispose()
    sqlite_workspace = ctx.workspace

    refused = _cli(sqlite_workspace, "--as", str(coach.id), "consent", "withdraw", "--consent", str(recorded.id))
    assert refused.returncode == 3 and "eigen professional" in refused.stderr and "Traceback" not in refused.stderr
    assert recording.path.exists()

    done = _cli(sqlite_workspace, "consent", "withdraw", "--consent", str(recorded.id))
    assert done.returncode == 0, done.stderr
    assert "recordings: 1" in done.stdout and "annotations: 1" in done.stdout
    assert "geheim-woord" not in done.stdout and not recording.path.exists()
    shown = _cli(sqlite_workspace, "consent", "show", "--conversation", str(conversation.id), "--json")
    assert [(c["withdrawn_at"] is not None, c["withdrawn_reason"]) for c in json.loads(shown.stdout)] == [(True, "client")] * 2
    again = _cli(sqlite_workspace, "consent", "withdraw", "--consent", str(recorded.id), "--json")
    assert again.returncode == 3 and "al beëindigd" in again.stderr
    audit_rows = json.loads(_cli(sqlite_workspace, "audit", "list", "--json").stdout)
    withdrawals = [row for row in audit_rows if row["action"] == "consent.withdraw"]
    assert len(withdrawals) == 1 and "geheim" not in withdrawals[0]["detail"]
