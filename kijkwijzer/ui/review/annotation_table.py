"""Qt item models over the AnnotationSet: a table model (rows in time order) and the filter proxy."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPixmap

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.domain.numbering import label
from kijkwijzer.domain.timecode import format_ms

from ..i18n import current_lang, pick
from .annotation_set import AnnotationSet

ViewRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", "time", "themes", "text", "reviewer", "level", "pillars")
CHIP_W, CHIP_H, CHIP_GAP = 10, 14, 2


class AnnotationTableModel(QAbstractTableModel):
    def __init__(self, annotations: AnnotationSet, content, parent=None) -> None:
        super().__init__(parent)
        self.annotations = annotations
        self.content = content
        self._theme_titles = {t.id: pick(t.title, t.title_en) for t in content.themes}
        self._theme_colors = {t.id: QColor(t.color) for t in content.themes}
        self._theme_rank = {t.id: n for n, t in enumerate(content.themes)}
        self._level_labels = {lv.id: pick(lv.label, lv.label_en) for lv in content.levels}
        self._pillar_titles = {p.id: pick(p.title, p.title_en) for p in getattr(content, "pillars", ())}
        self._role_labels = role_labels()
        self._chips: dict[tuple[str, ...], QPixmap] = {}
        annotations.about_to_insert.connect(lambda row: self.beginInsertRows(QModelIndex(), row, row))
        annotations.inserted.connect(lambda *_: (self.endInsertRows(), self._renumbered()))
        annotations.about_to_remove.connect(lambda row: self.beginRemoveRows(QModelIndex(), row, row))
        annotations.removed.connect(lambda *_: (self.endRemoveRows(), self._renumbered()))
        annotations.changed.connect(self._changed)
        annotations.reset.connect(self._reset)
        annotations.about_to_rearrange.connect(self._about_to_rearrange)
        annotations.rearranged.connect(self._rearranged)
        self._moving: list[tuple[QModelIndex, int]] = []

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _about_to_rearrange(self) -> None:
        """Rows move as a burst comes in: the selection and current row follow their annotation (gone: dropped)."""
        self.layoutAboutToBeChanged.emit()
        self._moving = [(index, self.annotations.at(index.row()).id) for index in self.persistentIndexList()]

    def _rearranged(self, _views: object) -> None:
        old, new = [], []
        for index, annotation_id in self._moving:
            row = self.annotations.row_of(annotation_id)
            old.append(index)
            new.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self._moving = []
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _renumbered(self) -> None:
        """A deletion (or its undo) shifts the numbers behind it."""
        if self.annotations:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.annotations) - 1, 0))

    def _changed(self, row: int, _view: AnnotationView) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.annotations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "number":
            return self.tr("Het nummer van de annotatie in deze opname, zoals het verslag en het plan het noemen")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"number": self.tr("Nr."), "time": self.tr("Tijd"), "themes": self.tr("Thema"), "text": self.tr("Wat gebeurt er"),
                "reviewer": self.tr("Kijker"), "level": self.tr("Niveau"), "pillars": self.tr("Pijler")}[COLUMNS[section]]

    def theme_title(self, theme_id: str) -> str:
        return self._theme_titles.get(theme_id, theme_id)

    def in_order(self, themes: tuple[str, ...]) -> tuple[str, ...]:
        """The Kijkwijzer's own order (as the coding pad and the report), not the ids' alphabet."""
        return tuple(sorted(themes, key=lambda t: (self._theme_rank.get(t, len(self._theme_rank)), t)))

    def theme_chips(self, themes: tuple[str, ...]) -> QPixmap:
        """One colour chip per theme, side by side, so a multi-theme annotation shows every theme."""
        chips = self._chips.get(themes)
        if chips is None:
            chips = QPixmap(len(themes) * (CHIP_W + CHIP_GAP) - CHIP_GAP, CHIP_H)
            chips.fill(Qt.GlobalColor.transparent)
            painter = QPainter(chips)
            for n, theme_id in enumerate(themes):
                painter.fillRect(n * (CHIP_W + CHIP_GAP), 0, CHIP_W, CHIP_H,
                                 self._theme_colors.get(theme_id, QColor("#9aa5b1")))
            painter.end()
            self._chips[themes] = chips
        return chips

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        view = self.annotations.at(index.row())
        column = COLUMNS[index.column()]
        if role == ViewRole:
            return view
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(view, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "themes" and view.themes:
            return self.theme_chips(self.in_order(view.themes))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, view: AnnotationView, column: str) -> str:
        if column == "number":
            number = self.annotations.number_of(view.id)
            return str(number) if number is not None else ""
        if column == "time":
            text = short_time(view.start_ms)
            return f"{text}–{short_time(view.end_ms)}" if view.is_span and view.end_ms is not None else text
        if column == "reviewer":
            return view.reviewer_name
        if column == "themes":
            return ", ".join(self.theme_title(t) for t in self.in_order(view.themes))
        if column == "level":
            return self._level_labels.get(view.level or "", view.level or "")
        if column == "pillars":
            return ", ".join(self._pillar_titles.get(p, p) for p in view.pillars)
        text = view.observation or (f"“{view.quote}”" if view.quote else "")
        return text.replace("\n", " ")

    def _tooltip(self, view: AnnotationView) -> str:
        role = self._role_labels.get(view.reviewer_role, view.reviewer_role)
        number = self.annotations.number_of(view.id)
        name = label("annotation", number, current_lang()) if number is not None else ""
        when = format_ms(view.start_ms)
        if view.is_span and view.end_ms is not None:
            when += f" – {format_ms(view.end_ms)}"
        lines = [" · ".join(x for x in (name, f"{view.reviewer_name} ({role})", when) if x)]
        lines += [", ".join(self.theme_title(t) for t in self.in_order(view.themes))] if view.themes else []
        lines += [text for text in (view.observation, f"“{view.quote}”" if view.quote else "") if text]
        return "\n".join(lines)


def short_time(ms: int) -> str:
    """mm:ss.t under an hour (most conversations), hh:mm:ss.t beyond: tenths are enough to tell rows
    apart in a narrow list; the editor and the row's tooltip give the millisecond."""
    text = format_ms(ms)
    return text.removeprefix("00:")[:-2]


def role_labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"professional": translate("Roles", "professional"), "coach": translate("Roles", "coach"),
            "researcher": translate("Roles", "onderzoeker"), "colleague": translate("Roles", "collega"),
            "client_researcher": translate("Roles", "cliëntonderzoeker"),
            "learning_group": translate("Roles", "leergroep")}


class AnnotationFilter(QSortFilterProxyModel):
    """Theme, reviewer, level, pillar and free text; None means 'all'."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.theme: str | None = None
        self.reviewer: int | None = None
        self.level: str | None = None
        self.pillar: str | None = None
        self.text = ""

    def set_filter(self, **values: object) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_active(self) -> bool:
        return any((self.theme, self.reviewer is not None, self.level, self.pillar, self.text))

    def accepts(self, view: AnnotationView) -> bool:
        if self.theme and self.theme not in view.themes:
            return False
        if self.reviewer is not None and view.reviewer_id != self.reviewer:
            return False
        if self.level and view.level != self.level:
            return False
        if self.pillar and self.pillar not in view.pillars:
            return False
        return not self.text or view.matches(self.text)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.is_active():
            return True
        model = self.sourceModel()
        return self.accepts(model.annotations.at(source_row))  # type: ignore[attr-defined]
