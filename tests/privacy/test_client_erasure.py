"""Issue 11, item 2: a client is erased on request with everything about them, provably: after one erase
action no file under the workspace, the PostgreSQL data directory or /tmp holds the client's real name,
pseudonym, texts, signed form, media bytes or the key of the sealed name; another client's data stays."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kijkwijzer.crypto.sealed import open_bytes
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.services import annotations, audit, cases, client_erasure, content_keys, people, plan
from kijkwijzer.services.context import Actor
from kijkwijzer.services.exchange import csv_and_subtitles as exchange
from kijkwijzer.store.models import Base

from .client_support import fill_client, unique_video
from .support import add_second_conversation, on_disk, scan_everywhere
from .test_withdrawal_erasure import wal_recycle_off  # noqa: F401 - the fixture, used by name


def _media_needles(video: Path) -> dict[str, bytes]:
    data = video.read_bytes()
    middle = len(data) // 2
    return {"media head (64 KiB)": data[:65536], "media middle (4 KiB)": data[middle:middle + 4096]}


def _plain_database(ctx) -> bool:
    """Texts are visible in the files before erasure (PostgreSQL, or a SQLite file that is not encrypted)."""
    file = ctx.workspace.db_file
    return file is None or file.read_bytes()[:16] == b"SQLite format 3\x00"


def test_erasing_a_client_leaves_nothing_of_them_anywhere(case_setup, wal_recycle_off, tmp_path_factory):  # noqa: F811
    since = time.time() - 1
    ctx = case_setup["ctx"]
    token = uuid.uuid4().hex[:10]
    outside = tmp_path_factory.mktemp("buiten")
    video = unique_video(outside, token)
    filled = fill_client(ctx, case_setup, token, video, outside)
    other = add_second_conversation(ctx, case_setup, outside, token)  # the other client's: must stay
    exported = exchange.export_csv(ctx, filled.conversation_ids[0], outside / "export.csv").path
    needles = {**filled.needles(), **_media_needles(video)}
    server = wal_recycle_off
    data_dir = Path(server.data) if server is not None else None

    def everywhere(wanted: dict[str, bytes]) -> list[tuple[str, str]]:
        return scan_everywhere(ctx, wanted, since, data_dir, originals=(video,))

    on_disk(ctx)
    before = {label for _path, label in everywhere(needles)}
    assert "real name" not in before  # sealed from the start: never in plain text on disk
    if _plain_database(ctx):
        assert {f"text {k}" for k in ("title", "reason", "profile", "event", "participant", "effect")} <= before

    preview = client_erasure.preview(ctx, filled.client_id)
    assert people.get_client(ctx, filled.client_id).pseudonym == filled.pseudonym  # nothing changed
    report = client_erasure.erase_client(ctx, filled.client_id)

    assert report.counts() | {"files_erased": 0} == preview.counts() | {"files_erased": 0}
    assert (report.cases, report.conversations, report.case_events, report.participants) == (1, 2, 1, 1)
    assert (report.recordings, report.annotations, report.fragments, report.client_reactions) == (1, 2, 2, 1)
    assert (report.aandachtspunten, report.followups, report.consents, report.consent_forms) == (1, 1, 3, 1)
    assert report.real_name == 1 and report.keys_destroyed >= 3  # the name's key, the media key, the form key
    assert report.files_erased >= 4  # the media file, the still, the waveform cache, the signed form
    assert report.exports_outside == 1 and report.residue == ()
    exported.unlink()  # the user deletes the export outside the workspace, as the report tells them
    left = everywhere(needles)
    assert left == [], f"left behind after erasing the client: {left}"
    assert [p.name for p in ctx.workspace.vault_dir.iterdir()] == [other.vault_file.name]
    assert not [p for p in ctx.workspace.forms_dir.glob("*") if p.is_file()]  # the signed form is shredded
    assert not filled.derived.still_path.exists() and not filled.derived.waveform_path.exists()

    # The sealed name is unreadable even where an old copy of it survives: its key is gone from the database.
    with ctx.store.read() as session:
        assert content_keys.find(session, content_keys.client_key_id(filled.client_id)) is None
        keys = [bytes(k) for k in session.scalars(select(Base.metadata.tables["content_keys"].c.key))]
    for key in keys:
        with pytest.raises(Exception):  # noqa: B017 - SealBroken or InvalidTag: no key opens it
            open_bytes(key, filled.sealed_name)
    with pytest.raises(NotFound):
        people.get_client(ctx, filled.client_id)
    with pytest.raises(NotFound):
        cases.get_case(ctx, filled.case_id)

    # One audit row, ids and counts only; the plan keeps its action but not its link to the erased point.
    entry = next(e for e in audit.list_entries(ctx) if e.action == "client.erase")
    assert entry.object_id == filled.client_id and token not in entry.detail and filled.pseudonym not in entry.detail
    action = next(a for p in plan.list_plans(ctx, case_setup["professional"].id) for a in p.actions
                  if a.id == filled.plan_action_id)
    assert action.links == ()

    # The other client's conversation, recording and annotation are untouched, and the scan does see them.
    assert [a.observation for a in annotations.list_for_recording(ctx, other.recording.id)] == [other.marker]
    assert people.get_client(ctx, case_setup["client"].id).has_real_name
    if _plain_database(ctx):
        assert everywhere({"control": other.marker.encode()})


def test_preview_changes_nothing_and_names_what_goes(case_setup):
    ctx = case_setup["ctx"]
    client = case_setup["client"]
    with ctx.store.read() as session:
        rows_before = {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}
    report = client_erasure.preview(ctx, client.id)
    with ctx.store.read() as session:
        rows_after = {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}
    assert rows_after == rows_before
    assert (report.cases, report.conversations, report.consents, report.real_name) == (1, 1, 2, 1)
    assert report.lines(done=False)[0].startswith(f"Wissen van cliënt {client.pseudonym}")
    assert people.client_real_name(ctx, client.id) == "Echte Naam"


def test_only_the_clients_own_professional_may_erase(case_setup):
    ctx = case_setup["ctx"]
    client = case_setup["client"]
    coach = case_setup["coach"]
    as_coach = ctx.as_actor(Actor(coach.id, coach.name, coach.role))
    with pytest.raises(NotAllowed):
        client_erasure.erase_client(as_coach, client.id)
    other_pro, other_reviewer = people.add_professional(ctx, "Karim Bouzid")
    as_other = ctx.as_actor(Actor(other_reviewer.id, other_reviewer.name, "professional"))
    with pytest.raises(NotAllowed):
        client_erasure.preview(as_other, client.id)
    cases.add_case(ctx, other_pro.id, client.id, "Tweede traject")  # a case with someone else: not hers alone
    with pytest.raises(NotAllowed):
        client_erasure.erase_client(ctx, client.id)
    assert people.get_client(ctx, client.id).pseudonym == client.pseudonym
    system = ctx.as_actor(Actor(None, "systeem"))
    assert client_erasure.erase_client(system, client.id).cases == 2


def test_a_client_is_found_by_id_or_pseudonym_never_by_a_guess(case_setup):
    ctx = case_setup["ctx"]
    client = case_setup["client"]
    assert client_erasure.find_client(ctx, client.pseudonym) == client.id
    assert client_erasure.find_client(ctx, str(client.id)) == client.id
    with pytest.raises(NotFound):
        client_erasure.find_client(ctx, "C-BESTAATNIET")
    clash = people.add_client(ctx, pseudonym=str(client.id + 100))
    twin = people.add_client(ctx, pseudonym=str(clash.id))  # its pseudonym is another client's id
    with pytest.raises(BadInput, match="zowel het pseudoniem"):
        client_erasure.find_client(ctx, twin.pseudonym)
