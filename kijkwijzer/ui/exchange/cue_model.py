"""The transcript cues of one recording as a Qt table (time, speaker, text) and the search filter over it.

The model marks the cue under the playhead (`set_current`) so the view can paint it, without touching the
view's selection or keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.services.transcripts import CueView

CueRole = Qt.ItemDataRole.UserRole + 1  # the CueView of a row
CurrentRole = Qt.ItemDataRole.UserRole + 2  # True on the cue under the playhead

TIME, SPEAKER, TEXT = range(3)
CURRENT_BACKGROUND = QColor("#ffe8a3")  # a soft amber: reads as "here", not as selected or as an error
CURRENT_FOREGROUND = QColor("#1f1f1f")

Index = QModelIndex | QPersistentModelIndex


def one_line(text: str) -> str:
    """A cue's lines side by side in one table row; the tooltip keeps the line breaks."""
    return " / ".join(part.strip() for part in text.splitlines() if part.strip())


class CueTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cues: list[CueView] = []
        self.current: int | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (self.tr("Tijd"), self.tr("Spreker"), self.tr("Tekst"))

    def set_cues(self, cues: list[CueView]) -> None:
        self.beginResetModel()
        self.cues = list(cues)
        self.current = None
        self.endResetModel()

    def set_current(self, row: int | None) -> None:
        """Mark one cue as the one being played (None: between cues)."""
        if row == self.current:
            return
        previous, self.current = self.current, row
        for changed in (previous, row):
            if changed is not None and 0 <= changed < len(self.cues):
                self.dataChanged.emit(self.index(changed, 0), self.index(changed, TEXT))

    # --- QAbstractTableModel ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.cues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cue = self.cues[index.row()]
        column = index.column()
        current = index.row() == self.current
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return format_ms(cue.start_ms, millis=False)
            return cue.speaker if column == SPEAKER else one_line(cue.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            span = f"{format_ms(cue.start_ms)} – {format_ms(cue.end_ms)}"
            return f"{span}\n{cue.speaker + ': ' if cue.speaker else ''}{cue.text}"
        if role == CueRole:
            return cue
        if role == CurrentRole:
            return current
        if current and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(CURRENT_BACKGROUND)
        if current and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(CURRENT_FOREGROUND)
        if current and role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole and current:
            return self.tr("Nu: {text}").format(text=one_line(cue.text))
        return None


class CueFilter(QSortFilterProxyModel):
    """Cues whose text or speaker contains the search text, any case (the rule of CueView.matches)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_text(self, text: str) -> None:
        needle = text.strip()
        if needle != self.needle:
            self.beginFilterChange()
            self.needle = needle
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, CueTableModel)
        return model.cues[source_row].matches(self.needle)
