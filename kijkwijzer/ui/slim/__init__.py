"""SLIM analysis per conversation: editor with live suggested verdict, and reviewers side by side.

For the main window: `SlimPanel(ctx, conversation_id, parent)`.
"""

from .slim_compare import SlimCompare
from .slim_editor import SlimEditor
from .slim_panel import SlimPanel

__all__ = ["SlimCompare", "SlimEditor", "SlimPanel"]
