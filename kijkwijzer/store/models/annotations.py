"""Timestamped annotations against the Kijkwijzer, with their themes and pillars (content ids)."""

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, utcnow


class Annotation(Timestamped, Base):
    __tablename__ = "annotations"
    __table_args__ = (Index("ix_annotations_recording_start", "recording_id", "start_ms"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id", ondelete="CASCADE"), index=True)
    start_ms: Mapped[int] = mapped_column(BigInteger)
    end_ms: Mapped[int | None] = mapped_column(BigInteger)
    observation: Mapped[str] = mapped_column(Text, default="")
    quote: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[str | None] = mapped_column(String(60))
    below_waterline: Mapped[str] = mapped_column(Text, default="")
    felt_unsaid: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    still_name: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    themes: Mapped[list["AnnotationTheme"]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    pillars: Mapped[list["AnnotationPillar"]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class AnnotationTheme(Base):
    __tablename__ = "annotation_themes"
    annotation_id: Mapped[int] = mapped_column(ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True)
    theme_id: Mapped[str] = mapped_column(String(80), primary_key=True)


class AnnotationPillar(Base):
    __tablename__ = "annotation_pillars"
    annotation_id: Mapped[int] = mapped_column(ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True)
    pillar_id: Mapped[str] = mapped_column(String(60), primary_key=True)
