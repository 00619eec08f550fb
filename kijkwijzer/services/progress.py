"""One professional's own progress: per case the line of conversations (themes annotated, client feedback,
SLIM verdicts), their assessments over time and the plan actions done.

Private to the professional (same rule as the assessment); learning data, never a ranking: nothing here
takes more than one professional, and nothing is compared across professionals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kijkwijzer.errors import NotAllowed

from . import assessment, cases, plan, series, slim
from .context import Context
from .series import CaseSeries


@dataclass(frozen=True)
class CaseProgress:
    case_id: int
    title: str
    client_pseudonym: str
    series: CaseSeries | None  # None when no conversation of the case may (still) be analysed
    verdicts: tuple[tuple[int, str, str | None, bool], ...]  # (conversation, reviewer, final verdict, confirmed)


@dataclass(frozen=True)
class ProfessionalProgress:
    professional_id: int
    cases: tuple[CaseProgress, ...]
    assessments: tuple[assessment.AssessmentSummary, ...]
    actions_total: int
    actions_done: tuple[date, ...]  # the dates actions were done, oldest first

    @property
    def done_count(self) -> int:
        return len(self.actions_done)


def for_professional(ctx: Context, professional_id: int) -> ProfessionalProgress:
    """Everything the progress view shows; refuses anyone but the professional (or the system)."""
    sittings = assessment.list_for(ctx, professional_id)  # checks that this is the professional's own view
    out = []
    for case in cases.list_cases(ctx, professional_id):
        try:
            line = series.case_series(ctx, case.id)
        except NotAllowed:
            line = None
        verdicts = tuple((v.conversation_id, v.reviewer_name, v.final_verdict, v.verdict is not None)
                         for v in slim.list_for_case(ctx, case.id))
        out.append(CaseProgress(case.id, case.title, case.client_pseudonym, line, verdicts))
    actions = [a for p in plan.list_plans(ctx, professional_id) for a in p.actions]
    done = tuple(sorted(a.done_on for a in actions if a.status == "gedaan" and a.done_on is not None))
    return ProfessionalProgress(professional_id, tuple(out), tuple(sittings), len(actions), done)
