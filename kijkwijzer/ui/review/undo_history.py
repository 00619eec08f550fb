"""The review's undo history: one QUndoStack that outlives the window around it.

A language switch rebuilds the whole window and a reviewer switch gives the review another Context; the
edits made before either can still be undone. The running application owns the history (app.RunningApp) and
hands it to each new window. Commands report their errors through `failed`, never to a view they would
outlive, and keep the Context they were made with, so an undo is done as the reviewer who made the change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kijkwijzer.errors import KijkwijzerError


class UndoHistory(QUndoStack):
    failed = Signal(object)  # KijkwijzerError of an undo or redo: the current review shows it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recording_id: int | None = None

    def report(self, error: KijkwijzerError) -> None:
        self.failed.emit(error)

    def follow_recording(self, recording_id: int) -> None:
        """Undo stays with one recording: opening another starts a new history, reopening it (the window
        was rebuilt) keeps the old one."""
        if recording_id != self.recording_id:
            self.clear()
            self.recording_id = recording_id

    def forget(self) -> None:
        """The recording was erased or may no longer be seen: nothing of it may be undone or redone."""
        self.clear()
        self.recording_id = None
