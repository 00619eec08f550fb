"""Professionals, reviewers (with their role) and pseudonymised clients."""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class Professional(Timestamped, Base):
    __tablename__ = "professionals"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str] = mapped_column(String(100), default="klantmanager")


class Reviewer(Timestamped, Base):
    """Anyone who annotates: the professional themselves, a coach, researcher or colleague."""

    __tablename__ = "reviewers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))
    professional_id: Mapped[int | None] = mapped_column(ForeignKey("professionals.id", ondelete="SET NULL"))
    # Archived reviewers keep their annotations but are no longer offered in choosers.
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Team mode: the PostgreSQL login of this person; who is acting is read from the connection (session_user).
    db_role: Mapped[str | None] = mapped_column(String(63), unique=True)


class Client(Timestamped, Base):
    """A client is known by a pseudonym code; a real name is optional, sealed with the client's own content key
    ("client:<id>", services/content_keys.py), and never leaves the workspace."""

    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    pseudonym: Mapped[str] = mapped_column(String(40), unique=True)
    real_name_sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    profile: Mapped[str] = mapped_column(String(2000), default="")
    # Who registered the client (team mode: that professional sees the client before a case exists).
    created_by: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
