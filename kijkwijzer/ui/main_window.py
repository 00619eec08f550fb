"""The main window: workspace browser, review view, annotation editor, menus and the reviewer chooser.

Every review action sits in a menu with its shortcut; the window itself holds no data, only views
over the services reached through the Context it was given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.media.player import Player
from kijkwijzer.services import people
from kijkwijzer.services.context import Actor, Context

from . import shortcuts
from .i18n import current_lang, pick
from .media_problem_dialog import MediaProblemDialog
from .review.annotation_table import role_labels
from .review.review_view import ReviewView
from .workspace_browser import WorkspaceBrowser

MENUS = (("file", QT_TRANSLATE_NOOP("Menus", "&Bestand")), ("edit", QT_TRANSLATE_NOOP("Menus", "B&ewerken")), ("play", QT_TRANSLATE_NOOP("Menus", "&Afspelen")),
         ("annotate", QT_TRANSLATE_NOOP("Menus", "&Coderen")), ("view", QT_TRANSLATE_NOOP("Menus", "&Beeld")), ("language", QT_TRANSLATE_NOOP("Menus", "&Taal")),
         ("help", QT_TRANSLATE_NOOP("Menus", "&Help")))


class MainWindow(QMainWindow):
    shown = Signal()  # first time the window is on screen (startup benchmark)

    def __init__(self, ctx: Context, player: Player, *, on_language: Callable[[str], None] | None = None,
                 on_open_workspace: Callable[[str], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.base_ctx = ctx
        self.settings = QSettings()
        self.on_language = on_language
        self.on_open_workspace = on_open_workspace
        self._shown_once = False
        self.problem_dialog: MediaProblemDialog | None = None
        self.setWindowTitle("Kijkwijzer")

        self.review = ReviewView(ctx, player, self)
        self.setCentralWidget(self.review)
        self.browser = WorkspaceBrowser(ctx, self)
        self.browser_dock = self._dock("browserDock", self.tr("Werkmap"), self.browser,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.browser.setMinimumWidth(200)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(340)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.review.editor)
        self.editor_dock = self._dock("editorDock", self.tr("Annotatie"), scroll, Qt.DockWidgetArea.RightDockWidgetArea)
        # one column on the right: the workspace tree while choosing, the editor while annotating
        self.tabifyDockWidget(self.browser_dock, self.editor_dock)
        self.browser_dock.raise_()

        self.actions_by_name = shortcuts.build_actions(self, {**self.review.handlers(), **self._own_handlers()})
        self.review.bind_actions(self.actions_by_name)
        self.theme_actions: dict[str, QAction] = {}
        self._undo_actions()
        self._menus()
        self._toolbar()
        self.status_reviewer = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_reviewer)

        self.review.message.connect(self.show_message)
        self.browser.message.connect(self.show_message)
        self.review.media_problem.connect(self.show_media_problem)
        self.review.editor_requested.connect(self.open_editor)
        self.review.recording_opened.connect(self._recording_opened)
        self.browser.recording_activated.connect(self.open_recording)
        self._choose_initial_reviewer()
        self.resize(1560, 960)

    # --- building ------------------------------------------------------------------------------------
    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(area, dock)
        return dock

    def _own_handlers(self) -> dict[str, Callable[..., object]]:
        return {"open_workspace": self.choose_workspace, "refresh": lambda: self.browser.refresh(),
                "quit": self.close, "shortcuts_help": self.show_shortcuts, "about": self.show_about,
                "configure_keys": self.configure_keys}

    def _undo_actions(self) -> None:
        stack = self.review.undo_stack
        undo = stack.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = stack.createRedoAction(self, self.tr("Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action, text in ((undo, self.tr("Ongedaan maken")), (redo, self.tr("Opnieuw"))):
            action.setObjectName(f"action_{'undo' if action is undo else 'redo'}")
            shortcuts.with_shortcut_tip(action, text)
        self.actions_by_name["undo"], self.actions_by_name["redo"] = undo, redo

    def _menus(self) -> None:
        bar = self.menuBar()
        self.menus = {key: bar.addMenu(QCoreApplication.translate("Menus", title)) for key, title in MENUS}
        edit = self.menus["edit"]
        edit.addAction(self.actions_by_name["undo"])
        edit.addAction(self.actions_by_name["redo"])
        edit.addSeparator()
        for spec in shortcuts.ACTIONS:
            menu = self.menus[spec.menu]
            if spec.name in ("quit", "configure_keys", "clear_marks", "mute", "zoom_in", "about", "next_annotation"):
                menu.addSeparator()
            menu.addAction(self.actions_by_name[spec.name])
            if spec.name == "configure_keys":
                self._theme_separator = menu.addSeparator()
        self.rebuild_theme_actions()
        view = self.menus["view"]
        view.addSeparator()
        for dock in (self.browser_dock, self.editor_dock):
            view.addAction(dock.toggleViewAction())
        group = QActionGroup(self)
        for lang, label in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"action_lang_{lang}")
            action.setChecked(lang == current_lang())
            action.triggered.connect(lambda _c=False, code=lang: self.change_language(code))
            group.addAction(action)
            self.menus["language"].addAction(action)

    def rebuild_theme_actions(self) -> None:
        menu = self.menus["annotate"]
        for action in self.theme_actions.values():
            menu.removeAction(action)
            action.deleteLater()
        self.theme_actions = {}
        keys = self.review.theme_keys
        for theme in self.review.content.themes:
            key = keys.key_of(theme.id)
            text = self.tr("Thema: {title}").format(title=pick(theme.title, theme.title_en))
            action = shortcuts.make_action(self, text, (key,) if key else (),
                                           lambda tid=theme.id: self.review.annotate.theme_key(tid))
            action.setObjectName(f"action_theme_{theme.id}")
            menu.insertAction(self._theme_separator, action)
            self.theme_actions[theme.id] = action
        self.review.coding_pad.refresh_labels()

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
        reviewer = self.reviewer_box.itemData(index)
        if reviewer is None:
            return
        ctx = self.base_ctx.as_actor(Actor(reviewer.id, reviewer.name, reviewer.role))
        self.settings.setValue(self._settings_key("reviewer_id"), reviewer.id)
        self.status_reviewer.setText(self.tr("Kijker: {name}").format(name=reviewer.name))
        self.browser.ctx = ctx
        if reload:
            self.review.set_ctx(ctx)
        else:
            self.review.ctx = ctx

    def select_reviewer(self, reviewer_id: int) -> None:
        for i in range(self.reviewer_box.count()):
            if self.reviewer_box.itemData(i).id == reviewer_id:
                self.reviewer_box.setCurrentIndex(i)

    def _settings_key(self, name: str) -> str:
        return f"workspaces/{str(self.base_ctx.workspace.root).replace('/', '|')}/{name}"

    # --- recordings and problems -------------------------------------------------------------------------
    def open_recording(self, recording_id: int) -> bool:
        return self.review.open_recording(recording_id)

    def open_initial_recording(self) -> bool:
        remembered = self.settings.value(self._settings_key("recording_id"))
        ids = self.browser.recording_ids()
        target = int(remembered) if remembered is not None and int(remembered) in ids else self.browser.first_recording()
        return self.open_recording(target) if target is not None else False

    def _recording_opened(self, recording) -> None:
        self.browser.mark_open(recording.id)
        self.settings.setValue(self._settings_key("recording_id"), recording.id)
        self.setWindowTitle(f"Kijkwijzer — {recording.original_name}")
        self.editor_dock.raise_()
        QTimer.singleShot(0, self.review.focus_review)

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
            self.rebuild_theme_actions()

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        groups = [(menu.title(), [a for a in menu.actions() if not a.isSeparator()])
                  for key, menu in self.menus.items() if key != "language"]
        ShortcutsDialog(groups, self).exec()

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
        self.resizeDocks([self.editor_dock], [380], Qt.Orientation.Horizontal)
        total = self.review.splitter.width()
        self.review.splitter.setSizes([int(total * 0.6), total - int(total * 0.6)])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.review.splitter.saveState())
        if self.problem_dialog is not None:
            self.problem_dialog.close()
        self.review.shutdown()
        self.browser.bridge.close()
        super().closeEvent(event)
