"""Drag and drop of recordings: local files dragged onto the window, the werkmap or the video are accepted
(anything else, such as a web link or text, is refused at once) and handed over with where they landed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from .media_files import local_files

Dropped = Callable[[list[str], QWidget, QPoint], None]


class DropImport(QObject):
    """An event filter on each watched widget. The import starts after the drop has returned, so the
    program the files came from is not kept waiting while dialogs are open."""

    def __init__(self, parent: QObject, on_drop: Dropped) -> None:
        super().__init__(parent)
        self.on_drop = on_drop
        self.watched: list[QWidget] = []

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)
            self.watched.append(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDropEvent)
            if local_files(event.mimeData()):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = local_files(event.mimeData())
            if not paths or not isinstance(watched, QWidget):
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            where = event.position().toPoint()
            QTimer.singleShot(0, self, lambda: self.on_drop(paths, watched, where))
            return True
        return False
