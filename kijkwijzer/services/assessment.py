"""The self-assessment (001): take it, read step 3 with its texts, compare two dates, find the evidence.

An assessment is private to the professional who took it: only their own reviewer identity (or the
system, e.g. the CLI without --as) reads or writes it. `analyse_answers` needs no database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kijkwijzer.content import Content
from kijkwijzer.domain import assessment as rules
from kijkwijzer.errors import NotAllowed, NotFound
from kijkwijzer.store.models import Assessment, AssessmentAnswer, Professional, Reviewer

from .context import Actor, Context
from .topics import Change

INVITATION_ID = "assessment.alles_eens"


@dataclass(frozen=True)
class TextWithLinks:
    id: str
    text: str
    sub_items: tuple[str, ...] = ()
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class AnsweredStatement:
    id: str
    text: str
    value: int | None
    label: str


@dataclass(frozen=True)
class PillarReport:
    pillar_id: str
    number: int
    title: str
    question: str
    room_for_improvement: bool
    statements: tuple[AnsweredStatement, ...]
    disagreed: tuple[str, ...]
    recommendation_intro: str  # shown only with room for improvement (it speaks of "(helemaal) oneens")
    recommendations: tuple[TextWithLinks, ...]
    tips: tuple[TextWithLinks, ...]


@dataclass(frozen=True)
class Step3Report:
    pillars: tuple[PillarReport, ...]
    invite_choice: bool
    invitation: str  # 001's "bedenk dan aan welke pijler je nog zou willen werken", when invite_choice
    complete: bool

    @property
    def pillars_with_room(self) -> tuple[str, ...]:
        return tuple(p.pillar_id for p in self.pillars if p.room_for_improvement)


@dataclass(frozen=True)
class AssessmentView:
    id: int
    professional_id: int
    taken_on: date
    answers: dict[str, int]
    step3: Step3Report


@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    taken_on: date
    pillars_with_room: tuple[str, ...]


@dataclass(frozen=True)
class StatementComparison:
    statement_id: str
    pillar_id: str
    text: str
    before: int | None
    after: int | None
    change: str


@dataclass(frozen=True)
class AssessmentComparison:
    before_id: int
    before_on: date
    after_id: int
    after_on: date
    statements: tuple[StatementComparison, ...]
    pillars: tuple[rules.PillarChange, ...]


def improvement_values(content: Content) -> frozenset[int]:
    marked = frozenset(s.value for s in content.scale if s.marks_improvement)
    return marked or rules.IMPROVEMENT_VALUES


def _pillar_ids(content: Content) -> tuple[str, ...]:
    return tuple(p.id for p in sorted(content.pillars, key=lambda p: p.number))


def check(content: Content, answers: Mapping[str, object], *, require_all: bool = False) -> dict[str, int]:
    return rules.check_answers(answers, content.statements, require_all=require_all)


def step3(content: Content, answers: Mapping[str, int], lang: str = "nl") -> Step3Report:
    """Step 3 of 001 with the seed texts: per pillar, room for improvement, recommendations and tips."""
    result = rules.analyse(answers, _pillar_ids(content), content.statements, content.recommendations,
                           content.tips, improvement_values(content))
    labels: dict[int | None, str] = {s.value: s.label if lang == "nl" else s.label_en for s in content.scale}
    reports = []
    for found in result.pillars:
        pillar = content.pillar(found.pillar_id)
        statements = tuple(
            AnsweredStatement(s.id, s.text if lang == "nl" or not s.text_en else s.text_en, answers.get(s.id),
                              labels.get(answers.get(s.id), "")) for s in content.statements_for(pillar.id))
        recs = tuple(TextWithLinks(r.id, r.text, r.sub_items, r.links)
                     for r in content.recommendations if r.id in found.recommendations)
        tips = tuple(TextWithLinks(t.id, t.text, (), t.links) for t in content.tips if t.id in found.tips)
        reports.append(PillarReport(
            pillar.id, pillar.number, pillar.title if lang == "nl" else pillar.title_en,
            pillar.question if lang == "nl" else pillar.question_en, found.room_for_improvement, statements,
            found.disagreed, pillar.recommendation_intro if found.room_for_improvement else "", recs, tips))
    invitation = ""
    if result.invite_choice and content.has(INVITATION_ID):
        passage = content.passage(INVITATION_ID)
        invitation = passage.text if lang == "nl" or not passage.text_en else passage.text_en
    return Step3Report(tuple(reports), result.invite_choice, invitation, result.complete)


def analyse_answers(content: Content, answers: Mapping[str, object], lang: str = "nl") -> Step3Report:
    """Check raw answers ({statement id: 1..5}) and run step 3; no database involved."""
    return step3(content, check(content, answers), lang)


def require_own(session: Session, actor: Actor, professional_id: int) -> Professional:
    """Learning data is the professional's own: nobody else reads their assessment, plan or progress."""
    professional = session.get(Professional, professional_id)
    if professional is None:
        raise NotFound(f"Professional {professional_id} bestaat niet.", f"Professional {professional_id} does not exist.")
    if actor.reviewer_id is None:
        return professional
    reviewer = session.get(Reviewer, actor.reviewer_id)
    if reviewer is None or reviewer.professional_id != professional_id:
        raise NotAllowed(f"Het zelf-assessment, plan en de voortgang van {professional.name} zijn alleen voor "
                         f"{professional.name} zelf.",
                         f"{professional.name}'s self-assessment, plan and progress are for {professional.name} only.")
    return professional


def _answers(session: Session, assessment_id: int) -> dict[str, int]:
    rows = session.scalars(select(AssessmentAnswer).where(AssessmentAnswer.assessment_id == assessment_id))
    return {a.statement_id: a.value for a in rows}


def _load(session: Session, ctx: Context, assessment_id: int) -> Assessment:
    row = session.get(Assessment, assessment_id)
    if row is None:
        raise NotFound(f"Assessment {assessment_id} bestaat niet.", f"Assessment {assessment_id} does not exist.")
    require_own(session, ctx.actor, row.professional_id)
    return row


def take(ctx: Context, professional_id: int, answers: Mapping[str, object], taken_on: date | None = None,
         lang: str = "nl") -> AssessmentView:
    """Store all twelve answers of one sitting; the assessment can be repeated on later dates."""
    checked = check(ctx.content, answers, require_all=True)
    with ctx.transaction() as session:
        require_own(session, ctx.actor, professional_id)
        row = Assessment(professional_id=professional_id, taken_on=taken_on or date.today())
        session.add(row)
        session.flush()
        session.add_all(AssessmentAnswer(assessment_id=row.id, statement_id=s, value=v) for s, v in checked.items())
        ctx.changed(session, Change.ASSESSMENT_TAKE, row.id, detail=f"professional {professional_id}",
                    scope_id=professional_id)
        return AssessmentView(row.id, professional_id, row.taken_on, checked, step3(ctx.content, checked, lang))


def correct(ctx: Context, assessment_id: int, answers: Mapping[str, object], lang: str = "nl") -> AssessmentView:
    """Change the answers of a sitting (going back in the wizard); a later date is a new `take`."""
    checked = check(ctx.content, answers, require_all=True)
    with ctx.transaction() as session:
        row = _load(session, ctx, assessment_id)
        for answer in session.scalars(select(AssessmentAnswer).where(AssessmentAnswer.assessment_id == row.id)):
            session.delete(answer)
        session.flush()
        session.add_all(AssessmentAnswer(assessment_id=row.id, statement_id=s, value=v) for s, v in checked.items())
        ctx.changed(session, Change.ASSESSMENT_CORRECT, row.id, scope_id=row.professional_id)
        return AssessmentView(row.id, row.professional_id, row.taken_on, checked, step3(ctx.content, checked, lang))


def get(ctx: Context, assessment_id: int, lang: str = "nl") -> AssessmentView:
    with ctx.store.read() as session:
        row = _load(session, ctx, assessment_id)
        answers = _answers(session, row.id)
        return AssessmentView(row.id, row.professional_id, row.taken_on, answers, step3(ctx.content, answers, lang))


def list_for(ctx: Context, professional_id: int) -> list[AssessmentSummary]:
    """The professional's assessments, oldest first."""
    with ctx.store.read() as session:
        require_own(session, ctx.actor, professional_id)
        rows = session.scalars(select(Assessment).where(Assessment.professional_id == professional_id)
                               .order_by(Assessment.taken_on, Assessment.id)).all()
        out = []
        for row in rows:
            result = rules.analyse(_answers(session, row.id), _pillar_ids(ctx.content), ctx.content.statements,
                                   improvement_values=improvement_values(ctx.content))
            out.append(AssessmentSummary(row.id, row.taken_on, result.pillars_with_room))
        return out


def compare(ctx: Context, first_id: int, second_id: int, lang: str = "nl") -> AssessmentComparison:
    """Two sittings of the same professional, statement by statement (earlier one first)."""
    with ctx.store.read() as session:
        a, b = _load(session, ctx, first_id), _load(session, ctx, second_id)
        if a.professional_id != b.professional_id:
            raise NotAllowed("Alleen assessments van dezelfde professional kunnen worden vergeleken.",
                             "Only assessments of the same professional can be compared.")
        if (b.taken_on, b.id) < (a.taken_on, a.id):
            a, b = b, a
        before, after = _answers(session, a.id), _answers(session, b.id)
    content = ctx.content
    result = rules.compare(before, after, _pillar_ids(content), content.statements, improvement_values(content))
    texts = {s.id: (s.text if lang == "nl" or not s.text_en else s.text_en) for s in content.statements}
    rows = tuple(StatementComparison(c.statement_id, c.pillar_id, texts[c.statement_id], c.before, c.after, c.change)
                 for c in result.statements)
    return AssessmentComparison(a.id, a.taken_on, b.id, b.taken_on, rows, result.pillars)
