"""What the user sees when a recording cannot be played: what is wrong, and a way to find the file again.

"Bestand zoeken…" hands the chosen file to recordings.locate, which accepts it only if its SHA-256
matches the recording; the dialog stays open with the reason if it does not.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import recordings
from kijkwijzer.services.context import Context
from kijkwijzer.services.recordings import RecordingView

from .i18n import current_lang

MEDIA_FILTER = "Media (*.mp4 *.m4v *.mov *.mkv *.avi *.webm *.mts *.mpg *.mp3 *.m4a *.wav *.ogg *.opus *.flac *.aac)"


class MediaProblemDialog(QDialog):
    located = Signal(int)  # recording id, after a matching file was put back

    def __init__(self, ctx: Context, recording: RecordingView, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaProblemDialog")
        self.setWindowTitle(self.tr("Probleem met de opname"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.ctx = ctx
        self.recording = recording
        self.kind = kind
        self.text = QLabel(self.explanation(), self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("locateResult")
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.locate_button = QPushButton(self.tr("Bestand zoeken…"), self)
        self.locate_button.setDefault(True)
        self.buttons.addButton(self.locate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.locate_button.clicked.connect(self.choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(560, 220)

    def explanation(self) -> str:
        name = self.recording.original_name
        if self.kind == "missing":
            return self.tr(
                "Het bestand van de opname <b>{name}</b> staat niet meer in de werkmap (verplaatst of verwijderd).\n\n"
                "Zoek het bestand op; Kijkwijzer herkent het aan de inhoud (SHA-256), ook onder een andere naam. "
                "Annotaties zijn niet verloren: ze staan in de database."
            ).format(name=name).replace("\n", "<br>")
        return self.tr(
            "De opname <b>{name}</b> kan niet worden afgespeeld: het bestand is beschadigd of het formaat wordt "
            "niet ondersteund.\n\nHeeft u een goede kopie? Zoek die op; Kijkwijzer controleert of de inhoud "
            "dezelfde is. Annotaties zijn niet verloren: ze staan in de database."
        ).format(name=name).replace("\n", "<br>")

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Opname zoeken"), str(Path.home()), MEDIA_FILTER)
        if path:
            self.try_locate(Path(path))

    def try_locate(self, path: Path) -> bool:
        try:
            recordings.locate(self.ctx, self.recording.id, path)
        except KijkwijzerError as error:
            self.result_label.setText(error.message(current_lang()))
            return False
        self.located.emit(self.recording.id)
        self.accept()
        return True
