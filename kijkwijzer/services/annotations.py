"""Annotation use cases: add (one, or a batch all-or-nothing), change, delete, restore (for undo), list.
Each call is one transaction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from kijkwijzer.domain.annotation import EDITABLE_FIELDS, AnnotationChanges, AnnotationDraft, AnnotationView
from kijkwijzer.errors import BadInput, KijkwijzerError, NotAllowed, NotFound
from kijkwijzer.store.models import Annotation, AnnotationPillar, AnnotationTheme, Reviewer

from .access import require_analysis_access, require_recording_access
from .context import Context
from .topics import Change

_SAFE_STILL = re.compile(r"[\w\-][\w.\-]{0,99}")  # a plain file name in the stills folder


def view_of(row: Annotation, reviewer: Reviewer | None) -> AnnotationView:
    return _view(row, reviewer.name if reviewer else "?", reviewer.role if reviewer else "?",
                 tuple(sorted(t.theme_id for t in row.themes)), tuple(sorted(p.pillar_id for p in row.pillars)))


def _view(row, reviewer_name: str, reviewer_role: str, themes: tuple[str, ...],
          pillars: tuple[str, ...]) -> AnnotationView:
    """An annotation row (ORM object or plain row with the same names) as the view the rest works with."""
    return AnnotationView(
        id=row.id, recording_id=row.recording_id, reviewer_id=row.reviewer_id,
        reviewer_name=reviewer_name, reviewer_role=reviewer_role, start_ms=row.start_ms, end_ms=row.end_ms,
        themes=themes, pillars=pillars, level=row.level, observation=row.observation, quote=row.quote,
        below_waterline=row.below_waterline, felt_unsaid=row.felt_unsaid,
        tags=tuple(t for t in row.tags.split("\n") if t), still_name=row.still_name,
        created_at=row.created_at, updated_at=row.updated_at,
    )


def check_vocabulary(ctx: Context, draft: AnnotationDraft) -> None:
    """Themes, pillars and level must be content ids; a still is a plain file name, never a path."""
    content = ctx.content
    wanted = [(t, content.theme) for t in draft.themes] + [(p, content.pillar) for p in draft.pillars]
    if draft.level:
        wanted.append((draft.level, content.level))
    unknown = []
    for item_id, lookup in wanted:
        try:
            lookup(item_id)
        except KeyError:
            unknown.append(item_id)
    if unknown:
        names = ", ".join(unknown)
        raise BadInput(f"Onbekend thema, pijler of niveau: {names}", f"Unknown theme, pillar or level: {names}")
    if draft.still_name is not None and not _SAFE_STILL.fullmatch(draft.still_name):
        raise BadInput(f"Ongeldige naam voor een still: {draft.still_name[:40]}",
                       f"Invalid still name: {draft.still_name[:40]}")


def apply_draft(row: Annotation, draft: AnnotationDraft) -> None:
    row.start_ms, row.end_ms = draft.start_ms, draft.end_ms
    row.level, row.observation, row.quote = draft.level, draft.observation, draft.quote
    row.below_waterline, row.felt_unsaid = draft.below_waterline, draft.felt_unsaid
    row.tags, row.still_name = "\n".join(draft.tags), draft.still_name
    row.themes = [AnnotationTheme(theme_id=t) for t in draft.themes]
    row.pillars = [AnnotationPillar(pillar_id=p) for p in draft.pillars]


def _author(session: Session, ctx: Context, author_id: int | None) -> Reviewer:
    author_id = author_id or ctx.actor.reviewer_id
    if author_id is None:
        raise BadInput("Kies eerst wie annoteert (een kijker).", "Choose who is annotating (a reviewer) first.")
    reviewer = session.get(Reviewer, author_id)
    if reviewer is None:
        raise NotFound(f"Kijker {author_id} bestaat niet.", f"Reviewer {author_id} does not exist.")
    return reviewer


def add(ctx: Context, draft: AnnotationDraft, *, annotation_id: int | None = None,
        author_id: int | None = None) -> AnnotationView:
    """Commit a new annotation by the current reviewer; returns it once it is durable."""
    with ctx.transaction() as session:
        return _insert(session, ctx, draft, annotation_id, author_id)


def add_many(ctx: Context, drafts: Sequence[AnnotationDraft],
             labels: Sequence[tuple[str, str]] = ()) -> list[AnnotationView]:
    """All drafts in one transaction, or none of them: the first one refused names its label (e.g. the
    line of a batch, `("Regel 3", "Line 3")`) and nothing is stored."""
    views = []
    with ctx.transaction() as session:
        for index, draft in enumerate(drafts):
            try:
                views.append(_insert(session, ctx, draft, None, None))
            except KijkwijzerError as error:
                if index >= len(labels):
                    raise
                nl, en = labels[index]
                raise type(error)(f"{nl}: {error.nl}", f"{en}: {error.en}") from error
    return views


def _insert(session: Session, ctx: Context, draft: AnnotationDraft, annotation_id: int | None,
            author_id: int | None) -> AnnotationView:
    recording = require_analysis_access(session, ctx.actor, draft.recording_id)
    draft = draft.validated(recording.duration_ms)
    check_vocabulary(ctx, draft)
    reviewer = _author(session, ctx, author_id)
    row = Annotation(id=annotation_id, recording_id=draft.recording_id, reviewer_id=reviewer.id)
    apply_draft(row, draft)
    session.add(row)
    session.flush()
    view = view_of(row, reviewer)
    ctx.changed(session, Change.ANNOTATION_ADD, row.id, detail=f"recording {row.recording_id}",
                scope_id=row.recording_id, view=view)
    return view


def restore(ctx: Context, view: AnnotationView) -> AnnotationView:
    """Bring back a deleted annotation under its old id (undo of delete)."""
    return add(ctx, view.as_draft(), annotation_id=view.id, author_id=view.reviewer_id)


def _load(session: Session, ctx: Context, annotation_id: int, *, change: bool = False) -> Annotation:
    """The annotation, if the actor may open its recording; to `change` it the analysis consent must be in force."""
    row = session.get(Annotation, annotation_id)
    if row is None:
        raise NotFound(f"Annotatie {annotation_id} bestaat niet.", f"Annotation {annotation_id} does not exist.")
    (require_analysis_access if change else require_recording_access)(session, ctx.actor, row.recording_id)
    if change and ctx.actor.reviewer_id is not None and row.reviewer_id != ctx.actor.reviewer_id:
        author = session.get(Reviewer, row.reviewer_id)
        name = author.name if author is not None else f"#{row.reviewer_id}"
        raise NotAllowed(f"Dit is een annotatie van {name}: u wijzigt alleen uw eigen annotaties.",
                         f"This is an annotation by {name}: you change only your own annotations.")
    return row


def update(ctx: Context, annotation_id: int,
           **changes: Unpack[AnnotationChanges]) -> tuple[AnnotationView, AnnotationView]:
    """Change fields; returns (before, after) so the caller can offer undo. Lists of ids are taken too."""
    bad = set(changes) - EDITABLE_FIELDS
    if bad:
        raise BadInput(f"Veld kan niet worden gewijzigd: {', '.join(sorted(bad))}",
                       f"Field cannot be changed: {', '.join(sorted(bad))}")
    with ctx.transaction() as session:
        row = _load(session, ctx, annotation_id, change=True)
        reviewer = session.get(Reviewer, row.reviewer_id)
        before = view_of(row, reviewer)
        for key in ("themes", "pillars", "tags"):
            if key in changes:
                changes[key] = tuple(changes[key])
        draft = replace(before.as_draft(), **changes).validated()
        check_vocabulary(ctx, draft)
        apply_draft(row, draft)
        session.flush()
        after = view_of(row, reviewer)
        ctx.changed(session, Change.ANNOTATION_UPDATE, row.id, detail=",".join(sorted(changes)),
                    scope_id=row.recording_id, view=after)
    return before, after


def delete(ctx: Context, annotation_id: int) -> AnnotationView:
    """Remove an annotation; returns what it was, for undo."""
    with ctx.transaction() as session:
        row = _load(session, ctx, annotation_id, change=True)
        before = view_of(row, session.get(Reviewer, row.reviewer_id))
        session.delete(row)
        ctx.changed(session, Change.ANNOTATION_DELETE, annotation_id, detail=f"recording {before.recording_id}",
                    scope_id=before.recording_id, view=before)
    return before


def get(ctx: Context, annotation_id: int) -> AnnotationView:
    with ctx.store.read() as session:
        row = _load(session, ctx, annotation_id)
        return view_of(row, session.get(Reviewer, row.reviewer_id))


def get_many(ctx: Context, annotation_ids: Sequence[int]) -> dict[int, AnnotationView]:
    """Those of `annotation_ids` that exist and whose recording the actor may open, by id, in one read: team mode's
    listener takes a burst of colleagues' annotations in at once (services/team.py)."""
    if not annotation_ids:
        return {}
    with ctx.store.read() as session:  # one statement for the rows, their themes, pillars and authors
        rows = session.execute(
            select(Annotation, Reviewer).outerjoin(Reviewer, Reviewer.id == Annotation.reviewer_id)
            .where(Annotation.id.in_(set(annotation_ids)))
            .options(joinedload(Annotation.themes), joinedload(Annotation.pillars))).unique().all()
        allowed = set()
        for recording_id in {row.recording_id for row, _author in rows}:
            try:
                require_recording_access(session, ctx.actor, recording_id)
            except KijkwijzerError:
                continue
            allowed.add(recording_id)
        return {row.id: view_of(row, author) for row, author in rows if row.recording_id in allowed}


def list_for_recording(ctx: Context, recording_id: int) -> list[AnnotationView]:
    """All annotations of a recording in time order (reviewers' lanes are built from this)."""
    with ctx.store.read() as session:
        require_recording_access(session, ctx.actor, recording_id)
        # plain rows, not ORM objects: a recording may carry 10,000 annotations (issue 16: 48 -> 9 MiB at the
        # peak and a tenth of the time for the list, the lanes and the table)
        reviewers = {r.id: (r.name, r.role) for r in session.execute(select(Reviewer.id, Reviewer.name, Reviewer.role))}
        ids = select(Annotation.id).where(Annotation.recording_id == recording_id)
        themes = _grouped(session.execute(select(AnnotationTheme.annotation_id, AnnotationTheme.theme_id)
                                          .where(AnnotationTheme.annotation_id.in_(ids))))
        pillars = _grouped(session.execute(select(AnnotationPillar.annotation_id, AnnotationPillar.pillar_id)
                                           .where(AnnotationPillar.annotation_id.in_(ids))))
        a = Annotation
        rows = session.execute(
            select(a.id, a.recording_id, a.reviewer_id, a.start_ms, a.end_ms, a.level, a.observation, a.quote,
                   a.below_waterline, a.felt_unsaid, a.tags, a.still_name, a.created_at, a.updated_at)
            .where(a.recording_id == recording_id).order_by(a.start_ms, a.id)
        )
        return [_view(row, *reviewers.get(row.reviewer_id, ("?", "?")), themes.get(row.id, ()), pillars.get(row.id, ()))
                for row in rows]


def _grouped(pairs) -> dict[int, tuple[str, ...]]:
    """(annotation id, theme or pillar id) rows -> sorted ids per annotation, as view_of gives them."""
    grouped: dict[int, list[str]] = {}
    for annotation_id, item in pairs:
        grouped.setdefault(annotation_id, []).append(item)
    return {key: tuple(sorted(items)) for key, items in grouped.items()}
