"""Reflection conversations (reflectiegesprekken), their agenda, the aandachtspunten they yield and their follow-up."""

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, utcnow


class ReflectionConversation(Timestamped, Base):
    """The reflection conversation about one recorded conversation (professional and outside eyes)."""

    __tablename__ = "reflection_sessions"  # the table and its "session_id" columns keep their first names
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    led_by: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    # The earlier reflection this one follows up (a second reflection after the next conversation, 004 case 2).
    follows_id: Mapped[int | None] = mapped_column(ForeignKey("reflection_sessions.id", ondelete="SET NULL"))


class ReflectionCoverage(Base):
    """A further conversation a reflection looks back on, besides its own `conversation_id`
    (004 case 2: the first reflection takes place after the second conversation and covers both)."""

    __tablename__ = "reflection_coverage"
    reflection_id: Mapped[int] = mapped_column("session_id", ForeignKey("reflection_sessions.id", ondelete="CASCADE"),
                                               primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"),
                                                 primary_key=True)


class ReflectionItem(Base):
    """One fragment on the agenda, with what was said about it and the tips given."""

    __tablename__ = "reflection_items"
    __table_args__ = (UniqueConstraint("session_id", "fragment_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    reflection_id: Mapped[int] = mapped_column("session_id", ForeignKey("reflection_sessions.id", ondelete="CASCADE"),
                                               index=True)
    fragment_id: Mapped[int] = mapped_column(ForeignKey("fragments.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    tips: Mapped[str] = mapped_column(Text, default="")


class Aandachtspunt(Timestamped, Base):
    """An attention point to try in the next conversation; open until its leerpunt is written.

    `kind` "leerpunt": a lesson the professional takes from a reflection on its own, not as the answer to an
    earlier aandachtspunt (004 case 2, "de leerpunten die de klantmanager daaruit meeneemt"); its text is the lesson.
    """

    __tablename__ = "aandachtspunten"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    reflection_id: Mapped[int | None] = mapped_column("session_id",
                                                      ForeignKey("reflection_sessions.id", ondelete="SET NULL"))
    conversation_id: Mapped[int | None] = mapped_column(ForeignKey("conversations.id", ondelete="SET NULL"))
    theme_id: Mapped[str | None] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="aandachtspunt")  # aandachtspunt | leerpunt
    status: Mapped[str] = mapped_column(String(20), default="open")
    leerpunt: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The learning group's feedback it was made from (the leerlab), if any.
    from_feedback_id: Mapped[int | None] = mapped_column(ForeignKey("lab_feedback.id", ondelete="SET NULL"))


class AandachtspuntFragment(Base):
    """A fragment that led to an aandachtspunt."""

    __tablename__ = "aandachtspunt_fragments"
    aandachtspunt_id: Mapped[int] = mapped_column(
        ForeignKey("aandachtspunten.id", ondelete="CASCADE"), primary_key=True
    )
    fragment_id: Mapped[int] = mapped_column(ForeignKey("fragments.id", ondelete="CASCADE"), primary_key=True)


class AandachtspuntFollowup(Base):
    """Was the point tried in a later conversation, with which effect, seen in which fragment of it."""

    __tablename__ = "aandachtspunt_followups"
    __table_args__ = (UniqueConstraint("aandachtspunt_id", "conversation_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    aandachtspunt_id: Mapped[int] = mapped_column(ForeignKey("aandachtspunten.id", ondelete="CASCADE"), index=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    tried: Mapped[str] = mapped_column(String(10))
    effect: Mapped[str] = mapped_column(Text, default="")
    fragment_id: Mapped[int | None] = mapped_column(ForeignKey("fragments.id", ondelete="SET NULL"))
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
