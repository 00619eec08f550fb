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
from PySide6.QtGui import QColor

from kijkwijzer.domain.annotation import AnnotationView
from kijkwijzer.domain.timecode import format_ms

from ..i18n import pick
from .annotation_set import AnnotationSet

ViewRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("time", "themes", "text", "reviewer", "level", "pillars")


class AnnotationTableModel(QAbstractTableModel):
    def __init__(self, annotations: AnnotationSet, content, parent=None) -> None:
        super().__init__(parent)
        self.annotations = annotations
        self.content = content
        self._theme_titles = {t.id: pick(t.title, t.title_en) for t in content.themes}
        self._theme_colors = {t.id: QColor(t.color) for t in content.themes}
        self._level_labels = {lv.id: pick(lv.label, lv.label_en) for lv in content.levels}
        self._pillar_titles = {p.id: pick(p.title, p.title_en) for p in getattr(content, "pillars", ())}
        self._role_labels = role_labels()
        annotations.about_to_insert.connect(lambda row: self.beginInsertRows(QModelIndex(), row, row))
        annotations.inserted.connect(lambda *_: self.endInsertRows())
        annotations.about_to_remove.connect(lambda row: self.beginRemoveRows(QModelIndex(), row, row))
        annotations.removed.connect(lambda *_: self.endRemoveRows())
        annotations.changed.connect(self._changed)
        annotations.reset.connect(self._reset)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _changed(self, row: int, _view: AnnotationView) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.annotations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"time": self.tr("Tijd"), "themes": self.tr("Thema"), "text": self.tr("Wat gebeurt er"),
                "reviewer": self.tr("Kijker"), "level": self.tr("Niveau"), "pillars": self.tr("Pijler")}[COLUMNS[section]]

    def theme_title(self, theme_id: str) -> str:
        return self._theme_titles.get(theme_id, theme_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        view = self.annotations.at(index.row())
        column = COLUMNS[index.column()]
        if role == ViewRole:
            return view
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "themes" and view.themes:
            return self._theme_colors.get(view.themes[0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(view)
        return None

    def _display(self, view: AnnotationView, column: str) -> str:
        if column == "time":
            text = short_time(view.start_ms)
            return f"{text}–{short_time(view.end_ms)}" if view.is_span and view.end_ms is not None else text
        if column == "reviewer":
            return view.reviewer_name
        if column == "themes":
            return ", ".join(self.theme_title(t) for t in view.themes)
        if column == "level":
            return self._level_labels.get(view.level or "", view.level or "")
        if column == "pillars":
            return ", ".join(self._pillar_titles.get(p, p) for p in view.pillars)
        text = view.observation or (f"“{view.quote}”" if view.quote else "")
        return text.replace("\n", " ")

    def _tooltip(self, view: AnnotationView) -> str:
        role = self._role_labels.get(view.reviewer_role, view.reviewer_role)
        lines = [f"{view.reviewer_name} ({role}) · {format_ms(view.start_ms)}"]
        lines += [text for text in (view.observation, f"“{view.quote}”" if view.quote else "") if text]
        return "\n".join(lines)


def short_time(ms: int) -> str:
    """mm:ss.mmm under an hour (most conversations), hh:mm:ss.mmm beyond."""
    text = format_ms(ms)
    return text.removeprefix("00:")


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
