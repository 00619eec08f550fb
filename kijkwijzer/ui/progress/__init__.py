"""A professional's own progress over time (private; nothing ranks professionals).

For the main window: `ProgressView(ctx, professional_id, parent)`.
"""

from .progress_view import ProgressView

__all__ = ["ProgressView"]
