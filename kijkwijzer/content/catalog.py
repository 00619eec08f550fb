"""`Content`: all method items in file order, with lookups by stable id."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import TypeVar

from kijkwijzer.content.model import (
    Factor,
    FeedbackQuestion,
    InterviewQuestion,
    Item,
    Level,
    Passage,
    Pillar,
    PlanQuestion,
    RatingScale,
    Recommendation,
    ScaleLabel,
    SlimApproach,
    SlimDimension,
    SlimItem,
    SlimList,
    SlimRow,
    Statement,
    Step,
    Theme,
    Tip,
    Verdict,
    Waterline,
)

_ItemT = TypeVar("_ItemT", bound=Item)


@dataclass(frozen=True)
class Content:
    """All method content, in file order. Look items up by their stable ids."""

    themes: tuple[Theme, ...]
    passages: tuple[Passage, ...]
    levels: tuple[Level, ...]
    waterlines: tuple[Waterline, ...]
    slim_lists: tuple[SlimList, ...]
    slim_items: tuple[SlimItem, ...]
    slim_rows: tuple[SlimRow, ...]
    slim_dimensions: tuple[SlimDimension, ...]
    verdicts: tuple[Verdict, ...]
    steps: tuple[Step, ...]
    pillars: tuple[Pillar, ...]
    statements: tuple[Statement, ...]
    scale: tuple[ScaleLabel, ...]
    recommendations: tuple[Recommendation, ...]
    tips: tuple[Tip, ...]
    plan_questions: tuple[PlanQuestion, ...]
    feedback_questions: tuple[FeedbackQuestion, ...]
    rating_scales: tuple[RatingScale, ...]
    interview_questions: tuple[InterviewQuestion, ...]
    factors: tuple[Factor, ...] = ()
    slim_approaches: tuple[SlimApproach, ...] = ()  # whose approach a SLIM analysis judges
    sources: Mapping[str, str] = field(default_factory=dict)  # item id -> content file name

    def all_items(self) -> list[Item]:
        out: list[Item] = []
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                for item in value:
                    out.append(item)
                    if isinstance(item, SlimDimension):
                        out.extend(item.values)
        return out

    @cached_property
    def _index(self) -> dict[str, Item]:
        return {item.id: item for item in self.all_items()}

    def item(self, id: str) -> Item:
        try:
            return self._index[id]
        except KeyError:
            raise KeyError(f"unknown content id {id!r}") from None

    def has(self, id: str) -> bool:
        return id in self._index

    def _typed(self, id: str, cls: type[_ItemT]) -> _ItemT:
        found = self.item(id)
        if not isinstance(found, cls):
            raise KeyError(f"{id!r} is a {type(found).__name__}, not a {cls.__name__}")
        return found

    def theme(self, id: str) -> Theme:
        return self._typed(id, Theme)

    def themes_in_group(self, group: str) -> tuple[Theme, ...]:
        return tuple(t for t in self.themes if t.group == group)

    def themes_by_key(self) -> dict[str, Theme]:
        return {t.default_key: t for t in self.themes}

    def passage(self, id: str) -> Passage:
        return self._typed(id, Passage)

    def level(self, id: str) -> Level:
        return self._typed(id, Level)

    def levels_in_scale(self, scale: str) -> tuple[Level, ...]:
        return tuple(lv for lv in self.levels if lv.scale == scale)

    def slim_item(self, id: str) -> SlimItem:
        return self._typed(id, SlimItem)

    def slim_list_items(self, list_id: str) -> tuple[SlimItem, ...]:
        return tuple(sorted((i for i in self.slim_items if i.list == list_id), key=lambda i: i.row))

    def slim_row(self, row: int) -> dict[str, SlimItem]:
        """The aligned items of one row, keyed by list id (zelfbeeld, rol, logica)."""
        return {i.list: i for i in self.slim_items if i.row == row}

    def slim_aligned(self, id: str) -> dict[str, SlimItem]:
        return self.slim_row(self.slim_item(id).row)

    def verdict(self, id: str) -> Verdict:
        return self._typed(id, Verdict)

    def slim_approach(self, id: str) -> SlimApproach:
        return self._typed(id, SlimApproach)

    def step(self, id: str) -> Step:
        return self._typed(id, Step)

    def pillar(self, id: str) -> Pillar:
        return self._typed(id, Pillar)

    def statement(self, id: str) -> Statement:
        return self._typed(id, Statement)

    def statements_for(self, pillar_id: str) -> tuple[Statement, ...]:
        return tuple(s for s in self.statements if s.pillar == pillar_id)

    def recommendations_for(self, pillar_id: str) -> tuple[Recommendation, ...]:
        return tuple(r for r in self.recommendations if r.pillar == pillar_id)

    def tips_for(self, pillar_id: str) -> tuple[Tip, ...]:
        return tuple(t for t in self.tips if t.pillar == pillar_id)

    def factors_for(self, pillar_id: str) -> tuple[Factor, ...]:
        return tuple(f for f in self.factors if f.pillar == pillar_id)

    def scale_label(self, value: int) -> ScaleLabel:
        for label in self.scale:
            if label.value == value:
                return label
        raise KeyError(f"no scale label for value {value!r}")

    def feedback_question(self, id: str) -> FeedbackQuestion:
        return self._typed(id, FeedbackQuestion)

    @property
    def rating_scale(self) -> RatingScale:
        return self.rating_scales[0]
