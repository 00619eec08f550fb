"""Search across recordings: every annotation, quote, transcript cue, client reaction and client feedback that
holds the words typed, in every recording the acting reviewer may see, each hit with its moment.

Single-user (SQLite): the FTS5 index `search_text` (migration 0006_search, kept by triggers in the transaction of
every change, so it never lags and an erasure takes its words along); words are matched as word starts, without
regard to case or diacritics ("gesp" finds "Gesprekken", "client" finds "cliënt"), but not stemmed.
Team mode (PostgreSQL): the 'dutch' text search configuration over GIN expression indexes of the source tables,
read through the member's own login, so row-level security decides what is found; words are stemmed and matched
as word starts ("gesprekken" finds "gesprek"), and Dutch stop words ("de", "het", "en") are left out.
On both, who may see what is also applied here (the rule of access.refusal and of team_0004.sql's
kw_visible_conversations): the case's own professional and the reviewers named in the analysis consent in force;
a learning group finds nothing; the system (the CLI without --as) everything.
Input is treated as words only (domain/search_words.py): no input is query syntax, so none makes a query fail.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import BindParameter, bindparam, select, text
from sqlalchemy.orm import Session

from kijkwijzer.domain import search_words
from kijkwijzer.errors import BadInput
from kijkwijzer.store.models import Case, Consent, ConsentReviewer, Conversation, Reviewer

from .access import in_force
from .context import Actor, Context
from .search_sources import KINDS, SOURCES, details_sql, postgres_sql, sqlite_ranked_sql

DEFAULT_LIMIT = 200
MAX_LIMIT = 2000
_HEADLINE = (f"StartSel={search_words.MARK_OPEN}, StopSel={search_words.MARK_CLOSE}, MaxWords=24, MinWords=10, "
             "ShortWord=2, HighlightAll=false")


@dataclass(frozen=True)
class SearchHit:
    """One text that holds the words. `kind`: annotation (its observation and other notes), quote, cue (a
    transcript line), reaction (the client's reaction to a fragment) or feedback (the client's words with a
    feedback score: no moment, `time_ms` None, its conversation's first recording, if any)."""

    kind: str
    object_id: int  # the annotation, cue, client reaction or feedback score
    recording_id: int | None
    recording_name: str
    case_id: int
    case_title: str
    conversation_id: int
    conversation_sequence: int
    time_ms: int | None
    who: str  # the reviewer (annotation, quote), the speaker (cue), the feedback question's id
    snippet: str  # the words around the match, the matches between « and »
    parts: tuple[tuple[str, bool], ...]  # the same snippet as (text, matched) parts, to show the matches in bold


def search(ctx: Context, text_: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """The best `limit` hits for the words of `text_`, in order of case, conversation, recording and time. No
    words (only punctuation, or nothing): no hits."""
    if not 1 <= limit <= MAX_LIMIT:
        raise BadInput(f"Het aantal resultaten moet tussen 1 en {MAX_LIMIT} liggen.",
                       f"The number of results must be between 1 and {MAX_LIMIT}.")
    found = search_words.words(text_)
    if not found:
        return []
    with ctx.store.read() as session:
        visible = visible_conversations(session, ctx.actor)
        if visible is not None and not visible:
            return []
        ranked = _sqlite(session, found, visible, limit) if ctx.store.is_sqlite else \
            _postgres(session, found, visible, limit)
    ranked.sort(key=lambda pair: pair[0])
    hits = [hit for _rank, hit in ranked[:limit]]
    hits.sort(key=lambda h: (h.case_title.casefold(), h.case_id, h.conversation_sequence, h.conversation_id,
                             h.recording_id or 0, h.time_ms if h.time_ms is not None else -1,
                             KINDS.index(h.kind), h.object_id))
    return hits


def visible_conversations(session: Session, actor: Actor) -> set[int] | None:
    """The conversations whose recordings `actor` may open (None: all of them, for the system)."""
    if actor.reviewer_id is None:
        return None
    reviewer = session.get(Reviewer, actor.reviewer_id)
    if reviewer is None or reviewer.role == "learning_group":
        return set()
    named = set(session.scalars(
        select(Consent.conversation_id).join(ConsentReviewer, ConsentReviewer.consent_id == Consent.id)
        .where(Consent.purpose == "analysis", in_force(), ConsentReviewer.reviewer_id == reviewer.id)))
    if reviewer.professional_id is None:
        return named
    own = session.scalars(select(Conversation.id).join(Case, Case.id == Conversation.case_id)
                          .where(Case.professional_id == reviewer.professional_id))
    return named | set(own)


def _params(visible: set[int] | None, **values: object) -> tuple[dict[str, object], list[BindParameter]]:
    binds: list[BindParameter] = [bindparam("conversations", expanding=True)] if visible is not None else []
    if visible is not None:
        values["conversations"] = sorted(visible)
    return values, binds


def _sqlite(session: Session, found: tuple[str, ...], visible: set[int] | None,
            limit: int) -> list[tuple[float, SearchHit]]:
    values, binds = _params(visible, query=search_words.fts5_query(found), limit=limit,
                            open=search_words.MARK_OPEN, close=search_words.MARK_CLOSE)
    statement = text(sqlite_ranked_sql(visible is not None)).bindparams(*binds)
    best = session.execute(statement, values).all()
    ranked = []
    for kind in KINDS:
        entries = {row.source_id: row for row in best if row.kind == kind}
        if not entries:
            continue
        details = text(details_sql(SOURCES[kind])).bindparams(bindparam("ids", expanding=True))
        for row in session.execute(details, {"ids": sorted(entries)}).mappings():
            entry = entries[row["object_id"]]
            ranked.append((float(entry.rank), _hit(kind, row, entry.snippet)))  # bm25: lower is better
    return ranked


def _postgres(session: Session, found: tuple[str, ...], visible: set[int] | None,
              limit: int) -> list[tuple[float, SearchHit]]:
    values, binds = _params(visible, query=search_words.tsquery(found), limit=limit, options=_HEADLINE)
    ranked = []
    for kind in KINDS:
        statement = text(postgres_sql(SOURCES[kind], visible is not None)).bindparams(*binds)
        for row in session.execute(statement, values).mappings():
            snippet = search_words.with_ellipsis(row["snippet"], row["shown"])
            ranked.append((-float(row["rank"]), _hit(kind, row, snippet)))  # ts_rank: higher is better
    return ranked


def _hit(kind: str, row, snippet: str) -> SearchHit:
    parts = search_words.snippet_parts(snippet)
    return SearchHit(kind=kind, object_id=row["object_id"], recording_id=row["recording_id"],
                     recording_name=row["recording_name"] or "", case_id=row["case_id"],
                     case_title=row["case_title"] or "", conversation_id=row["conversation_id"],
                     conversation_sequence=row["sequence"], time_ms=row["time_ms"], who=row["who"] or "",
                     snippet=search_words.marked_text(parts), parts=parts)
