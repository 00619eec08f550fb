"""SLIM analyses, begrijpen/willen/kunnen self-assessments and improvement plans.

SLIM picks are content ids, newline-separated (the case analyses describe mixed pictures, so a list may
hold more than one item); `dimensions` is JSON {dimension id: [value ids]}.
"""

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, utcnow


class SlimAnalysis(Timestamped, Base):
    __tablename__ = "slim_analyses"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id", ondelete="CASCADE"))
    start_ms: Mapped[int | None] = mapped_column(BigInteger)
    end_ms: Mapped[int | None] = mapped_column(BigInteger)
    phase: Mapped[str] = mapped_column(String(200), default="")
    # Whose approach is judged: "professional", "andere_professionals" ("de andere betrokken professionals",
    # 004:916) or "organisatie".
    approach_of: Mapped[str] = mapped_column(String(40), default="professional")
    zelfbeeld: Mapped[str] = mapped_column(Text, default="")
    rol: Mapped[str] = mapped_column(Text, default="")
    logica: Mapped[str] = mapped_column(Text, default="")
    dimensions: Mapped[str] = mapped_column(Text, default="{}")
    analysis: Mapped[str] = mapped_column(Text, default="")
    suggested_verdict: Mapped[str | None] = mapped_column(String(80))
    verdict: Mapped[str | None] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text, default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Assessment(Timestamped, Base):
    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    professional_id: Mapped[int] = mapped_column(ForeignKey("professionals.id", ondelete="CASCADE"), index=True)
    taken_on: Mapped[date] = mapped_column(Date)


class AssessmentAnswer(Base):
    __tablename__ = "assessment_answers"
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True)
    statement_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class Plan(Timestamped, Base):
    __tablename__ = "plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    professional_id: Mapped[int] = mapped_column(ForeignKey("professionals.id", ondelete="CASCADE"), index=True)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id", ondelete="SET NULL"))
    pillar_id: Mapped[str | None] = mapped_column(String(60))
    room_for_improvement: Mapped[str] = mapped_column(Text, default="")
    needed: Mapped[str] = mapped_column(Text, default="")
    timeline: Mapped[str] = mapped_column(Text, default="")


class PlanAction(Timestamped, Base):
    __tablename__ = "plan_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    pillar_id: Mapped[str | None] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class PlanActionLink(Base):
    """Evidence for an action: a fragment, an annotation, an aandachtspunt or a feedback score."""

    __tablename__ = "plan_action_links"
    action_id: Mapped[int] = mapped_column(ForeignKey("plan_actions.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    target_id: Mapped[int] = mapped_column(Integer, primary_key=True)
