"""Retention: a recording past its delete-after date is listed, and erased through the same path as a
withdrawal, by the service and unattended by `kijkwijzer-cli privacy enforce-retention`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, audit, cases, consent, recordings, retention
from tests.support.cli import CliResult, run_cli


def _conversation_kept_until(ctx, setup, until: date, video: Path):
    conversation = cases.add_conversation(ctx, setup["case"].id, date(2026, 1, 5), goal="bewaren tot")
    consent.grant(ctx, conversation.id, "recording", date(2026, 1, 5), retain_until=until)
    consent.grant(ctx, conversation.id, "analysis", date(2026, 1, 5), retain_until=date(2030, 1, 1))
    return conversation, recordings.import_recording(ctx, conversation.id, video)


def test_overdue_lists_by_the_shortest_promise_and_enforce_erases_only_those(case_setup, test_video, tmp_path_factory):
    from kijkwijzer.media.synth import make_test_video

    ctx = case_setup["ctx"]
    kept = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)  # no retention date
    other_video = make_test_video(tmp_path_factory.mktemp("outside") / "oud.mp4", seconds=2)
    conversation, old = _conversation_kept_until(ctx, case_setup, date(2027, 1, 1), other_video)
    annotations.add(ctx, AnnotationDraft(old.id, 100, observation="verloopt"))

    assert retention.overdue(ctx, date(2027, 1, 1)) == []
    listed = retention.overdue(ctx, date(2027, 1, 3))
    assert [(o.recording_id, o.retain_until, o.days_overdue) for o in listed] == [(old.id, date(2027, 1, 1), 2)]
    assert listed[0].client_pseudonym == case_setup["client"].pseudonym

    reports = retention.enforce(ctx, date(2027, 1, 3))
    assert [(r.conversation_id, r.recordings, r.annotations) for r in reports] == [(conversation.id, 1, 1)]
    assert [r.id for r in recordings.list_recordings(ctx)] == [kept.id]
    assert not old.path.exists() and kept.path.exists()
    states = {c.purpose: (c.active, c.withdrawn_reason) for c in consent.list_for_conversation(ctx, conversation.id)}
    assert states == {"recording": (False, "retention"), "analysis": (False, "retention")}
    entries = [e for e in audit.list_entries(ctx) if e.action == "retention.erase"]
    assert len(entries) == 1 and entries[0].object_id == conversation.id and "verloopt" not in entries[0].detail
    assert retention.overdue(ctx, date(2027, 1, 3)) == [] and retention.enforce(ctx, date(2027, 1, 3)) == []


def _cli(workspace: Path, *args: str) -> CliResult:
    return run_cli(*args, workspace=workspace)


def test_cli_lists_and_enforces_retention_unattended(tmp_path, test_video):
    """The commands run in-process (tests/support/cli.py), unattended: nothing is asked."""
    from kijkwijzer.services import people
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "werkmap")
    pro, _rev = people.add_professional(ctx, "Sanne de Vries")
    client = people.add_client(ctx)
    case = cases.add_case(ctx, pro.id, client.id, "Werk")
    _conversation, old = _conversation_kept_until(ctx, {"case": case}, date(2027, 1, 1), test_video)
    ctx.store.dispose()
    sqlite_workspace = ctx.workspace

    dry = _cli(sqlite_workspace.root, "privacy", "enforce-retention", "--today", "2027-02-01", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    assert [o["recording_id"] for o in json.loads(dry.stdout)] == [old.id]
    assert old.path.exists()

    run = _cli(sqlite_workspace.root, "privacy", "enforce-retention", "--today", "2027-02-01", "--json")
    assert run.returncode == 0, run.stderr
    assert [r["recordings"] for r in json.loads(run.stdout)] == [1]
    assert not old.path.exists()
    again = _cli(sqlite_workspace.root, "privacy", "overdue", "--today", "2027-02-01")
    assert again.returncode == 0 and "Geen opnamen over hun bewaartermijn" in again.stdout
    bad = _cli(sqlite_workspace.root, "privacy", "overdue", "--today", "1 februari")
    assert bad.returncode == 2 and "JJJJ-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
