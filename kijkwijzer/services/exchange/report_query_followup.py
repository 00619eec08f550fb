"""The second half of a reflection report's data: SLIM analyses, aandachtspunten (with their follow-up) and the
plan actions whose evidence lies in this conversation. A mixin of the gatherer in report_query.py."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from kijkwijzer.domain.feedback import TRIED_VALUES
from kijkwijzer.domain.numbering import lower
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.formats import report_data as rd
from kijkwijzer.services.context import Context
from kijkwijzer.store.models import (
    Aandachtspunt,
    AandachtspuntFollowup,
    AandachtspuntFragment,
    Conversation,
    FeedbackScore,
    PlanAction,
    PlanActionLink,
    SlimAnalysis,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kijkwijzer.formats.pseudonymise import Pseudonymiser
    from kijkwijzer.store.models import Annotation, Fragment, ReflectionConversation

PLAN_STATUS = {"open": "open", "bezig": "bezig", "gedaan": "gedaan", "vervallen": "vervallen"}


def label(ctx: Context, item_id: str, attr: str = "label") -> str:
    """A content item's label (or title, question), or the id itself when the content does not know it."""
    try:
        return getattr(ctx.content.item(item_id), attr)
    except (KeyError, AttributeError):
        return item_id


def ids(text: str) -> tuple[str, ...]:
    return tuple(i for i in text.split("\n") if i.strip())


class FollowUp:
    """Needs the gatherer's session, context, conversation, scrubber, reflections, fragments and annotations."""

    s: Session
    ctx: Context
    conv: Conversation
    scrub: Pseudonymiser
    reflections: list[ReflectionConversation]
    fragments: list[Fragment]
    annotations: list[Annotation]
    entry_of_fragment: dict[int, rd.Entry]

    def reviewer(self, reviewer_id: int | None) -> str:
        raise NotImplementedError

    def annotation_label(self, annotation: Annotation) -> str:
        raise NotImplementedError

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
                    label(self.ctx, d, "title"),
                    ", ".join(label(self.ctx, v) for v in (vals if isinstance(vals, list) else [vals])),
                )
                for d, vals in dims.items()
                if vals
            )
            out.append(
                rd.SlimBlock(
                    self.reviewer(r.reviewer_id),
                    " ".join(x for x in (self.scrub(r.phase), span) if x),
                    tuple(label(self.ctx, i) for i in ids(r.zelfbeeld)),
                    tuple(label(self.ctx, i) for i in ids(r.rol)),
                    tuple(label(self.ctx, i) for i in ids(r.logica)),
                    dimensions,
                    self.scrub(r.analysis),
                    label(self.ctx, r.suggested_verdict) if r.suggested_verdict else "",
                    label(self.ctx, r.verdict) if r.verdict else "",
                    self.scrub(r.note),
                    approach=label(self.ctx, f"slim.benadering.{r.approach_of or 'professional'}"),
                )
            )
        return tuple(out)

    def points(self) -> tuple[rd.Point, ...]:
        reflection_ids = [x.id for x in self.reflections]
        rows = list(
            self.s.scalars(
                select(Aandachtspunt)
                .where(
                    or_(
                        Aandachtspunt.conversation_id == self.conv.id,
                        Aandachtspunt.reflection_id.in_(reflection_ids),
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
                self.entry_of_fragment[fid]
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
                    label(self.ctx, p.theme_id, "title") if p.theme_id else "",
                    "afgerond" if p.status == "closed" else "open",
                    tuple(follow),
                    self.scrub(p.leerpunt),
                    tuple(e.label for e in sorted(frags, key=lambda e: e.position)),
                    p.kind or "aandachtspunt",
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
                            Aandachtspunt.reflection_id.in_([x.id for x in self.reflections]),
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
                    label(self.ctx, action.pillar_id, "title") if action.pillar_id else "",
                    evidence,
                )
            )
        return tuple(out)

    def _evidence(self, link: PlanActionLink) -> str:
        if link.kind == "fragment" and link.target_id in self.entry_of_fragment:
            e = self.entry_of_fragment[link.target_id]
            return f"{lower(e.label)} op {format_ms(e.start_ms, millis=False)}"
        if link.kind == "annotation":
            a = next((a for a in self.annotations if a.id == link.target_id), None)
            if a is not None:
                return f"{lower(self.annotation_label(a))} op {format_ms(a.start_ms, millis=False)}"
        if link.kind == "aandachtspunt":
            p = self.s.get(Aandachtspunt, link.target_id)
            return f"aandachtspunt “{self.scrub(p.text)}”" if p else "aandachtspunt"
        if link.kind == "feedback":
            return "feedback van de cliënt"
        return {"annotation": "annotatie"}.get(link.kind, link.kind)
