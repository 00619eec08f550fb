"""One step of a conversation in the cycle view: done or not, a short line of what is there, one click (or
Enter/Space when it has the focus) to where the step is done. The next step to do is marked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

DONE, TODO, NEXT, WAITING = "done", "todo", "next", "waiting"
INLINE_NAME_WIDTH = 150  # the names line up when the steps are one under the other
KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
MARKS = {DONE: "✓", TODO: "○", NEXT: "➜", WAITING: "·"}


class StepTile(QFrame):
    clicked = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("cycleTile", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.heading = QLabel(self)
        self.heading.setObjectName("cycleTileHeading")
        self.line = QLabel(self)
        self.line.setObjectName("cycleTileLine")
        self.line.setWordWrap(True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(7, 4, 7, 5)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(1)
        self.inline = True
        self.set_inline(False)
        self.state = TODO

    def set_inline(self, inline: bool) -> None:
        """Narrow (one tile a row): the name and its line side by side; wide: the line under the name."""
        if inline == self.inline:
            return
        self.inline = inline
        self.grid.removeWidget(self.heading)
        self.grid.removeWidget(self.line)
        self.grid.addWidget(self.heading, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self.line, 0 if inline else 1, 1 if inline else 0)
        self.grid.setColumnStretch(0, 0 if inline else 1)
        self.grid.setColumnStretch(1, 1 if inline else 0)
        self.grid.setRowStretch(2, 1)
        self.heading.setMinimumWidth(INLINE_NAME_WIDTH if inline else 0)

    def show_step(self, title: str, line: str, state: str, tip: str) -> None:
        self.state = state
        self.heading.setText(f"{MARKS[state]}  {title}")
        self.line.setText(line)
        self.setToolTip(tip)
        self.setAccessibleName(f"{title}: {line}")
        self.setProperty("cycleState", state)
        self.style().unpolish(self)  # the style sheet picks the state up
        self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        """Enter and Space are the review's shortcuts too; on a focused step they open the step."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and event.key() in KEYS \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in KEYS:
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)
