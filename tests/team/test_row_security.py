"""Row-level security of a team database, checked by connecting as each person with plain psycopg (no Kijkwijzer
code in between): for every row of tests/team/row_data.py, who can SELECT it, and who can UPDATE and DELETE it
(everyone else gets 0 rows or permission denied); then the INSERTs a person must not make, and the audit log,
which the server stamps with the login (nobody can write a row in someone else's name)."""

from __future__ import annotations

import psycopg
import pytest

from tests.support.team import team_database
from tests.team.row_data import EVERYONE, build

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def team(postgres_server, tmp_path_factory):
    with team_database(postgres_server, tmp_path_factory.mktemp("team")) as db:
        db.rows = build(db)
        yield db


def _changes(conn, statement: str) -> int:
    """Rows the statement touched, rolled back at once; permission denied counts as 0."""
    try:
        with conn.transaction(force_rollback=True):
            return conn.execute(statement).rowcount
    except psycopg.errors.InsufficientPrivilege:
        return 0


def _first_column(conn, table: str) -> str:
    return conn.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                        "ORDER BY ordinal_position LIMIT 1", (table,)).fetchone()[0]


@pytest.mark.parametrize("login", sorted(EVERYONE))
def test_each_person_reads_exactly_their_rows(team, login):
    wrong = []
    with team.connect(login) as conn:
        for row in team.rows:
            seen = conn.execute(f"SELECT count(*) FROM {row.table} WHERE {row.where}").fetchone()[0] > 0
            if seen != (login in row.readers):
                wrong.append(f"{row.name} ({row.table}): {'sees' if seen else 'does not see'} it")
    assert not wrong, f"{login}: " + "; ".join(wrong)


@pytest.mark.parametrize("login", sorted(EVERYONE))
def test_each_person_changes_and_deletes_only_their_rows(team, login):
    wrong = []
    with team.connect(login) as conn:
        for row in team.rows:
            column = _first_column(conn, row.table)
            updated = _changes(conn, f"UPDATE {row.table} SET {column} = {column} WHERE {row.where}") > 0
            deleted = _changes(conn, f"DELETE FROM {row.table} WHERE {row.where}") > 0
            may = login in row.writers
            if updated != may:
                wrong.append(f"UPDATE {row.name}: {'allowed' if updated else 'refused'}")
            if deleted != may:
                wrong.append(f"DELETE {row.name}: {'allowed' if deleted else 'refused'}")
    assert not wrong, f"{login}: " + "; ".join(wrong)


def _insert(conn, statement: str, params: tuple) -> bool:
    try:
        with conn.transaction(force_rollback=True):
            conn.execute(statement, params)
        return True
    except psycopg.errors.InsufficientPrivilege:
        return False


def test_inserts_a_person_must_not_make_are_refused(team):
    ids = team.reviewer_ids
    with team.admin.store.engine.connect() as admin:
        from sqlalchemy import text

        rec_a = admin.execute(text("SELECT id FROM recordings WHERE sha256 = :s"), {"s": "a" * 64}).scalar_one()
        conv_a = admin.execute(text("SELECT conversation_id FROM recordings WHERE id = :r"), {"r": rec_a}).scalar_one()
        share = admin.execute(text("SELECT id FROM lab_shares")).scalar_one()
        case_b_client = admin.execute(text("SELECT id FROM clients WHERE pseudonym = 'C-B'")).scalar_one()
        frag_a = admin.execute(text("SELECT fragment_id FROM lab_shares")).scalar_one()
        group = admin.execute(text("SELECT id FROM learning_groups")).scalar_one()
        pro_a = admin.execute(text("SELECT professional_id FROM reviewers WHERE id = :r"), {"r": ids["anna"]}).scalar_one()
    annotate = "INSERT INTO annotations (recording_id, reviewer_id, start_ms, observation, quote, below_waterline, " \
               "felt_unsaid, tags, created_at, updated_at) VALUES (%s, %s, 0, 'x', '', '', '', '', now(), now())"
    feedback = "INSERT INTO lab_feedback (share_id, reviewer_id, kind, text, created_at, updated_at) " \
               "VALUES (%s, %s, 'top', 'goed', now(), now())"
    expectations = [
        ("carl annotates recording a as himself", "carl", annotate, (rec_a, ids["carl"]), True),
        ("carl annotates recording a in anna's name", "carl", annotate, (rec_a, ids["anna"]), False),
        ("rita (named nowhere) annotates recording a", "rita", annotate, (rec_a, ids["rita"]), False),
        ("lea (learning group) annotates recording a", "lea", annotate, (rec_a, ids["lea"]), False),
        ("lea gives feedback on the shared fragment", "lea", feedback, (share, ids["lea"]), True),
        ("lea gives feedback in bert's name", "lea", feedback, (share, ids["bert"]), False),
        ("rita gives feedback on a share not for her", "rita", feedback, (share, ids["rita"]), False),
        ("carl shares anna's fragment with a group", "carl",
         ("INSERT INTO lab_shares (fragment_id, group_id, question, clip_sha256, clip_name, faces_blurred, created_at) "
         "VALUES (%s, %s, '', 'e', 'e.mp4', false, now())"), (frag_a, group), False),
        ("bert records a consent for anna's conversation", "bert",
         ("INSERT INTO consents (conversation_id, purpose, given_on, method, created_at) "
         "VALUES (%s, 'analysis', current_date, 'form', now())"), (conv_a, ), False),
        ("anna records a consent for her conversation", "anna",
         ("INSERT INTO consents (conversation_id, purpose, given_on, method, created_at) "
         "VALUES (%s, 'training', current_date, 'form', now())"), (conv_a, ), True),
        ("anna opens a case for bert's client", "anna",
         ("INSERT INTO cases (professional_id, client_id, title, reason, goal, profile, created_at) "
         "VALUES (%s, %s, 'x', '', '', '', now())"), (pro_a, case_b_client), False),
        ("carl makes himself a professional", "carl",
         "INSERT INTO reviewers (name, role, created_at) VALUES ('x', 'professional', now())", (), False),
        ("lea adds herself to another group", "lea",
         "INSERT INTO learning_group_members (group_id, reviewer_id) VALUES (%s, %s)", (group, ids["rita"]), False),
    ]
    wrong = []
    for label, login, statement, params, allowed in expectations:
        with team.connect(login) as conn:
            if _insert(conn, statement, params) != allowed:
                wrong.append(f"{label}: {'refused' if allowed else 'allowed'}")
    assert not wrong, "; ".join(wrong)


def test_the_audit_log_names_the_login_whoever_writes_it(team):
    for login in ("carl", "lea"):
        with team.connect(login) as conn:
            conn.execute("INSERT INTO audit_log (at, actor, action, object_type, detail) "
                         "VALUES (now(), 'Anna de Vries (#1, professional)', 'test.forged', 'test', '')")
            conn.commit()
    with team.connect("carl") as conn:
        rows = conn.execute("SELECT actor, db_role FROM audit_log WHERE action = 'test.forged'").fetchall()
        assert _changes(conn, "UPDATE audit_log SET detail = 'x' WHERE true") == 0
        assert _changes(conn, "DELETE FROM audit_log WHERE true") == 0
    assert rows == [(f"Carl Coach (#{team.reviewer_ids['carl']}, coach)", team.logins["carl"])]


def test_without_the_row_the_media_key_is_out_of_reach(team):
    """The shared media folder holds only sealed files: a person who may not see a recording cannot read its key."""
    for login, expected in (("anna", 1), ("carl", 1), ("bert", 0), ("lea", 0), ("rita", 0)):
        with team.connect(login) as conn:
            found = conn.execute("SELECT count(*) FROM content_keys WHERE id = %s", (f"media:{'a' * 64}",)).fetchone()[0]
        assert found == expected, login


def test_every_table_is_in_the_matrix_and_guarded(team):
    """A table added later without policies (or left out of this matrix) fails here."""
    from kijkwijzer.store.models import Base

    tables = set(Base.metadata.tables)
    assert {row.table for row in team.rows} | {"audit_log"} == tables
    with team.connect("anna") as conn:
        unguarded = [name for (name,) in conn.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace "
            "AND NOT relrowsecurity AND relname <> 'alembic_version'")]
    assert unguarded == []
