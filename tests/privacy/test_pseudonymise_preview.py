"""The preview before an export leaves: it lists exactly what the export then replaces, writes no file and no
audit row, needs the same rights as the export, and is `--preview` on the command line."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from kijkwijzer.cli import main
from kijkwijzer.errors import NotAllowed
from kijkwijzer.formats.replacements import collecting
from kijkwijzer.services.context import Actor
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.services.exchange import eaf as exchange_eaf
from kijkwijzer.services.exchange import report as exchange_report
from kijkwijzer.services.exchange.preview import preview_export
from kijkwijzer.store.models import AuditEntry
from tests.support.rows import add_recording_row

from .pseudonymise_support import fill_leaky

pytestmark = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)


@pytest.fixture
def leaky(case_setup):
    recording_id = add_recording_row(case_setup["ctx"], case_setup["conversation"].id)
    fill_leaky(case_setup, recording_id)
    return case_setup, recording_id


def _audit_rows(ctx) -> int:
    with ctx.store.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


EXPORTS = {
    "csv": lambda ctx, ids, out: exchange.export_csv(ctx, ids["conversation"], out),
    "srt": lambda ctx, ids, out: exchange.export_srt(ctx, ids["recording"], out),
    "eaf": lambda ctx, ids, out: exchange_eaf.export_eaf(ctx, ids["recording"], out),
    "report": lambda ctx, ids, out: exchange_report.export_report(ctx, ids["conversation"], out),
    "story": lambda ctx, ids, out: exchange_report.export_story(ctx, ids["case"], out),
}
TARGET = {"csv": "conversation", "srt": "recording", "eaf": "recording", "report": "conversation", "story": "case"}


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_the_preview_lists_exactly_what_the_export_replaces(leaky, tmp_path, kind):
    setup, recording_id = leaky
    ctx = setup["ctx"]
    ids = {"conversation": setup["conversation"].id, "recording": recording_id, "case": setup["case"].id}
    folder = tmp_path / "uit"
    folder.mkdir()
    before = _audit_rows(ctx)

    shown = preview_export(ctx, kind, ids[TARGET[kind]])

    assert not list(folder.iterdir()) and _audit_rows(ctx) == before, "a preview writes nothing"
    assert shown.total > 0 and shown.total == sum(row.count for row in shown.rows)
    with collecting() as seen:  # what the export itself replaces, row by row
        result = EXPORTS[kind](ctx, ids, folder / f"uit.{kind}")
    assert seen.rows() == shown.rows
    assert result.replaced == shown.total
    reasons = {row.replacement.reason for row in shown.rows}
    assert "naam" in reasons, reasons


def test_the_preview_shows_where_and_why(leaky):
    setup, _ = leaky
    shown = preview_export(setup["ctx"], "csv", setup["conversation"].id)
    genitive = next(r.replacement for r in shown.rows if r.replacement.found == "Jozefiens")
    pseudonym = setup["client"].pseudonym
    assert genitive.stand_in == f"{pseudonym}'s" and genitive.reason == "naam"
    assert "Jozefiens moeder belt vaak" in genitive.context


def test_the_preview_needs_the_rights_of_the_export(leaky):
    setup, _ = leaky
    stranger = setup["ctx"].as_actor(Actor(999, "Niemand", "researcher"))
    with pytest.raises(NotAllowed):
        preview_export(stranger, "csv", setup["conversation"].id)
    with pytest.raises(NotAllowed):
        preview_export(stranger, "story", setup["case"].id)


def test_cli_preview_prints_the_replacements_and_writes_nothing(leaky, tmp_path, capsys):
    setup, _ = leaky
    ctx = setup["ctx"]
    base = ["--workspace", str(ctx.workspace.root)]
    conversation = str(setup["conversation"].id)
    before = _audit_rows(ctx)

    assert main([*base, "export", "csv", "--conversation", conversation, "--preview"]) == 0
    out = capsys.readouterr().out
    assert "vervangingen / replacements (er is niets geschreven / nothing written)" in out
    assert f"'Jozefiens' -> \"{setup['client'].pseudonym}'s\" [naam]" in out
    assert main([*base, "export", "story", "--case", str(setup["case"].id), "--preview", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)  # nothing but JSON on stdout (deduce's logging is muted)
    assert listed["total"] > 0 and {"found", "stand_in", "reason", "context"} <= set(listed["rows"][0]["replacement"])
    assert main([*base, "export", "csv", "--conversation", conversation]) == 2  # neither --out nor --preview
    assert not list(tmp_path.glob("*.csv")) and _audit_rows(ctx) == before
