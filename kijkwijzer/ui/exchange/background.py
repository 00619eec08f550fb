"""Long exchange work (PDF report, case story, backup, restore) on a worker thread behind a progress dialog.

The services finish what they start (a file appears only once its audit row is committed), so the dialog
has no cancel button. The task deletes itself afterwards; `finished(object)` carries the service's result
or the exception, after the result box is up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..workers import Workers
from .messages import error_text, show_done, show_error


class BackgroundTask(QObject):
    finished = Signal(object)  # the service's result, or the exception it raised

    def __init__(
        self,
        parent: QWidget,
        label: str,
        job: Callable[[], object],
        describe: Callable[[object], tuple[str, str, object]],
        failure_title: str,
    ) -> None:
        """`describe(result)` gives the success box: title, text and a folder to offer (or None)."""
        super().__init__(parent)
        self.setObjectName("exchangeTask")
        self._parent = parent
        self._describe = describe
        self._failure_title = failure_title
        self.result: object = None
        self.workers = Workers(self, threads=1)
        self.progress = QProgressDialog(label, "", 0, 0, parent)
        self.progress.setObjectName("exchangeProgress")
        self.progress.setWindowTitle(self.tr("Even geduld"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # a quick job never flashes a dialog
        self.progress.setValue(0)
        self.workers.run(job, self._done, self._done)

    def _done(self, result: object) -> None:
        self.result = result
        self.progress.reset()
        self.progress.close()
        self.progress.deleteLater()
        if isinstance(result, BaseException):
            show_error(self._parent, self._failure_title, error_text(result))
        else:
            title, text, folder = self._describe(result)
            show_done(self._parent, title, text, folder)  # type: ignore[arg-type]
        self.finished.emit(result)
        self.workers.shutdown()
        self.deleteLater()
