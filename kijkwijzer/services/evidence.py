"""Evidence beside step 3: per pillar, the annotated moments of a professional's own recordings.

An annotation tagged with a pillar (begrijpen / willen / kunnen) shows that pillar at work in the room.
Only conversations whose analysis consent is still active count: withdrawn consent takes its evidence along.
Annotations and fragments are named as everywhere else (domain/numbering.py): "Annotatie 4 (gesprek.mp4)".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kijkwijzer.domain.numbering import label
from kijkwijzer.store.models import (
    Annotation,
    AnnotationPillar,
    Case,
    Client,
    Conversation,
    Fragment,
    Recording,
    Reviewer,
)

from .access import active_consent
from .assessment import require_own
from .context import Context
from .numbering import annotation_numbers, fragment_numbers


@dataclass(frozen=True)
class EvidenceItem:
    annotation_id: int
    pillar_id: str
    recording_id: int
    conversation_id: int
    case_id: int
    case_title: str
    client_pseudonym: str
    held_on: date
    start_ms: int
    end_ms: int | None
    observation: str
    quote: str
    themes: tuple[str, ...]
    reviewer_name: str
    reviewer_role: str
    fragment_ids: tuple[int, ...]  # fragments cut from this annotation, if any
    number: int = 0  # the annotation's number in its recording, as the review and the report show it
    recording_name: str = ""
    fragment_numbers: tuple[int, ...] = ()  # alongside fragment_ids

    def label(self, lang: str = "nl") -> str:
        """"Annotatie 4 (gesprek.mp4)": the same name the review list and the PDF report give it."""
        return label("annotation", self.number, lang, where=self.recording_name)


def by_pillar(ctx: Context, professional_id: int, pillar_id: str | None = None) -> dict[str, tuple[EvidenceItem, ...]]:
    """{pillar id: annotations tagged with it}, every pillar present, oldest conversation first."""
    pillar_ids = [p.id for p in sorted(ctx.content.pillars, key=lambda p: p.number)]
    if pillar_id is not None:
        ctx.content.pillar(pillar_id)  # unknown id -> KeyError early
        pillar_ids = [pillar_id]
    out: dict[str, list[EvidenceItem]] = {p: [] for p in pillar_ids}
    with ctx.store.read() as session:
        require_own(session, ctx.actor, professional_id)
        query = (
            select(AnnotationPillar.pillar_id, Annotation, Recording, Conversation, Case, Client, Reviewer)
            .join(Annotation, Annotation.id == AnnotationPillar.annotation_id)
            .join(Recording, Recording.id == Annotation.recording_id)
            .join(Conversation, Conversation.id == Recording.conversation_id)
            .join(Case, Case.id == Conversation.case_id)
            .join(Client, Client.id == Case.client_id)
            .join(Reviewer, Reviewer.id == Annotation.reviewer_id)
            .where(Case.professional_id == professional_id, AnnotationPillar.pillar_id.in_(pillar_ids))
            .order_by(Conversation.held_on, Conversation.id, Annotation.start_ms, Annotation.id)
        )
        rows = session.execute(query).all()
        consented = {conv_id: active_consent(session, conv_id, "analysis") is not None
                     for conv_id in {r[3].id for r in rows}}
        annotation_ids = [r[1].id for r in rows]
        recording_ids = {r[2].id for r in rows}
        ann_numbers = annotation_numbers(session, recording_ids)
        frag_numbers = fragment_numbers(session, recording_ids)
        fragments: dict[int, list[int]] = {}
        if annotation_ids:
            for frag in session.scalars(select(Fragment).where(Fragment.annotation_id.in_(annotation_ids))
                                        .order_by(Fragment.id)):
                fragments.setdefault(frag.annotation_id or 0, []).append(frag.id)
        for pid, ann, rec, conv, case, client, reviewer in rows:
            if not consented[conv.id]:
                continue
            frags = tuple(fragments.get(ann.id, ()))
            out[pid].append(EvidenceItem(
                ann.id, pid, rec.id, conv.id, case.id, case.title, client.pseudonym, conv.held_on, ann.start_ms,
                ann.end_ms, ann.observation, ann.quote, tuple(sorted(t.theme_id for t in ann.themes)),
                reviewer.name, reviewer.role, frags, ann_numbers.get(ann.id, 0), rec.original_name,
                tuple(frag_numbers.get(f, 0) for f in frags),
            ))
    return {p: tuple(items) for p, items in out.items()}


def link_labels(ctx: Context, professional_id: int, links: Iterable[tuple[str, int]],
                lang: str = "nl") -> dict[tuple[str, int], str]:
    """How the plan names its evidence: {("annotation", 12): "Annotatie 4 (gesprek.mp4)", ("fragment", 3):
    "Fragment 1 (gesprek.mp4)"}. Only annotations and fragments of the professional's own cases are named;
    other kinds and anything else are left to the caller."""
    wanted = {kind: {target for k, target in links if k == kind} for kind in ("annotation", "fragment")}
    out: dict[tuple[str, int], str] = {}
    with ctx.store.read() as session:
        require_own(session, ctx.actor, professional_id)
        for kind, model in (("annotation", Annotation), ("fragment", Fragment)):
            if not wanted[kind]:
                continue
            rows = session.execute(
                select(model.id, Recording.id, Recording.original_name)
                .join(Recording, Recording.id == model.recording_id)
                .join(Conversation, Conversation.id == Recording.conversation_id)
                .join(Case, Case.id == Conversation.case_id)
                .where(model.id.in_(wanted[kind]), Case.professional_id == professional_id)
            ).all()
            count = annotation_numbers if kind == "annotation" else fragment_numbers
            numbered = count(session, {rec_id for _id, rec_id, _name in rows})
            for item_id, _rec_id, name in rows:
                out[(kind, item_id)] = label(kind, numbered[item_id], lang, where=name)
    return out
