"""The learning lab (leerlab, seed 004 lines ~107-109): learning groups of professionals, the fragments a
professional shares with a group (each as its own sealed clip, so a group never holds a key to the whole
recording), the professional's question with it, and the group's feedback thread per shared fragment."""

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, utcnow


class LearningGroup(Timestamped, Base):
    __tablename__ = "learning_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class LearningGroupMember(Base):
    __tablename__ = "learning_group_members"
    group_id: Mapped[int] = mapped_column(ForeignKey("learning_groups.id", ondelete="CASCADE"), primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id", ondelete="CASCADE"), primary_key=True)


class LabShare(Timestamped, Base):
    """A fragment shared with a learning group: its clip (cut from the recording, sealed under its own content
    key `clip:<sha256>`, in the media folder's clips/) and the question the professional asks the group."""

    __tablename__ = "lab_shares"
    __table_args__ = (UniqueConstraint("fragment_id", "group_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    fragment_id: Mapped[int] = mapped_column(ForeignKey("fragments.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("learning_groups.id", ondelete="CASCADE"), index=True)
    question: Mapped[str] = mapped_column(Text, default="")
    clip_sha256: Mapped[str] = mapped_column(String(64))
    clip_name: Mapped[str] = mapped_column(String(100))  # the file in clips/
    faces_blurred: Mapped[bool] = mapped_column(Boolean, default=False)
    shared_by: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))


class LabFeedback(Timestamped, Base):
    """One contribution to a shared fragment's thread: a top or a tip, optionally linked to a Kijkwijzer theme."""

    __tablename__ = "lab_feedback"
    id: Mapped[int] = mapped_column(primary_key=True)
    share_id: Mapped[int] = mapped_column(ForeignKey("lab_shares.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # top | tip
    text: Mapped[str] = mapped_column(Text)
    theme_id: Mapped[str | None] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
