"""Bestand > "Casusboek van 004 laden": the 13 cases of 004 as texts (services/casebook.py) entered in the open
workspace on a worker thread, behind a progress bar; afterwards the cases are in the werkmap.

For the intake flow: `CasebookLoader(parent, ctx_of).start()`; `finished(object)` carries the summary or the
error. The load finishes what it starts (each case its own transactions), so there is no cancel button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import casebook
from kijkwijzer.services.context import Context

from ..i18n import current_lang
from ..workers import Workers


class CasebookLoader(QObject):
    finished = Signal(object)  # CasebookSummary, or the exception
    _progress = Signal(int, int)  # from the worker thread: queued to the dialog

    def __init__(self, parent: QWidget, ctx_of: Callable[[], Context]) -> None:
        super().__init__(parent)
        self.setObjectName("casebookLoader")
        self._parent, self._ctx_of = parent, ctx_of
        self.workers = Workers(self, threads=1)
        self.dialog: QProgressDialog | None = None
        self.result: object = None

    def start(self, ask: bool = True) -> None:
        """Asks first (unless `ask` is False), then loads on the worker thread."""
        if ask and QMessageBox.question(
            self._parent, self.tr("Casusboek van 004 laden"),
            self.tr("De 13 casussen uit \"Van Kijken naar Zien\" (004) komen als tekstverslagen in deze werkmap: "
                    "geen beeld of geluid, de cliënten met een pseudoniem. U kunt ze bekijken, annoteren en "
                    "exporteren zoals uw eigen casussen.\n\nNu laden?")) != QMessageBox.StandardButton.Yes:
            return
        dialog = QProgressDialog(self.tr("Het casusboek wordt geladen…"), "", 0, 0, self._parent)
        dialog.setObjectName("casebookProgress")
        dialog.setWindowTitle(self.tr("Even geduld"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        self.dialog = dialog
        self._progress.connect(self._step, Qt.ConnectionType.QueuedConnection)
        ctx = self._ctx_of()
        self.workers.run(lambda: casebook.load_into(ctx, progress=self._progress.emit), self._done, self._done)

    def _step(self, done: int, total: int) -> None:
        dialog = self.dialog  # (setValue lets events through: the load may finish inside it)
        if dialog is not None:
            dialog.setLabelText(self.tr("Casus {done} van {total} geladen…").format(done=min(done, total - 1),
                                                                                       total=total - 1))
            dialog.setMaximum(total)
            dialog.setValue(done)

    def _done(self, result: object) -> None:
        self.result = result
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if isinstance(result, KijkwijzerError):
            QMessageBox.warning(self._parent, self.tr("Casusboek niet geladen"), result.message(current_lang()))
        elif isinstance(result, BaseException):
            QMessageBox.warning(self._parent, self.tr("Casusboek niet geladen"), str(result))
        self.finished.emit(result)
