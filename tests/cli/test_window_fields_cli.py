"""Issue 14, item 5: the CLI sets every field the window sets. An annotation's waterline, felt-but-not-said, tags
and still (add, update, JSON lines), deleting one, correcting an assessment's answers and putting a found copy of
a missing recording back. Each command runs in-process (tests/support/cli.run_cli) on a real workspace on disk;
what it stored is read back through the services."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from kijkwijzer.errors import NotFound
from kijkwijzer.media.stills import read_still
from kijkwijzer.services import annotations, assessment, content_keys, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace
from tests.support.cli import run_cli


@pytest.fixture
def setup(tmp_path, test_video):
    """A professional's conversation with consent for recording and analysis and one imported recording."""
    from tests.support.cases import build_case
    from tests.support.workspaces import open_new

    folder = tmp_path / "werkmap"
    base = open_new(folder, encrypted=False)
    made = build_case(base, coach=None)
    pro, reviewer, ctx = made.professional, made.reviewer, made.as_pro
    rec = recordings.import_recording(ctx, made.conversation.id, test_video)
    base.store.dispose()
    return {"folder": folder, "recording": rec.id, "professional": pro.id, "reviewer": reviewer.id}


@pytest.fixture
def service(setup):
    """The workspace opened as the professional, to read back what the CLI stored."""
    opened = []

    def open_() -> object:
        ctx = open_context(Workspace.at(setup["folder"]))
        opened.append(ctx)
        return ctx.as_actor(Actor(setup["reviewer"], "Sanne de Vries", "professional"))

    yield open_
    for ctx in opened:
        ctx.store.dispose()


def cli(setup, *args: str, stdin: str = ""):
    result = run_cli(*args, "--json", stdin=stdin, workspace=setup["folder"])
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()] if "--stdin" in args else json.loads(result.stdout)


def _still_bytes(ctx, view) -> bytes:
    with ctx.store.read() as session:
        key = content_keys.find(session, content_keys.media_key_id(recordings.get(ctx, view.recording_id).sha256))
    return read_still(ctx.workspace.stills_dir / view.still_name, key)


def test_annotations_add_sets_waterline_felt_unsaid_tags_and_a_still(setup, service):
    made = cli(setup, "annotations", "add", "--recording", str(setup["recording"]), "--start-ms", "2000",
               "--theme", "thema.raakmomenten", "--text", "Cliënt valt stil",
               "--below-waterline", "wil begrepen worden", "--felt-unsaid", "ongeduld",
               "--tag", "stilte", "--tag", "formulier", "--still")
    assert made["below_waterline"] == "wil begrepen worden" and made["tags"] == ["stilte", "formulier"]
    ctx = service()
    stored = annotations.get(ctx, made["id"])
    assert (stored.below_waterline, stored.felt_unsaid, stored.tags) == (
        "wil begrepen worden", "ongeduld", ("stilte", "formulier"))
    assert stored.still_name == f"annotatie-{made['id']}-2000.jpg" == made["still_name"]
    assert _still_bytes(ctx, stored)[:3] == b"\xff\xd8\xff"  # a JPEG, readable with the recording's key


def test_annotations_add_from_json_lines_takes_the_same_fields(setup, service):
    lines = "\n".join(json.dumps(line) for line in (
        {"recording": setup["recording"], "start_ms": 1000, "end_ms": 3000, "themes": ["thema.beleving"],
         "below_waterline": "schaamte", "felt_unsaid": "twijfel", "tags": ["schuld"], "still": True},
        {"recording": setup["recording"], "start_ms": 4000, "text": "zonder still"}))
    first, second = cli(setup, "annotations", "add", "--stdin", stdin=lines)
    ctx = service()
    stored = annotations.get(ctx, first["id"])
    assert (stored.below_waterline, stored.felt_unsaid, stored.tags, stored.end_ms) == (
        "schaamte", "twijfel", ("schuld",), 3000)
    assert stored.still_name == f"annotatie-{first['id']}-1000.jpg"
    assert annotations.get(ctx, second["id"]).still_name is None


def test_a_still_that_is_not_true_or_false_is_refused_and_nothing_is_added(setup, service):
    line = json.dumps({"recording": setup["recording"], "start_ms": 1000, "still": "ja"})
    result = run_cli("annotations", "add", "--stdin", stdin=line, workspace=setup["folder"])
    assert result.returncode == 3 and "still" in result.stderr and "Er is niets toegevoegd" in result.stderr
    assert annotations.list_for_recording(service(), setup["recording"]) == []


def test_annotations_update_changes_and_clears_every_field(setup, service):
    made = cli(setup, "annotations", "add", "--recording", str(setup["recording"]), "--start-ms", "1500",
               "--theme", "thema.raakmomenten", "--tag", "oud")
    changed = cli(setup, "annotations", "update", "--annotation", str(made["id"]), "--start-ms", "2500",
                  "--end-ms", "4000", "--theme", "thema.beleving", "--theme", "thema.echtheid",
                  "--pillar", "pijler.begrijpen", "--level", "niveau.gevoel", "--text", "stilte", "--quote", "Ja hoor.",
                  "--below-waterline", "boos", "--felt-unsaid", "haast", "--tag", "nieuw", "--still")
    assert changed["tags"] == ["nieuw"]
    ctx = service()
    stored = annotations.get(ctx, made["id"])
    assert (stored.start_ms, stored.end_ms, stored.themes, stored.pillars, stored.level) == (
        2500, 4000, ("thema.beleving", "thema.echtheid"), ("pijler.begrijpen",), "niveau.gevoel")
    assert (stored.observation, stored.quote, stored.below_waterline, stored.felt_unsaid, stored.tags) == (
        "stilte", "Ja hoor.", "boos", "haast", ("nieuw",))
    assert stored.still_name == f"annotatie-{made['id']}-2500.jpg"
    cli(setup, "annotations", "update", "--annotation", str(made["id"]), "--no-end", "--no-themes", "--no-pillars",
        "--no-level", "--no-tags", "--no-still", "--below-waterline", "")
    cleared = annotations.get(ctx, made["id"])
    assert (cleared.end_ms, cleared.themes, cleared.pillars, cleared.level, cleared.tags, cleared.still_name,
            cleared.below_waterline) == (None, (), (), None, (), None, "")
    assert cleared.felt_unsaid == "haast"  # what is not named stays


def test_annotations_update_without_a_field_is_a_usage_error(setup):
    made = cli(setup, "annotations", "add", "--recording", str(setup["recording"]), "--start-ms", "1500")
    result = run_cli("annotations", "update", "--annotation", made["id"], workspace=setup["folder"])
    assert result.returncode == 2 and "minstens één veld" in result.stderr


def test_annotations_show_and_delete(setup, service):
    made = cli(setup, "annotations", "add", "--recording", str(setup["recording"]), "--start-ms", "1500",
               "--felt-unsaid", "spanning")
    assert cli(setup, "annotations", "show", "--annotation", str(made["id"]))["felt_unsaid"] == "spanning"
    assert cli(setup, "annotations", "delete", "--annotation", str(made["id"])) == {"id": made["id"], "deleted": True}
    with pytest.raises(NotFound):
        annotations.get(service(), made["id"])


def _answers(value: int) -> str:
    return json.dumps({f"stelling.{p}.{n}": value for p in ("begrijpen", "willen", "kunnen") for n in range(1, 5)})


def test_assessment_correct_changes_the_answers_of_the_same_sitting(setup, service):
    taken = cli(setup, "assessment", "take", "--professional", str(setup["professional"]), "--date", "2026-11-03",
                stdin=_answers(4))
    corrected = cli(setup, "assessment", "correct", str(taken["id"]), stdin=_answers(2))
    assert corrected["id"] == taken["id"] and corrected["taken_on"] == "2026-11-03"
    stored = assessment.get(service(), taken["id"])
    assert set(stored.answers.values()) == {2} and stored.taken_on == date(2026, 11, 3)
    assert len(stored.step3.pillars_with_room) == 3


def test_recordings_locate_puts_a_found_copy_back(setup, service, test_video, tmp_path):
    ctx = service()
    vault_file = recordings.media_source(ctx, setup["recording"]).path
    vault_file.unlink()
    assert not recordings.get(ctx, setup["recording"]).available
    copy = tmp_path / "gevonden.mp4"
    shutil.copyfile(test_video, copy)
    view = cli(setup, "recordings", "locate", str(copy), "--recording", str(setup["recording"]))
    assert view["id"] == setup["recording"] and recordings.get(ctx, setup["recording"]).available
