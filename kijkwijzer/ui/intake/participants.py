"""Who took part in a conversation, third parties included: one row per person with a role (cliënt,
professional, tolk, andere professional, naaste, iemand anders) and a description ("tolk Arabisch")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from . import labels


class ParticipantRows(QWidget):
    changed = Signal()  # a row added, removed, or its role or description changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants")
        self.rows: list[tuple[QComboBox, QLineEdit, QToolButton]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        outer.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("Deelnemer toe&voegen"), self)
        self.add_button.setObjectName("addParticipantButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self._add_clicked())
        outer.addWidget(self.add_button)

    def _add_clicked(self) -> None:
        role, _description, _remove = self.add_row("other")
        role.setFocus()
        self.changed.emit()

    def add_row(self, role: str = "other", description: str = "") -> tuple[QComboBox, QLineEdit, QToolButton]:
        index = len(self.rows)
        box = QComboBox(self)
        box.setObjectName(f"participantRole{index}")
        labels.fill_choices(box, labels.participant_roles(), role)
        box.setToolTip(self.tr("Rol van de deelnemer"))
        text = QLineEdit(description, self)
        text.setObjectName(f"participantDescription{index}")
        text.setPlaceholderText(self.tr("bijvoorbeeld: tolk Arabisch, werkcoach van het UWV"))
        remove = QToolButton(self)
        remove.setObjectName(f"participantRemove{index}")
        remove.setText("✕")
        remove.setToolTip(self.tr("Deelnemer verwijderen"))
        row = (box, text, remove)
        box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        text.textChanged.connect(lambda _t: self.changed.emit())
        remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._relayout()
        return row

    def remove_row(self, row: tuple[QComboBox, QLineEdit, QToolButton]) -> None:
        if row not in self.rows:
            return
        self.rows.remove(row)
        for widget in row:
            widget.hide()
            widget.deleteLater()
        self._relayout()
        (self.rows[-1][1] if self.rows else self.add_button).setFocus()
        self.changed.emit()

    def _relayout(self) -> None:
        for widget in [w for row in self.rows for w in row]:
            self.grid.removeWidget(widget)
        previous: QWidget | None = None
        for index, row in enumerate(self.rows):
            for column, widget in enumerate(row):
                self.grid.addWidget(widget, index, column)
                widget.show()  # now, so a new row can take the focus at once
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)

    def set_participants(self, participants: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> None:
        for row in list(self.rows):
            for widget in row:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        for role, description in participants:
            self.add_row(role, description)

    def participants(self) -> list[tuple[str, str]]:
        return [(str(box.currentData()), text.text().strip()) for box, text, _remove in self.rows]

    def editing_text(self) -> list[QLineEdit]:
        return [text for _box, text, _remove in self.rows]
