"""Forms that commit as you type: the debounce, focus-out and hide/close rules the annotation editor follows,
shared by the reflection view, the follow-up checklist, the SLIM panel and the client-interview forms.

A form names its fields by key; typing marks a key pending and (re)starts a 400 ms timer; a choice commits at
once; leaving a field, hiding or closing the form (dock closed, tab switched, window closed) commits whatever
is pending. The form's `commit(keys)` does the service calls and returns None when done, or `NotSaved` when it
could not (its keys then stay pending, so a refresh never overwrites that typing and the next flush retries).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

DEBOUNCE_MS = 400
WAITING = "color: #6b7280;"  # typed, not stored yet (grey)
TROUBLE = "color: #b42318;"  # could not be stored (red)


@dataclass(frozen=True)
class NotSaved:
    """Why (some of) the keys could not be committed; `keys` None means all of them. `trouble` False: not a
    problem, just not stored yet (shown quietly)."""

    message: str
    keys: frozenset[str] | None = None
    trouble: bool = True


Commit = Callable[[frozenset[str]], NotSaved | None]


def text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def show_text(widget: QLineEdit | QPlainTextEdit, value: str) -> None:
    """Put a stored value in a field, unless the field already says it (the store trims what it keeps, so
    "Notitie " being typed is left alone when "Notitie" comes back): the cursor stays where it is."""
    if text_of(widget).strip() == value.strip():
        return
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    else:
        widget.setPlainText(value)


class Autosave(QObject):
    """The pending keys of one form and when to commit them. `status` (optional) shows the quiet state."""

    saved = Signal()

    def __init__(self, owner: QWidget, commit: Commit, status: QLabel | None = None,
                 delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(owner)
        self._commit = commit
        self._status = status
        self._pending: set[str] = set()
        self._loading = 0
        self._flushing = False
        self.problem: NotSaved | None = None  # why the last flush left something pending
        self.timer = QTimer(self)
        self.timer.setObjectName("autosaveTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        owner.installEventFilter(self)

    # --- what the form tells it ---------------------------------------------------------------------------
    def watch(self, widget: QLineEdit | QPlainTextEdit, key: str) -> None:
        """Typing in `widget` is `key`: committed after a pause or when the field loses focus."""
        widget.textChanged.connect(lambda *_a: self.changed(key))
        widget.installEventFilter(self)

    def changed(self, key: str, at_once: bool = False) -> None:
        if self._loading:
            return
        self._pending.add(key)
        self._show(self.tr("…"), WAITING)
        if at_once:
            self.flush()
        else:
            self.timer.start()

    @contextmanager
    def loading(self) -> Iterator[None]:
        """The form is filling its fields from the store: that is not typing."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    def is_pending(self, key: str | None = None) -> bool:
        return bool(self._pending) if key is None else key in self._pending

    def discard(self) -> None:
        """What was pending has nowhere to go any more (the form shows something else that is not stored)."""
        self.timer.stop()
        self._pending.clear()
        self.problem = None
        self._show("")

    # --- committing ---------------------------------------------------------------------------------------
    def flush(self) -> bool:
        """Commit what is pending now; True when nothing is left pending."""
        self.timer.stop()
        if not self._pending or self._flushing:
            return not self._pending
        keys = frozenset(self._pending)
        self._pending.clear()
        self._flushing = True
        try:
            problem = self._commit(keys)
        finally:
            self._flushing = False
        self.problem = problem
        if problem is not None:
            self._pending |= keys if problem.keys is None else problem.keys & keys
            self._show(problem.message, TROUBLE if problem.trouble else WAITING)
            return False
        self._show(self.tr("Opgeslagen"))
        self.saved.emit()
        return True

    def _show(self, text: str, tone: str = "") -> None:
        if self._status is not None:
            self._status.setText(text)
            self._status.setStyleSheet(tone)  # "" leaves the style sheet's quiet green of QLabel#savedState

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusOut, QEvent.Type.Hide, QEvent.Type.Close) and self._pending:
            self.flush()
        return False
