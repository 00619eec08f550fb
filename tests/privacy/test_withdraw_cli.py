"""`kijkwijzer-cli consent withdraw --consent ID`: asks nothing, erases, prints counts only (no texts)."""

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


def test_withdraw_from_the_command_line(sqlite_workspace, test_video):
    from kijkwijzer.services import annotations, cases, consent, people, recordings
    from kijkwijzer.services.context import Actor, open_context

    ctx = open_context(sqlite_workspace)
    pro, reviewer = people.add_professional(ctx, "Sanne de Vries")
    coach = people.add_reviewer(ctx, "Coach Ahmed", "coach")
    case = cases.add_case(ctx, pro.id, people.add_client(ctx).id, "Werk")
    conversation = cases.add_conversation(ctx, case.id, date(2026, 11, 2))
    recorded = consent.grant(ctx, conversation.id, "recording", date(2026, 11, 2))
    consent.grant(ctx, conversation.id, "analysis", date(2026, 11, 2), reviewer_ids=(coach.id,))
    as_pro = ctx.as_actor(Actor(reviewer.id, reviewer.name, "professional"))
    recording = recordings.import_recording(as_pro, conversation.id, test_video)
    annotations.add(as_pro, AnnotationDraft(recording.id, 500, observation="geheim-woord-XYZ"))
    ctx.store.dispose()

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
