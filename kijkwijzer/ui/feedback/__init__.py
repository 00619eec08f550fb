"""Client feedback screens, for the main window to hook into its menus and docks:

- `open_client_interview(ctx, playlist_id, parent)`: the calm full-window interview (video only, never
  annotations; refuses without 'client_interview' consent and says why).
- `PlaylistPanel(ctx)`: fragments and playlists of the open recording (`set_recording(id)`).
- `PlaylistRunner(review.playback)`: plays a playlist straight through on the review player.
- `ComparisonView(ctx, recording_id)`: reviewers' annotations beside the client's reactions, with marks.
"""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "ClientInterviewWindow": "interview_mode",
    "ComparisonView": "comparison_view",
    "PlaylistPanel": "playlist_panel",
    "PlaylistRunner": "playlist_runner",
    "open_client_interview": "interview_mode",
})
