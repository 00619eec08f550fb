"""The candidate moments of the Gespreksverloop: one row each; the turns theme's own key (W) makes the current
row an annotation, Enter or a double-click goes there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from kijkwijzer.analysis.turn_moments import Moment

from .flow_texts import clock, moment_text

MOMENT_ROLE = Qt.ItemDataRole.UserRole


class MomentList(QTreeWidget):
    annotate_requested = Signal(object)  # Moment
    seek_requested = Signal(object)  # Moment

    def __init__(self, key: Callable[[], str], parent: QWidget | None = None) -> None:
        """`key` gives the turns theme's key as the user set it."""
        super().__init__(parent)
        self.setObjectName("flowMoments")
        self.key = key
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setHeaderLabels([self.tr("Tijd"), self.tr("Momenten om te bekijken")])
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        go = lambda item, _column: self.seek_requested.emit(item.data(0, MOMENT_ROLE))
        self.itemActivated.connect(go)  # Enter (and a double-click where the style activates on it)
        self.itemDoubleClicked.connect(go)  # a double-click everywhere: going there twice is going there

    def set_moments(self, moments: tuple[Moment, ...]) -> None:
        self.clear()
        for moment in moments:
            text = moment_text(moment)
            item = QTreeWidgetItem([clock(moment.start_ms), text[:1].upper() + text[1:]])
            item.setData(0, MOMENT_ROLE, moment)
            item.setToolTip(1, item.text(1))
            self.addTopLevelItem(item)
        if moments:
            self.setCurrentItem(self.topLevelItem(0))

    def current_moment(self) -> Moment | None:
        item = self.currentItem()
        return item.data(0, MOMENT_ROLE) if item is not None else None

    def _is_theme_key(self, event: QKeyEvent) -> bool:
        key = self.key()
        return bool(key) and QKeySequence(event.keyCombination()) == QKeySequence(key)

    def event(self, event: QEvent) -> bool:
        """The theme key would annotate at the playhead (a window shortcut): in this list it is this row's."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._is_theme_key(event) and self.current_moment() is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moment = self.current_moment()
        if moment is not None and self._is_theme_key(event):
            self.annotate_requested.emit(moment)
            event.accept()
            return
        super().keyPressEvent(event)
