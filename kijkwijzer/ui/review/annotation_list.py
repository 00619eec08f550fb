"""The annotation list beside the player: filters, a table in time order, and following the playhead."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain.annotation import AnnotationView

from .. import theme_texts
from ..i18n import count_text, pick
from .annotation_columns import ColumnFit
from .annotation_set import AnnotationSet
from .annotation_table import COLUMNS, AnnotationFilter, AnnotationTableModel, ViewRole


class AnnotationList(QWidget):
    seek_requested = Signal(int)  # ms: double-click or Enter on a row
    selected = Signal(object)  # annotation id (int) or None: a row chosen by the user

    def __init__(self, annotations: AnnotationSet, content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotations = annotations
        self.content = content
        self.model = AnnotationTableModel(annotations, content, self)
        self.proxy = AnnotationFilter(self)
        self.proxy.setSourceModel(self.model)
        self._following = False
        self._followed: int | None = None

        self.theme_filter = self._combo(self.tr("Alle thema's"),
                                        [(pick(t.title, t.title_en), t.id) for t in content.themes])
        self.reviewer_filter = self._combo(self.tr("Alle kijkers"), [])
        self.level_filter = self._combo(self.tr("Alle niveaus"),
                                        [(pick(lv.label, lv.label_en), lv.id) for lv in content.levels])
        theme_texts.set_theme_item_tooltips(self.theme_filter, content)  # key question, why, cases
        theme_texts.set_level_item_tooltips(self.level_filter, content)  # the level's example from the cases
        self.pillar_filter = self._combo(self.tr("Alle pijlers"), [(pick(p.title, p.title_en), p.id)
                                                                   for p in getattr(content, "pillars", ())])
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("Zoeken in tekst… (Ctrl+F)"))
        self.text_filter.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("listCount")

        self.table = QTableView(self)
        self.table.setObjectName("annotationTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text is in the tooltip
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        # a narrow column shows the start of its title, not a middle clipped on both sides
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("text"), QHeaderView.ResizeMode.Stretch)
        self.columns = ColumnFit(self.table, self.model)

        filters = QGridLayout()
        filters.setSpacing(4)
        filters.addWidget(self.theme_filter, 0, 0)
        filters.addWidget(self.reviewer_filter, 0, 1)
        filters.addWidget(self.level_filter, 1, 0)
        filters.addWidget(self.pillar_filter, 1, 1)
        filters.addWidget(self.text_filter, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        for combo, name in ((self.theme_filter, "theme"), (self.reviewer_filter, "reviewer"),
                            (self.level_filter, "level"), (self.pillar_filter, "pillar")):
            combo.currentIndexChanged.connect(lambda _i, c=combo, n=name: self._set_filter(n, c.currentData()))
        self.text_filter.textChanged.connect(lambda text: self._set_filter("text", text.strip()))
        self.text_filter.returnPressed.connect(self.go_to_first_match)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        for signal in (annotations.reset, annotations.inserted, annotations.removed, annotations.rearranged):
            signal.connect(self._refresh_counts)
        annotations.rearranged.connect(lambda views: [self.columns.measure(view) for view in views])
        annotations.reset.connect(self.columns.measure_all)
        annotations.inserted.connect(lambda _row, view: self.columns.measure(view))
        annotations.changed.connect(lambda _row, view: self.columns.measure(view))
        self._refresh_counts()

    def _combo(self, all_text: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItem(all_text, None)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _set_filter(self, name: str, value: object) -> None:
        self.proxy.set_filter(**{name: value or (None if name != "text" else "")})
        self._followed = None
        self._refresh_counts()

    def set_filter(self, **values: object) -> None:
        """Programmatic filtering (tests, menu): theme=, reviewer=, level=, pillar=, text=."""
        for name, value in values.items():
            combo = {"theme": self.theme_filter, "reviewer": self.reviewer_filter, "level": self.level_filter,
                     "pillar": self.pillar_filter}.get(name)
            if combo is not None:
                combo.setCurrentIndex(max(combo.findData(value), 0))
            elif name == "text":
                self.text_filter.setText(str(value or ""))

    def _refresh_counts(self, *_args: object) -> None:
        current = self.reviewer_filter.currentData()
        reviewers = self.annotations.reviewers()
        if [self.reviewer_filter.itemData(i) for i in range(1, self.reviewer_filter.count())] != \
                [r[0] for r in reviewers]:
            self.reviewer_filter.blockSignals(True)
            while self.reviewer_filter.count() > 1:
                self.reviewer_filter.removeItem(1)
            for reviewer_id, name, _role in reviewers:
                self.reviewer_filter.addItem(name, reviewer_id)
            self.reviewer_filter.setCurrentIndex(max(self.reviewer_filter.findData(current), 0))
            self.reviewer_filter.blockSignals(False)
        shown, total = self.proxy.rowCount(), len(self.annotations)
        if shown != total:
            self.count.setText(count_text(total, self.tr("{shown} van 1 annotatie"),
                                          self.tr("{shown} van {n} annotaties"), shown=shown))
        else:
            self.count.setText(count_text(total, self.tr("1 annotatie"), self.tr("{n} annotaties")))

    # --- rows ------------------------------------------------------------------------------------
    def view_at(self, index: QModelIndex) -> AnnotationView | None:
        return index.data(ViewRole) if index.isValid() else None

    def current_view(self) -> AnnotationView | None:
        return self.view_at(self.table.currentIndex())

    def visible_views(self) -> list[AnnotationView]:
        return [self.proxy.index(row, 0).data(ViewRole) for row in range(self.proxy.rowCount())]

    def accepts(self, view: AnnotationView) -> bool:
        return self.proxy.accepts(view)

    def _activated(self, index: QModelIndex) -> None:
        view = self.view_at(index)
        if view is not None:
            self.selected.emit(view.id)
            self.seek_requested.emit(view.start_ms)

    def activate_current(self) -> None:
        self._activated(self.table.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following:
            return
        view = self.view_at(current)
        self.selected.emit(view.id if view else None)

    def _proxy_index(self, annotation_id: int) -> QModelIndex:
        row = self.annotations.row_of(annotation_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def select(self, annotation_id: int | None, *, quiet: bool = False) -> None:
        """Make a row current without taking the keyboard focus; `quiet` does not re-announce it."""
        index = self._proxy_index(annotation_id) if annotation_id is not None else QModelIndex()
        self._following = quiet
        try:
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            if index.isValid():
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
            else:
                self.table.selectionModel().clearSelection()
        finally:
            self._following = False

    def follow(self, ms: int) -> None:
        """While playing: highlight the annotation the playhead is in or last passed."""
        view = self.annotations.current_at(ms)
        if view is not None and not self.proxy.accepts(view):
            view = self.annotations.previous_before(view.start_ms + 1, self.proxy.accepts)
        target = view.id if view is not None else None
        if target != self._followed:
            self._followed = target
            if target is not None:
                self.select(target, quiet=True)

    def go_to_first_match(self) -> None:
        """Enter in the search field: the first matching annotation is chosen (the player goes there) and the
        keyboard moves on to the list, where N/P, Enter and Delete work."""
        index = self.proxy.index(0, 0)
        if not index.isValid():
            return
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._activated(index)

    def focus_search(self) -> None:
        self.text_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_filter.selectAll()
