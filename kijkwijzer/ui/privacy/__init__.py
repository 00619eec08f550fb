"""Privacy screens the main window hooks into: the consent dialog of a conversation (menu "Toestemming…")
and the retention prompt at start-up (call `prompt_retention(ctx, window)` once the window is shown,
e.g. `QTimer.singleShot(0, lambda: prompt_retention(ctx, window))`)."""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "ConsentCorrectionDialog": "consent_correction",
    "ConsentDialog": "consent_dialog",
    "open_consent_dialog": "consent_dialog",
    "RetentionPrompt": "retention_prompt",
    "prompt_retention": "retention_prompt",
})
