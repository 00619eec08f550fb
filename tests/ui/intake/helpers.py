"""What the intake tests share besides fixtures: the importer stand-in, opening and closing the main window,
and finding a dialog once it is up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from tests.support.qt_input import answer_next_box  # noqa: F401 - for the tests of this folder


class FakeImporter:
    """Stands in for the window's importer (its own suite tests the file dialog and the copy): records where
    the intake flow sends the user."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def import_into(self, conversation_id: int | None = None, paths=None) -> None:
        self.calls.append(conversation_id)

    def shutdown(self) -> None:
        pass


def build_window(qtbot, ctx):
    """The main window at 1280x720 on `ctx`, shown and active. Nothing is played in the intake: a FakePlayer
    (tests/support/fake_player.py) stands in for VLC."""
    from kijkwijzer.ui.main_window import MainWindow
    from tests.support.fake_player import FakePlayer

    win = MainWindow(ctx, FakePlayer())
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    QCoreApplication.processEvents()
    win.activateWindow()
    return win


def close_window(win) -> None:
    for dialog in win.findChildren(QWidget):
        if dialog.isWindow() and dialog is not win and dialog.isVisible():
            dialog.close()
    win.close()
    win.deleteLater()


def dialog_named(qtbot, name: str) -> QWidget:
    """The visible dialog with this object name, once it is there."""
    found: list[QWidget] = []

    def there() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(there, timeout=3000)
    qtbot.waitUntil(found[-1].isActiveWindow, timeout=3000)
    return found[-1]
