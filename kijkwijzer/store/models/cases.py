"""Cases (a client's traject with one professional) and the conversations recorded in them."""

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class Case(Timestamped, Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    professional_id: Mapped[int] = mapped_column(ForeignKey("professionals.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")  # why this client was brought in
    goal: Mapped[str] = mapped_column(Text, default="")  # what the professional wants to reach in the case
    profile: Mapped[str] = mapped_column(Text, default="")  # the situation, as the case stories describe it


class CaseEvent(Timestamped, Base):
    """Something dated in a case outside the recordings: an event between conversations, the outcome,
    or a note (e.g. about an earlier, unrecorded conversation)."""

    __tablename__ = "case_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="event")
    text: Mapped[str] = mapped_column(Text, default="")


class Conversation(Timestamped, Base):
    __tablename__ = "conversations"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    goal: Mapped[str] = mapped_column(Text, default="")
    setting: Mapped[str] = mapped_column(String(200), default="spreekkamer")
    sequence: Mapped[int] = mapped_column(Integer, default=1)
    # When the client was interviewed about this conversation's fragments; it may come before a later
    # conversation of the case (004 case 2). None: not interviewed (yet) or date not known.
    interviewed_on: Mapped[date | None] = mapped_column(Date)


class ConversationParticipant(Base):
    """One person present in a conversation, third parties included (an interpreter, another professional)."""

    __tablename__ = "conversation_participants"
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(40), default="other")
    description: Mapped[str] = mapped_column(String(400), default="")  # "tolk Arabisch", "werkcoach van het UWV"
