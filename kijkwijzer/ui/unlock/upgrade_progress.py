"""The one-time encryption of an older workspace, on a worker thread behind a progress dialog. Onderbreken
stops after the step under way (each step is atomic): the workspace stays usable and the offer comes back
at the next start to finish the job.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.services import workspace_upgrade
from kijkwijzer.services.context import SYSTEM, Actor
from kijkwijzer.workspace import Workspace

from ..workers import Workers


class UpgradeProgress(QDialog):
    """Runs `workspace_upgrade.encrypt_workspace` at once; `result` (an UpgradeResult) or `error` afterwards."""

    stepped = Signal(object)

    def __init__(self, workspace: Workspace, actor: Actor = SYSTEM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeProgress")
        self.setWindowTitle(self.tr("Werkmap versleutelen"))
        self.setModal(True)
        self.setMinimumWidth(460)
        self.result: workspace_upgrade.UpgradeResult | None = None
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._running = True
        self.label = QLabel(self.tr("Voorbereiden…"), self)
        self.label.setObjectName("upgradeStep")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.stop_button = QPushButton(self.tr("&Onderbreken"), self)
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip(self.tr("Stopt na de stap die nu loopt; de volgende keer wordt het afgemaakt."))
        self.stop_button.clicked.connect(self.request_stop)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self.stepped.connect(self._show_step)
        self.workers = Workers(self, threads=1)
        self.workers.run(
            lambda: workspace_upgrade.encrypt_workspace(workspace, actor, on_step=self.stepped.emit,
                                                        cancelled=self._stop.is_set),
            self._done, self._failed,
        )

    def request_stop(self) -> None:
        self._stop.set()
        self.stop_button.setEnabled(False)
        self.label.setText(self.tr("Wordt onderbroken na deze stap…"))

    def reject(self) -> None:  # Esc or the window's close button: stop, but wait for the step under way
        if self._running:
            self.request_stop()
        else:
            super().reject()

    def _show_step(self, step: workspace_upgrade.Step) -> None:
        if self._stop.is_set():
            return
        if step.kind == "database":
            text = self.tr("De database wordt versleuteld…")
        elif step.kind == "backup":  # the database is step 0, the copies 1..n
            text = self.tr("Reservekopie {done} van {total} wordt versleuteld…").format(
                done=step.done, total=step.total - 1)
        else:
            text = self.tr("Mediabestand {done} van {total} wordt versleuteld…").format(
                done=step.done + 1, total=step.total)
        self.label.setText(text)
        self.bar.setRange(0, max(step.total, 1))
        self.bar.setValue(step.done)

    def _finish(self) -> None:
        self._running = False
        self.workers.shutdown()
        self.accept()

    def _done(self, result: object) -> None:
        self.result = result  # type: ignore[assignment]
        self._finish()

    def _failed(self, error: object) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self._finish()
