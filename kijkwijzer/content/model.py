"""The method as frozen data: one dataclass per kind of content item (`Content` is in catalog.py).

Every item shares the provenance fields of `Item`; which fields are quoted verbatim from a seed is
declared per class in `VERBATIM` (checked by `kijkwijzer.content.validate.check_seed_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

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
    cases_note_en: str = ""
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
class SlimApproach(Item):
    """Whose approach a SLIM analysis judges (the professional, the other professionals, the organisation)."""

    label: str
    label_en: str


@dataclass(frozen=True, kw_only=True)
class Step(Item):
    number: int
    title: str
    heading: str
    text: str
    link: str = ""  # e.g. the animation of step 1
    tip: str = ""
    tip_link: str = ""


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
    text_en: str = ""
    note: str = ""  # the seed's footnote to the statement


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
    question_en: str = ""


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
    SlimApproach: ("label",),
    Step: ("title", "heading", "text", "link", "tip", "tip_link"),
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
