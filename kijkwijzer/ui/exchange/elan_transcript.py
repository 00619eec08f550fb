"""The ELAN import dialog's row for the transcript lines of one of our own exports: shown only when the recording
already has a different transcript, with the choice to replace it (kept by default, as `import srt` does)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from .elan_choices import Preview


class TranscriptChoice(QCheckBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("elanReplaceTranscript")
        self.setToolTip(self.tr("Zonder vinkje blijft het transcript van de opname staan en worden alleen de "
                                "annotaties ingelezen."))
        self.toggled.connect(self.changed)
        self.hide()

    def replace(self) -> bool:
        return self.isVisible() and self.isChecked()

    def show_for(self, preview: Preview) -> None:
        if not preview.transcript_differs:
            self.hide()
            return
        n = preview.cues
        self.setText(self.tr("Het &transcript van de opname vervangen door dat uit het bestand ({n} regels)")
                     .format(n=n))
        self.show()
