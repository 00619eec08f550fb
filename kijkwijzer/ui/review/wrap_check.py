"""A check box whose caption wraps, for the editor's theme and pillar choices: long (English) theme names
must fit a narrow panel on a 1280x720 screen instead of widening it past the window's edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class _Caption(QLabel):
    """Clicking the words ticks the box, as clicking a check box's own text does."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled() and self.rect().contains(
                event.position().toPoint()):
            self.box.toggle()
        super().mouseReleaseEvent(event)


class WrapCheck(QWidget):
    """`box` is the QCheckBox (focus, state, signals); `caption` the wrapping words beside it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text)
        self.caption = _Caption(text, self.box, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.caption, 1)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.box.setToolTip(text)
        self.caption.setToolTip(text)
