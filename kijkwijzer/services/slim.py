"""SLIM analyses per conversation, optionally per phase (a time span) and per reviewer.

The suggested verdict (kijkwijzer.domain.slim) is computed and stored with every change; the reviewer then
confirms it or overrides it with a note. Each analysis says whose approach it judges (`approach_of`). The names
shown (verdicts, lists, approaches) come from the content: `names`, `verdict_label`, `approach_label`.
Reading and writing follow the analysis consent: the case's professional and the reviewers named in it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.content import Content
from kijkwijzer.domain import slim as rules
from kijkwijzer.domain.free_text import free_line, free_text
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.store.models import Case, ConsentReviewer, Conversation, Reviewer, SlimAnalysis
from kijkwijzer.store.models.base import utcnow

from .access import require_analysis
from .context import Context
from .topics import Change


@dataclass(frozen=True)
class SlimView:
    id: int
    conversation_id: int
    case_id: int
    held_on: date
    reviewer_id: int
    reviewer_name: str
    reviewer_role: str
    start_ms: int | None
    end_ms: int | None
    phase: str
    approach_of: str  # "professional" | "andere_professionals" | "organisatie"
    zelfbeeld: tuple[str, ...]  # the first is the client's main self-image
    rol: tuple[str, ...]
    logica: tuple[str, ...]
    dimensions: dict[str, tuple[str, ...]]
    analysis: str
    suggested_verdict: str | None
    reasoning_nl: str
    reasoning_en: str
    hint: tuple[str, ...]
    verdict: str | None  # what the reviewer confirmed; None while unconfirmed
    note: str
    confirmed_at: datetime | None

    @property
    def overridden(self) -> bool:
        return self.verdict is not None and self.verdict != self.suggested_verdict

    @property
    def final_verdict(self) -> str | None:
        """The reviewer's verdict once confirmed, else the suggestion."""
        return self.verdict or self.suggested_verdict


def names(content: Content) -> rules.SlimNames:
    """The verdict labels and list titles of the content, for the reasoning."""
    return rules.SlimNames({v.id: (v.label, v.label_en) for v in content.verdicts},
                           {sl.id: (sl.title, sl.title_en) for sl in content.slim_lists})


def verdict_label(content: Content, verdict_id: str | None, lang: str = "nl") -> str:
    """A verdict's name as the content gives it ([[verdict]] label / label_en); None: "geen oordeel"."""
    if verdict_id is None:
        return "geen oordeel" if lang == "nl" else "no verdict"
    return names(content).verdict(verdict_id, lang)


def approach_label(content: Content, approach_of: str, lang: str = "nl") -> str:
    """Whose approach, as the content names it ([[approach]] slim.benadering.<value>)."""
    found = content.slim_approach(f"slim.benadering.{approach_of}")
    return found.label if lang == "nl" else found.label_en


def suggest(content: Content, zelfbeeld: Sequence[str], rol: Sequence[str], logica: Sequence[str]) -> rules.SlimSuggestion:
    """The suggested verdict for item ids (the first self-image id is the main one), named from the content."""
    c = content
    return rules.suggest_verdict([c.slim_item(i) for i in zelfbeeld], [c.slim_item(i) for i in rol],
                                 [c.slim_item(i) for i in logica], c.slim_items, names=names(c))


def _split(text: str) -> tuple[str, ...]:
    return tuple(x for x in text.split("\n") if x)


def _suggest(ctx: Context, row: SlimAnalysis) -> rules.SlimSuggestion:
    return suggest(ctx.content, _split(row.zelfbeeld), _split(row.rol), _split(row.logica))


def _checked_approach(approach_of: str) -> str:
    if approach_of not in rules.APPROACHES:
        raise BadInput(f"Onbekende benadering: {approach_of} (kies uit {', '.join(rules.APPROACHES)})",
                       f"Unknown approach: {approach_of} (choose from {', '.join(rules.APPROACHES)})")
    return approach_of


def _view(ctx: Context, session: Session, row: SlimAnalysis) -> SlimView:
    reviewer = session.get(Reviewer, row.reviewer_id)
    conv = session.get(Conversation, row.conversation_id)
    s = _suggest(ctx, row)
    dims = {k: tuple(v) for k, v in json.loads(row.dimensions or "{}").items()}
    return SlimView(
        row.id, row.conversation_id, conv.case_id if conv else 0, conv.held_on if conv else date.min,
        row.reviewer_id, reviewer.name if reviewer else "?", reviewer.role if reviewer else "?",
        row.start_ms, row.end_ms, row.phase, row.approach_of or "professional", _split(row.zelfbeeld), _split(row.rol), _split(row.logica), dims,
        row.analysis, row.suggested_verdict, s.reasoning_nl, s.reasoning_en, s.hint, row.verdict, row.note,
        row.confirmed_at)


def _require_conversation(session: Session, conversation_id: int, reviewer_id: int | None) -> Conversation:
    """The conversation exists, its client consented to analysis, and the reviewer may analyse it."""
    conv = session.get(Conversation, conversation_id)
    if conv is None:
        raise NotFound(f"Gesprek {conversation_id} bestaat niet.", f"Conversation {conversation_id} does not exist.")
    consent = require_analysis(session, conversation_id)
    if reviewer_id is None:
        return conv
    reviewer = session.get(Reviewer, reviewer_id)
    if reviewer is None:
        raise NotFound(f"Kijker {reviewer_id} bestaat niet.", f"Reviewer {reviewer_id} does not exist.")
    case = session.get(Case, conv.case_id)
    if case and reviewer.professional_id == case.professional_id:
        return conv
    if session.get(ConsentReviewer, (consent.id, reviewer_id)) is not None:
        return conv
    raise NotAllowed(f"{reviewer.name} is niet genoemd in de toestemming van de cliënt voor analyse van dit gesprek.",
                     f"{reviewer.name} is not named in the client's consent for analysing this conversation.")


def _checked_picks(ctx: Context, list_id: str, ids: Sequence[str]) -> str:
    for item_id in ids:
        try:
            item = ctx.content.slim_item(item_id)
        except KeyError:
            raise BadInput(f"Onbekend SLIM-item: {item_id}", f"Unknown SLIM item: {item_id}") from None
        if item.list != list_id:
            raise BadInput(f"{item_id} hoort niet in de lijst {list_id}.", f"{item_id} does not belong in list {list_id}.")
    return "\n".join(dict.fromkeys(ids))


def _checked_dimensions(ctx: Context, dimensions: Mapping[str, Sequence[str] | str]) -> str:
    known = {d.id: {v.id for v in d.values} for d in ctx.content.slim_dimensions}
    out: dict[str, list[str]] = {}
    for dim_id, values in dimensions.items():
        if dim_id not in known:
            raise BadInput(f"Onbekende SLIM-dimensie: {dim_id}", f"Unknown SLIM dimension: {dim_id}")
        chosen = [values] if isinstance(values, str) else list(values)
        bad = [v for v in chosen if v not in known[dim_id]]
        if bad:
            raise BadInput(f"{', '.join(bad)} is geen waarde van {dim_id}.", f"{', '.join(bad)} is not a value of {dim_id}.")
        if chosen:
            out[dim_id] = list(dict.fromkeys(chosen))
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def _check_span(start_ms: int | None, end_ms: int | None) -> None:
    if (start_ms is None) != (end_ms is None):
        raise BadInput("Geef bij een fase zowel begin als einde.", "A phase needs both a start and an end.")
    if start_ms is not None and end_ms is not None and (start_ms < 0 or end_ms <= start_ms):
        raise BadInput("De fase moet eindigen na het begin.", "The phase must end after it starts.")


def _check_verdict(verdict: str | None, suggested: str | None, note: str) -> None:
    free_text(note, "Toelichting", "Note")
    if verdict is None:
        return
    if verdict not in rules.VERDICTS:
        raise BadInput(f"Onbekend oordeel: {verdict} (kies uit {', '.join(rules.VERDICTS)})",
                       f"Unknown verdict: {verdict} (choose from {', '.join(rules.VERDICTS)})")
    if verdict != suggested and not note.strip():
        raise BadInput("Licht toe waarom je afwijkt van het voorgestelde oordeel.",
                       "Explain in a note why you differ from the suggested verdict.")


def add(ctx: Context, conversation_id: int, *, zelfbeeld: Sequence[str] = (), rol: Sequence[str] = (),
        logica: Sequence[str] = (), dimensions: Mapping[str, Sequence[str] | str] | None = None,
        start_ms: int | None = None, end_ms: int | None = None, phase: str = "", analysis: str = "",
        reviewer_id: int | None = None, verdict: str | None = None, note: str = "",
        approach_of: str = "professional") -> SlimView:
    """Record one reviewer's SLIM analysis; a `verdict` given here confirms or overrides at once.
    `zelfbeeld[0]` is the client's main self-image; `approach_of` says whose approach is judged."""
    reviewer_id = reviewer_id or ctx.actor.reviewer_id
    if reviewer_id is None:
        raise BadInput("Kies eerst wie analyseert (een kijker).", "Choose who is analysing (a reviewer) first.")
    if ctx.actor.reviewer_id is not None and reviewer_id != ctx.actor.reviewer_id:
        raise NotAllowed("Je kunt alleen je eigen SLIM-analyse vastleggen.", "You can only record your own SLIM analysis.")
    _check_span(start_ms, end_ms)
    _checked_approach(approach_of)
    with ctx.transaction() as session:
        _require_conversation(session, conversation_id, reviewer_id)
        row = SlimAnalysis(conversation_id=conversation_id, reviewer_id=reviewer_id, start_ms=start_ms, end_ms=end_ms,
                           approach_of=approach_of,
                           phase=free_line(phase, "Fase", "Phase").strip(), zelfbeeld=_checked_picks(ctx, rules.LIST_ZELFBEELD, zelfbeeld),
                           rol=_checked_picks(ctx, rules.LIST_ROL, rol),
                           logica=_checked_picks(ctx, rules.LIST_LOGICA, logica),
                           dimensions=_checked_dimensions(ctx, dimensions or {}), analysis=free_text(analysis, "Analyse", "Analysis"), note="")
        row.suggested_verdict = _suggest(ctx, row).verdict
        _check_verdict(verdict, row.suggested_verdict, note)
        if verdict is not None:
            row.verdict, row.note, row.confirmed_at = verdict, note.strip(), utcnow()
        session.add(row)
        session.flush()
        view = _view(ctx, session, row)
        ctx.changed(session, Change.SLIM_ADD, row.id, detail=f"conversation {conversation_id}: {row.suggested_verdict}",
                    scope_id=conversation_id, view=view)
    return view


def _load_own(session: Session, ctx: Context, analysis_id: int) -> SlimAnalysis:
    row = session.get(SlimAnalysis, analysis_id)
    if row is None:
        raise NotFound(f"SLIM-analyse {analysis_id} bestaat niet.", f"SLIM analysis {analysis_id} does not exist.")
    if ctx.actor.reviewer_id is not None and row.reviewer_id != ctx.actor.reviewer_id:
        raise NotAllowed("Alleen wie de analyse maakte kan die bevestigen of wijzigen.",
                         "Only the reviewer who made the analysis can confirm or change it.")
    _require_conversation(session, row.conversation_id, row.reviewer_id)
    return row


def confirm(ctx: Context, analysis_id: int, verdict: str | None = None, note: str = "") -> SlimView:
    """Accept the suggestion (no verdict given) or override it; an override needs a note."""
    with ctx.transaction() as session:
        row = _load_own(session, ctx, analysis_id)
        if row.suggested_verdict is None and verdict is None:
            raise BadInput("Er is nog geen voorgesteld oordeel; kies zelf een oordeel.",
                           "There is no suggested verdict yet; choose a verdict yourself.")
        chosen = verdict or row.suggested_verdict
        _check_verdict(chosen, row.suggested_verdict, note)
        row.verdict, row.note, row.confirmed_at = chosen, note.strip(), utcnow()
        view = _view(ctx, session, row)
        ctx.changed(session, Change.SLIM_CONFIRM, row.id, detail=f"{chosen} (voorgesteld {row.suggested_verdict})",
                    scope_id=row.conversation_id, view=view)
    return view


def update(ctx: Context, analysis_id: int, *, zelfbeeld: Sequence[str] | None = None, rol: Sequence[str] | None = None,
           logica: Sequence[str] | None = None, dimensions: Mapping[str, Sequence[str] | str] | None = None,
           analysis: str | None = None, phase: str | None = None, approach_of: str | None = None) -> SlimView:
    """Change the picks; the suggestion is recomputed and a confirmation that no longer fits is reset."""
    if approach_of is not None:
        _checked_approach(approach_of)
    with ctx.transaction() as session:
        row = _load_own(session, ctx, analysis_id)
        if approach_of is not None:
            row.approach_of = approach_of
        for name, list_id, value in (("zelfbeeld", rules.LIST_ZELFBEELD, zelfbeeld), ("rol", rules.LIST_ROL, rol),
                                     ("logica", rules.LIST_LOGICA, logica)):
            if value is not None:
                setattr(row, name, _checked_picks(ctx, list_id, value))
        if dimensions is not None:
            row.dimensions = _checked_dimensions(ctx, dimensions)
        if analysis is not None:
            row.analysis = free_text(analysis, "Analyse", "Analysis")
        if phase is not None:
            row.phase = free_line(phase, "Fase", "Phase").strip()
        before = row.suggested_verdict
        row.suggested_verdict = _suggest(ctx, row).verdict
        if row.suggested_verdict != before and row.verdict == before:
            row.verdict, row.confirmed_at = None, None  # the reviewer confirmed a suggestion that changed
        view = _view(ctx, session, row)
        ctx.changed(session, Change.SLIM_UPDATE, row.id, detail=f"{before} -> {row.suggested_verdict}",
                    scope_id=row.conversation_id, view=view)
    return view


def delete(ctx: Context, analysis_id: int) -> None:
    with ctx.transaction() as session:
        row = _load_own(session, ctx, analysis_id)
        conversation_id = row.conversation_id
        session.delete(row)
        ctx.changed(session, Change.SLIM_DELETE, analysis_id, detail=f"conversation {conversation_id}",
                    scope_id=conversation_id)


def list_for_conversation(ctx: Context, conversation_id: int, reviewer_id: int | None = None) -> list[SlimView]:
    """All reviewers' analyses of a conversation, by phase start then reviewer: ready to show side by side."""
    with ctx.store.read() as session:
        _require_conversation(session, conversation_id, ctx.actor.reviewer_id)
        query = select(SlimAnalysis).where(SlimAnalysis.conversation_id == conversation_id)
        if reviewer_id is not None:
            query = query.where(SlimAnalysis.reviewer_id == reviewer_id)
        rows = session.scalars(query).all()
        views = [_view(ctx, session, r) for r in rows]
    return sorted(views, key=lambda v: (v.start_ms is not None, v.start_ms or 0, v.reviewer_id, v.id))


def list_for_case(ctx: Context, case_id: int) -> list[SlimView]:
    """The SLIM analyses along a case, conversation by conversation (for the progress view)."""
    with ctx.store.read() as session:
        conv_ids = session.scalars(select(Conversation.id).where(Conversation.case_id == case_id)
                                   .order_by(Conversation.held_on, Conversation.sequence)).all()
    out: list[SlimView] = []
    for conv_id in conv_ids:
        try:
            out.extend(list_for_conversation(ctx, conv_id))
        except NotAllowed:
            continue  # no (longer) consent to analyse this conversation
    return out
