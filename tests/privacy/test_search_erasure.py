"""Issue 15 part 4 with issue 11: the search index forgets what an erasure erases. After a client is erased no
search finds their words, and the index keeps no trace of them: not in SQLite's FTS5 shadow tables (the
'secure-delete' option takes a deleted row's words out of the index at once; without it FTS5 keeps them behind a
delete marker), not in the bytes of a plain database file, not in PostgreSQL's data directory (the GIN indexes are
rebuilt by the erasure's VACUUM FULL)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, client_erasure, client_feedback, fragments, scrub, search
from kijkwijzer.services.text_recordings import add_text_recording
from tests.support.cases import build_case
from tests.support.workspaces import open_new

from .support import scan
from .test_withdrawal_erasure import wal_recycle_off  # noqa: F401 - the fixture, used by name

SHADOW_TABLES = ("search_text_data", "search_text_idx", "search_text_content", "search_text_docsize",
                 "search_text_config")


def _fill(ctx, token: str):
    """A client whose every searchable text holds a word made of `token` (a word of its own per kind)."""
    made = build_case(ctx, purposes=("recording", "analysis", "client_interview"))
    pro = made.as_pro
    words = {kind: f"kw{kind}{token}" for kind in ("cue", "observation", "quote", "reaction", "feedback")}
    recording = add_text_recording(pro, made.conversation.id, [("Cliënt", f"Over de {words['cue']} gesproken.")],
                                   "Verslag")
    annotations.add(pro, AnnotationDraft(recording.id, 500, observation=f"Zij noemt {words['observation']}",
                                         quote=f"mijn {words['quote']}"))
    fragment = fragments.from_span(pro, recording.id, 0, 1000)
    client_feedback.record_reaction(pro, fragment.id, words=f"Ik voelde {words['reaction']}")
    question = pro.content.feedback_questions[0].id
    client_feedback.record_score(pro, made.conversation.id, question, 3, words=f"Het was {words['feedback']}")
    return made, words


def _shadow_bytes(ctx) -> bytes:
    """Every value of the FTS5 table's shadow tables, as bytes (what SQLite stores for the index)."""
    out = b""
    with ctx.store.engine.connect() as conn:
        for table in SHADOW_TABLES:
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                out += b"|".join(v if isinstance(v, bytes) else str(v).encode() for v in row)
    return out


def test_an_erased_clients_words_are_found_by_no_search_and_kept_in_no_index(ctx, wal_recycle_off):  # noqa: F811
    token = uuid.uuid4().hex[:10]
    made, words = _fill(ctx, token)
    pro = made.as_pro
    assert {h.kind for w in words.values() for h in search.search(pro, w)} == {"cue", "annotation", "quote",
                                                                              "reaction", "feedback"}
    if ctx.store.is_sqlite:
        assert token.encode() in _shadow_bytes(ctx)  # the check below can see them

    report = client_erasure.erase_client(pro, made.client.id)

    assert report.residue == ()
    assert [w for w in words.values() if search.search(ctx, w)] == []  # not even for the system
    if ctx.store.is_sqlite:
        assert token.encode() not in _shadow_bytes(ctx)
        with ctx.store.engine.connect() as conn:
            terms = conn.execute(text("SELECT count(*) FROM search_text_data")).scalar_one()
        assert terms >= 1  # the index itself is still there (its structure record), only the words are gone
    else:  # the lexemes ('dutch' lower-cases and stems; the token's start survives any stemming)
        left = scan(Path(wal_recycle_off.data), {f"word {k}": w[:12].encode() for k, w in words.items()})
        assert left == [], f"left in the PostgreSQL data directory: {left}"


def test_a_plain_database_file_keeps_no_erased_word(tmp_path):
    """A database of an older version, not encrypted yet: its file's bytes are readable, so they show it."""
    ctx = open_new(tmp_path / "werkmap", encrypted=False)
    token = uuid.uuid4().hex[:10]
    made, _words = _fill(ctx, token)
    scrub.checkpoint_sqlite(ctx.store)
    db = ctx.workspace.db_file
    assert token.encode() in db.read_bytes()  # before: the texts and the index hold it

    client_erasure.erase_client(made.as_pro, made.client.id)

    files = [p for p in db.parent.iterdir() if p.name.startswith(db.name)]
    assert [p.name for p in files if token.encode() in p.read_bytes()] == []
    ctx.store.dispose()


@pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)
def test_without_secure_delete_the_words_would_stay(ctx):
    """Why the option is on: the same deletion from an FTS5 table without it leaves the word in the index."""
    with ctx.store.engine.connect() as conn:
        assert conn.execute(text("SELECT v FROM search_text_config WHERE k = 'secure-delete'")).scalar_one() == 1
        conn.execute(text("CREATE VIRTUAL TABLE temp.zonder USING fts5(body)"))
        conn.execute(text("INSERT INTO temp.zonder (rowid, body) VALUES (1, 'een kwzonderq7x woord'), (2, 'ander')"))
        conn.commit()
        conn.execute(text("DELETE FROM temp.zonder WHERE rowid = 1"))
        conn.commit()
        assert conn.execute(text("SELECT count(*) FROM temp.zonder('kwzonderq7x')")).scalar_one() == 0
        blocks = b"".join(bytes(b) for (b,) in conn.execute(text("SELECT block FROM temp.zonder_data")))
        assert b"kwzonderq7x" in blocks
