"""Recordings in the media vault, consents per conversation and purpose, transcripts."""

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class Recording(Timestamped, Base):
    __tablename__ = "recordings"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(400))
    vault_name: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    duration_ms: Mapped[int] = mapped_column(BigInteger)
    has_video: Mapped[bool] = mapped_column(Boolean)
    has_audio: Mapped[bool] = mapped_column(Boolean)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    fps: Mapped[float] = mapped_column(Float, default=0.0)
    variable_frame_rate: Mapped[bool] = mapped_column(Boolean, default=False)
    # A written account of a conversation without any media file (the casebook's cases of 004): vault_name is
    # empty, the transcript cues carry the conversation and `duration_ms` is their estimated speaking time.
    text_only: Mapped[bool] = mapped_column(Boolean, default=False)


class Consent(Timestamped, Base):
    """Consent of the client for one purpose of one conversation; withdrawal erases what it covered."""

    __tablename__ = "consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(30))
    given_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20), default="form")
    form_name: Mapped[str | None] = mapped_column(String(100))
    verbal_at_ms: Mapped[int | None] = mapped_column(BigInteger)
    retain_until: Mapped[date | None] = mapped_column(Date)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Why it ended: "client" (the client withdrew) or "retention" (the delete-after date passed).
    withdrawn_reason: Mapped[str | None] = mapped_column(String(20))
    # A correction replaces this consent by a new version without erasing anything; the old values stay
    # in the audit log. A superseded consent is no longer active.
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("consents.id", ondelete="SET NULL"))


class ConsentReviewer(Base):
    """Reviewers named in an analysis consent: only they may open the recording."""

    __tablename__ = "consent_reviewers"
    consent_id: Mapped[int] = mapped_column(ForeignKey("consents.id", ondelete="CASCADE"), primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id", ondelete="CASCADE"), primary_key=True)


class PendingErasure(Timestamped, Base):
    """A file to overwrite and unlink once the erasing transaction has committed.

    Written in that same transaction, removed when the file is gone: a crash between commit and unlink
    leaves a row here, and the next erasure or retention run finishes the job. Holds names, never content.
    """

    __tablename__ = "pending_erasures"
    id: Mapped[int] = mapped_column(primary_key=True)
    area: Mapped[str] = mapped_column(String(10))  # vault | stills | cache
    name: Mapped[str] = mapped_column(String(200))  # a vault sha256, a still file name, a cache sha256 prefix


class TranscriptCue(Base):
    __tablename__ = "transcript_cues"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), index=True)
    start_ms: Mapped[int] = mapped_column(BigInteger)
    end_ms: Mapped[int] = mapped_column(BigInteger)
    speaker: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text)
