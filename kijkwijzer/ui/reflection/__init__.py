"""The reflection conversation and its follow-up. For the main window: `ReflectionView(ctx, session_id)`
(agenda, questions per theme, notes, tips, aandachtspunten) and `FollowupChecklist(ctx)` with
`set_conversation(id)` (open aandachtspunten when a later conversation is reviewed)."""

from .checklist import FollowupChecklist
from .reflection_view import ReflectionView

__all__ = ["FollowupChecklist", "ReflectionView"]
