"""What the ELAN import dialog offers and previews: the reviewers who may annotate this recording, and what a
tier/theme mapping would import (the same plan the import service makes, computed without writing).

No Qt here: the dialog asks, this answers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.formats.cues import Cue
from kijkwijzer.formats.elan_import import (
    OVERRUN_REFUSE,
    Overrun,
    Vocabulary,
    count_overrun,
    is_own_format,
    plan_import,
    settle_overrun,
)
from kijkwijzer.formats.elan_read import EafDocument, read_eaf
from kijkwijzer.services import cases, consent, people, recordings
from kijkwijzer.services.context import Context
from kijkwijzer.services.people import ReviewerView


def allowed_reviewers(ctx: Context, recording_id: int) -> list[ReviewerView]:
    """The reviewers an import may write for: the professional who owns the case, then everyone named in the
    active analysis consent (the same people `require_recording_access` lets in)."""
    conversation = cases.get_conversation(ctx, recordings.get(ctx, recording_id).conversation_id)
    owner = next((c.professional_id for c in cases.list_cases(ctx) if c.id == conversation.case_id), None)
    active = [
        c for c in consent.list_for_conversation(ctx, conversation.id) if c.purpose == "analysis" and c.active
    ]
    named = set(active[-1].reviewer_ids) if active else set()
    chosen = [
        r
        for r in people.list_reviewers(ctx)
        if r.role != "learning_group"
        and ((owner is not None and r.professional_id == owner) or r.id in named)
    ]
    return sorted(chosen, key=lambda r: (r.professional_id != owner, r.name.casefold()))


@dataclass(frozen=True)
class Preview:
    """What pressing "Inlezen" would add, or why it would be refused (`problem`, already in the UI language)."""

    annotations: int = 0
    per_reviewer: Mapping[int, int] = field(default_factory=dict)
    fragments: int = 0
    reactions: int = 0
    skipped_tiers: tuple[str, ...] = ()
    problem: str = ""
    labels: tuple[str, ...] = ()  # vocabulary values kept as labels, not themes
    overrun: Overrun = field(default_factory=Overrun)
    cues: int = 0  # transcript lines in the file (our own exports)
    transcript_differs: bool = False  # the recording has a transcript of its own that is not the file's

    @property
    def importable(self) -> bool:
        return not self.problem and (self.annotations + self.fragments + self.reactions + self.cues) > 0


_CLI_HINT = re.compile(r"\s*[^.:]*--[a-z-]+[^.]*\.?")  # "Koppel ze met --theme-map WAARDE=thema-id."


def without_cli_hint(text: str) -> str:
    """The services' messages end with a command-line hint; in the dialog the tables are the way to fix it."""
    return _CLI_HINT.sub("", text).strip()


class EafFile:
    """One .eaf file read once; `preview` re-plans it for each mapping the user tries."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.doc: EafDocument = read_eaf(self.path)
        self.own_format = is_own_format(self.doc)

    def preview(
        self,
        ctx: Context,
        tier_map: Mapping[str, int],
        theme_map: Mapping[str, str],
        lang: str,
        nothing_chosen: str,
        child_roles: Mapping[str, str] | None = None,
        duration_ms: int | None = None,
        past_end: str = OVERRUN_REFUSE,
        transcript: Sequence[Cue] = (),
    ) -> Preview:
        """`transcript`: the recording's own cues, to tell whether the file's would replace a different one."""
        if not self.own_format and not tier_map:
            return Preview(problem=nothing_chosen)
        reviewers = {r.id: r.name for r in people.list_reviewers(ctx)}
        themes = {t.id: t.title for t in ctx.content.themes}
        over = Overrun()
        try:
            plan = plan_import(self.doc, Vocabulary(reviewers, themes), tier_map, theme_map, child_roles)
            over = count_overrun(plan, duration_ms)
            plan = settle_overrun(plan, duration_ms, past_end)
        except BadInput as error:
            return Preview(problem=without_cli_hint(error.message(lang)), overrun=over)
        except KijkwijzerError as error:
            return Preview(problem=error.message(lang), overrun=over)
        per_reviewer = Counter(a.reviewer_id for a in plan.annotations)
        return Preview(
            len(plan.annotations),
            dict(per_reviewer),
            len(plan.fragments),
            len(plan.reactions),
            plan.skipped_tiers,
            labels=tuple(sorted({t for a in plan.annotations for t in a.tags}, key=str.casefold)),
            overrun=over,
            cues=len(plan.cues),
            transcript_differs=bool(plan.cues and transcript) and sorted(transcript, key=repr) != sorted(
                plan.cues, key=repr),
        )
