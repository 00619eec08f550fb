"""The learning lab in the window (issue 12): what the main window hooks in, and the views it opens.

- `LabFeatures(window, review=..., playlists=...)`: made once by the main window; its `handlers()` are the
  actions "leerlab" (Beeld > Leerlab, Ctrl+Shift+L) and "lab_feedback" (Gesprek > Feedback van de leergroep);
  it adds "Delen met leergroep…" / "Delen intrekken…" to the Fragmenten list and lands a learning-group
  member in the Leerlab (`land()`; `open_leerlab()` opens it for anyone).
- `LeerlabView(ctx)`: the shared fragments, their clips and feedback threads (a Panel).
- `RecordingLabPanel(ctx, recording_id, conversation_id)`: the professional's Leergroep tab.
- `ShareDialog(ctx, fragment)`, `AandachtspuntDialog(ctx, conversation_id, feedback)`.
"""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "AandachtspuntDialog": "aandachtspunt_dialog",
    "LabFeatures": "window_lab",
    "LeerlabView": "leerlab_view",
    "RecordingLabPanel": "recording_lab",
    "ShareDialog": "share_dialog",
})
