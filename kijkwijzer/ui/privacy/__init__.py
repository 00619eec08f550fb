"""Privacy screens the main window hooks into: the consent dialog of a conversation (menu "Toestemming…")
and the retention prompt at start-up (call `prompt_retention(ctx, window)` once the window is shown,
e.g. `QTimer.singleShot(0, lambda: prompt_retention(ctx, window))`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kijkwijzer.services.context import Context

from .consent_dialog import ConsentDialog
from .retention_prompt import RetentionPrompt, prompt_retention

__all__ = ["ConsentDialog", "RetentionPrompt", "open_consent_dialog", "prompt_retention"]


def open_consent_dialog(ctx: Context, conversation_id: int, parent: QWidget | None = None) -> ConsentDialog:
    """Show the consent dialog (non-modal, deleted on close); connect `.changed` to refresh views."""
    dialog = ConsentDialog(ctx, conversation_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
