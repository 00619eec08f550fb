"""The main window: the review view in the middle, docks around it, menus and the reviewer chooser.

Every review action sits in a menu with its shortcut; the window itself holds no data, only views over the
services reached through the Context of the chosen reviewer (`self.chosen`, chosen_reviewer.py), whose one
`changed` signal every view that acts as the reviewer follows. Menus are built in menus.py, the docks live in
docks.py, what the menus open in panels.py; those helpers see this window only as a `Workbench`
(window_api.py) and are handed the widgets they work with. Only this file and app.py import MainWindow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.media.player import Player
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.people import ReviewerView
from kijkwijzer.services.recordings import RecordingView
from kijkwijzer.services.topics import Topic

from . import shortcuts
from .chosen_reviewer import ChosenReviewer
from .cycle import CycleNavigator
from .docks import Docks, FixedDock, show_action
from .erasure_watch import ErasureWatch
from .exchange import TranscriptPanel
from .exchange_actions import ExchangeActions
from .feedback import PlaylistPanel, PlaylistRunner
from .i18n import count_text, current_lang
from .intake.intake_flow import IntakeFlow
from .intake.reviewer_sync import ReviewerChooserSync
from .key_routing import KeyRouting
from .lab import LabFeatures
from .media_problem_dialog import MediaProblemDialog
from .menus import Menus
from .panels import Panels
from .qt_events import EventBridge, ListenerFailures
from .recording_import import Importer
from .reflection import FollowupChecklist
from .review.review_view import ReviewView
from .review.undo_history import UndoHistory
from .reviewer_chooser import ReviewerChooser
from .start_window import first_size
from .team.signed_in import SignedIn
from .team.team_actions import TeamActions
from .team_link import TeamLink
from .window_api import Panel
from .workspace_browser import WorkspaceBrowser

RIGHT_WIDTH = 420  # the editor's fields and the werkmap's names


class MainWindow(QMainWindow):
    shown = Signal()  # first time the window is on screen (startup benchmark)

    def __init__(self, ctx: Context, player: Player, *, on_language: Callable[[str], None] | None = None,
                 on_open_workspace: Callable[[str], None] | None = None, parent: QWidget | None = None,
                 undo_history: UndoHistory | None = None,
                 on_open_team: Callable[[Context], object] | None = None) -> None:
        super().__init__(parent)
        if parent is not None:  # a part of `parent` (the StartWindow), not a window of its own: set before any child
            self.setWindowFlags(Qt.WindowType.Widget)  # is made, so nothing is moved into another window later
        self.setObjectName("mainWindow")
        self.base_ctx = ctx
        self.chosen = ChosenReviewer(ctx, self)  # "Ik annoteer als": who everything acts as
        # team mode: colleagues' changes come in from here on, before any view reads what it shows
        self.team_link = TeamLink(ctx, self.statusBar(), self)
        self.team_link.message.connect(self.show_message)
        self.settings = QSettings()
        self.on_language = on_language
        self.on_open_workspace = on_open_workspace
        self.on_open_team = on_open_team  # Bestand > Teamdatabase openen…: shows the signed-in team database
        self._shown_once = False
        self.problem_dialog: MediaProblemDialog | None = None
        self.setWindowTitle("Kijkwijzer")
        self.reviewer_box = ReviewerChooser(self.chosen, self._settings_key("reviewer_id"), self)
        # team mode: no chooser; who you are is your login (ui/team/signed_in.py)
        self.signed_in = SignedIn(self.chosen, self)
        if self.signed_in.active:
            self.reviewer_box.hide()
            self.signed_in.choose_member(self.show_message)  # before any view exists: each is made acting as them
        else:
            self.reviewer_box.choose_first(self.show_message)  # before any view exists: each is made acting as them
        ctx = self.chosen.ctx

        self.review = ReviewView(ctx, player, self, undo_history=undo_history)  # history: kept by app.RunningApp
        self.chosen.changed.connect(self._review_acts_as)  # first: it may close what the new reviewer may not see
        self.central = QStackedWidget(self)  # the review, or the welcome page while no recording is open
        self.central.setObjectName("centralStack")
        self.central.addWidget(self.review)
        self.setCentralWidget(self.central)
        # the right column runs the full height with its tabs on its side (five titles never fit in a row);
        # panels opened from the menus go under the review
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setDockOptions(self.dockOptions() | QMainWindow.DockOption.VerticalTabs)
        self.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.East)
        self.docks = Docks(self, self.chosen)
        self._fixed_docks(ctx)
        self.panels = Panels(self, self.review, self.playlists)
        self.exchange = ExchangeActions(self, self.transcript, self._open_workspace)
        # an erasure done elsewhere (the command line, another process) arrives as the same event
        self.erasure_watch = ErasureWatch(lambda: self.ctx,
                                          lambda: self.review.recording.id if self.review.recording else None, self)
        # welcome page, Casus menu, people, client, case and conversation dialogs
        self.intake = IntakeFlow(self, central=self.central, review=self.review, browser=self.browser,
                                 erasure_watch=self.erasure_watch,
                                 import_into=lambda conversation_id: self.importer.import_into(conversation_id),
                                 open_cycle=lambda case_id: self.cycle.open(case_id))
        # Bestand > Opname importeren, drops, replacing and removing
        self.importer = Importer(self, review=self.review, browser=self.browser, runner=self.runner,
                                 panels=self.panels, intake=self.intake)
        # "Waar sta ik": the cycle view of a case
        self.cycle = CycleNavigator(self, browser=self.browser, panels=self.panels, importer=self.importer,
                                    intake=self.intake, playlists=self.playlists, checklist=self.checklist)

        self.team = TeamActions(self)  # Bestand > Team en leergroepen…; the login's password in team mode
        # Beeld > Leerlab, the Leergroep tab beside Fragmenten, sharing from the Fragmenten list (ui/lab/)
        self.lab = LabFeatures(self, review=self.review, playlists=self.playlists)
        handlers = {**self.review.handlers(), **self._own_handlers(), **self.team.handlers(), **self.panels.handlers(),
                    **self.importer.handlers(), **self.cycle.handlers(), **self.intake.handlers(),
                    **self.lab.handlers()}
        self.actions_by_name = shortcuts.build_actions(self, handlers)
        self.review.bind_actions(self.actions_by_name)
        # undo/redo of the review's stack; pending editor typing is committed first, so it is undone too
        self.actions_by_name.update(shortcuts.undo_actions(self, self.review.undo_stack, self.review.editor.flush))
        self.menus_ = Menus(self, self.review, self.actions_by_name, exchange=self.exchange,
                            dock_actions=self.dock_actions, change_language=self.change_language)
        self.menus = self.menus_.menus
        self._toolbar()
        self.status_reviewer = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_reviewer)
        self.key_routing = KeyRouting(self, self._field_owns_undo)
        self._connect()
        self._show_reviewer()
        self.intake.start()
        self.resize(first_size(self.screen()))  # on its own; in the StartWindow (launch.py) that window's size

    # --- building ------------------------------------------------------------------------------------
    def _fixed_docks(self, ctx: Context) -> None:
        docks = self.docks
        self.browser = WorkspaceBrowser(ctx, self)
        self.browser.setMinimumWidth(200)
        self.browser_dock = docks.add_fixed(FixedDock.WERKMAP, self.tr("Werkmap"), self.browser)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.review.editor)
        self.editor_dock = docks.add_fixed(FixedDock.EDITOR, self.tr("Annotatie"), scroll)
        self.playlists = PlaylistPanel(ctx, self)
        self.fragments_dock = docks.add_fixed(FixedDock.FRAGMENTS, self.tr("Fragmenten"), self.playlists)
        self.checklist = FollowupChecklist(ctx, self)
        self.checklist_dock = docks.add_fixed(FixedDock.CHECKLIST, self.tr("Aandachtspunten"), self.checklist)
        self.transcript = TranscriptPanel(ctx, self)
        self.transcript_dock = docks.add_fixed(FixedDock.TRANSCRIPT, self.tr("Transcript"), self.transcript)
        right = (self.browser_dock, self.editor_dock, self.fragments_dock, self.checklist_dock, self.transcript_dock)
        # one column on the right: the workspace tree while choosing, the editor while annotating, ...
        for dock in right[1:]:
            self.tabifyDockWidget(self.browser_dock, dock)
        self.browser_dock.raise_()
        self.runner = PlaylistRunner(self.review.playback, self)
        self.dock_actions = [show_action(self, dock, (f"Ctrl+{n}",), focus=self.browser if dock is self.browser_dock
                                         else None) for n, dock in enumerate(right, start=1)]

    def _own_handlers(self) -> dict[str, Callable[..., object]]:
        return {"open_workspace": self.choose_workspace, "refresh": lambda: self.browser.refresh(),
                "quit": lambda: self.window().close(), "shortcuts_help": self.show_shortcuts, "about": self.show_about,
                "configure_keys": self.configure_keys, "change_passphrase": self.change_passphrase,
                **({"open_team_database": self.open_team_database} if self.on_open_team is not None else {})}

    def open_team_database(self) -> None:
        from .team_open.flow import open_team_database

        if self.on_open_team is not None:
            open_team_database(self, self.on_open_team)

    def change_passphrase(self) -> None:
        from .unlock.change_passphrase import change_passphrase

        change_passphrase(self, self.ctx.workspace)

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Kijker"), self)
        bar.setObjectName("reviewerToolbar")
        bar.setMovable(False)
        if self.signed_in.active:  # team mode: "Aangemeld als …" in place of the chooser
            bar.addWidget(self.signed_in)
        else:
            bar.addWidget(QLabel(self.tr("Ik annoteer als "), self))
            self.reviewer_box.setToolTip(self.tr("Wie annoteert: de professional zelf, een coach, onderzoeker of collega"))
            bar.addWidget(self.reviewer_box)
        bar.addSeparator()
        for name in ("undo", "redo"):
            bar.addAction(self.actions_by_name[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        # a reviewer added, renamed or archived: the chooser is refilled at once
        self.reviewer_sync = ReviewerChooserSync(self.reviewer_box, self.chosen, self.show_message)

    def _connect(self) -> None:
        self.chosen.changed.connect(self._show_reviewer)
        for panel in (self.browser, self.playlists, self.checklist, self.transcript):
            self._follow(panel)
        self.review.message.connect(self.show_message)
        self.docks.message.connect(self.show_message)
        self.review.media_problem.connect(self.show_media_problem)
        self.review.editor_requested.connect(self.open_editor)
        self.review.recording_opened.connect(self._recording_opened)
        self.browser.recording_activated.connect(self.open_recording)
        self.browser.conversation_action.connect(self._conversation_action)
        self.playlists.play_requested.connect(self.runner.start)
        self.playlists.interview_requested.connect(
            lambda pid: (self.review.playback.pause(), self._open_interview(pid)))
        self.playlists.fragment_activated.connect(lambda f: self.open_moment(f.recording_id, f.start_ms))
        self.transcript.seek_requested.connect(self.review.playback.seek)
        self.review.playback.position_changed.connect(self.transcript.set_position)
        self.erased = EventBridge(self.base_ctx.bus, (Topic.RECORDING_ERASED,), self)
        ListenerFailures(self.base_ctx.bus, self).failed.connect(self.show_message)
        self.erased.connect_to(self._recording_erased)

    def _follow(self, panel: Panel) -> None:
        """A view beside the review: it acts as whoever is chosen and reports in the status bar."""
        self.chosen.changed.connect(panel.set_ctx)
        panel.message.connect(self.show_message)

    def _open_interview(self, playlist_id: int) -> None:
        from .feedback import open_client_interview  # imported when first used: keeps start-up short

        open_client_interview(self.ctx, playlist_id, self)

    def _field_owns_undo(self, widget: QWidget) -> bool:
        editor = self.review.editor
        return editor.uncommitted(widget) if editor.owns(widget) else True

    # --- reviewer ---------------------------------------------------------------------------------------
    @property
    def ctx(self) -> Context:
        """What every service call of the window acts through: the chosen reviewer's context."""
        return self.chosen.ctx

    @property
    def current_reviewer(self) -> ReviewerView | None:
        return self.chosen.reviewer

    def _show_reviewer(self, _ctx: Context | None = None) -> None:
        """The window's own part of a switch: the status bar and the professional's private screens."""
        reviewer = self.chosen.reviewer
        if reviewer is None:
            return
        self.status_reviewer.setText(self.tr("Kijker: {name}").format(name=reviewer.name))
        own = self.chosen.professional_id is not None
        for name in ("assessment", "plan", "progress"):
            self.actions_by_name[name].setEnabled(own)

    def _review_acts_as(self, ctx: Context) -> None:
        """The review follows the chosen reviewer. A recording they may not see is closed (the service says
        why), and the docks that showed it let go of it too."""
        review = self.review
        if review.ctx.actor.reviewer_id == ctx.actor.reviewer_id:
            review.ctx = ctx  # the same person under a new name: nothing to reload
            return
        shown = review.recording
        review.set_ctx(ctx)
        if shown is not None and review.recording is None:
            self._docks_show(None)

    def select_reviewer(self, reviewer_id: int) -> None:
        self.reviewer_box.select(reviewer_id)

    def _settings_key(self, name: str) -> str:
        return f"workspaces/{str(self.base_ctx.workspace.root).replace('/', '|')}/{name}"

    # --- recordings, moments and events ----------------------------------------------------------------------
    def open_recording(self, recording_id: int) -> bool:
        return self.review.open_recording(recording_id)

    def initial_recording(self) -> int | None:
        """The recording to open at start: the one open last time, else what the Werkmap offers first."""
        remembered = self.settings.value(self._settings_key("recording_id"))
        return self.browser.initial_recording(int(remembered) if remembered is not None else None)

    def open_initial_recording(self) -> bool:
        target = self.initial_recording()
        return self.open_recording(target) if target is not None else False

    def expect_recording(self) -> None:
        """Before the first show, when a recording will be opened right after: the review is what shows (the
        welcome page is not read for nothing; on 200 cases that is half a second of the start)."""
        self.central.setCurrentWidget(self.review)

    def open_moment(self, recording_id: int, ms: int) -> None:
        """A fragment, annotation or piece of evidence: open its recording if needed and go there."""
        current = self.review.recording
        if (current is None or current.id != recording_id) and not self.open_recording(recording_id):
            return
        self.review.playback.seek(int(ms))

    def current_recording(self) -> RecordingView | None:
        return self.review.recording

    def current_conversation(self) -> int | None:
        chosen = self.browser.chosen_conversation()
        if chosen is not None:
            return chosen
        recording = self.review.recording
        return recording.conversation_id if recording is not None else None

    def current_case(self) -> int | None:
        recording = self.review.recording
        return self.browser.chosen_case(self.ctx, recording.conversation_id if recording is not None else None)

    def _docks_show(self, recording: RecordingView | None) -> None:
        """Fragmenten, Transcript and Aandachtspunten show the open recording (or nothing)."""
        self.playlists.set_recording(recording.id if recording is not None else None)
        self.transcript.set_recording(recording.id if recording is not None else None)
        self.checklist.set_conversation(recording.conversation_id if recording is not None else None)

    def _recording_opened(self, recording: RecordingView) -> None:
        self.browser.mark_open(recording.id)
        self.settings.setValue(self._settings_key("recording_id"), recording.id)
        self.setWindowTitle(recording.original_name)  # Qt appends " — Kijkwijzer" (applicationDisplayName)
        self.erasure_watch.follow(recording.id)
        self._docks_show(recording)
        # a written account (the casebook) is read in the Transcript: there is nothing to play
        (self.transcript_dock if recording.text_only else self.editor_dock).raise_()
        QTimer.singleShot(0, self.review.focus_review)

    def _recording_erased(self, event: Event) -> None:
        """Consent withdrawn or retention: the recording is gone; nothing may keep showing or undoing it."""
        self.runner.stop()
        if self.review.forget(event.object_id):
            self.playlists.set_recording(None)
            self.transcript.set_recording(None)
            self.setWindowTitle("Kijkwijzer")
        self.docks.close_where(lambda key: key in (f"comparison:{event.object_id}", f"flow:{event.object_id}"))
        self.show_message(self.tr("Opname {id} is gewist.").format(id=event.object_id))

    def _conversation_action(self, name: str, conversation_id: int) -> None:
        self.panels.for_conversation()[name](conversation_id)

    def show_media_problem(self, recording, kind: str) -> None:
        if self.problem_dialog is not None:
            self.problem_dialog.close()
        dialog = MediaProblemDialog(self.review.ctx, recording, kind, self)
        dialog.located.connect(self.open_recording)
        dialog.finished.connect(lambda _r: setattr(self, "problem_dialog", None))
        self.problem_dialog = dialog
        dialog.open()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    @property
    def widget(self) -> QMainWindow:
        """The window as a widget (Workbench): the parent of the helpers' dialogs."""
        return self

    def open_editor(self) -> None:
        self.review.sync_editor()
        self.editor_dock.show()
        self.editor_dock.raise_()
        self.review.editor.focus_first_field()

    # --- start-up ----------------------------------------------------------------------------------------
    def startup_prompts(self) -> None:
        """Once the window is on screen: recordings past their retention date, then plan actions due."""
        from kijkwijzer.services import plan

        from .privacy import prompt_retention

        try:
            prompt_retention(self.ctx, self)
        except KijkwijzerError as error:
            self.show_message(error.message(current_lang()))
        reviewer = self.current_reviewer
        if reviewer is None or reviewer.professional_id is None:
            return
        try:
            due = plan.due(self.ctx, reviewer.professional_id)
        except KijkwijzerError:
            return
        if due:
            self.panels.plan(due_only=True)
            self.show_message(count_text(len(due), self.tr("1 stap uit je verbeterplan is aan de beurt."),
                                         self.tr("{n} stappen uit je verbeterplan zijn aan de beurt.")))

    # --- other actions -------------------------------------------------------------------------------
    def choose_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Werkmap kiezen"), str(self.base_ctx.workspace.root))
        if folder:
            self._open_workspace(folder)

    def _open_workspace(self, folder: str) -> None:
        if self.on_open_workspace is not None:
            self.on_open_workspace(folder)

    def change_language(self, lang: str) -> None:
        if lang != current_lang() and self.on_language is not None:
            self.on_language(lang)

    def configure_keys(self) -> None:
        from .review.coding_keys_dialog import CodingKeysDialog

        dialog = CodingKeysDialog(self.review.theme_keys, self)
        if dialog.exec():
            self.menus_.rebuild_theme_actions()

    @property
    def theme_actions(self) -> dict[str, QAction]:
        return self.menus_.theme_actions

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menus_.groups(), self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Over Kijkwijzer"), self.tr(
            "Kijkwijzer: werkbank voor videoreflectie in het sociaal domein.\n\n"
            "Alles wat u doet wordt meteen opgeslagen; er is geen Opslaan-knop."))

    # --- lifecycle -------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            state = self.settings.value("window/state")
            splitter = self.settings.value("window/splitter")
            if state is None or not self.restoreState(state) or splitter is None:
                QTimer.singleShot(0, self._default_layout)
            else:
                self.review.splitter.restoreState(splitter)
            self.shown.emit()

    def _default_layout(self) -> None:
        right = min(RIGHT_WIDTH, max(320, self.width() // 4))  # 320 at 1280 wide, 420 from 1680 on
        self.resizeDocks([self.editor_dock], [right], Qt.Orientation.Horizontal)
        QTimer.singleShot(0, self.review, self.review.default_split)  # once the docks have taken their width

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.review.splitter.saveState())
        if self.problem_dialog is not None:
            self.problem_dialog.close()
        self.key_routing.close()
        self.team_link.stop()
        self.erasure_watch.stop()
        self.runner.stop()
        self.importer.shutdown()
        self.intake.shutdown()
        self.reviewer_sync.close()
        self.exchange.shutdown()
        self.lab.shutdown()
        self.review.shutdown()
        self.browser.bridge.close()
        self.erased.close()
        super().closeEvent(event)
