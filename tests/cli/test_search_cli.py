"""`kijkwijzer-cli search WORDS [--json] [--limit N]`: the search across recordings from the command line, acting as
the reviewer of --as (a coach not named in the analysis consent finds nothing)."""

from __future__ import annotations

import json

from tests.services.test_search import fill
from tests.support.cli import run_cli
from tests.support.workspaces import open_new


def test_search_prints_each_hit_with_its_place_and_moment(tmp_path) -> None:
    ctx = open_new(tmp_path / "werkmap")
    filled = fill(ctx, others=(("Niet Genoemd", "coach"),))
    outsider = filled.made.reviewers["Niet Genoemd"].id
    ctx.store.dispose()
    root = ctx.workspace.root

    done = run_cli("search", "gesp", "--json", workspace=root)
    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert [(h["kind"], h["recording_id"], h["case_title"]) for h in hits] == [
        ("cue", filled.recording.id, "Schulden en werk")] * 2
    assert "«gesprek»" in hits[0]["snippet"] and "parts" not in hits[0]
    assert hits[0]["time_ms"] < hits[1]["time_ms"]

    lines = run_cli("search", "toetst", "kinderbijslag", workspace=root)
    assert lines.returncode == 0  # both words must be in one text: none holds both
    assert lines.stdout.strip() == "Niets gevonden voor ‘toetst kinderbijslag’."
    plain = run_cli("search", "toetst", workspace=root)
    assert plain.returncode == 0, plain.stderr
    [line] = plain.stdout.splitlines()
    assert line.startswith("annotatie") and "Schulden en werk · gesprek 1" in line and "00:02" in line
    assert "«toetst»" in line and filled.made.reviewer.name in line

    limited = run_cli("search", "gesprek", "--limit", "1", workspace=root)
    assert limited.stdout.splitlines()[-1].startswith("De eerste 1 resultaten")
    nothing = run_cli("search", "'\"*", workspace=root)  # no word in it: nothing, and no error
    assert nothing.returncode == 0 and "Niets gevonden" in nothing.stdout
    refused = run_cli("--as", outsider, "search", "toetst", "--json", workspace=root)
    assert refused.returncode == 0 and json.loads(refused.stdout) == []
    bad = run_cli("search", "toetst", "--limit", "0", workspace=root)
    assert bad.returncode == 3 and "tussen 1 en" in bad.stderr
