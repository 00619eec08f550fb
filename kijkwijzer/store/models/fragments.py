"""Fragments (spans selected to show), playlists of them, and what the client said about them."""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class Fragment(Timestamped, Base):
    __tablename__ = "fragments"
    id: Mapped[int] = mapped_column(primary_key=True)
    recording_id: Mapped[int] = mapped_column(ForeignKey("recordings.id", ondelete="CASCADE"), index=True)
    annotation_id: Mapped[int | None] = mapped_column(ForeignKey("annotations.id", ondelete="SET NULL"))
    start_ms: Mapped[int] = mapped_column(BigInteger)
    end_ms: Mapped[int] = mapped_column(BigInteger)
    title: Mapped[str] = mapped_column(String(300), default="")


class Playlist(Timestamped, Base):
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
    """The client's own words about a fragment, typed by the client-researcher."""

    __tablename__ = "client_reactions"
    id: Mapped[int] = mapped_column(primary_key=True)
    fragment_id: Mapped[int] = mapped_column(ForeignKey("fragments.id", ondelete="CASCADE"), index=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id", ondelete="SET NULL"))
    words: Mapped[str] = mapped_column(Text, default="")
    feeling: Mapped[str] = mapped_column(Text, default="")
    addition: Mapped[str] = mapped_column(Text, default="")
    comparison: Mapped[str | None] = mapped_column(String(20))


class FeedbackScore(Timestamped, Base):
    """A score on one of the two client-feedback questions for one conversation."""

    __tablename__ = "feedback_scores"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(60))
    score: Mapped[int] = mapped_column(Integer)
    words: Mapped[str] = mapped_column(Text, default="")
