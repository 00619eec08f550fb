"""Choose the key of each Kijkwijzer theme; refuses keys the player uses or another theme has."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import pick
from .coding_pad import RESERVED, ThemeKeys, normalise_key


class CodingKeysDialog(QDialog):
    def __init__(self, keys: ThemeKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Toetsen voor thema's"))
        self.keys = keys
        self.edits: dict[str, QKeySequenceEdit] = {}
        grid = QGridLayout()
        for row, theme in enumerate(keys.themes):
            grid.addWidget(QLabel(pick(theme.title, theme.title_en), self), row, 0)
            edit = QKeySequenceEdit(QKeySequence(keys.key_of(theme.id)), self)
            edit.setMaximumSequenceLength(1)
            self.edits[theme.id] = edit
            grid.addWidget(edit, row, 1)
        self.problem = QLabel(self)
        self.problem.setObjectName("keyProblem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        reset = QPushButton(self.tr("Standaardtoetsen"), self)
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        reset.clicked.connect(self._reset)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, str]:
        return {tid: normalise_key(edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText))
                for tid, edit in self.edits.items()}

    def _reset(self) -> None:
        for theme in self.keys.themes:
            self.edits[theme.id].setKeySequence(QKeySequence(theme.default_key))

    def _accept(self) -> None:
        chosen = self.chosen()
        seen: dict[str, str] = {}
        for theme in self.keys.themes:
            key = chosen[theme.id]
            if not key:
                continue
            if key.upper() in {k.upper() for k in seen}:
                self.problem.setText(self.tr("De toets {key} is twee keer gekozen.").format(key=key))
                return
            seen[key] = theme.id
            if key.upper() in RESERVED:
                self.problem.setText(self.tr("De toets {key} is al in gebruik voor het afspelen.").format(key=key))
                return
        for theme_id, key in chosen.items():
            self.keys.set_key(theme_id, key)
        self.accept()

