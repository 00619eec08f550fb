"""A professional's own progress over time (private; nothing ranks professionals).

For the main window: `ProgressView(ctx, professional_id, parent)`.
"""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "ProgressView": "progress_view",
})
