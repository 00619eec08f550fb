"""People in the intake: a professional renamed (their reviewer row follows), reviewers edited and archived
(annotations stay, choosers no longer offer them), a client's real name set, cleared and shown only to
their own professional, with an audit row for every look."""

from __future__ import annotations

import pytest

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.services import annotations, audit, people, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.services.topics import Area


def test_renaming_a_professional_renames_the_reviewer_they_annotate_as(ctx):
    events = []
    ctx.bus.subscribe(Area.PEOPLE, events.append)
    pro, own = people.add_professional(ctx, "Sanne de Vries")
    changed = people.update_professional(ctx, pro.id, name="  Sanne de Vries-Bakker ", function="werkregisseur")
    assert (changed.name, changed.function) == ("Sanne de Vries-Bakker", "werkregisseur")
    assert people.get_reviewer(ctx, own.id).name == "Sanne de Vries-Bakker"
    assert [p.name for p in people.list_professionals(ctx)] == ["Sanne de Vries-Bakker"]
    assert [e.topic for e in events] == ["people.changed", "people.changed"]
    with pytest.raises(BadInput, match="leeg"):
        people.update_professional(ctx, pro.id, name="  ")
    with pytest.raises(NotFound):
        people.update_professional(ctx, 999, name="X")
    assert "professional.update" in [e.action for e in audit.list_entries(ctx)]


def test_reviewers_are_edited_and_the_professionals_own_role_is_fixed(ctx):
    _pro, own = people.add_professional(ctx, "Sanne de Vries")
    coach = people.add_reviewer(ctx, "Joost", "coach")
    renamed = people.update_reviewer(ctx, coach.id, name="Joost Bakker", role="researcher")
    assert (renamed.name, renamed.role, renamed.archived) == ("Joost Bakker", "researcher", False)
    with pytest.raises(NotAllowed) as refused:
        people.update_reviewer(ctx, own.id, role="coach")
    assert "professional" in refused.value.nl and "professional" in refused.value.en
    with pytest.raises(BadInput):
        people.update_reviewer(ctx, coach.id, role="professional")  # a professional is added as one
    with pytest.raises(BadInput, match="Onbekende rol"):
        people.update_reviewer(ctx, coach.id, role="baas")
    people.update_reviewer(ctx, own.id, name="Sanne Bakker")  # the name of the professional's own row: both change
    assert [p.name for p in people.list_professionals(ctx)] == ["Sanne Bakker"]


def test_an_archived_reviewer_keeps_annotations_but_leaves_the_choosers(case_setup, test_video):
    ctx, coach = case_setup["ctx"], case_setup["coach"]
    recording = recordings.import_recording(ctx, case_setup["conversation"].id, test_video)
    as_coach = ctx.as_actor(Actor(coach.id, coach.name, coach.role))
    annotations.add(as_coach, AnnotationDraft(recording.id, 1000, observation="weerstand?"))

    archived = people.archive_reviewer(ctx, coach.id)
    assert archived.archived
    assert coach.id not in [r.id for r in people.list_reviewers(ctx)]
    assert [r.archived for r in people.list_reviewers(ctx, include_archived=True) if r.id == coach.id] == [True]
    notes = annotations.list_for_recording(ctx, recording.id)
    assert [(n.reviewer_id, n.observation) for n in notes] == [(coach.id, "weerstand?")]
    with pytest.raises(NotAllowed) as refused:
        people.archive_reviewer(ctx, case_setup["reviewer"].id)
    assert "gearchiveerd" in refused.value.nl and "archived" in refused.value.en

    back = people.archive_reviewer(ctx, coach.id, archived=False)
    assert not back.archived and coach.id in [r.id for r in people.list_reviewers(ctx)]
    actions = [e.action for e in audit.list_entries(ctx) if e.object_type == "reviewer" and e.object_id == coach.id]
    assert actions[:2] == ["reviewer.unarchive", "reviewer.archive"]


def test_a_clients_real_name_is_set_cleared_and_shown_only_to_their_professional(case_setup):
    ctx, client = case_setup["ctx"], case_setup["client"]
    assert client.has_real_name
    assert people.client_real_name(ctx, client.id) == "Echte Naam"
    changed = people.update_client(ctx, client.id, profile="Vader van twee")
    assert (changed.profile, changed.has_real_name, changed.pseudonym) == ("Vader van twee", True, client.pseudonym)

    coach = case_setup["coach"]
    with pytest.raises(NotAllowed) as refused:
        people.client_real_name(ctx.as_actor(Actor(coach.id, coach.name, coach.role)), client.id)
    assert "echte naam" in refused.value.nl and "real name" in refused.value.en
    _other_pro, other_rev = people.add_professional(ctx, "Andere Klantmanager")
    with pytest.raises(NotAllowed):
        people.client_real_name(ctx.as_actor(Actor(other_rev.id, other_rev.name, "professional")), client.id)

    people.update_client(ctx, client.id, real_name="Nieuwe Naam")
    assert people.client_real_name(ctx, client.id) == "Nieuwe Naam"
    cleared = people.update_client(ctx, client.id, real_name="")
    assert not cleared.has_real_name and people.client_real_name(ctx, client.id) is None
    assert people.get_client(ctx, client.id) == cleared

    looks = [e for e in audit.list_entries(ctx) if e.action == "client.view_name"]
    assert len(looks) == 3 and all(e.object_id == client.id for e in looks)
    assert not any("Naam" in e.detail for e in audit.list_entries(ctx))  # the audit log never holds the name


def test_the_real_name_is_stored_sealed_with_the_clients_own_key_and_clearing_destroys_the_key(case_setup):
    from kijkwijzer.services import content_keys
    from kijkwijzer.store.models import Client, ContentKey

    ctx, client = case_setup["ctx"], case_setup["client"]
    key_id = content_keys.client_key_id(client.id)
    with ctx.store.read() as session:
        sealed = bytes(session.get(Client, client.id).real_name_sealed)
        assert session.get(ContentKey, key_id) is not None
    assert b"Echte" not in sealed and "Echte".encode("utf-16-le") not in sealed

    people.update_client(ctx, client.id, real_name=None)
    with ctx.store.read() as session:
        assert session.get(ContentKey, key_id) is None  # even a copy of the old value can no longer be opened
        assert session.get(Client, client.id).real_name_sealed is None
