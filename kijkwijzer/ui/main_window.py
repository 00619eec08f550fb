"""The main window: the review view in the middle, docks around it, menus and the reviewer chooser.

Every review action sits in a menu with its shortcut; the window itself holds no data, only views over the
services reached through the Context of the chosen reviewer (`self.ctx`), which every panel acts through.
Menus are built in menus.py, the panel docks live in docks.py, what the menus open in panels.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
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
from kijkwijzer.services import people
from kijkwijzer.services.context import Actor, Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.people import ReviewerView

from . import shortcuts
from .cycle import CycleNavigator
from .docks import RIGHT, Docks, make_dock, show_action
from .erasure_watch import ErasureWatch
from .exchange import TranscriptPanel
from .exchange_actions import ExchangeActions
from .feedback import PlaylistPanel, PlaylistRunner
from .i18n import count_text, current_lang
from .intake.intake_flow import IntakeFlow
from .key_routing import KeyRouting
from .media_problem_dialog import MediaProblemDialog
from .menus import Menus
from .panels import Panels
from .qt_events import EventBridge
from .recording_import import Importer
from .reflection import FollowupChecklist
from .review.annotation_table import role_labels
from .review.review_view import ReviewView
from .review.undo_history import UndoHistory
from .workspace_browser import WorkspaceBrowser

RIGHT_WIDTH = 420  # the editor's fields and the werkmap's names


class MainWindow(QMainWindow):
    shown = Signal()  # first time the window is on screen (startup benchmark)

    def __init__(self, ctx: Context, player: Player, *, on_language: Callable[[str], None] | None = None,
                 on_open_workspace: Callable[[str], None] | None = None, parent: QWidget | None = None,
                 undo_history: UndoHistory | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.base_ctx = ctx
        self.ctx = ctx  # acting as the chosen reviewer once one is chosen
        self.current_reviewer: ReviewerView | None = None
        self.settings = QSettings()
        self.on_language = on_language
        self.on_open_workspace = on_open_workspace
        self._shown_once = False
        self.problem_dialog: MediaProblemDialog | None = None
        self.setWindowTitle("Kijkwijzer")

        self.review = ReviewView(ctx, player, self, undo_history=undo_history)  # history: kept by app.Session
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
        self.docks = Docks(self)
        self.panels = Panels(self)
        self.exchange = ExchangeActions(self)
        self._fixed_docks(ctx)
        self.importer = Importer(self)  # Bestand > Opname importeren, drops, replacing and removing
        self.cycle = CycleNavigator(self)  # "Waar sta ik": the cycle view of a case
        self.intake = IntakeFlow(self)  # welcome page, Casus menu, people, client, case and conversation dialogs

        handlers = {**self.review.handlers(), **self._own_handlers(), **self.panels.handlers(),
                    **self.importer.handlers(), **self.cycle.handlers(), **self.intake.handlers()}
        self.actions_by_name = shortcuts.build_actions(self, handlers)
        self.review.bind_actions(self.actions_by_name)
        self._undo_actions()
        self.menus_ = Menus(self)
        self.menus = self.menus_.menus
        self._toolbar()
        self.status_reviewer = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_reviewer)
        self.key_routing = KeyRouting(self, self._field_owns_undo)
        self._connect()
        self._choose_initial_reviewer()
        self.intake.start()
        room = self.screen().availableGeometry()  # never larger than the screen (1280x720 laptops)
        self.resize(min(1560, room.width()), min(960, room.height()))

    # --- building ------------------------------------------------------------------------------------
    def _fixed_docks(self, ctx: Context) -> None:
        self.browser = WorkspaceBrowser(ctx, self)
        self.browser.setMinimumWidth(200)
        self.browser_dock = make_dock(self, "browserDock", self.tr("Werkmap"), self.browser, RIGHT)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.review.editor)
        self.editor_dock = make_dock(self, "editorDock", self.tr("Annotatie"), scroll, RIGHT)
        self.playlists = PlaylistPanel(ctx, self)
        self.fragments_dock = make_dock(self, "fragmentsDock", self.tr("Fragmenten"), self.playlists, RIGHT)
        self.checklist = FollowupChecklist(ctx, self)
        self.checklist_dock = make_dock(self, "checklistDock", self.tr("Aandachtspunten"), self.checklist, RIGHT)
        self.transcript = TranscriptPanel(ctx, self)
        self.transcript_dock = make_dock(self, "transcriptDock", self.tr("Transcript"), self.transcript, RIGHT)
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
                "quit": self.close, "shortcuts_help": self.show_shortcuts, "about": self.show_about,
                "configure_keys": self.configure_keys, "change_passphrase": self.change_passphrase}

    def change_passphrase(self) -> None:
        from .unlock.change_passphrase import change_passphrase

        change_passphrase(self, self.ctx.workspace)

    def _undo_actions(self) -> None:
        """Undo/redo of the review's stack; pending editor typing is committed first, so it is undone too."""
        stack = self.review.undo_stack
        made = {}
        for name, text, keys, step, can, signal in (
                ("undo", self.tr("Ongedaan maken"), ("Ctrl+Z",), stack.undo, stack.canUndo, stack.canUndoChanged),
                ("redo", self.tr("Opnieuw"), ("Ctrl+Shift+Z", "Ctrl+Y"), stack.redo, stack.canRedo,
                 stack.canRedoChanged)):
            action = QAction(text, self)
            action.setObjectName(f"action_{name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _c=False, s=step: (self.review.editor.flush(), s()))
            action.setEnabled(can())
            signal.connect(action.setEnabled)
            shortcuts.with_shortcut_tip(action, text)
            made[name] = action
        self.actions_by_name["undo"], self.actions_by_name["redo"] = made["undo"], made["redo"]

    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Kijker"), self)
        bar.setObjectName("reviewerToolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Ik annoteer als "), self))
        self.reviewer_box = QComboBox(self)
        self.reviewer_box.setObjectName("reviewerChooser")
        self.reviewer_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.reviewer_box.setMinimumWidth(260)
        self.reviewer_box.setToolTip(self.tr("Wie annoteert: de professional zelf, een coach, onderzoeker of collega"))
        bar.addWidget(self.reviewer_box)
        bar.addSeparator()
        for name in ("undo", "redo"):
            bar.addAction(self.actions_by_name[name])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.reviewer_box.currentIndexChanged.connect(self._reviewer_chosen)

    def _connect(self) -> None:
        self.review.message.connect(self.show_message)
        self.browser.message.connect(self.show_message)
        self.docks.message.connect(self.show_message)
        self.review.media_problem.connect(self.show_media_problem)
        self.review.editor_requested.connect(self.open_editor)
        self.review.recording_opened.connect(self._recording_opened)
        self.browser.recording_activated.connect(self.open_recording)
        self.browser.conversation_action.connect(self._conversation_action)
        self.playlists.message.connect(self.show_message)
        self.playlists.play_requested.connect(self.runner.start)
        self.playlists.interview_requested.connect(
            lambda pid: (self.review.playback.pause(), self._open_interview(pid)))
        self.playlists.fragment_activated.connect(lambda f: self.open_moment(f.recording_id, f.start_ms))
        self.checklist.message.connect(self.show_message)
        self.transcript.message.connect(self.show_message)
        self.transcript.seek_requested.connect(self.review.playback.seek)
        self.review.playback.position_changed.connect(self.transcript.set_position)
        self.docks.connect_panel = self._wire_panel
        self.erased = EventBridge(self.base_ctx.bus, ("recording.erased",), self)
        self.erased.connect_to(self._recording_erased)
        # an erasure done elsewhere (the command line, another process) arrives as the same event
        self.erasure_watch = ErasureWatch(lambda: self.ctx,
                                          lambda: self.review.recording.id if self.review.recording else None, self)

    def _open_interview(self, playlist_id: int) -> None:
        from .feedback import open_client_interview  # imported when first used: keeps start-up short

        open_client_interview(self.ctx, playlist_id, self)

    def _wire_panel(self, panel: QWidget) -> None:
        """Signals of a (re)built panel: messages to the status bar, fragments and evidence to the player."""
        for name, slot in (("message", self.show_message),
                           ("play_fragment_requested", lambda f: self.open_moment(f.recording_id, f.start_ms)),
                           ("evidence_requested", self.panels.open_evidence)):
            signal = getattr(panel, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(slot)

    def _field_owns_undo(self, widget: QWidget) -> bool:
        editor = self.review.editor
        return editor.uncommitted(widget) if editor.owns(widget) else True

    # --- reviewer ---------------------------------------------------------------------------------------
    def _choose_initial_reviewer(self) -> None:
        try:
            reviewers = people.list_reviewers(self.base_ctx)
        except KijkwijzerError as error:
            self.show_message(error.message(current_lang()))
            reviewers = []
        labels = role_labels()
        self.reviewer_box.blockSignals(True)
        self.reviewer_box.clear()
        for reviewer in reviewers:
            self.reviewer_box.addItem(f"{reviewer.name} ({labels.get(reviewer.role, reviewer.role)})", reviewer)
        remembered = self.settings.value(self._settings_key("reviewer_id"))
        index = next((i for i, r in enumerate(reviewers) if str(r.id) == str(remembered)), 0)
        self.reviewer_box.setCurrentIndex(index if reviewers else -1)
        self.reviewer_box.blockSignals(False)
        if reviewers:
            self._reviewer_chosen(index, reload=False)

    def _reviewer_chosen(self, index: int, reload: bool = True) -> None:
        """From now on everything acts as this reviewer: the review, the werkmap and every panel."""
        reviewer = self.reviewer_box.itemData(index)
        if reviewer is None:
            return
        ctx = self.base_ctx.as_actor(Actor(reviewer.id, reviewer.name, reviewer.role))
        self.ctx, self.current_reviewer = ctx, reviewer
        self.settings.setValue(self._settings_key("reviewer_id"), reviewer.id)
        self.status_reviewer.setText(self.tr("Kijker: {name}").format(name=reviewer.name))
        self.browser.ctx = ctx
        if reload:
            self.review.set_ctx(ctx)
        else:
            self.review.ctx = ctx
        self.playlists.ctx = self.checklist.ctx = self.transcript.ctx = ctx
        self.playlists.set_recording(self.review.recording.id if self.review.recording else None)
        self.transcript.set_recording(self.review.recording.id if self.review.recording else None)
        self.checklist.set_conversation(self.review.recording.conversation_id if self.review.recording else None)
        self.docks.set_ctx(ctx)
        own = reviewer.professional_id is not None
        for name in ("assessment", "plan", "progress"):
            self.actions_by_name[name].setEnabled(own)

    def select_reviewer(self, reviewer_id: int) -> None:
        for i in range(self.reviewer_box.count()):
            if self.reviewer_box.itemData(i).id == reviewer_id:
                self.reviewer_box.setCurrentIndex(i)

    def _settings_key(self, name: str) -> str:
        return f"workspaces/{str(self.base_ctx.workspace.root).replace('/', '|')}/{name}"

    # --- recordings, moments and events ----------------------------------------------------------------------
    def open_recording(self, recording_id: int) -> bool:
        return self.review.open_recording(recording_id)

    def open_initial_recording(self) -> bool:
        remembered = self.settings.value(self._settings_key("recording_id"))
        ids = self.browser.recording_ids()
        target = int(remembered) if remembered is not None and int(remembered) in ids else self.browser.first_recording()
        return self.open_recording(target) if target is not None else False

    def open_moment(self, recording_id: int, ms: int) -> None:
        """A fragment, annotation or piece of evidence: open its recording if needed and go there."""
        current = self.review.recording
        if (current is None or current.id != recording_id) and not self.open_recording(recording_id):
            return
        self.review.playback.seek(int(ms))

    def _recording_opened(self, recording) -> None:
        self.browser.mark_open(recording.id)
        self.settings.setValue(self._settings_key("recording_id"), recording.id)
        self.setWindowTitle(recording.original_name)  # Qt appends " — Kijkwijzer" (applicationDisplayName)
        self.erasure_watch.follow(recording.id)
        self.playlists.set_recording(recording.id)
        self.transcript.set_recording(recording.id)
        self.checklist.set_conversation(recording.conversation_id)
        self.editor_dock.raise_()
        QTimer.singleShot(0, self.review.focus_review)

    def _recording_erased(self, event: Event) -> None:
        """Consent withdrawn or retention: the recording is gone; nothing may keep showing or undoing it."""
        self.runner.stop()
        if self.review.forget(event.object_id):
            self.playlists.set_recording(None)
            self.transcript.set_recording(None)
            self.setWindowTitle("Kijkwijzer")
        self.docks.close_where(lambda key: key == f"comparison:{event.object_id}")
        self.show_message(self.tr("Opname {id} is gewist.").format(id=event.object_id))

    def _conversation_action(self, name: str, conversation_id: int) -> None:
        getattr(self.panels, name)(conversation_id)

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
        if folder and self.on_open_workspace is not None:
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
        self.erasure_watch.stop()
        self.runner.stop()
        self.importer.shutdown()
        self.intake.shutdown()
        self.exchange.shutdown()
        self.review.shutdown()
        self.browser.bridge.close()
        self.erased.close()
        super().closeEvent(event)
