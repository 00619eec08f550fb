"""The learning lab in team mode: every person connects with their own PostgreSQL login, so the server's row-level
security (migration 0004) applies to each service call. The professional shares, a group member sees exactly the
shared fragment (its clip through its own key) and loses it the moment the client withdraws; the professional's
erasures take what group members and coaches wrote, which they could not delete row by row."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text

from kijkwijzer.errors import NotAllowed, NotFound
from kijkwijzer.media.decoding import info_of
from kijkwijzer.services import annotations, consent, fragments, lab, lab_groups, recordings
from kijkwijzer.services.open_workspace import open_context
from tests.support.cases import build_case
from tests.support.team import team_database

from .lab_support import PURPOSES, picture_at

pytestmark = pytest.mark.postgres


@dataclass
class Team:
    admin: Any
    made: Any
    pro: Any  # each a context connected as that person's own login
    coach: Any
    member: Any
    outsider: Any
    group: Any


@pytest.fixture
def team(postgres_server, tmp_path):
    """The lab's people, each given a login of their own (tests/support/team.py) and connected with it."""
    with team_database(postgres_server, tmp_path) as db:
        made = build_case(db.admin, others=(("Lid Noord", "learning_group"), ("Buiten Groep", "learning_group")),
                          purposes=PURPOSES)
        for who, reviewer in (("sanne", made.reviewer), ("ahmed", made.coach), ("lid", made.reviewers["Lid Noord"]),
                              ("buiten", made.reviewers["Buiten Groep"])):
            db.add(who, reviewer.name, reviewer.role, reviewer_id=reviewer.id)
        group = lab_groups.add_group(db.admin, "Leergroep Noord")
        lab_groups.add_to_group(db.admin, group.id, made.reviewers["Lid Noord"].id)
        yield Team(db.admin, made, db.context("sanne"), db.context("ahmed"), db.context("lid"), db.context("buiten"),
                   group)


@pytest.fixture
def shared_in_team(team, test_video):
    pro = team.pro
    assert pro.actor.reviewer_id == team.made.reviewer.id  # who they are comes from the login
    recording = recordings.import_recording(pro, team.made.conversation.id, test_video)
    shared = fragments.from_span(pro, recording.id, 1000, 3000, "Formulier uitleggen")
    other = fragments.from_span(pro, recording.id, 4000, 5000, "Stilte")
    share = lab.share_fragment(pro, shared.id, team.group.id, "Wat zien jullie?")
    return recording, shared, other, share


def _sql(ctx, query: str) -> list:
    with ctx.store.read() as session:
        return list(session.execute(text(query)).scalars())


def test_a_member_sees_only_the_shared_fragment_even_in_plain_sql(team, shared_in_team):
    recording, shared, other, share = shared_in_team
    member, outsider = team.member, team.outsider
    assert [(s.id, s.title, s.question) for s in lab.shares_for_me(member)] == [(share.id, "Formulier uitleggen",
                                                                                  "Wat zien jullie?")]
    source = lab.clip_source(member, share.id)  # the clip's key is readable through the share
    assert abs(info_of(source).duration_ms - 2000) <= 80 and picture_at(source).shape == (180, 320)
    # What the server lets this login read, asked directly: the shared fragment, its clip key, nothing else.
    assert _sql(member, "SELECT id FROM fragments") == [shared.id]
    assert _sql(member, "SELECT id FROM content_keys") == [f"clip:{source.path.stem}"]
    for table in ("recordings", "annotations", "conversations", "cases", "consents", "clients"):
        assert _sql(member, f"SELECT count(*) FROM {table}") == [0], table
    for refused in (lambda: recordings.media_source(member, recording.id),
                    lambda: fragments.get(member, other.id)):
        with pytest.raises((NotAllowed, NotFound)):
            refused()
    assert lab.shares_for_me(outsider) == [] and _sql(outsider, "SELECT count(*) FROM lab_shares") == [0]
    with pytest.raises(NotFound):
        lab.clip_source(outsider, share.id)

    top = lab.add_feedback(member, share.id, "top", "Rustig uitgelegd.", "thema.raakmomenten")
    tip = lab.add_feedback(team.pro, share.id, "tip", "Vraag eerst wat hij al weet.")
    assert [f.id for f in lab.feedback_thread(member, share.id)] == [top.id, tip.id]
    with pytest.raises(NotAllowed):
        lab.update_feedback(member, tip.id, text="overschreven")
    with member.store.transaction() as session:  # and the server refuses it too, whatever the client does
        changed = session.execute(text("UPDATE lab_feedback SET text = 'x' WHERE id = :id"), {"id": tip.id})
        assert changed.rowcount == 0
    with pytest.raises(NotAllowed):
        lab.unshare(member, share.id)


def test_withdrawal_under_row_level_security_unshares_everything_at_once(team, shared_in_team):
    recording, _shared, _other, share = shared_in_team
    lab.add_feedback(team.member, share.id, "top", "Mooi moment.")  # the member's row: not the professional's
    clip = lab.clip_source(team.member, share.id).path

    report = consent.withdraw(team.pro, team.made.consents["learning_group"].id)

    assert (report.lab_shares, report.lab_feedback) == (1, 1)
    assert not clip.exists()
    for table in ("lab_shares", "lab_feedback"):
        assert _sql(team.admin, f"SELECT count(*) FROM {table}") == [0], table
    assert _sql(team.admin, "SELECT id FROM content_keys WHERE id LIKE 'clip:%'") == []
    assert lab.shares_for_me(team.member) == [] and _sql(team.member, "SELECT count(*) FROM fragments") == [0]
    assert recordings.open_recording(team.pro, recording.id).available


def test_erasing_a_recording_takes_everyones_annotations_and_the_shares(team, shared_in_team):
    """Under row-level security a reviewer deletes only their own annotations; the erasure still takes the
    coach's (they go with the recording), and the count says so."""
    from kijkwijzer.domain.annotation import AnnotationDraft

    recording, _shared, _other, share = shared_in_team
    annotations.add(team.pro, AnnotationDraft(recording.id, 500, observation="eigen"))
    annotations.add(team.coach, AnnotationDraft(recording.id, 900, observation="van de coach"))
    lab.add_feedback(team.member, share.id, "tip", "Langzamer praten.")

    report = recordings.remove_recording(team.pro, recording.id)

    assert (report.recordings, report.annotations, report.fragments, report.lab_shares) == (1, 2, 2, 1)
    for table in ("annotations", "recordings", "lab_shares", "lab_feedback"):
        assert _sql(team.admin, f"SELECT count(*) FROM {table}") == [0], table
    assert _sql(team.admin, "SELECT count(*) FROM content_keys WHERE id LIKE 'clip:%'") == [0]


def test_erasing_a_recording_under_row_level_security_destroys_its_key(team, test_video):
    recording = recordings.import_recording(team.pro, team.made.conversation.id, test_video)
    recordings.remove_recording(team.pro, recording.id)
    assert _sql(team.admin, "SELECT count(*) FROM content_keys WHERE id LIKE 'media:%'") == [0]


def test_a_member_opening_the_shared_media_folder_erases_nobody_elses_files(team, shared_in_team, postgres_server):
    """At every open, sealed files without a key are erased as leftovers; a member's connection cannot see the keys
    of what is not theirs, so it must not take those files for keyless."""
    recording, _shared, _other, share = shared_in_team
    clip = lab.clip_source(team.member, share.id).path
    vault = recordings.open_recording(team.pro, recording.id).path
    old = time.time() - 3600  # long past any grace period for a live import elsewhere
    for path in (clip, vault):
        os.utime(path, (old, old))
    again = open_context(team.outsider.workspace)  # the outsider's workbench opened once more, with their login
    again.store.dispose()
    assert clip.is_file() and vault.is_file()


def test_a_shared_fragment_deleted_by_the_coach_leaves_no_clip_behind(team, shared_in_team):
    """The coach may delete the fragment but cannot see that it is shared: the share goes by cascade, and the
    administrator's next open shreds the clip's key and file that nobody can reach any more."""
    _recording, shared, _other, share = shared_in_team
    clip = lab.clip_source(team.member, share.id).path
    fragments.delete_fragment(team.coach, shared.id)
    assert lab.shares_for_me(team.member) == [] and _sql(team.admin, "SELECT count(*) FROM lab_shares") == [0]
    old = time.time() - 3600
    os.utime(clip, (old, old))
    open_context(team.admin.workspace).store.dispose()
    assert _sql(team.admin, "SELECT count(*) FROM content_keys WHERE id LIKE 'clip:%'") == [0]
    assert not clip.exists()
