"""How wide each column of the annotation list is: sized to what it holds (within a cap), the text column
taking the rest, and the columns that matter least (pillar, then level) hidden when the list is too narrow
to show number, time, themes, reviewer and text side by side (a 1280x720 screen). Cut-off cells end in
"…"; the row's tooltip holds everything."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

from kijkwijzer.domain.annotation import AnnotationView

from .annotation_table import CHIP_GAP, CHIP_W, COLUMNS, AnnotationTableModel

FITTED = ("number", "time", "themes", "reviewer", "level", "pillars")  # "text" stretches
CAPS = {"number": 60, "time": 170, "themes": 200, "reviewer": 140, "level": 120, "pillars": 150}
OPTIONAL = ("pillars", "level")  # hidden first, in this order, when room runs short
SHRINKABLE = (("themes", 96), ("reviewer", 80))  # narrower in this order, to these widths, before text shrinks
MIN_TEXT, COMFORTABLE_TEXT = 140, 240
PADDING = 14  # the cell's margins on both sides (the style's focus frame and text margins)


class ColumnFit(QObject):
    def __init__(self, table: QTableView, model: AnnotationTableModel) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.wanted = {name: self._header_width(name) for name in FITTED}
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def _header_width(self, name: str) -> int:
        return self.table.horizontalHeader().sectionSizeHint(COLUMNS.index(name))

    def _cell_width(self, view: AnnotationView, name: str) -> int:
        width = self.table.fontMetrics().horizontalAdvance(self.model.display(view, name)) + PADDING
        if name == "themes" and view.themes:
            width += len(view.themes) * (CHIP_W + CHIP_GAP) + 4
        return width

    def _grow(self, view: AnnotationView) -> bool:
        grown = False
        for name in FITTED:
            width = min(self._cell_width(view, name), CAPS[name])
            if width > self.wanted[name]:
                self.wanted[name], grown = width, True
        return grown

    def measure_all(self) -> None:
        self.wanted = {name: self._header_width(name) for name in FITTED}
        for view in self.model.annotations:
            self._grow(view)
        self.apply()

    def measure(self, view: AnnotationView) -> None:
        if self._grow(view):
            self.apply()

    def preferred_width(self) -> int:
        """Every column at the width it asks for, the text column at a comfortable width."""
        return sum(self.wanted.values()) + COMFORTABLE_TEXT

    def apply(self) -> None:
        room = self.table.viewport().width()
        need = sum(self.wanted.values()) + MIN_TEXT
        hidden = set()
        for name in OPTIONAL:
            if need <= room:
                break
            hidden.add(name)
            need -= self.wanted[name]
        widths = dict(self.wanted)
        for name, least in SHRINKABLE:  # still too wide: these give way, down to a readable least
            if need > room:
                given = min(need - room, max(widths[name] - least, 0))
                widths[name] -= given
                need -= given
        for name in FITTED:
            column = COLUMNS.index(name)
            self.table.setColumnHidden(column, name in hidden)
            self.table.setColumnWidth(column, widths[name])
