"""SLIM analysis per conversation: editor with live suggested verdict, and reviewers side by side.

For the main window: `SlimPanel(ctx, conversation_id, parent)`.
"""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "SlimCompare": "slim_compare",
    "SlimEditor": "slim_editor",
    "SlimHelpDialog": "slim_help",
    "SlimPanel": "slim_panel",
})
