"""Reading everything a reflection report shows about one conversation, straight from the store (read-only),
with every free text scrubbed of the client's real name. Stills are asked of a callback.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kijkwijzer.domain.feedback import COMPARISON_MARKS, TRIED_VALUES
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.exchange import report_data as rd
from kijkwijzer.exchange.pseudonym import Scrubber, client_scrubber
from kijkwijzer.store.models import (
    Aandachtspunt,
    AandachtspuntFollowup,
    AandachtspuntFragment,
    Annotation,
    Case,
    Client,
    ClientReaction,
    Conversation,
    FeedbackScore,
    Fragment,
    PlanAction,
    PlanActionLink,
    Professional,
    Recording,
    ReflectionItem,
    ReflectionSession,
    Reviewer,
    SlimAnalysis,
)

from .context import Context

StillFor = Callable[[Recording, int, Annotation | None], Path | None]
PLAN_STATUS = {"open": "open", "bezig": "bezig", "gedaan": "gedaan", "vervallen": "vervallen"}
NO_THEME = ("", "Zonder thema", "", "#9AA5B1")


def _label(ctx: Context, item_id: str, attr: str = "label") -> str:
    try:
        return getattr(ctx.content.item(item_id), attr)
    except (KeyError, AttributeError):
        return item_id


def _ids(text: str) -> tuple[str, ...]:
    return tuple(i for i in text.split("\n") if i.strip())


class _Gather:
    def __init__(
        self,
        session: Session,
        ctx: Context,
        conversation_id: int,
        still_for: StillFor | None,
        scrub: Scrubber | None = None,
    ) -> None:
        self.s, self.ctx, self.still_for = session, ctx, still_for
        self.conv = session.get(Conversation, conversation_id)
        self.case = session.get(Case, self.conv.case_id)
        self.client = session.get(Client, self.case.client_id)
        self.scrub: Scrubber = scrub or client_scrubber(self.client.real_name, self.client.pseudonym)
        self.reviewers = {r.id: r for r in session.scalars(select(Reviewer))}
        self.recordings = list(
            session.scalars(
                select(Recording).where(Recording.conversation_id == conversation_id).order_by(Recording.id)
            )
        )
        rec_ids = [r.id for r in self.recordings]
        self.annotations = list(
            session.scalars(
                select(Annotation)
                .where(Annotation.recording_id.in_(rec_ids))
                .order_by(Annotation.recording_id, Annotation.start_ms, Annotation.id)
            )
        )
        self.fragments = list(
            session.scalars(
                select(Fragment)
                .where(Fragment.recording_id.in_(rec_ids))
                .order_by(Fragment.recording_id, Fragment.start_ms, Fragment.id)
            )
        )
        self.reactions = {
            r.fragment_id: r
            for r in session.scalars(
                select(ClientReaction).where(ClientReaction.fragment_id.in_([f.id for f in self.fragments]))
            )
        }
        self.sessions = list(
            session.scalars(
                select(ReflectionSession)
                .where(ReflectionSession.conversation_id == conversation_id)
                .order_by(ReflectionSession.held_on)
            )
        )
        self.items = {
            i.fragment_id: i
            for i in session.scalars(
                select(ReflectionItem).where(ReflectionItem.session_id.in_([x.id for x in self.sessions]))
            )
        }
        self.entry_of_fragment: dict[int, rd.Entry] = {}

    def reviewer(self, reviewer_id: int | None) -> str:
        r = self.reviewers.get(reviewer_id) if reviewer_id else None
        return self.scrub(r.name) if r else ""

    def note(self, a: Annotation) -> rd.Note:
        return rd.Note(
            self.reviewer(a.reviewer_id),
            a.start_ms,
            self.scrub(a.observation),
            self.scrub(a.quote),
            self.scrub(a.below_waterline),
            self.scrub(a.felt_unsaid),
            _label(self.ctx, a.level) if a.level else "",
            tuple(_label(self.ctx, p.pillar_id, "title") for p in a.pillars),
        )

    def theme_order(self, theme_ids: set[str]) -> tuple[str, ...]:
        order = [t.id for t in self.ctx.content.themes]
        return tuple(sorted(theme_ids, key=lambda t: (order.index(t) if t in order else len(order), t)))

    def entries(self) -> list[rd.Entry]:
        recordings = {r.id: r for r in self.recordings}
        covered: set[int] = set()
        found: list[tuple[tuple, object, list[Annotation]]] = []
        for f in self.fragments:
            inside = [
                a
                for a in self.annotations
                if a.recording_id == f.recording_id
                and (a.id == f.annotation_id or f.start_ms <= a.start_ms <= f.end_ms)
            ]
            inside.sort(key=lambda a: (a.id != f.annotation_id, a.start_ms, a.id))
            covered |= {a.id for a in inside}
            found.append(((f.recording_id, f.start_ms, 0, f.id), f, inside))
        for a in self.annotations:
            if a.id not in covered:
                found.append(((a.recording_id, a.start_ms, 1, a.id), a, [a]))
        out: list[rd.Entry] = []
        for number, (_key, item, notes) in enumerate(sorted(found, key=lambda x: x[0]), start=1):
            themes = self.theme_order({t.theme_id for a in notes for t in a.themes})
            rec = recordings[item.recording_id]
            if isinstance(item, Fragment):
                reaction = self.reactions.get(item.id)
                ri = self.items.get(item.id)
                still = (
                    self.still_for(
                        rec,
                        notes[0].start_ms if notes else (item.start_ms + item.end_ms) // 2,
                        notes[0] if notes else None,
                    )
                    if self.still_for
                    else None
                )
                entry = rd.Entry(
                    number,
                    item.start_ms,
                    item.end_ms,
                    self.scrub(item.title),
                    themes,
                    tuple(self.note(a) for a in notes),
                    still,
                    self._reaction(reaction),
                    self.scrub(ri.notes) if ri else "",
                    self.scrub(ri.tips) if ri else "",
                )
                self.entry_of_fragment[item.id] = entry
            else:
                entry = rd.Entry(
                    number, item.start_ms, item.end_ms, "", themes, (self.note(item),), is_fragment=False
                )
            out.append(entry)
        return out

    def _reaction(self, r: ClientReaction | None) -> rd.Reaction | None:
        if r is None:
            return None
        comparison = COMPARISON_MARKS.get(r.comparison or "", ("", ""))[0]
        if r.comparison_note:
            comparison = (
                f"{comparison} — {self.scrub(r.comparison_note)}"
                if comparison
                else self.scrub(r.comparison_note)
            )
        return rd.Reaction(self.scrub(r.words), self.scrub(r.feeling), self.scrub(r.addition), comparison)

    def sections(self, entries: list[rd.Entry]) -> tuple[rd.ThemeSection, ...]:
        out = []
        themes = [(t.id, t.title, t.key_question, t.color) for t in self.ctx.content.themes]
        for theme_id, title, question, color in [*themes, NO_THEME]:
            full = tuple(e for e in entries if (e.theme_ids[:1] or ("",))[0] == theme_id)
            also = tuple(e for e in entries if theme_id and theme_id in e.theme_ids[1:])
            if full or also:
                out.append(rd.ThemeSection(theme_id, title, question, color, full, also))
        return tuple(out)

    def scores(self) -> tuple[rd.Score, ...]:
        scale = self.ctx.content.rating_scale
        order = [q.id for q in self.ctx.content.feedback_questions]
        rows = sorted(
            self.s.scalars(select(FeedbackScore).where(FeedbackScore.conversation_id == self.conv.id)),
            key=lambda r: (order.index(r.question_id) if r.question_id in order else len(order), r.id),
        )
        return tuple(
            rd.Score(
                _label(self.ctx, r.question_id, "question"),
                r.score,
                f"van {scale.maximum} (schaal {scale.minimum}–{scale.maximum})",
                self.scrub(r.words),
            )
            for r in rows
        )

    def reflection_notes(self) -> tuple[str, ...]:
        out = []
        for x in self.sessions:
            lead = self.reviewer(x.led_by)
            head = f"Reflectie op {rd.dutch_date(x.held_on)}" + (f", geleid door {lead}" if lead else "")
            out.append(f"{head}: {self.scrub(x.notes)}" if x.notes else head + ".")
        return tuple(out)

    def slim(self) -> tuple[rd.SlimBlock, ...]:
        rows = self.s.scalars(
            select(SlimAnalysis)
            .where(SlimAnalysis.conversation_id == self.conv.id)
            .order_by(SlimAnalysis.start_ms, SlimAnalysis.id)
        )
        out = []
        for r in rows:
            span = (
                f"{format_ms(r.start_ms, millis=False)}–{format_ms(r.end_ms, millis=False)}"
                if r.start_ms is not None and r.end_ms is not None
                else ""
            )
            try:
                dims = json.loads(r.dimensions or "{}")
            except ValueError:
                dims = {}
            dimensions = tuple(
                (
                    _label(self.ctx, d, "title"),
                    ", ".join(_label(self.ctx, v) for v in (vals if isinstance(vals, list) else [vals])),
                )
                for d, vals in dims.items()
                if vals
            )
            out.append(
                rd.SlimBlock(
                    self.reviewer(r.reviewer_id),
                    " ".join(x for x in (self.scrub(r.phase), span) if x),
                    tuple(_label(self.ctx, i) for i in _ids(r.zelfbeeld)),
                    tuple(_label(self.ctx, i) for i in _ids(r.rol)),
                    tuple(_label(self.ctx, i) for i in _ids(r.logica)),
                    dimensions,
                    self.scrub(r.analysis),
                    _label(self.ctx, r.suggested_verdict) if r.suggested_verdict else "",
                    _label(self.ctx, r.verdict) if r.verdict else "",
                    self.scrub(r.note),
                )
            )
        return tuple(out)

    def points(self) -> tuple[rd.Point, ...]:
        session_ids = [x.id for x in self.sessions]
        rows = list(
            self.s.scalars(
                select(Aandachtspunt)
                .where(
                    or_(
                        Aandachtspunt.conversation_id == self.conv.id,
                        Aandachtspunt.session_id.in_(session_ids),
                    )
                )
                .order_by(Aandachtspunt.id)
            )
        )
        out = []
        for p in rows:
            follow = []
            for f in self.s.scalars(
                select(AandachtspuntFollowup).where(AandachtspuntFollowup.aandachtspunt_id == p.id)
            ):
                later = self.s.get(Conversation, f.conversation_id)
                tried = TRIED_VALUES.get(f.tried, (f.tried, f.tried))[0]
                follow.append(
                    f"{rd.dutch_date(later.held_on) if later else ''}: {tried}"
                    + (f" — {self.scrub(f.effect)}" if f.effect else "")
                )
            frags = [
                self.entry_of_fragment[fid].number
                for fid in self.s.scalars(
                    select(AandachtspuntFragment.fragment_id).where(
                        AandachtspuntFragment.aandachtspunt_id == p.id
                    )
                )
                if fid in self.entry_of_fragment
            ]
            out.append(
                rd.Point(
                    self.scrub(p.text),
                    _label(self.ctx, p.theme_id, "title") if p.theme_id else "",
                    "afgerond" if p.status == "closed" else "open",
                    tuple(follow),
                    self.scrub(p.leerpunt),
                    tuple(sorted(frags)),
                )
            )
        return tuple(out)

    def actions(self) -> tuple[rd.Action, ...]:
        targets = {
            "fragment": {f.id for f in self.fragments},
            "annotation": {a.id for a in self.annotations},
            "aandachtspunt": set(
                self.s.scalars(
                    select(Aandachtspunt.id).where(
                        or_(
                            Aandachtspunt.conversation_id == self.conv.id,
                            Aandachtspunt.session_id.in_([x.id for x in self.sessions]),
                        )
                    )
                )
            ),
            "feedback": set(
                self.s.scalars(select(FeedbackScore.id).where(FeedbackScore.conversation_id == self.conv.id))
            ),
        }
        links = [
            link
            for link in self.s.scalars(select(PlanActionLink))
            if link.target_id in targets.get(link.kind, set())
        ]
        by_action: dict[int, list[PlanActionLink]] = {}
        for link in links:
            by_action.setdefault(link.action_id, []).append(link)
        out = []
        for action in self.s.scalars(
            select(PlanAction).where(PlanAction.id.in_(list(by_action))).order_by(PlanAction.id)
        ):
            evidence = tuple(self._evidence(link) for link in by_action[action.id])
            out.append(
                rd.Action(
                    self.scrub(action.text),
                    self.scrub(action.who),
                    rd.dutch_date(action.due_on),
                    PLAN_STATUS.get(action.status, action.status),
                    _label(self.ctx, action.pillar_id, "title") if action.pillar_id else "",
                    evidence,
                )
            )
        return tuple(out)

    def _evidence(self, link: PlanActionLink) -> str:
        if link.kind == "fragment" and link.target_id in self.entry_of_fragment:
            e = self.entry_of_fragment[link.target_id]
            return f"fragment {e.number} ({format_ms(e.start_ms, millis=False)})"
        if link.kind == "aandachtspunt":
            p = self.s.get(Aandachtspunt, link.target_id)
            return f"aandachtspunt “{self.scrub(p.text)}”" if p else "aandachtspunt"
        if link.kind == "feedback":
            return "feedback van de cliënt"
        return {"annotation": "annotatie"}.get(link.kind, link.kind)


def reflection_report(
    session: Session,
    ctx: Context,
    conversation_id: int,
    still_for: StillFor | None = None,
    scrub: Scrubber | None = None,
    client_label: str | None = None,
) -> rd.ReflectionReport:
    """Everything about one conversation; `scrub` and `client_label` replace names for an anonymised story."""
    g = _Gather(session, ctx, conversation_id, still_for, scrub)
    entries = g.entries()
    professional = session.get(Professional, g.case.professional_id)
    recordings = tuple(
        f"{g.scrub(Path(r.original_name).name)} ({format_ms(r.duration_ms, millis=False)})"
        for r in g.recordings
    )
    return rd.ReflectionReport(
        client=g.client.pseudonym if client_label is None else client_label,
        case_title=g.scrub(g.case.title),
        reason=g.scrub(g.case.reason),
        goal=g.scrub(g.conv.goal),
        held_on=g.conv.held_on,
        sequence=g.conv.sequence,
        setting=g.conv.setting,
        participants=g.scrub(g.conv.participants),
        professional=g.scrub(professional.name) if professional else "",
        recordings=recordings,
        sections=g.sections(entries),
        scores=g.scores(),
        reflection_notes=g.reflection_notes(),
        slim=g.slim(),
        points=g.points(),
        actions=g.actions(),
    )
