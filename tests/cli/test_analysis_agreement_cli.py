"""`kijkwijzer-cli analysis agreement` and `analysis client-agreement`: every figure as JSON for researchers' scripts,
the export with --out, and a refusal in one Dutch/English line."""

from __future__ import annotations

import json

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, client_feedback, fragments, text_recordings
from tests.support.cases import build_case
from tests.support.cli import run_cli
from tests.support.workspaces import open_new

LINES = [("Klantmanager", "Goedemorgen, fijn dat u er bent. " * 12), ("Cliënt", "Weer een formulier. " * 20)]


def _workspace(tmp_path):
    ctx = open_new(tmp_path / "werkmap")
    made = build_case(ctx, coach="Joost Bakker", purposes=("recording", "analysis", "client_interview"))
    rec = text_recordings.add_text_recording(made.as_pro, made.conversation.id, LINES, "Gesprek 1")
    joost = made.acting_as(made.coach)
    for who, start in ((made.as_pro, 10_000), (joost, 11_000)):
        annotations.add(who, AnnotationDraft(rec.id, start, None, themes=("thema.weerstand",)))
    annotations.add(joost, AnnotationDraft(rec.id, 30_000, 33_000, themes=("thema.taal",)))
    fragment = fragments.from_span(joost, rec.id, 9_000, 14_000, "Weerstand")
    client_feedback.record_reaction(joost, fragment.id, "Ik was boos op het systeem.")
    client_feedback.mark(joost, fragment.id, "differ")
    ctx.store.dispose()
    return ctx.workspace.root, rec.id, made


def test_agreement_json_carries_every_figure_and_out_writes_the_table(tmp_path):
    root, recording_id, _made = _workspace(tmp_path)
    done = run_cli("analysis", "agreement", "--recording", recording_id, "--json", workspace=root)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    figures = result["figures"]
    assert [r["name"] for r in result["reviewers"]] == ["Sanne de Vries", "Joost Bakker"]
    assert (figures["unit_ms"], figures["tolerance_ms"]) == (1000, 2000)
    kappas = {k["theme"]: k for k in figures["kappas"]}
    assert kappas["thema.weerstand"]["kappa"] == 1.0 and kappas["thema.weerstand"]["band"] == "almost_perfect"
    assert kappas["thema.taal"]["units_b"] == 3 and kappas["thema.taal"]["units_a"] == 0
    assert {a["theme"] for a in figures["alphas"]} == {"thema.weerstand", "thema.taal"}
    assert {s["theme"] for s in figures["spans"]} == {"thema.weerstand", "thema.taal"}
    assert figures["differences"][0]["start_ms"] == 30_000
    assert result["reading_nl"][0].startswith("Sanne en Joost zien ‘weerstand, afhaken of verstarren’ vaak")
    assert result["client"]["differ"] == 1 and result["client"]["share_matching"] == 0.0

    strict = json.loads(run_cli("analysis", "agreement", "--recording", recording_id, "--tolerance", "0",
                                "--json", workspace=root).stdout)
    assert {k["theme"]: k["kappa"] for k in strict["figures"]["kappas"]}["thema.weerstand"] < 0

    out = tmp_path / "figuren.xlsx"
    written = run_cli("analysis", "agreement", "--recording", recording_id, "--out", out, workspace=root)
    assert written.returncode == 0, written.stderr
    assert out.is_file() and "geschreven / written" in written.stdout and "Weerstand" in written.stdout


def test_client_agreement_per_conversation(tmp_path):
    root, _recording_id, made = _workspace(tmp_path)
    done = run_cli("analysis", "client-agreement", "--case", made.case.id, "--json", workspace=root)
    assert done.returncode == 0, done.stderr
    (conversation,) = json.loads(done.stdout)["conversations"]
    assert (conversation["consent"], conversation["match"], conversation["differ"], conversation["fragments"]) == (
        True, 0, 1, 1)


def test_a_refusal_is_one_line(tmp_path):
    root, _recording_id, _made = _workspace(tmp_path)
    done = run_cli("analysis", "agreement", "--recording", 999, workspace=root)
    assert done.returncode == 3 and "bestaat niet" in done.stderr and "does not exist" in done.stderr
    bad = run_cli("analysis", "agreement", "--recording", 1, "--tolerance", "99", workspace=root)
    assert bad.returncode == 3 and "tolerantie" in bad.stderr.lower()
