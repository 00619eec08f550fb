"""Which widget a key belongs to when the review's single-key shortcuts would otherwise take it.

- Space on a focused checkbox, radio button, push button or combo box works that control (ticks the box)
  instead of playing/pausing.
- Return/Enter in a one-line text field (the annotation search, a panel's field) goes to that field
  (the search jumps to the first match) instead of opening the annotation editor; in a list or tree
  (werkmap, fragments, agenda, annotations) it activates the current row.
- Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in a text field undo the field's own typing only while that typing is
  not yet committed; once the editor has saved it, the keys reach the app-wide undo stack, so an edit can
  be undone with the cursor still in the field.

Qt asks the focused widget first with a ShortcutOverride event; accepting it keeps the key for the widget,
leaving it ignored lets the window's shortcut fire. A filter is put on each such widget the first time it
gets the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

FILTERED = "_kw_key_routing"
TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _matches(event: QKeyEvent, standard: QKeySequence.StandardKey) -> bool:
    return event.matches(standard)


class KeyRouting(QObject):
    """Installed once per main window; `uncommitted(widget)` says whether a text field holds typing that the
    editor has not saved yet (then its own undo applies)."""

    def __init__(self, window: QWidget, uncommitted: Callable[[QWidget], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.uncommitted = uncommitted
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._app = app
        self._connected = True
        app.focusChanged.connect(self._focus_changed)

    def close(self) -> None:
        if self._connected:
            self._connected = False
            self._app.focusChanged.disconnect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.property(FILTERED) or new.window() is not self.window:
            return
        if isinstance(new, (QAbstractButton, QComboBox, QAbstractItemView, *TEXT_WIDGETS)):
            new.setProperty(FILTERED, True)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if isinstance(watched, (QAbstractButton, QComboBox)):
            if plain and event.key() == Qt.Key.Key_Space:
                event.accept()  # the control gets the key press: the box is ticked
                return True
            return False
        if isinstance(watched, (QLineEdit, QAbstractItemView)) and plain and event.key() in ENTER_KEYS:
            event.accept()
            return True
        if isinstance(watched, TEXT_WIDGETS):
            undo = _matches(event, QKeySequence.StandardKey.Undo)
            redo = _matches(event, QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier)
            if undo or redo:
                if self._field_owns(watched, redo):  # type: ignore[arg-type]
                    event.accept()
                else:
                    event.ignore()  # the window's undo/redo action fires
                return True
        return False

    def _field_owns(self, widget: QLineEdit | QPlainTextEdit | QTextEdit, redo: bool) -> bool:
        """The field's own undo applies while it has uncommitted typing it can undo (or redo)."""
        if not self.uncommitted(widget):
            return False
        if isinstance(widget, QLineEdit):
            return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
