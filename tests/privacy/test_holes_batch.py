"""Issue 11, item 5: a batch on stdin (`annotations add --stdin`) is all or nothing, as its error promises
("nothing was changed"): lines before a bad one used to stay committed. Now every line is checked and stored in
one transaction; the ids are printed only after that commit."""

from __future__ import annotations

import json

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput
from kijkwijzer.services import annotations, recordings
from tests.support.cli import run_cli

ON_SQLITE = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)


def _line(start_ms: int, theme: str = "thema.doel") -> str:
    return json.dumps({"recording": 1, "start_ms": start_ms, "theme": theme, "text": f"moment {start_ms}"})


@ON_SQLITE
@pytest.mark.parametrize("bad", ["unknown theme", "past the end", "not json"])
def test_a_bad_line_anywhere_stores_none_of_the_batch(case_setup, test_video, bad):
    ctx = case_setup["ctx"]
    recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    ctx.store.dispose()
    third = {"unknown theme": _line(3000, "thema.bestaat_niet"), "past the end": _line(60_000),
             "not json": "{niet json"}[bad]
    stdin = "\n".join([_line(1000), _line(2000), third, _line(4000)]) + "\n"
    result = run_cli("annotations", "add", "--stdin", stdin=stdin, workspace=ctx.workspace.root)
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert result.stdout == "", "no id may be printed for a batch that was not stored"
    assert "Regel 3" in result.stderr and "Line 3" in result.stderr and "Nothing was added" in result.stderr
    assert annotations.list_for_recording(ctx, 1) == []


def test_add_many_is_one_transaction(case_setup, test_video):
    ctx = case_setup["ctx"]
    recording = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    drafts = [AnnotationDraft(recording.id, 100), AnnotationDraft(recording.id, -5)]
    with pytest.raises(BadInput, match="Regel 9"):
        annotations.add_many(ctx, drafts, [("Regel 8", "Line 8"), ("Regel 9", "Line 9")])
    assert annotations.list_for_recording(ctx, recording.id) == []
    views = annotations.add_many(ctx, [AnnotationDraft(recording.id, 100), AnnotationDraft(recording.id, 200)])
    assert [v.start_ms for v in annotations.list_for_recording(ctx, recording.id)] == [100, 200]
    assert [v.id for v in views] == [v.id for v in annotations.list_for_recording(ctx, recording.id)]
