"""All tables of a workspace; importing this package registers them on Base.metadata.

The modules here do without `from __future__ import annotations`: SQLAlchemy then reads each `Mapped[...]` as the
type itself instead of evaluating its text, ~13 ms less at every start (a forward reference is written in quotes)."""

from .annotations import Annotation, AnnotationPillar, AnnotationTheme
from .assessment import Assessment, AssessmentAnswer, Plan, PlanAction, PlanActionLink, SlimAnalysis
from .audit import AuditEntry
from .base import Base
from .cases import Case, CaseEvent, Conversation, ConversationParticipant
from .fragments import ClientReaction, FeedbackScore, Fragment, Playlist, PlaylistItem
from .keys import ContentKey
from .lab import LabFeedback, LabShare, LearningGroup, LearningGroupMember
from .people import Client, Professional, Reviewer
from .recordings import Consent, ConsentReviewer, PendingErasure, Recording, TranscriptCue
from .reflection import (
    Aandachtspunt,
    AandachtspuntFollowup,
    AandachtspuntFragment,
    ReflectionConversation,
    ReflectionCoverage,
    ReflectionItem,
)

__all__ = [
    "Aandachtspunt",
    "AandachtspuntFollowup",
    "AandachtspuntFragment",
    "Annotation",
    "AnnotationPillar",
    "AnnotationTheme",
    "Assessment",
    "AssessmentAnswer",
    "AuditEntry",
    "Base",
    "Case",
    "CaseEvent",
    "Client",
    "ClientReaction",
    "Consent",
    "ConsentReviewer",
    "ContentKey",
    "Conversation",
    "ConversationParticipant",
    "FeedbackScore",
    "Fragment",
    "LabFeedback",
    "LabShare",
    "LearningGroup",
    "LearningGroupMember",
    "PendingErasure",
    "Plan",
    "PlanAction",
    "PlanActionLink",
    "Playlist",
    "PlaylistItem",
    "Professional",
    "Recording",
    "ReflectionConversation",
    "ReflectionCoverage",
    "ReflectionItem",
    "Reviewer",
    "SlimAnalysis",
    "TranscriptCue",
]
