"""The Kijkwijzer method as validated data: themes, levels, SLIM, assessment, feedback questions.

Only stdlib and `kijkwijzer.errors`: no Qt. Load once with `load_content()` and refer to items by id.
"""

from kijkwijzer.content.catalog import Content
from kijkwijzer.content.loader import DEFAULT_DIR, load_content, seeds_dir
from kijkwijzer.content.model import (
    PLAYER_KEYS,
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
    SlimDimension,
    SlimItem,
    SlimList,
    SlimRow,
    SlimValue,
    Statement,
    Step,
    Theme,
    Tip,
    Verdict,
    Waterline,
)
from kijkwijzer.content.seedtext import check_seed_text, seed_text_problems
from kijkwijzer.content.validate import validate

__all__ = [
    "DEFAULT_DIR",
    "PLAYER_KEYS",
    "Content",
    "Factor",
    "FeedbackQuestion",
    "InterviewQuestion",
    "Item",
    "Level",
    "Passage",
    "Pillar",
    "PlanQuestion",
    "RatingScale",
    "Recommendation",
    "ScaleLabel",
    "SlimDimension",
    "SlimItem",
    "SlimList",
    "SlimRow",
    "SlimValue",
    "Statement",
    "Step",
    "Theme",
    "Tip",
    "Verdict",
    "Waterline",
    "check_seed_text",
    "load_content",
    "seed_text_problems",
    "seeds_dir",
    "validate",
]
