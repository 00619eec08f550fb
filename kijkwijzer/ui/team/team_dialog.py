"""Bestand > Team en leergroepen… (Ctrl+Shift+T): the team's members (team mode only) and the learning groups
(both modes), in tabs. Every edit is stored as it is made (no Opslaan); a refusal of a service is said in the
dialog in the UI's language, and what others change meanwhile (another administrator, the command line, a
colleague's workbench) shows at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services.context import Context
from kijkwijzer.services.topics import Area, Topic

from ..i18n import current_lang
from ..qt_events import EventBridge
from .form_dialog import ERROR_STYLE
from .groups_tab import GroupsTab
from .members_tab import MembersTab

DONE_STYLE = "color: #1d6b3a;"


class TeamDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team en leergroepen"))
        self.ctx = ctx
        layout = QVBoxLayout(self)
        team = ctx.team
        intro = QLabel(self)
        intro.setObjectName("teamIntro")
        intro.setWordWrap(True)
        if team is None:
            intro.setText(self.tr("Een leergroep kijkt samen naar fragmenten die een professional met de groep deelt, "
                                  "en geeft feedback. Hier stelt u de groepen samen."))
        elif team.administrator:
            intro.setText(self.tr("U bent de beheerder ({login}) van de teamdatabase {database}.").format(
                login=team.login, database=ctx.store.label))
        else:
            intro.setText(self.tr("Teamdatabase {database}; u bent aangemeld als {name}.").format(
                database=ctx.store.label, name=ctx.actor.name))
        layout.addWidget(intro)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("teamTabs")
        self.members: MembersTab | None = None
        if team is not None:
            self.members = MembersTab(ctx, self.tabs)
            self.tabs.addTab(self.members, self.tr("Team&leden"))
            self._listen(self.members)
        self.groups = GroupsTab(ctx, self.tabs)
        self.tabs.addTab(self.groups, self.tr("Leer&groepen"))
        self._listen(self.groups)
        layout.addWidget(self.tabs, 1)
        self.error = QLabel(self)
        self.error.setObjectName("teamError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        self.said = QLabel(self)
        self.said.setObjectName("teamDone")
        self.said.setWordWrap(True)
        self.said.setStyleSheet(DONE_STYLE)
        self.said.hide()
        layout.addWidget(self.said)
        buttons = QDialogButtonBox(self)
        close = QPushButton(self.tr("&Sluiten"), self)
        close.setObjectName("closeButton")
        close.setAutoDefault(False)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # another workbench or the command line changed the people or the groups: show it (after this event)
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self.bridge = EventBridge(ctx.bus, (Area.PEOPLE, Topic.LAB_GROUPS_CHANGED, Topic.TEAM_RECONNECTED), self)
        self.bridge.connect_to(lambda _event: self._refresh_soon.start())
        self.finished.connect(lambda _result: self._stop())
        self._fit()

    def _listen(self, tab: MembersTab | GroupsTab) -> None:
        tab.failed.connect(self.show_error)
        tab.done.connect(self.show_done)

    def _fit(self) -> None:
        """Room for the lists, never more than the screen (1280x720 included)."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 720, 520
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def show_error(self, error: KijkwijzerError | str) -> None:
        self.error.setText(error if isinstance(error, str) else error.message(current_lang()))
        self.error.setVisible(bool(self.error.text()))
        if self.error.text():
            self.said.clear()
            self.said.hide()

    def show_done(self, text: str) -> None:
        self.show_error("")
        self.said.setText(text)
        self.said.setVisible(bool(text))

    def refresh(self) -> None:
        self._refresh_soon.stop()
        if self.members is not None:
            self.members.refresh()
        self.groups.refresh()

    def _stop(self) -> None:
        self._refresh_soon.stop()
        self.bridge.close()


def open_team_dialog(ctx: Context, parent: QWidget) -> TeamDialog:
    """Window-modal, not blocking; deleted once closed."""
    dialog = TeamDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    dialog.activateWindow()
    return dialog
