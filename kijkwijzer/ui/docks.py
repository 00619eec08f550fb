"""The dock widgets around the review view: the fixed ones (werkmap, annotatie, fragmenten, aandachtspunten)
and the panels opened from the menus (SLIM, reflectie, reeks, ...), which can be shown and hidden (Beeld).

A panel dock is made from a factory `ctx -> widget | None` with the chosen reviewer's context, so switching the
reviewer (`ChosenReviewer.changed`) rebuilds every panel acting as the new reviewer, and a panel opened later is
made acting as them; a factory that returns None (e.g. someone else's plan) removes its dock. The factory
connects the panel's own signals (it knows the panel's type).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services.context import Context

from .chosen_reviewer import ChosenReviewer
from .i18n import current_lang
from .shortcuts import with_shortcut_tip

log = logging.getLogger(__name__)
PanelFactory = Callable[[Context], QWidget | None]
LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
PANEL_WIDTH = 560
PANEL_HEIGHT = 200  # the plan's due actions: a few rows under the review
BIG_PANEL_HEIGHT = 440  # SLIM, reflection, series...: the review keeps the upper half


class FixedDock(Enum):
    """The docks that are always there, in the right-hand column (Beeld: Ctrl+1 to Ctrl+5 in this order);
    the value is the dock's object name (window state, tests)."""

    WERKMAP = "browserDock"
    EDITOR = "editorDock"
    FRAGMENTS = "fragmentsDock"
    CHECKLIST = "checklistDock"
    TRANSCRIPT = "transcriptDock"


def make_dock(window: QMainWindow, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.addDockWidget(area, dock)
    return dock


def show_action(window: QMainWindow, dock: QDockWidget, keys: tuple[str, ...] = (),
                focus: QWidget | None = None) -> QAction:
    """A Beeld entry for a dock: shows and raises it when closed or hidden behind another tab, closes it
    when it is in front. (Qt's own toggleViewAction would close a dock that is merely behind a tab.)
    With `focus` (the werkmap's tree) the key also puts the keyboard there; it closes the dock only when
    the focus is there already."""
    action = QAction(dock.windowTitle(), window, checkable=True)
    action.setObjectName(f"action_show_{dock.objectName()}")
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    with_shortcut_tip(action, dock.windowTitle())

    def triggered(_checked: bool = False) -> None:
        if dock.isHidden() or dock.visibleRegion().isEmpty():
            dock.show()
            dock.raise_()
            if focus is not None:
                focus.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif focus is not None and not focus.hasFocus():
            focus.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            dock.close()
        action.setChecked(not dock.isHidden())

    action.triggered.connect(triggered)
    dock.visibilityChanged.connect(lambda _v: action.setChecked(not dock.isHidden()))
    action.setChecked(not dock.isHidden())
    return action


class PanelDock(QDockWidget):
    """A dock around a panel that can be rebuilt for another reviewer. The panel sits in a scroll area:
    a big form (SLIM, reflection) scrolls instead of pushing the window beyond the screen."""

    def __init__(self, window: QMainWindow, key: str, title: str, factory: PanelFactory) -> None:
        super().__init__(title, window)
        self.key = key
        self.factory = factory
        self.panel: QWidget | None = None
        self.setObjectName(f"panel_{key.replace(':', '_')}")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(self.scroller)

    def build(self, ctx: Context) -> bool:
        """(Re)make the panel acting through `ctx`; False when the factory has nothing for this reviewer."""
        panel = self.factory(ctx)
        if panel is None:
            return False
        old = self.scroller.takeWidget()
        self.scroller.setWidget(panel)
        self.panel = panel
        if old is not None:
            old.deleteLater()
        return True


class Docks(QObject):
    """The fixed docks by name, and the panel docks by key ("slim:12", "series:3", ...); the Beeld menu lists
    the panels (`panels_changed`). Follows the chosen reviewer by itself."""

    panels_changed = Signal()
    message = Signal(str)

    def __init__(self, window: QMainWindow, chosen: ChosenReviewer) -> None:
        super().__init__(window)
        self.window = window
        self.chosen = chosen
        self.fixed: dict[FixedDock, QDockWidget] = {}
        self.panels: dict[str, PanelDock] = {}
        self.panel_actions: dict[str, QAction] = {}
        chosen.changed.connect(self.set_ctx)

    # --- the fixed docks -------------------------------------------------------------------------------------
    def add_fixed(self, which: FixedDock, title: str, widget: QWidget) -> QDockWidget:
        dock = make_dock(self.window, which.value, title, widget, RIGHT)
        self.fixed[which] = dock
        return dock

    def bring_forward(self, which: FixedDock) -> QDockWidget:
        """Shown, and in front of the docks it shares a tab bar with."""
        dock = self.fixed[which]
        dock.show()
        dock.raise_()
        return dock

    # --- the panels ---------------------------------------------------------------------------------------
    def panel(self, key: str) -> QWidget | None:
        dock = self.panels.get(key)
        return dock.panel if dock is not None else None

    def open(self, key: str, title: str, factory: PanelFactory, area: Qt.DockWidgetArea = BOTTOM,
             height: int = BIG_PANEL_HEIGHT, beside: FixedDock | None = None) -> QWidget | None:
        """Show the panel under `key` (made on first use, acting as the chosen reviewer), in front of its
        neighbours; `beside` puts a new one in that fixed dock's tab bar."""
        dock = self.panels.get(key)
        new = dock is None
        if dock is None:
            dock = PanelDock(self.window, key, title, factory)
            try:
                built = dock.build(self.chosen.ctx)
            except KijkwijzerError as error:
                self.message.emit(error.message(current_lang()))
                built = False
            if not built:
                dock.deleteLater()
                return None
            self._place(dock, area)
            self.panels[key] = dock
            action = show_action(self.window, dock)
            self.panel_actions[key] = action
            self.panels_changed.emit()
        dock.show()
        dock.raise_()
        if area == BOTTOM and not dock.isFloating() and dock.height() < height:
            self.window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        if new and beside is not None and beside in self.fixed and not dock.isFloating():
            self.window.tabifyDockWidget(self.fixed[beside], dock)
            dock.show()
            dock.raise_()
        return dock.panel

    def _place(self, dock: PanelDock, area: Qt.DockWidgetArea) -> None:
        """New panels join the panels already in that area as tabs; the first one gets a useful width."""
        neighbours = [d for d in self.panels.values() if self.window.dockWidgetArea(d) == area and not d.isFloating()]
        self.window.addDockWidget(area, dock)
        if neighbours:
            self.window.tabifyDockWidget(neighbours[-1], dock)
        elif area == LEFT:
            self.window.resizeDocks([dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)

    def close(self, key: str) -> None:
        dock = self.panels.pop(key, None)
        action = self.panel_actions.pop(key, None)
        if action is not None:
            action.deleteLater()
        if dock is not None:
            self.window.removeDockWidget(dock)
            dock.deleteLater()
            self.panels_changed.emit()

    def close_where(self, predicate: Callable[[str], bool]) -> None:
        for key in [k for k in self.panels if predicate(k)]:
            self.close(key)

    def set_ctx(self, ctx: Context) -> None:
        """Another reviewer: every panel is rebuilt acting as them (or closed if it is not theirs). A panel that
        fails to build is closed and does not keep the others from following; an unexpected error is raised
        again once they all have (the application's error hook reports it)."""
        unexpected: Exception | None = None
        for key, dock in list(self.panels.items()):
            try:
                built = dock.build(ctx)
            except KijkwijzerError as error:
                self.message.emit(error.message(current_lang()))
                built = False
            except Exception as error:  # noqa: BLE001 - raised below, once the other panels follow
                unexpected = unexpected or error
                built = False
            if not built:
                self.close(key)
        if unexpected is not None:
            raise unexpected
