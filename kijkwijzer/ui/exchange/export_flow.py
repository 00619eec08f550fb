"""One export as the user goes through it: first what its pseudonymisation would replace (worked out on a worker
thread, where deduce may still be loading), then the list to confirm or cancel (ReplacementPreview), then the
export itself on a worker behind a progress dialog (BackgroundTask). Nothing is written on cancel.

`finished(object)` carries the export's result, the exception that stopped it, or None when the user cancelled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kijkwijzer.services.exchange.preview import ExportPreview

from ..workers import Workers
from .background import BackgroundTask
from .messages import error_text, show_error
from .preview_dialog import ReplacementPreview


class ExportFlow(QObject):
    finished = Signal(object)  # the result, the exception, or None (cancelled: nothing written)

    def __init__(
        self,
        parent: QWidget,
        preview: Callable[[], ExportPreview],
        export: Callable[[], object],
        describe: Callable[[object], tuple[str, str, object]],
        failure_title: str,
        working_label: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportFlow")
        self._parent = parent
        self._export, self._describe = export, describe
        self._failure_title, self._working_label = failure_title, working_label
        self.dialog: ReplacementPreview | None = None
        self.result: object = None
        self.workers = Workers(self, threads=1)
        self.progress = QProgressDialog(self.tr("Nagaan wat er vervangen moet worden…"), "", 0, 0, parent)
        self.progress.setObjectName("previewProgress")
        self.progress.setWindowTitle(self.tr("Even geduld"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setValue(0)
        self.workers.run(preview, self._previewed, self._failed)

    def _close_progress(self) -> None:
        self.progress.reset()
        self.progress.close()
        self.progress.deleteLater()

    def _previewed(self, preview: object) -> None:
        self._close_progress()
        assert isinstance(preview, ExportPreview)
        self.dialog = ReplacementPreview(preview, self._parent)
        self.dialog.accepted.connect(self._confirmed)
        self.dialog.rejected.connect(lambda: self._end(None))
        self.dialog.open()

    def _failed(self, error: object) -> None:
        self._close_progress()
        show_error(self._parent, self._failure_title, error_text(error))  # type: ignore[arg-type]
        self._end(error)

    def _confirmed(self) -> None:
        task = BackgroundTask(self._parent, self._working_label, self._export, self._describe, self._failure_title)
        task.finished.connect(self._end)

    def _end(self, result: object) -> None:
        self.dialog = None
        self.result = result
        self.finished.emit(result)
        self.workers.shutdown()
        self.deleteLater()
