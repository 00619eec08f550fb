"""Where each kind of search hit comes from, as SQL (services/search.py puts it together per database).

The PostgreSQL `document` of each kind is the expression of its GIN index (migration 0006_search), column for
column, so the planner uses the index; `shown` is the same text with its fields on lines of their own, for the
snippet. On SQLite the FTS5 table `search_text` holds the text (kept by triggers): one pass over its matches ranks
them all (a pass per kind would read every match five times), then each kind's rows are looked up by id.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("annotation", "quote", "cue", "reaction", "feedback")


@dataclass(frozen=True)
class Source:
    kind: str
    table: str  # the source table, as `o`
    document: str  # PostgreSQL: the indexed text
    shown: str  # PostgreSQL: the text a snippet is cut from
    recording: str  # the recording's id (NULL: a conversation without one)
    conversation: str
    time: str  # ms into the recording (NULL: none)
    who: str  # the reviewer, the speaker, the feedback question
    joins: str = ""  # what else it needs


_ANNOTATION = {"table": "annotations", "recording": "o.recording_id", "conversation": "r.conversation_id",
               "time": "o.start_ms", "who": "(SELECT w.name FROM reviewers w WHERE w.id = o.reviewer_id)"}
SOURCES = {
    "annotation": Source(
        "annotation", document="o.observation || ' ' || o.below_waterline || ' ' || o.felt_unsaid || ' ' || o.tags",
        shown="o.observation || E'\\n' || o.below_waterline || E'\\n' || o.felt_unsaid || E'\\n' || o.tags",
        **_ANNOTATION),
    "quote": Source("quote", document="o.quote", shown="o.quote", **_ANNOTATION),
    "cue": Source("cue", table="transcript_cues", document="o.text", shown="o.text", recording="o.recording_id",
                  conversation="r.conversation_id", time="o.start_ms", who="o.speaker"),
    "reaction": Source("reaction", table="client_reactions", joins="JOIN fragments f ON f.id = o.fragment_id",
                       document="o.words || ' ' || o.feeling || ' ' || o.addition",
                       shown="o.words || E'\\n' || o.feeling || E'\\n' || o.addition",
                       recording="f.recording_id", conversation="r.conversation_id", time="f.start_ms", who="''"),
    "feedback": Source("feedback", table="feedback_scores", document="o.words", shown="o.words",
                       recording="(SELECT min(x.id) FROM recordings x WHERE x.conversation_id = o.conversation_id)",
                       conversation="o.conversation_id", time="NULL", who="o.question_id"),
}

_COLUMNS = ("o.id AS object_id, r.id AS recording_id, r.original_name AS recording_name, v.id AS conversation_id, "
            "v.sequence AS sequence, c.id AS case_id, c.title AS case_title, {time} AS time_ms, {who} AS who")
_PLACE = ("{join} recordings r ON r.id = {recording} JOIN conversations v ON v.id = {conversation} "
          "JOIN cases c ON c.id = v.case_id")


def _place(source: Source) -> str:
    """The recording, conversation and case of a hit; a feedback score's conversation may have no recording."""
    join = "LEFT JOIN" if source.kind == "feedback" else "JOIN"
    return _PLACE.format(join=join, recording=source.recording, conversation=source.conversation)


def sqlite_ranked_sql(visible: bool) -> str:
    """The best entries of the FTS5 index of every kind in one pass over its matches (kind, source_id, rank,
    snippet); with `visible` only those of the conversations in :conversations, looked up per match. Parameters
    :query (fts5_query), :open, :close, :limit."""
    where = ""
    if visible:
        whens = " ".join(f"WHEN '{s.kind}' THEN (SELECT v.id FROM {s.table} o {s.joins} {_place(s)} "
                         "WHERE o.id = search_text.source_id)" for s in SOURCES.values())
        where = f" AND (CASE search_text.kind {whens} END) IN :conversations"
    return ("SELECT search_text.kind AS kind, search_text.source_id AS source_id, bm25(search_text) AS rank, "
            "snippet(search_text, 0, :open, :close, '…', 18) AS snippet FROM search_text "
            f"WHERE search_text MATCH :query{where} ORDER BY rank LIMIT :limit")


def details_sql(source: Source) -> str:
    """Where the rows :ids of `source` are (recording, conversation, case), their moment and who."""
    columns = _COLUMNS.format(time=source.time, who=source.who)
    return f"SELECT {columns} FROM {source.table} o {source.joins} {_place(source)} WHERE o.id IN :ids"


def postgres_sql(source: Source, visible: bool) -> str:
    """Parameters :query (tsquery), :options (ts_headline's), :limit and, with `visible`, :conversations. The best
    rows first, their snippets after the LIMIT (ts_headline is the costly part)."""
    where = " AND v.id IN :conversations" if visible else ""
    columns = _COLUMNS.format(time=source.time, who=source.who)
    vector = f"to_tsvector('dutch', {source.document})"
    inner = (f"SELECT {columns}, {source.shown} AS shown, ts_rank({vector}, q.q) AS rank "
             f"FROM {source.table} o {source.joins} {_place(source)} CROSS JOIN to_tsquery('dutch', :query) AS q(q) "
             f"WHERE {vector} @@ q.q{where} ORDER BY rank DESC LIMIT :limit")
    return (f"SELECT h.*, ts_headline('dutch', h.shown, to_tsquery('dutch', :query), :options) AS snippet "
            f"FROM ({inner}) h")
