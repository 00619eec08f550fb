"""search: one full-text index over the words of every recording (issue 15, part 4)

Revision ID: 0006_search
Revises: 0005_method

What is searched: an annotation's own texts (observation, below the waterline, felt but unsaid, labels), its quote,
a transcript cue, a client's reaction to a fragment (words, feeling, addition) and the client's words with a
feedback score. services/search.py reads it.

SQLite: an FTS5 table `search_text` (unicode61 with diacritics removed; no prefix indexes: a word's start is found
by a range of terms, and prefix indexes made every deletion two to four times slower) kept by triggers on the four
source tables, so the index changes in the very transaction that changes the text, whoever writes it (a service,
an import, a restore, a cascade of an erasure). Its option 'secure-delete' removes a deleted
row's words from the index b-tree at once (without it FTS5 keeps them behind a delete marker until a merge), and
the connection's `secure_delete` pragma zeroes the freed pages. The rows that exist are indexed here.
The rowid of an entry is the source row's id * 8 + the kind's number (KINDS), so a trigger finds its entry.
NB: a later `batch_alter_table` on one of the source tables copies the table and drops it, and its triggers with
it: such a migration must create them again (tests/services/test_search_index.py names them).

PostgreSQL: nothing is copied. GIN indexes on to_tsvector('dutch', ...) expressions of the source tables; a search
reads the source tables through the member's own login, so row-level security (team_0004.sql) decides what is
found, and no new table needs grants or policies. The expressions here must stay those of services/search_sources.py.
"""
from alembic import op

revision = "0006_search"
down_revision = "0005_method"
branch_labels = None
depends_on = None

# kind: (its number in the rowid, the source table, the text indexed (SQLite), the columns whose change re-indexes it)
KINDS = {
    "annotation": (1, "annotations",
                   ("trim(NEW.observation || char(10) || NEW.below_waterline || char(10) || NEW.felt_unsaid"
                   " || char(10) || NEW.tags, char(10) || ' ')"),
                   "observation, below_waterline, felt_unsaid, tags"),
    "quote": (2, "annotations", "trim(NEW.quote)", "quote"),
    "cue": (3, "transcript_cues", "trim(NEW.text)", "text"),
    "reaction": (4, "client_reactions",
                 "trim(NEW.words || char(10) || NEW.feeling || char(10) || NEW.addition, char(10) || ' ')",
                 "words, feeling, addition"),
    "feedback": (5, "feedback_scores", "trim(NEW.words)", "words"),
}
TABLES = ("annotations", "transcript_cues", "client_reactions", "feedback_scores")

# PostgreSQL: (index name, table, the document); text || text is immutable, as an index expression must be.
PG_INDEXES = (
    ("ix_search_annotations", "annotations",
     "observation || ' ' || below_waterline || ' ' || felt_unsaid || ' ' || tags"),
    ("ix_search_quotes", "annotations", "quote"),
    ("ix_search_cues", "transcript_cues", "text"),
    ("ix_search_reactions", "client_reactions", "words || ' ' || feeling || ' ' || addition"),
    ("ix_search_feedback", "feedback_scores", "words"),
)


def _inserts(table: str, row: str, source: str = "") -> str:
    """The INSERTs that index `row` (NEW in a trigger) of `table`, one per kind, each only for a text that is not
    empty; `source` is the FROM clause of the rows already there."""
    out = []
    for kind, (number, of_table, body, _columns) in KINDS.items():
        if of_table != table:
            continue
        body = body.replace("NEW.", f"{row}.")
        out.append(f"INSERT INTO search_text (rowid, body, kind, source_id) SELECT {row}.id * 8 + {number}, {body}, "
                   f"'{kind}', {row}.id {source}WHERE {body} <> '';")
    return "\n  ".join(out)


def _deletes(table: str) -> str:
    numbers = ", ".join(f"OLD.id * 8 + {n}" for n, of_table, _b, _c in KINDS.values() if of_table == table)
    return f"DELETE FROM search_text WHERE rowid IN ({numbers});"


def _columns(table: str) -> str:
    columns = [c.strip() for _n, of_table, _b, cols in KINDS.values() if of_table == table for c in cols.split(",")]
    return ", ".join(dict.fromkeys(columns))


def _sqlite_upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE search_text USING fts5(body, kind UNINDEXED, source_id UNINDEXED, "
               "tokenize = 'unicode61 remove_diacritics 2')")
    op.execute("INSERT INTO search_text (search_text, rank) VALUES ('secure-delete', 1)")
    for table in TABLES:
        short = table.removesuffix("s")
        op.execute(f"CREATE TRIGGER search_{short}_added AFTER INSERT ON {table} BEGIN\n  "
                   f"{_inserts(table, 'NEW')}\nEND")
        op.execute(f"CREATE TRIGGER search_{short}_changed AFTER UPDATE OF {_columns(table)} ON {table} BEGIN\n  "
                   f"{_deletes(table)}\n  {_inserts(table, 'NEW')}\nEND")
        op.execute(f"CREATE TRIGGER search_{short}_deleted AFTER DELETE ON {table} BEGIN\n  {_deletes(table)}\nEND")
        for statement in _inserts(table, table, f"FROM {table} ").split("\n  "):  # the rows already there
            op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
        return
    for name, table, document in PG_INDEXES:
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (to_tsvector('dutch', {document}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TABLES:
            short = table.removesuffix("s")
            for event in ("added", "changed", "deleted"):
                op.execute(f"DROP TRIGGER IF EXISTS search_{short}_{event}")
        op.execute("DROP TABLE IF EXISTS search_text")
        return
    for name, _table, _document in PG_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
