"""Sharing from where the fragments are listed (the Fragmenten dock's list of the recording's fragments): its
context menu gets "Delen met leergroep…" and "Delen intrekken…" for the case's professional. Sharing runs in the
share dialog; withdrawing asks first (the group's feedback on it goes too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import fragments
from kijkwijzer.services.topics import Topic

from ..i18n import current_lang
from ..qt_events import EventBridge
from ..service_calls import call_or_say
from .share_list import share_title
from .words import feedback_count_text

if TYPE_CHECKING:
    from ..feedback.playlist_panel import PlaylistPanel
    from ..window_api import Workbench
    from .share_dialog import ShareDialog


def confirm_unshare(parent: QWidget, share) -> bool:
    """Ask before a share is withdrawn: the group no longer sees the fragment and its thread goes with it."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("LabSharing", "Delen intrekken"),
        QCoreApplication.translate(
            "LabSharing", "‘{title}’ niet meer delen met {group}?\n\nDe groep ziet het fragment dan niet meer, en de "
            "feedback erop ({feedback}) wordt gewist. Een aandachtspunt dat je ervan maakte, blijft.").format(
            title=share_title(share), group=share.group_name, feedback=feedback_count_text(share.feedback_count)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class FragmentSharing(QObject):
    """The two entries on the Fragmenten list, acting as the chosen reviewer (shown to a professional only)."""

    def __init__(self, window: Workbench, playlists: PlaylistPanel) -> None:
        super().__init__(window.widget)
        self.window = window
        self.playlists = playlists
        self.dialog: ShareDialog | None = None
        pool = playlists.pool
        self.separator = QAction(pool)
        self.separator.setSeparator(True)
        self.share_action = QAction(self.tr("Delen met leergroep…"), pool)
        self.share_action.setObjectName("action_share_fragment")
        self.share_action.setStatusTip(self.tr("Dit fragment laten zien aan een leergroep, met een vraag erbij"))
        self.share_action.triggered.connect(lambda _checked=False: self.share_current())
        self.unshare_action = QAction(self.tr("Delen intrekken…"), pool)
        self.unshare_action.setObjectName("action_unshare_fragment")
        self.unshare_action.triggered.connect(lambda _checked=False: self.unshare_current())
        for action in (self.separator, self.share_action, self.unshare_action):
            pool.addAction(action)
        window.chosen.changed.connect(lambda _ctx: self._follow_reviewer())
        # Delen intrekken follows the chosen fragment, the list being refilled and shares made or withdrawn
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._follow_fragment)
        self._followed = ((pool.currentRowChanged, self._later), (pool.model().modelReset, self._later),
                          (pool.model().rowsInserted, self._later))
        for signal, slot in self._followed:
            signal.connect(slot)
        self.bridge = EventBridge(window.chosen.base.bus, (Topic.LAB_SHARE_CHANGED,), self)
        self.bridge.connect_to(self._later)
        self._follow_reviewer()

    def _follow_reviewer(self) -> None:
        own = self.window.chosen.professional_id is not None
        for action in (self.separator, self.share_action, self.unshare_action):
            action.setVisible(own)
        self._soon.start()

    def _later(self, *_args: object) -> None:
        self._soon.start()

    def close(self) -> None:
        """The window closes: the list may still be emptied afterwards, nothing follows it any more."""
        for signal, slot in self._followed:
            signal.disconnect(slot)
        self._followed = ()
        self._soon.stop()
        self.bridge.close()

    def _follow_fragment(self) -> None:
        """Delen intrekken only for a fragment that is shared."""
        self._soon.stop()
        fragment_id = self.playlists.current_fragment_id()
        self.unshare_action.setEnabled(fragment_id is not None and self.unshare_action.isVisible()
                                       and bool(self._shares_of(fragment_id)))

    def _shares_of(self, fragment_id: int) -> list:
        from kijkwijzer.services import lab

        recording_id = self.playlists.recording_id
        if recording_id is None:
            return []
        try:
            return [s for s in lab.shares_of_recording(self.window.ctx, recording_id) if s.fragment_id == fragment_id]
        except KijkwijzerError:
            return []

    def _fragment(self):
        fragment_id = self.playlists.current_fragment_id()
        if fragment_id is None:
            self.window.show_message(self.tr("Kies eerst een fragment bij Fragmenten."))
            return None
        return call_or_say(self.window.show_message, fragments.get, self.window.ctx, fragment_id)

    def share_current(self) -> ShareDialog | None:
        """The share dialog for the fragment chosen in the list (window-modal, not blocking)."""
        from .share_dialog import ShareDialog

        fragment = self._fragment()
        if fragment is None:
            return None
        dialog = ShareDialog(self.window.ctx, fragment, self.window.widget)
        dialog.shared.connect(lambda share: self.window.show_message(
            self.tr("Gedeeld met {group}: {title}").format(group=share.group_name, title=share_title(share))))
        dialog.finished.connect(lambda _r: (dialog.deleteLater(), setattr(self, "dialog", None)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def unshare_current(self) -> bool:
        """Withdraw a share of the chosen fragment (which one, when it went to several groups), after asking."""
        fragment = self._fragment()
        if fragment is None:
            return False
        from kijkwijzer.services import lab

        ctx = self.window.ctx
        try:
            shares = [s for s in lab.shares_of_recording(ctx, fragment.recording_id) if s.fragment_id == fragment.id]
        except KijkwijzerError as error:
            self.window.show_message(error.message(current_lang()))
            return False
        if not shares:
            self.window.show_message(self.tr("Dit fragment is met geen leergroep gedeeld."))
            return False
        share = shares[0]
        if len(shares) > 1:
            names = [s.group_name for s in shares]
            name, ok = QInputDialog.getItem(self.window.widget, self.tr("Delen intrekken"),
                                            self.tr("Met welke leergroep niet meer delen?"), names, 0, False)
            if not ok:
                return False
            share = shares[names.index(name)]
        if not confirm_unshare(self.window.widget, share):
            return False
        try:
            lab.unshare(ctx, share.id)
        except KijkwijzerError as error:
            self.window.show_message(error.message(current_lang()))
            return False
        self.window.show_message(self.tr("Niet meer gedeeld met {group}: {title}").format(
            group=share.group_name, title=share_title(share)))
        return True
