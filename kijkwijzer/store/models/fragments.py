"""Fragments (spans selected to show), playlists of them, and what the client said about them."""

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, utcnow


class Fragment(Timestamped, Base):
    __tablename__ = "fragments"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), index=True)
    annotation_id: Mapped[int | None] = mapped_column(ForeignKey("annotations.id", ondelete="SET NULL"))
    start_ms: Mapped[int] = mapped_column(BigInteger)
    end_ms: Mapped[int] = mapped_column(BigInteger)
    title: Mapped[str] = mapped_column(String(300), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))


class Playlist(Timestamped, Base):
    """An ordered selection of one recording's fragments, for the client interview or the reflection."""

    __tablename__ = "playlists"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300), default="")


class PlaylistItem(Base):
    __tablename__ = "playlist_items"
    playlist_id: Mapped[int] = mapped_column(ForeignKey("playlists.id", ondelete="CASCADE"), primary_key=True)
    fragment_id: Mapped[int] = mapped_column(ForeignKey("fragments.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class ClientReaction(Timestamped, Base):
    """The client's own words about a fragment, typed by the client-researcher (one per fragment).

    `comparison` is the reviewers' mark after putting their annotations beside it:
    match, differ or client_only (the client saw something nobody annotated).
    """

    __tablename__ = "client_reactions"
    __table_args__ = (UniqueConstraint("fragment_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    fragment_id: Mapped[int] = mapped_column(ForeignKey("fragments.id", ondelete="CASCADE"))
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    words: Mapped[str] = mapped_column(Text, default="")
    feeling: Mapped[str] = mapped_column(Text, default="")
    addition: Mapped[str] = mapped_column(Text, default="")
    comparison: Mapped[str | None] = mapped_column(String(20))
    comparison_note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class FeedbackScore(Timestamped, Base):
    """A score on one of the two client-feedback questions for one conversation, with the client's words.

    The score is optional: the client's words about the working relationship or progress stand on their own."""

    __tablename__ = "feedback_scores"
    __table_args__ = (UniqueConstraint("conversation_id", "question_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(60))
    score: Mapped[int | None] = mapped_column(Integer)
    words: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
