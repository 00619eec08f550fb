"""The CLI can do what the panels now do: grow and shrink a reflection agenda, rename a playlist or change its
purpose, and change a plan after the wizard (point, step, reopen, unlink). Runs `kijkwijzer.cli.main`
in-process on a real workspace on disk."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kijkwijzer.cli import main


@pytest.fixture
def workspace(tmp_path, test_video):
    """A professional's conversation with a recording and two fragments; a reflection without an agenda."""
    from kijkwijzer.services import cases, consent, fragments, people, plan, recordings, reflection
    from kijkwijzer.services.context import Actor
    from tests.support.workspaces import open_new

    folder = tmp_path / "werkmap"
    base = open_new(folder, encrypted=False)
    pro, reviewer = people.add_professional(base, "Sanne de Vries")
    ctx = base.as_actor(Actor(reviewer.id, reviewer.name, "professional"))
    client = people.add_client(ctx)
    case = cases.add_case(ctx, pro.id, client.id, "Schulden")
    conv = cases.add_conversation(ctx, case.id, date(2026, 11, 2))
    for purpose in ("recording", "analysis"):
        consent.grant(ctx, conv.id, purpose, date(2026, 11, 2))
    rec = recordings.import_recording(ctx, conv.id, test_video)
    first = fragments.from_span(ctx, rec.id, 1000, 2500, "Formulier")
    second = fragments.from_span(ctx, rec.id, 4000, 5500, "Stilte")
    playlist = fragments.create_playlist(ctx, rec.id, "reflection", "", (first.id,))
    refl = reflection.start_reflection(ctx, conv.id, date(2026, 11, 9))
    made = plan.add_plan(ctx, pro.id, "Eenvoudiger uitleggen")
    step = plan.add_action(ctx, made.id, "Regels in gewone taal", links=[("fragment", first.id)])
    base.store.dispose()
    return {"folder": folder, "fragments": (first.id, second.id), "playlist": playlist.id, "reflection": refl.id,
            "plan": made.id, "step": step.id}


@pytest.fixture
def cli(capsys, workspace):
    def run(*args: str):
        code = main(["--workspace", str(workspace["folder"]), *args, "--json"])
        out, err = capsys.readouterr()
        assert code == 0, err
        return json.loads(out)

    return run


def test_reflection_agenda_grows_and_shrinks_from_the_cli(cli, workspace):
    first, second = workspace["fragments"]
    refl = str(workspace["reflection"])
    assert [f["id"] for f in cli("reflection", "agenda", "--session", refl, "--candidates")] == [first, second]
    view = cli("reflection", "agenda", "--session", refl, "--add", str(second))
    assert [i["fragment"]["id"] for i in view["items"]] == [second]
    view = cli("reflection", "agenda", "--session", refl, "--remove", str(second))
    assert view["items"] == []


def test_playlist_renamed_and_repurposed_from_the_cli(cli, workspace):
    view = cli("playlists", "update", "--playlist", str(workspace["playlist"]), "--title", "Eerste ronde",
               "--purpose", "client_interview")
    assert (view["title"], view["purpose"]) == ("Eerste ronde", "client_interview")


def test_plan_changed_after_the_wizard_from_the_cli(cli, workspace):
    first, second = workspace["fragments"]
    step = str(workspace["step"])
    view = cli("plan", "update", str(workspace["plan"]), "--timeline", "Binnen zes weken", "--pillar",
               "pijler.begrijpen")
    assert (view["timeline"], view["pillar_id"]) == ("Binnen zes weken", "pijler.begrijpen")
    view = cli("plan", "action", "update", step, "--text", "Lijst regels", "--due", "2027-02-01")
    assert (view["text"], view["due_on"]) == ("Lijst regels", "2027-02-01")
    assert cli("plan", "action", "update", step, "--no-due")["due_on"] is None
    cli("plan", "action", "done", step)
    assert cli("plan", "action", "reopen", step)["status"] == "open"
    assert [f["fragment_id"] for f in cli("plan", "fragments")] == [first, second]
    cli("plan", "action", "link", step, f"fragment:{second}")
    view = cli("plan", "action", "unlink", step, f"fragment:{first}")
    assert view["links"] == [{"kind": "fragment", "target_id": second}]
