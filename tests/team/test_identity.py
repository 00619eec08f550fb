"""Team mode through the workbench's own code: who you are follows from your database login, a wrong password or
a login that is not (or no longer) a member is refused in one clear line, and the services run under the same
row-level security: a colleague's case stays invisible, a coach cannot change the professional's annotations."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import KijkwijzerError, NotAllowed, StoreError
from kijkwijzer.services import annotations, cases, consent, people, recordings, team_members
from kijkwijzer.services.context import Actor
from kijkwijzer.services.open_workspace import open_context
from tests.support.cli import run_cli
from tests.support.team import PASSWORD, team_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def team(postgres_server, tmp_path):
    with team_database(postgres_server, tmp_path) as db:
        for short, name, role in (("anna", "Anna de Vries", "professional"), ("bert", "Bert Bakker", "professional"),
                                  ("carl", "Carl Coach", "coach")):
            db.add_member(short, name, role)
        yield db


def test_a_member_is_who_their_login_is(team):
    anna = team.context("anna")
    assert (anna.actor.reviewer_id, anna.actor.name, anna.identity_fixed) == (team.reviewer_ids["anna"],
                                                                             "Anna de Vries", True)
    with pytest.raises(NotAllowed, match="volgt uit uw login"):
        anna.as_actor(Actor(team.reviewer_ids["carl"], "Carl Coach", "coach"))
    assert team.admin.identity_fixed is False and team.admin.team.administrator


def test_wrong_password_unknown_login_and_removed_member_are_refused(team):
    with pytest.raises(StoreError) as wrong:
        open_context(team.workspace("anna", password="niet-het-wachtwoord"))
    assert "login of wachtwoord onjuist" in wrong.value.nl and "wrong login or password" in wrong.value.en
    import psycopg

    with psycopg.connect(team.server.dsn(), autocommit=True) as conn:  # a login that is not a team member
        conn.execute(f'CREATE ROLE "vreemd_{team.name}" LOGIN PASSWORD \'{PASSWORD}\' IN ROLE kijkwijzer_team')
    team.logins["vreemd"] = f"vreemd_{team.name}"
    with pytest.raises(StoreError, match="geen lid van dit team"):
        open_context(team.workspace("vreemd"))
    carl = team.context("carl")
    team_members.remove_member(team.admin, team.reviewer_ids["carl"])
    with pytest.raises(KijkwijzerError):  # his open workbench is cut off
        people.list_reviewers(carl)
    with pytest.raises(StoreError, match="login of wachtwoord onjuist"):
        open_context(team.workspace("carl"))
    assert people.get_reviewer(team.admin, team.reviewer_ids["carl"]).archived


def test_a_member_cannot_open_a_schema_the_administrator_has_not_upgraded(team):
    with team.admin.store.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0003_sealed'"))
    with pytest.raises(StoreError, match="beheerder moet de teamdatabase eerst bijwerken"):
        open_context(team.workspace("anna"))
    with team.admin.store.read() as session:  # nothing was changed
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0003_sealed"
    with team.admin.store.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0005_method'"))


def _case_of_anna(team, video):
    anna = team.context("anna")
    client = people.add_client(anna, real_name="Piet Jansen")
    pro_id = people.get_reviewer(anna, anna.actor.reviewer_id).professional_id
    case = cases.add_case(anna, pro_id, client.id, "Schulden")
    conv = cases.add_conversation(anna, case.id, date(2026, 11, 2))
    consent.grant(anna, conv.id, "recording", date(2026, 11, 2), method="verbal", verbal_at_ms=0)
    consent.grant(anna, conv.id, "analysis", date(2026, 11, 2), method="verbal", verbal_at_ms=0,
                  reviewer_ids=(team.reviewer_ids["carl"],))
    rec = recordings.import_recording(anna, conv.id, video)
    return anna, client, case, rec


def test_services_run_under_the_policies(team, test_video):
    anna, client, case, rec = _case_of_anna(team, test_video)
    own = annotations.add(anna, AnnotationDraft(rec.id, 1000, observation="eigen waarneming"))
    carl, bert = team.context("carl"), team.context("bert")
    assert [c.id for c in cases.list_cases(carl)] == [case.id]
    assert cases.list_cases(bert) == [] and people.list_clients(bert) == []
    assert people.client_real_name(anna, client.id) == "Piet Jansen"
    coach_note = annotations.add(carl, AnnotationDraft(rec.id, 2000, observation="van de coach"))
    assert coach_note.reviewer_id == team.reviewer_ids["carl"]
    assert recordings.media_source(carl, rec.id).key is not None  # named in the consent: he can play it
    with pytest.raises(KijkwijzerError):
        annotations.update(carl, own.id, observation="overschreven")
    with pytest.raises(KijkwijzerError):
        recordings.media_source(bert, rec.id)
    assert annotations.get(anna, own.id).observation == "eigen waarneming"


def test_the_cli_adds_a_member_who_then_works_as_themselves(team):
    admin_args = ("--db", team.admin.workspace.db_url, "--media", str(team.media))
    login = f"dina_{team.name.removeprefix('kw_team_')}"
    added = run_cli(*admin_args, "team", "add-member", login, "--name", "Dina Docent", "--role", "coach",
                    "--password-env", "TEAM_PW", env={"TEAM_PW": "een-goed-wachtwoord"})
    team.logins["dina"] = login
    assert added.returncode == 0, added.stderr
    member_args = ("--db", team.server.url(team.name, login, "een-goed-wachtwoord"), "--media", str(team.media))
    listed = run_cli(*member_args, "team", "members")
    assert listed.returncode == 0 and "Dina Docent" in listed.stdout
    refused = run_cli(*member_args, "--as", str(team.reviewer_ids["anna"]), "cases", "list")
    assert refused.returncode != 0 and "volgt uit uw login" in refused.stderr
    again = run_cli(*member_args, "team", "add-member", "x_iemand", "--name", "X", "--certificate")
    assert again.returncode != 0 and "Alleen de beheerder" in again.stderr


def test_a_member_cannot_back_up_or_restore_the_team_database(team, tmp_path):
    from kijkwijzer.services.exchange import backup

    anna = team.context("anna")
    with pytest.raises(NotAllowed, match="de beheerder de reservekopie"):
        backup.create_backup(anna, tmp_path / "kopie.kwb", passphrase="een-lang-wachtwoord")
    assert not (tmp_path / "kopie.kwb").exists()


def test_after_changing_their_password_a_member_keeps_working(team):
    anna = team.context("anna")
    team_members.set_password(anna, "mijn-nieuwe-wachtwoord")
    anna.store.engine.dispose()  # every next statement needs a new connection, with the new password
    assert people.get_reviewer(anna, team.reviewer_ids["anna"]).name == "Anna de Vries"
    with pytest.raises(StoreError, match="login of wachtwoord onjuist"):
        open_context(team.workspace("anna"))  # the old one is refused
    assert open_context(team.workspace("anna", password="mijn-nieuwe-wachtwoord")).actor.name == "Anna de Vries"
