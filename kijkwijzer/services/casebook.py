"""Load the casebook (the 13 cases of 004, content/casebook/) into a workspace through the services: per case a
professional, the pseudonymised client, the case with its conversations and consents, each recorded conversation
as a text-only recording whose transcript is the account, fragments with one annotation each and the client's
words, the interview, SLIM, reflections with aandachtspunten and leerpunten, and the dated events.

The researchers of 004 ("Onderzoeker 1", "Onderzoeker 2") write the annotations, SLIM and the interview. Dates are
not in the seed: conversation n is held START + 14 days * (n - 1)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kijkwijzer.content.casebook import CasebookCase, CaseConversation, CaseFragment, load_casebook
from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput

from . import (
    aandachtspunten,
    cases,
    client_feedback,
    consent,
    fragments,
    people,
    reflection,
    slim,
    text_recordings,
)
from . import annotations as annotation_service  # (the name `annotations` is taken by the __future__ import)
from .context import Actor, Context

START = date(2025, 1, 6)
RESEARCHERS = ("Onderzoeker 1", "Onderzoeker 2")
PURPOSES = ("recording", "analysis", "client_interview")  # as 004 had them: recorded, analysed, interviewed

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CasebookSummary:
    cases: int
    conversations: int
    recordings: int
    fragments: int
    case_ids: tuple[int, ...]


def held_on(number: int) -> date:
    """The date of conversation `number` of a case."""
    return START + timedelta(days=14 * (number - 1))


@dataclass
class _Researchers:
    annotator: Context  # Onderzoeker 1: annotations, fragments, reflections
    analyst: Context  # Onderzoeker 2: SLIM and the client interview
    ids: tuple[int, ...]  # named in each analysis consent


def _researchers(ctx: Context) -> _Researchers:
    """The two researchers, reused when the workspace has them already."""
    present = {r.name: r for r in people.list_reviewers(ctx) if r.role == "researcher"}
    rows = [present.get(name) or people.add_reviewer(ctx, name, "researcher") for name in RESEARCHERS]
    one, two = (ctx.as_actor(Actor(r.id, r.name, r.role)) for r in rows)
    # whoever loads the casebook is named in the analysis consent too, so the cases appear in their werkmap
    viewer = (ctx.actor.reviewer_id,) if ctx.actor.reviewer_id not in (None, rows[0].id, rows[1].id) else ()
    return _Researchers(one, two, (rows[0].id, rows[1].id, *viewer))


def _function(pseudonym: str) -> str:
    """"Klantmanager 1" -> "klantmanager"."""
    return pseudonym.rstrip("0123456789 ").strip().lower() or "klantmanager"


def load_into(ctx: Context, directory: Path | None = None, progress: Progress | None = None) -> CasebookSummary:
    """Enter every case of the casebook in the workspace. Refused when a case's client pseudonym is already there
    (the casebook was loaded before); a broken case file is refused before anything is written."""
    book = load_casebook(ctx.content, directory)
    taken = {c.pseudonym for c in people.list_clients(ctx)}
    clash = [case.client for case in book if case.client in taken]
    if clash:
        raise BadInput(f"Het casusboek staat al in deze werkmap (cliënt {clash[0]} bestaat).",
                       f"The casebook is already in this workspace (client {clash[0]} exists).")
    steps = len(book) + 1
    if progress:
        progress(0, steps)
    who = _researchers(ctx)
    ids, counts = [], [0, 0, 0]
    for done, case in enumerate(book, 1):
        case_id, n_conv, n_rec, n_frag = _load_case(ctx, who, case)
        ids.append(case_id)
        counts = [counts[0] + n_conv, counts[1] + n_rec, counts[2] + n_frag]
        if progress:
            progress(done, steps)
    if progress:
        progress(steps, steps)
    return CasebookSummary(len(book), counts[0], counts[1], counts[2], tuple(ids))


def _load_case(ctx: Context, who: _Researchers, case: CasebookCase) -> tuple[int, int, int, int]:
    pro, _pro_rev = people.add_professional(ctx, case.professional, _function(case.professional))
    client = people.add_client(ctx, case.client, profile=case.profile)
    row = cases.add_case(ctx, pro.id, client.id, case.title, case.reason, case.goal, case.profile)
    conv_ids: dict[int, int] = {}  # the case file's conversation number -> the conversation's id
    fragment_count = 0
    for conv in case.conversations:
        if not conv.recorded:
            cases.add_case_event(ctx, row.id, held_on(conv.number), "note", _unrecorded_note(conv))
            continue
        conv_ids[conv.number] = _conversation(ctx, who, row.id, conv, _function(case.professional))
    for conv in case.recorded:
        fragment_count += _analyse(ctx, who, case, conv, conv_ids)
    _reflections(who, case, conv_ids)
    last = max(c.number for c in case.conversations)
    for event in case.events:
        day = (held_on(event.after_conversation) + timedelta(days=10) if event.after_conversation
               else START - timedelta(days=7))
        if event.kind == "outcome" and event.after_conversation >= last:
            day = held_on(last) + timedelta(days=21)
        cases.add_case_event(ctx, row.id, day, event.kind, event.text)
    return row.id, len(conv_ids), len(conv_ids), fragment_count


def _unrecorded_note(conv: CaseConversation) -> str:
    parts = [conv.goal, *(f"{p.speaker}: {p.text}" if p.speaker else p.text for p in conv.passages)]
    return f"Gesprek {conv.number} (niet opgenomen): " + " ".join(p for p in parts if p)


def _conversation(ctx: Context, who: _Researchers, case_id: int, conv: CaseConversation, function: str) -> int:
    day = held_on(conv.number)
    participants = [("professional", function), ("client", "cliënt"),
                    *((p.role, p.description) for p in conv.participants)]
    row = cases.add_conversation(ctx, case_id, day, conv.goal, conv.setting, participants)
    for purpose in PURPOSES:  # asked and given out loud at the start of the conversation
        consent.grant(ctx, row.id, purpose, day, method="verbal", verbal_at_ms=0,
                      reviewer_ids=who.ids if purpose == "analysis" else ())
    return row.id


def _analyse(ctx: Context, who: _Researchers, case: CasebookCase, conv: CaseConversation,
             conv_ids: dict[int, int]) -> int:
    """The text-only recording, its fragments with annotations and reactions, the interview and SLIM."""
    conversation_id = conv_ids[conv.number]
    recording = text_recordings.add_text_recording(
        ctx, conversation_id, [(p.speaker, p.text) for p in conv.passages],
        f"Casus {case.number}, gesprek {conv.number} (tekstverslag)")
    times = text_recordings.cue_times([p.text for p in conv.passages])
    for fragment in conv.fragments:
        _fragment(who, recording.id, fragment, times)
    _interview(who, case, conv, conv_ids)
    for box in conv.slim:  # the analysis as the box describes it, then the seed's verdict confirmed
        added = slim.add(who.analyst, conversation_id, zelfbeeld=box.zelfbeeld, rol=box.rol, logica=box.logica,
                         phase=box.phase, analysis=box.analysis, approach_of=box.approach_of)
        note = "" if box.verdict == added.suggested_verdict else "Het oordeel zoals 004 het geeft."
        slim.confirm(who.analyst, added.id, box.verdict, note)
    return len(conv.fragments)


def _observation(fragment: CaseFragment) -> str:
    above = f"(boven de waterlijn) {fragment.above_waterline}" if fragment.above_waterline else ""
    return "\n\n".join(p for p in (fragment.observation, above) if p)


def _fragment(who: _Researchers, recording_id: int, fragment: CaseFragment, times: list[tuple[int, int]]) -> None:
    first, last = fragment.passages
    start, end = times[first - 1][0], times[last - 1][1]
    draft = AnnotationDraft(recording_id=recording_id, start_ms=start, end_ms=end, themes=fragment.themes,
                            level=fragment.level or None, observation=_observation(fragment), quote=fragment.quote,
                            below_waterline=fragment.below_waterline, felt_unsaid=fragment.felt_unsaid)
    note = annotation_service.add(who.annotator, draft)
    made = fragments.from_annotation(who.annotator, note.id, fragment.title)
    if fragment.client_words:
        client_feedback.record_reaction(who.analyst, made.id, words=fragment.client_words)


def _interview(who: _Researchers, case: CasebookCase, conv: CaseConversation, conv_ids: dict[int, int]) -> None:
    """The client's words about the relationship and the progress, without a score; the interview's date."""
    if not conv.interviews:
        return
    conversation_id = conv_ids[conv.number]
    words: dict[str, list[str]] = {}
    for interview in conv.interviews:
        words.setdefault(interview.question, []).append(interview.words)
    for question, said in words.items():
        client_feedback.record_score(who.analyst, conversation_id, question, None, "\n\n".join(said))
    before = max((i.before_conversation for i in conv.interviews), default=0)
    day = held_on(before) - timedelta(days=2) if before else held_on(conv.number) + timedelta(days=3)
    client_feedback.set_interview_date(who.analyst, conversation_id, max(day, held_on(conv.number)))


def _reflections(who: _Researchers, case: CasebookCase, conv_ids: dict[int, int]) -> None:
    made: list[int] = []
    for entry in case.reflections:
        recorded = sorted(n for n in {entry.after_conversation, *entry.covers} if n in conv_ids)
        own = max((n for n in recorded if n <= entry.after_conversation), default=None)
        if own is None:  # it looks back only on conversations that were not recorded
            own = min(conv_ids)
        covers = tuple(conv_ids[n] for n in recorded if n != own)
        follows = made[entry.follows - 1] if entry.follows else None
        held = held_on(entry.after_conversation) + timedelta(days=7)
        view = reflection.start_reflection(who.annotator, conv_ids[own], held, notes=entry.notes, covers=covers,
                                           follows=follows)
        made.append(view.id)
        for point in entry.aandachtspunten:
            aandachtspunten.add_aandachtspunt(who.annotator, view.id, point.text, point.theme or None)
        for point in entry.leerpunten:
            aandachtspunten.add_leerpunt(who.annotator, view.id, point.text)
