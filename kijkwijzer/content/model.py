"""The method as frozen data: one dataclass per kind of content item, plus `Content` with lookups.

Every item shares the provenance fields of `Item`; which fields are quoted verbatim from a seed is
declared per class in `VERBATIM` (checked by `kijkwijzer.content.validate.check_seed_text`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property

# Keys the media player already uses; theme keys must avoid them (Space, Home and End included).
PLAYER_KEYS = frozenset({" ", "SPACE", "J", "K", "L", "I", "O", "N", "P", ",", ".", "HOME", "END"})


@dataclass(frozen=True, kw_only=True)
class Item:
    """Provenance shared by all items: where the text stands in the seeds, and what is not seed text."""

    id: str
    seed: tuple[str, ...] = ()  # "NNN_hash.txt:line" or "NNN_hash.txt:start-end"
    product: bool = False  # whole item is product/UI text, not from a seed (needs product_note)
    product_fields: tuple[str, ...] = ()  # fields that are product text inside a seed-backed item
    product_note: str = ""
    reconstructed: bool = False  # text rebuilt where the PDF extraction lost it
    reconstructed_fields: tuple[str, ...] = ()
    reconstruction_note: str = ""


@dataclass(frozen=True, kw_only=True)
class Theme(Item):
    group: str  # "algemeen" | "specifiek"
    title: str
    title_en: str
    key_question: str
    key_question_en: str
    why: str
    why_en: str
    default_key: str
    color: str
    cases: tuple[int, ...] = ()
    cases_all: bool = False
    cases_text: str = ""
    cases_note: str = ""
    reflection_questions: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Passage(Item):
    """A free-standing text: an introduction, the all-agree invitation, the source of the levels model."""

    text: str
    text_en: str = ""


@dataclass(frozen=True, kw_only=True)
class Level(Item):
    scale: str  # "uitgebreid" (inhoud/procedure/interactie/gevoel) | "kort" (feiten/beleving)
    label: str
    label_en: str
    short_form: str = ""  # id of the "kort" level an extended level folds into (a product inference)
    example: str = ""


@dataclass(frozen=True, kw_only=True)
class Waterline(Item):
    label: str
    label_en: str
    text: str = ""
    example: str = ""


@dataclass(frozen=True, kw_only=True)
class SlimList(Item):
    title: str
    title_en: str
    question: str


@dataclass(frozen=True, kw_only=True)
class SlimItem(Item):
    list: str  # id of a SlimList
    row: int  # items with the same row fit each other across the three lists
    label: str
    label_en: str
    text: str


@dataclass(frozen=True, kw_only=True)
class SlimRow(Item):
    """Why the items of one row belong together: quotes from the case analyses of 004."""

    row: int
    quotes: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class SlimValue(Item):
    label: str
    label_en: str
    text: str = ""


@dataclass(frozen=True, kw_only=True)
class SlimDimension(Item):
    title: str
    title_en: str
    text: str = ""
    question: str = ""
    values: tuple[SlimValue, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Verdict(Item):
    label: str
    label_en: str
    text: str = ""


@dataclass(frozen=True, kw_only=True)
class Step(Item):
    number: int
    title: str
    heading: str
    text: str
    tip: str = ""
    links: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Pillar(Item):
    number: int
    title: str
    title_en: str
    question: str
    question_en: str
    definition: str
    recommendation_intro: str


@dataclass(frozen=True, kw_only=True)
class Statement(Item):
    pillar: str
    number: int
    text: str
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class ScaleLabel(Item):
    value: int
    label: str
    label_en: str
    color: str
    marks_improvement: bool = False  # (helemaal) oneens: room for improvement on this pillar


@dataclass(frozen=True, kw_only=True)
class Recommendation(Item):
    pillar: str
    number: int
    text: str
    sub_items: tuple[str, ...] = ()
    links: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Tip(Item):
    pillar: str
    number: int
    text: str
    links: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class PlanQuestion(Item):
    number: int
    question: str
    help: str


@dataclass(frozen=True, kw_only=True)
class FeedbackQuestion(Item):
    title: str
    title_en: str
    question: str
    question_en: str
    about: str = ""


@dataclass(frozen=True, kw_only=True)
class RatingScale(Item):
    minimum: int
    maximum: int
    low_label: str
    low_label_en: str
    high_label: str
    high_label_en: str


@dataclass(frozen=True, kw_only=True)
class InterviewQuestion(Item):
    number: int
    question: str
    question_en: str


@dataclass(frozen=True, kw_only=True)
class Factor(Item):
    pillar: str
    number: int
    title: str
    text: str = ""


# Fields quoted from the seeds, per class. Other text fields (titles, *_en) are product labels.
VERBATIM: dict[type, tuple[str, ...]] = {
    Theme: ("key_question", "why", "cases_text", "reflection_questions"),
    Passage: ("text",),
    Level: ("label", "example"),
    Waterline: ("label", "text", "example"),
    SlimList: ("title", "question"),
    SlimItem: ("text",),
    SlimRow: ("quotes",),
    SlimValue: ("text",),
    SlimDimension: ("title", "text", "question"),
    Verdict: ("label", "text"),
    Step: ("title", "heading", "text", "tip", "links"),
    Pillar: ("title", "question", "definition", "recommendation_intro"),
    Statement: ("text", "note"),
    ScaleLabel: ("label",),
    Recommendation: ("text", "sub_items", "links"),
    Tip: ("text", "links"),
    PlanQuestion: ("question", "help"),
    FeedbackQuestion: ("question", "about"),
    RatingScale: (),
    InterviewQuestion: (),
    Factor: ("title", "text"),
}


def field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def quoted_texts(item: Item) -> list[tuple[str, str]]:
    """(field, text) pairs that must stand in the item's seed lines; exempt fields and blanks left out."""
    if item.product:
        return []
    skip = set(item.product_fields) | set(item.reconstructed_fields)
    out: list[tuple[str, str]] = []
    for name in VERBATIM[type(item)]:
        if name in skip:
            continue
        value = getattr(item, name)
        for text in value if isinstance(value, tuple) else (value,):
            if text:
                out.append((name, text))
    return out


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

    def _typed(self, id: str, cls: type) -> Item:
        found = self.item(id)
        if not isinstance(found, cls):
            raise KeyError(f"{id!r} is a {type(found).__name__}, not a {cls.__name__}")
        return found

    def theme(self, id: str) -> Theme:
        return self._typed(id, Theme)  # type: ignore[return-value]

    def themes_in_group(self, group: str) -> tuple[Theme, ...]:
        return tuple(t for t in self.themes if t.group == group)

    def themes_by_key(self) -> dict[str, Theme]:
        return {t.default_key: t for t in self.themes}

    def passage(self, id: str) -> Passage:
        return self._typed(id, Passage)  # type: ignore[return-value]

    def level(self, id: str) -> Level:
        return self._typed(id, Level)  # type: ignore[return-value]

    def levels_in_scale(self, scale: str) -> tuple[Level, ...]:
        return tuple(lv for lv in self.levels if lv.scale == scale)

    def slim_item(self, id: str) -> SlimItem:
        return self._typed(id, SlimItem)  # type: ignore[return-value]

    def slim_list_items(self, list_id: str) -> tuple[SlimItem, ...]:
        return tuple(sorted((i for i in self.slim_items if i.list == list_id), key=lambda i: i.row))

    def slim_row(self, row: int) -> dict[str, SlimItem]:
        """The aligned items of one row, keyed by list id (zelfbeeld, rol, logica)."""
        return {i.list: i for i in self.slim_items if i.row == row}

    def slim_aligned(self, id: str) -> dict[str, SlimItem]:
        return self.slim_row(self.slim_item(id).row)

    def verdict(self, id: str) -> Verdict:
        return self._typed(id, Verdict)  # type: ignore[return-value]

    def pillar(self, id: str) -> Pillar:
        return self._typed(id, Pillar)  # type: ignore[return-value]

    def statement(self, id: str) -> Statement:
        return self._typed(id, Statement)  # type: ignore[return-value]

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
        return self._typed(id, FeedbackQuestion)  # type: ignore[return-value]

    @property
    def rating_scale(self) -> RatingScale:
        return self.rating_scales[0]
