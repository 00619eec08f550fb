"""Client feedback screens, for the main window to hook into its menus and docks:

- `open_client_interview(ctx, playlist_id, parent)`: the calm full-window interview (video only, never
  annotations; refuses without 'client_interview' consent and says why).
- `PlaylistPanel(ctx)`: fragments and playlists of the open recording (`set_recording(id)`).
- `PlaylistRunner(review.playback)`: plays a playlist straight through on the review player.
- `ComparisonView(ctx, recording_id)`: reviewers' annotations beside the client's reactions, with marks.
"""

from .comparison_view import ComparisonView
from .interview_mode import ClientInterviewWindow, open_client_interview
from .playlist_panel import PlaylistPanel
from .playlist_runner import PlaylistRunner

__all__ = ["ClientInterviewWindow", "ComparisonView", "PlaylistPanel", "PlaylistRunner", "open_client_interview"]
