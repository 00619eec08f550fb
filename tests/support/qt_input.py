"""What a user's hands do that QTest has no single call for: dragging a file from the file manager onto a
widget, answering the message box that is about to open, one key press sent to a window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def drop_file(widget: QWidget, point: QPointF, path: Path) -> bool:
    """A real drag-and-drop of one local file onto `widget` at `point`: enter, then drop. True when accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    enter = QDragEnterEvent(point.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def answer_next_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click `button` in the message box that is about to open (a real QMessageBox, run modally); what it said
    is added to `seen` as "objectName: text"."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(f"{box.objectName()}: {box.text()}")
        box.button(button).click()

    QTimer.singleShot(0, click)


def press(window: QWidget, key: str) -> None:
    """Send one key as the user would (e.g. "1", "Space", "Ctrl+Z")."""
    sequence = QKeySequence(key)[0]
    QTest.keyClick(window, Qt.Key(sequence.key()), sequence.keyboardModifiers())
