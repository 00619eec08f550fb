"""Learning groups (leergroepen) of the learning lab: who watches the fragments shared with a group and gives
feedback on them. In a team database only the administrator makes groups and sets who is in them (the server
refuses members); in a single-user workspace whoever keeps it does."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kijkwijzer.domain.free_text import free_line
from kijkwijzer.errors import BadInput, NotAllowed, NotFound
from kijkwijzer.store.models import LearningGroup, LearningGroupMember, Reviewer

from .context import Context
from .people import ReviewerView, reviewer_view
from .topics import Change


@dataclass(frozen=True)
class GroupView:
    id: int
    name: str
    members: tuple[ReviewerView, ...]

    @property
    def member_ids(self) -> frozenset[int]:
        return frozenset(m.id for m in self.members)


def _may_manage(ctx: Context) -> None:
    if ctx.identity_fixed:
        raise NotAllowed("Alleen de beheerder van de teamdatabase beheert leergroepen.",
                         "Only the team database's administrator manages learning groups.")


def _name(name: str) -> str:
    name = free_line(name or "", "naam", "name", limit=200).strip()
    if not name:
        raise BadInput("Geef de leergroep een naam.", "Give the learning group a name.")
    return name


def _load(session: Session, group_id: int) -> LearningGroup:
    group = session.get(LearningGroup, group_id)
    if group is None:
        raise NotFound(f"Leergroep {group_id} bestaat niet.", f"Learning group {group_id} does not exist.")
    return group


def _view(session: Session, group: LearningGroup) -> GroupView:
    members = session.scalars(select(Reviewer).join(LearningGroupMember, LearningGroupMember.reviewer_id == Reviewer.id)
                              .where(LearningGroupMember.group_id == group.id).order_by(Reviewer.name))
    return GroupView(group.id, group.name, tuple(reviewer_view(r) for r in members))


def _unique(session: Session, name: str, not_id: int | None = None) -> None:
    other = session.scalar(select(LearningGroup.id).where(LearningGroup.name == name))
    if other is not None and other != not_id:
        raise BadInput(f"Er is al een leergroep {name}.", f"There already is a learning group {name}.")


def add_group(ctx: Context, name: str) -> GroupView:
    _may_manage(ctx)
    with ctx.transaction() as session:
        name = _name(name)
        _unique(session, name)
        group = LearningGroup(name=name)
        session.add(group)
        session.flush()
        ctx.changed(session, Change.LAB_GROUP_ADD, group.id)
        return _view(session, group)


def rename_group(ctx: Context, group_id: int, name: str) -> GroupView:
    _may_manage(ctx)
    with ctx.transaction() as session:
        group = _load(session, group_id)
        name = _name(name)
        _unique(session, name, group.id)
        group.name = name
        ctx.changed(session, Change.LAB_GROUP_RENAME, group.id)
        return _view(session, group)


def add_to_group(ctx: Context, group_id: int, reviewer_id: int) -> GroupView:
    _may_manage(ctx)
    with ctx.transaction() as session:
        group = _load(session, group_id)
        reviewer = session.get(Reviewer, reviewer_id)
        if reviewer is None or reviewer.archived_at is not None:
            raise NotFound(f"Kijker {reviewer_id} bestaat niet (of is gearchiveerd).",
                           f"Reviewer {reviewer_id} does not exist (or is archived).")
        if session.get(LearningGroupMember, (group_id, reviewer_id)) is None:
            session.add(LearningGroupMember(group_id=group_id, reviewer_id=reviewer_id))
            session.flush()
        ctx.changed(session, Change.LAB_GROUP_MEMBER_ADD, group.id, detail=f"kijker {reviewer_id}")
        return _view(session, group)


def remove_from_group(ctx: Context, group_id: int, reviewer_id: int) -> GroupView:
    _may_manage(ctx)
    with ctx.transaction() as session:
        group = _load(session, group_id)
        session.execute(delete(LearningGroupMember).where(LearningGroupMember.group_id == group_id,
                                                          LearningGroupMember.reviewer_id == reviewer_id))
        ctx.changed(session, Change.LAB_GROUP_MEMBER_REMOVE, group.id, detail=f"kijker {reviewer_id}")
        return _view(session, group)


def list_groups(ctx: Context) -> list[GroupView]:
    with ctx.store.read() as session:
        return [_view(session, g) for g in session.scalars(select(LearningGroup).order_by(LearningGroup.name))]


def groups_of(ctx: Context, reviewer_id: int) -> list[GroupView]:
    """The groups a reviewer is in (the learning lab shows what was shared with these)."""
    return [g for g in list_groups(ctx) if reviewer_id in g.member_ids]
