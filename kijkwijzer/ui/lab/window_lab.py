"""The learning lab in the main window: the Leerlab panel (Beeld > Leerlab, Ctrl+Shift+L; a learning-group member
lands in it when the window opens), the professional's Leergroep tab beside the Fragmenten dock that follows the
open recording (opened by itself when the recording has shared fragments; Gesprek > Feedback van de leergroep),
and sharing from the Fragmenten list. The window makes one `LabFeatures` and adds its `handlers()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services.context import Context

from ..docks import BIG_PANEL_HEIGHT, BOTTOM, RIGHT, FixedDock
from .sharing import FragmentSharing

if TYPE_CHECKING:  # the views (and the lab service, which cuts clips with PyAV and numpy) load when first used
    from kijkwijzer.services.recordings import RecordingView

    from ..feedback.playlist_panel import PlaylistPanel
    from ..review.review_view import ReviewView
    from ..window_api import Workbench
    from .clip_player import PlayerFactory
    from .leerlab_view import LeerlabView
    from .recording_lab import RecordingLabPanel

LEERLAB = "leerlab"
LEERGROEP = "leergroep"


class LabFeatures(QObject):
    def __init__(self, window: Workbench, *, review: ReviewView, playlists: PlaylistPanel,
                 player_factory: PlayerFactory | None = None) -> None:
        super().__init__(window.widget)
        self.window = window
        self.review = review
        self.player_factory = player_factory  # None: VLC, as the review (tests give a FakePlayer)
        self.leerlab: LeerlabView | None = None
        self._watched: set[QDockWidget] = set()
        self.sharing = FragmentSharing(window, playlists)
        review.recording_opened.connect(self._recording_opened)
        window.docks.panels_changed.connect(self._panels_changed)
        window.chosen.changed.connect(self._reviewer_changed)
        self.land_when_shown()

    def handlers(self) -> dict[str, Callable[..., object]]:
        return {"leerlab": self.open_leerlab, "lab_feedback": self.open_recording_lab}

    # --- the Leerlab ------------------------------------------------------------------------------------------
    def open_leerlab(self, fill: bool = False) -> LeerlabView | None:
        """The Leerlab panel under the review, in front. `fill`: it is the window's main view (a learning-group
        member's, who has no recording to review): the review area makes way until a recording is opened, another
        reviewer is chosen or the panel is closed."""
        from .leerlab_view import LeerlabView

        window = self.window
        panel = window.docks.open(LEERLAB, self.tr("Leerlab"), self._make_leerlab, area=BOTTOM,
                                  height=BIG_PANEL_HEIGHT)
        if not isinstance(panel, LeerlabView):
            return None
        dock = window.docks.panels[LEERLAB]
        if fill and self.review.recording is None and not dock.isFloating():
            self._make_way(True)
            window.widget.resizeDocks([dock], [window.widget.height()], Qt.Orientation.Vertical)
            window.docks.bring_forward(FixedDock.WERKMAP)  # not the annotation editor: nothing to annotate here
        if dock not in self._watched:
            self._watched.add(dock)
            dock.visibilityChanged.connect(self._leerlab_visibility)
        panel.shares.setFocus(Qt.FocusReason.OtherFocusReason)
        return panel

    def _leerlab_visibility(self, _visible: bool) -> None:
        dock = self.window.docks.panels.get(LEERLAB)
        if dock is None or dock.isHidden():  # closed (not merely behind a tab): the review area comes back
            self._make_way(False)

    def _make_way(self, on: bool) -> None:
        """The review area (the review, or the welcome page) hidden while the Leerlab fills the window."""
        central = self.window.widget.centralWidget()
        if central is None or central.isHidden() == on:
            return
        central.setVisible(not on)
        dock = self.window.docks.panels.get(LEERLAB)
        if not on and dock is not None and not dock.isHidden() and not dock.isFloating():
            self.window.widget.resizeDocks([dock], [BIG_PANEL_HEIGHT], Qt.Orientation.Vertical)  # a panel again

    def _make_leerlab(self, ctx: Context) -> LeerlabView:
        from .leerlab_view import LeerlabView

        if self.leerlab is not None:  # another reviewer: the old view goes (its player first)
            self.leerlab.close_media()
        view = LeerlabView(ctx, self.player_factory)
        view.message.connect(self.window.show_message)
        view.clip_started.connect(self._pause_review)
        self.leerlab = view
        return view

    def _pause_review(self) -> None:
        if self.review.recording is not None:
            self.review.playback.pause()

    def land(self) -> LeerlabView | None:
        """A learning-group member has no cases of their own: the Leerlab is where they start."""
        reviewer = self.window.chosen.reviewer
        if reviewer is None or reviewer.role != "learning_group":
            self._make_way(False)
            return None
        return self.open_leerlab(fill=True)

    def _reviewer_changed(self, _ctx: Context) -> None:
        self.land()

    def land_when_shown(self) -> None:
        """For the window's start-up: land once the window has its layout (restored or the default)."""
        QTimer.singleShot(0, self, self.land)

    # --- the professional's Leergroep tab --------------------------------------------------------------------------
    def open_recording_lab(self) -> RecordingLabPanel | None:
        from .recording_lab import RecordingLabPanel

        recording = self.window.current_recording()
        if recording is None:
            self.window.show_message(self.tr("Open eerst een opname."))
            return None
        if self.window.chosen.professional_id is None:
            self.window.show_message(self.tr("Dit is voor de professional van de casus: kies bij ‘Ik annoteer als’ "
                                             "de professional."))
            return None
        panel = self.window.docks.open(LEERGROEP, self.tr("Leergroep"), self._make_recording_lab, area=RIGHT,
                                       beside=FixedDock.FRAGMENTS)
        return panel if isinstance(panel, RecordingLabPanel) else None

    def _make_recording_lab(self, ctx: Context) -> RecordingLabPanel | None:
        from .recording_lab import RecordingLabPanel

        if self.window.chosen.professional_id is None:  # the professional's own: closed for anyone else
            return None
        recording = self.window.current_recording()
        panel = RecordingLabPanel(ctx, recording.id if recording else None,
                                  recording.conversation_id if recording else None)
        panel.message.connect(self.window.show_message)
        panel.moment_requested.connect(self.window.open_moment)
        return panel

    def _recording_opened(self, recording: RecordingView) -> None:
        """The Leergroep tab follows the open recording; it appears by itself when the recording has shares."""
        self._make_way(False)  # the review is what one looks at now
        panel = self.window.docks.panel(LEERGROEP)
        if panel is not None:
            panel.set_recording(recording.id, recording.conversation_id)  # type: ignore[attr-defined]
            return
        if self.window.chosen.professional_id is not None:  # after the recording is on screen (the lab loads later)
            QTimer.singleShot(0, self, lambda: self._open_if_shared(recording.id))

    def _open_if_shared(self, recording_id: int) -> None:
        from kijkwijzer.services import lab

        current = self.window.current_recording()
        if current is None or current.id != recording_id or self.window.docks.panel(LEERGROEP) is not None:
            return
        try:
            shared = lab.shares_of_recording(self.window.ctx, recording_id)
        except KijkwijzerError:
            return
        if shared:
            self.open_recording_lab()
            self.window.docks.bring_forward(FixedDock.EDITOR)  # the tab is there; annotating stays in front

    # --- teardown --------------------------------------------------------------------------------------------------
    def _panels_changed(self) -> None:
        if self.leerlab is not None and LEERLAB not in self.window.docks.panels:
            self.leerlab.close_media()  # the dock was closed for good: its player goes with it
            self.leerlab = None

    def shutdown(self) -> None:
        self._make_way(False)  # the window's state is saved with the review area in it
        self.sharing.close()
        if self.leerlab is not None:
            self.leerlab.close_media()
            self.leerlab = None
        panel = self.window.docks.panel(LEERGROEP)
        if panel is not None:
            panel.close_panel()  # type: ignore[attr-defined]
