"""Reflection sessions, their agenda, the aandachtspunten they yield and their follow-up."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class ReflectionSession(Timestamped, Base):
    __tablename__ = "reflection_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class ReflectionItem(Base):
    __tablename__ = "reflection_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("reflection_sessions.id", ondelete="CASCADE"), index=True)
    fragment_id: Mapped[int] = mapped_column(ForeignKey("fragments.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    tips: Mapped[str] = mapped_column(Text, default="")


class Aandachtspunt(Timestamped, Base):
    """An attention point to try in the next conversation; followed up there (tried, effect, leerpunt)."""

    __tablename__ = "aandachtspunten"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("reflection_sessions.id", ondelete="SET NULL"))
    theme_id: Mapped[str | None] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")
    followup_conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL")
    )
    followup_fragment_id: Mapped[int | None] = mapped_column(ForeignKey("fragments.id", ondelete="SET NULL"))
    effect: Mapped[str] = mapped_column(Text, default="")
    leerpunt: Mapped[str] = mapped_column(Text, default="")


class AandachtspuntFragment(Base):
    __tablename__ = "aandachtspunt_fragments"
    aandachtspunt_id: Mapped[int] = mapped_column(
        ForeignKey("aandachtspunten.id", ondelete="CASCADE"), primary_key=True
    )
    fragment_id: Mapped[int] = mapped_column(ForeignKey("fragments.id", ondelete="CASCADE"), primary_key=True)
