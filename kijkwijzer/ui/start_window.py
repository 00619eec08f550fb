"""The workbench's top-level window, on screen before the workspace is open (issue 16 part 4).

The program's window comes up as soon as Qt is loaded: at its full size, titled, saying that the workspace is being
opened. The store, the services and the review's widgets load after it is on screen; the passphrase dialog, if
asked, stands over it; then the MainWindow (menus, docks, review) is placed inside it and takes over its whole area.
A language switch or another workspace puts a new MainWindow in the same window.

Only Qt here: this module is imported before SQLAlchemy and the window's modules (launch.py -> first_window.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QScreen
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

MAX_SIZE = QSize(1560, 960)


def first_size(screen: QScreen) -> QSize:
    """The window's size when it first opens: MAX_SIZE, never larger than the screen (1280x720 laptops)."""
    room = screen.availableGeometry()
    return QSize(min(MAX_SIZE.width(), room.width()), min(MAX_SIZE.height(), room.height()))


class StartWindow(QWidget):
    """The one top-level window; `held` is the MainWindow inside it, None until the workspace is open."""

    def __init__(self, place: str = "") -> None:
        """`place`: the workspace's folder (or database) being opened, said under the waiting text."""
        super().__init__()
        self.setObjectName("startWindow")
        self.setWindowTitle("Kijkwijzer")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.waiting = QLabel(self.tr("De werkmap wordt geopend…"), self)
        self.waiting.setObjectName("startWaiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if place:
            self.waiting.setText(f"{self.waiting.text()}\n\n{place}")
        self._layout.addWidget(self.waiting)
        self.held: QMainWindow | None = None
        self.resize(first_size(self.screen()))

    def hold(self, window: QMainWindow) -> None:
        """Show `window` (a MainWindow made with this one as its parent) inside this one, in place of the waiting
        text or of the MainWindow before it (which its owner has closed). The window's title becomes this one's."""
        old = self.held
        if window.isWindow():  # a QMainWindow is a top-level of its own unless told
            window.setWindowFlags(Qt.WindowType.Widget)
        self._layout.addWidget(window)
        if old is not None:
            self._layout.removeWidget(old)
        self.waiting.hide()
        self.held = window
        window.windowTitleChanged.connect(self.setWindowTitle)
        self.setWindowTitle(window.windowTitle())
        window.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window closes the MainWindow in it first (it saves its layout and stops its work)."""
        if self.held is not None and self.held.isVisible() and not self.held.close():
            event.ignore()
            return
        event.accept()
