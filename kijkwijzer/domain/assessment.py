"""The begrijpen/willen/kunnen self-assessment as rules: checking answers, step 3 and comparing two dates.

Step 3 follows 001 ("Stap 3, Analyseer je antwoorden"): a pillar shows room for improvement when one or
more of its statements is answered 'helemaal oneens' (1) or 'oneens' (2); for those pillars the
recommendations and the reading/viewing tips apply.

"(Nearly) all agree": 001 says "Als je bij vrijwel alle pijlers 'helemaal eens' of 'eens' hebt aangekruist,
bedenk dan aan welke pijler je nog zou willen werken" (001:134-136); 000 (~2300-2303) says why it was added:
professionals "vaak 'helemaal eens' of 'eens'" had ticked. Our reading, used by `analyse`:
* The first sentence of step 3 already sends every pillar with a (helemaal) oneens to its recommendations,
  so the invitation is for the professional to whom step 3 would otherwise show nothing: no statement
  answered 1 or 2, so no pillar shows room for improvement.
* It is for someone who ticked (helemaal) eens, not for someone who stayed neutral: a pillar counts as
  "(helemaal) eens aangekruist" when more than half of its statements are answered 4 or 5 (3 of 4).
  "Vrijwel" (nearly) is the room for a neutral answer here and there (one per pillar), not for leaving out
  a whole pillar: with three pillars, "nearly all" cannot sensibly mean "two of three".
* So all-neutral answers, or mostly neutral ones, get neither recommendations nor the invitation: 001 has
  no text for them, and step 3 shows them what 001 asks to check, that no pillar has a (helemaal) oneens.
000 (~1600-1602) reports that the nine test users "best goed scoren": this is the common case.
Pure: works on anything with `id` and `pillar` (content's `Statement`, `Recommendation`, `Tip` fit).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from kijkwijzer.errors import BadInput

SCALE = (1, 2, 3, 4, 5)  # 1 = helemaal oneens ... 5 = helemaal eens
IMPROVEMENT_VALUES = frozenset({1, 2})  # (helemaal) oneens: room for improvement
AGREE_VALUES = frozenset({4, 5})


class PillarBound(Protocol):
    """A content item that belongs to a pillar (statement, recommendation, tip); read-only, as content is."""

    @property
    def id(self) -> str: ...

    @property
    def pillar(self) -> str: ...


@dataclass(frozen=True)
class PillarAnalysis:
    pillar_id: str
    room_for_improvement: bool
    disagreed: tuple[str, ...]  # statements answered (helemaal) oneens
    neutral: tuple[str, ...]
    agreed: tuple[str, ...]
    unanswered: tuple[str, ...]
    recommendations: tuple[str, ...]  # ids; empty when the pillar shows no room for improvement
    tips: tuple[str, ...]


@dataclass(frozen=True)
class AssessmentAnalysis:
    pillars: tuple[PillarAnalysis, ...]
    invite_choice: bool  # "(nearly) all agree": invite choosing a pillar to work on anyway (see module doc)
    complete: bool  # every statement answered

    @property
    def pillars_with_room(self) -> tuple[str, ...]:
        return tuple(p.pillar_id for p in self.pillars if p.room_for_improvement)

    def pillar(self, pillar_id: str) -> PillarAnalysis:
        for p in self.pillars:
            if p.pillar_id == pillar_id:
                return p
        raise KeyError(pillar_id)


def check_answers(answers: Mapping[str, object], statements: Sequence[PillarBound],
                  *, require_all: bool = False) -> dict[str, int]:
    """Answers as {statement id: 1..5}; refuses unknown statements and values off the scale."""
    if not isinstance(answers, Mapping):
        raise BadInput('Verwacht een JSON-object {"STELLING_ID": 1..5}.', 'Expected a JSON object {"STATEMENT_ID": 1..5}.')
    known = {s.id for s in statements}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise BadInput(f"Onbekende stelling: {', '.join(map(str, unknown))}", f"Unknown statement: {', '.join(map(str, unknown))}")
    out: dict[str, int] = {}
    for statement_id, value in answers.items():
        if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
            raise BadInput(f"Antwoord bij {statement_id} moet 1 tot en met 5 zijn (1 = helemaal oneens), niet {value!r}.",
                           f"Answer to {statement_id} must be 1 to 5 (1 = strongly disagree), not {value!r}.")
        out[statement_id] = value
    missing = [s.id for s in statements if s.id not in out]
    if require_all and missing:
        raise BadInput(f"Nog niet beantwoord: {', '.join(missing)}", f"Not answered yet: {', '.join(missing)}")
    return out


def mostly_agreed(pillar: PillarAnalysis) -> bool:
    """"(Helemaal) eens aangekruist" at this pillar: no (helemaal) oneens and more than half of its statements
    answered (helemaal) eens; neutral and unanswered statements count against it (see module doc)."""
    total = len(pillar.disagreed) + len(pillar.neutral) + len(pillar.agreed) + len(pillar.unanswered)
    return not pillar.disagreed and 2 * len(pillar.agreed) > total


def analyse(answers: Mapping[str, int], pillar_ids: Sequence[str], statements: Sequence[PillarBound],
            recommendations: Sequence[PillarBound] = (), tips: Sequence[PillarBound] = (),
            improvement_values: frozenset[int] = IMPROVEMENT_VALUES) -> AssessmentAnalysis:
    """Step 3 of 001 for checked answers: per pillar, room for improvement and what applies (see module doc)."""
    results = []
    for pillar_id in pillar_ids:
        own = [s.id for s in statements if s.pillar == pillar_id]
        disagreed = tuple(s for s in own if answers.get(s) in improvement_values)
        agreed = tuple(s for s in own if answers.get(s) in AGREE_VALUES)
        unanswered = tuple(s for s in own if s not in answers)
        neutral = tuple(s for s in own if s in answers and s not in disagreed and s not in agreed)
        room = bool(disagreed)
        results.append(PillarAnalysis(
            pillar_id, room, disagreed, neutral, agreed, unanswered,
            tuple(r.id for r in recommendations if r.pillar == pillar_id) if room else (),
            tuple(t.id for t in tips if t.pillar == pillar_id) if room else (),
        ))
    complete = all(not p.unanswered for p in results)
    invite = bool(results) and all(mostly_agreed(p) for p in results)
    return AssessmentAnalysis(tuple(results), invite, complete)


@dataclass(frozen=True)
class StatementChange:
    statement_id: str
    pillar_id: str
    before: int | None
    after: int | None
    change: str  # "meer_eens" | "minder_eens" | "gelijk" | "alleen_eerst" | "alleen_later"

    @property
    def delta(self) -> int | None:
        return None if self.before is None or self.after is None else self.after - self.before


@dataclass(frozen=True)
class PillarChange:
    pillar_id: str
    room_before: bool
    room_after: bool


@dataclass(frozen=True)
class AssessmentComparison:
    statements: tuple[StatementChange, ...]
    pillars: tuple[PillarChange, ...]


def _change(before: int | None, after: int | None) -> str:
    if before is None:
        return "alleen_later"
    if after is None:
        return "alleen_eerst"
    if after == before:
        return "gelijk"
    return "meer_eens" if after > before else "minder_eens"


def compare(before: Mapping[str, int], after: Mapping[str, int], pillar_ids: Sequence[str],
            statements: Sequence[PillarBound],
            improvement_values: frozenset[int] = IMPROVEMENT_VALUES) -> AssessmentComparison:
    """Statement by statement, in content order; words describe the direction, not a judgement."""
    changes = tuple(StatementChange(s.id, s.pillar, before.get(s.id), after.get(s.id),
                                    _change(before.get(s.id), after.get(s.id))) for s in statements)
    first = analyse(before, pillar_ids, statements, improvement_values=improvement_values)
    second = analyse(after, pillar_ids, statements, improvement_values=improvement_values)
    pillars = tuple(PillarChange(p, first.pillar(p).room_for_improvement, second.pillar(p).room_for_improvement)
                    for p in pillar_ids)
    return AssessmentComparison(changes, pillars)
