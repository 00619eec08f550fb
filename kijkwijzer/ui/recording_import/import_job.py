"""Copying recordings in on a worker thread behind a progress dialog with a working Cancel.

A job is a list of steps (one per file), each a service call that takes `progress(done, total)` and
`cancel()` (recordings.import_recording / replace_recording). The vault checks the file, then hashes and
copies it in one pass; Cancel is polled per chunk and leaves nothing behind. Steps run one after the other;
a refused file does not stop the others, Cancel stops them all. `finished(JobOutcome)` comes on the Qt thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from kijkwijzer.media.vault import ImportCancelled

from ..workers import Workers

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
SCALE = 1000  # the bar counts in tenths of a percent: smooth for a 2-hour file


@dataclass(frozen=True)
class ImportStep:
    name: str  # the file's name, for the dialog
    call: Callable[[Progress, Cancel], object]


@dataclass
class JobOutcome:
    done: list[tuple[str, object]] = field(default_factory=list)  # (name, service result)
    refused: list[tuple[str, BaseException]] = field(default_factory=list)
    cancelled: bool = False


class ImportJob(QObject):
    progressed = Signal(int, int)  # bytes done, bytes in this file (emitted on the worker thread)
    stage = Signal(int, str)  # step number (0-based), file name: checking starts
    finished = Signal(object)  # JobOutcome, on the Qt thread

    def __init__(self, parent: QWidget, steps: list[ImportStep], title: str, *, target: str = "",
                 cancellable: bool = True, busy_text: str | None = None) -> None:
        """`target` names the conversation on the dialog; `cancellable=False` for an erasure, which must
        finish; `busy_text` replaces "checking the file"."""
        super().__init__(parent)
        self.setObjectName("importJob")
        self.steps = steps
        self._target = target
        self._busy_text = busy_text
        self._head = ""
        self._cancel = threading.Event()
        self.outcome: JobOutcome | None = None
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("importProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(460)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            self.cancel_button = QPushButton(self.tr("&Annuleren"), self.dialog)
            self.cancel_button.setObjectName("importCancel")
        self.dialog.setCancelButton(self.cancel_button)
        self.dialog.canceled.connect(self.request_cancel)
        self.dialog.setMinimumDuration(0)
        self.dialog.setRange(0, 0)  # busy while the file is checked; a bar once copying starts
        self.progressed.connect(self._show_progress)
        self.stage.connect(self._show_stage)
        self.workers = Workers(self, threads=1)

    def start(self) -> None:
        self._show_stage(0, self.steps[0].name if self.steps else "")
        self.dialog.show()
        self.workers.run(self._run, self._done, self._done)

    # --- worker thread -------------------------------------------------------------------------------------
    def request_cancel(self) -> None:
        """Thread-safe: the copy stops at its next chunk and removes what it wrote."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> JobOutcome:
        outcome = JobOutcome()
        for number, step in enumerate(self.steps):
            if self._cancel.is_set():
                outcome.cancelled = True
                break
            self._emit(self.stage, number, step.name)
            try:
                outcome.done.append((step.name, step.call(self._progress, self._cancel.is_set)))
            except ImportCancelled:
                outcome.cancelled = True
                break
            except Exception as error:  # noqa: BLE001 - a refused file is reported, the next one goes on
                outcome.refused.append((step.name, error))
        return outcome

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.progressed, done, total)

    @staticmethod
    def _emit(signal, *values: object) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:  # the window went away meanwhile
            pass

    # --- Qt thread -----------------------------------------------------------------------------------------
    def _show_stage(self, number: int, name: str) -> None:
        if self._cancel.is_set():
            return
        count = len(self.steps)
        head = (self.tr("{name} ({n} van {total})").format(name=name, n=number + 1, total=count)
                if count > 1 else name)
        self.dialog.setRange(0, 0)
        self._head = (self.tr("Naar: {conversation}").format(conversation=self._target) + "\n" + head
                      if self._target else head)
        self.dialog.setLabelText(self._head + "\n" + (self._busy_text or self.tr("Bestand controleren…")))

    def _show_progress(self, done: int, total: int) -> None:
        if self._cancel.is_set() or total <= 0:
            return
        if self.dialog.maximum() != SCALE:
            self.dialog.setRange(0, SCALE)
            self.dialog.setLabelText(self._head + "\n" + self.tr("Inhoudscode berekenen en kopiëren…"))
        self.dialog.setValue(min(SCALE, done * SCALE // total))

    def _done(self, result: object) -> None:
        if not isinstance(result, JobOutcome):  # the job itself failed (it reports refused files itself)
            result = JobOutcome(refused=[("", result if isinstance(result, BaseException) else Exception(result))])
        outcome = result
        self.outcome = outcome
        self.dialog.hide()
        self.dialog.deleteLater()
        self.workers.shutdown()
        self.finished.emit(outcome)
        self.deleteLater()
