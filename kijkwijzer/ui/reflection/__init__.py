"""The reflection conversation and its follow-up. For the main window: `ReflectionView(ctx, reflection_id)`
(agenda, questions per theme, notes, tips, aandachtspunten) and `FollowupChecklist(ctx)` with
`set_conversation(id)` (open aandachtspunten when a later conversation is reviewed)."""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "FollowupChecklist": "checklist",
    "ReflectionView": "reflection_view",
})
