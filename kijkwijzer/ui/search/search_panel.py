"""Bewerken > Zoeken in alle opnamen (Ctrl+Shift+F): one field, and every annotation, quote, transcript line, client
reaction and client feedback with the words, in every recording the chosen reviewer may open (services/search.py),
under its case, conversation and recording, each with its moment, kind and who. Enter or a double-click on a hit
asks for that moment (`moment_requested`); the window opens the recording there.

The search runs a moment after typing stops and at once on Enter; Enter in the field also puts the keyboard on
the first hit, Down does that too, so a word, Enter, Enter opens the first moment.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain.search_words import words
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.services import search
from kijkwijzer.services.context import Context
from kijkwijzer.services.search import SearchHit

from ..i18n import count_text
from ..service_calls import call_or_say
from .snippet_delegate import HTML_ROLE, SnippetDelegate, snippet_html

HIT_ROLE = Qt.ItemDataRole.UserRole
TYPING_PAUSE_MS = 350
KIND_LABELS = {
    "annotation": QT_TRANSLATE_NOOP("SearchPanel", "Annotatie"),
    "quote": QT_TRANSLATE_NOOP("SearchPanel", "Citaat"),
    "cue": QT_TRANSLATE_NOOP("SearchPanel", "Transcript"),
    "reaction": QT_TRANSLATE_NOOP("SearchPanel", "Reactie cliënt"),
    "feedback": QT_TRANSLATE_NOOP("SearchPanel", "Feedback cliënt"),
}
TIME, KIND, WHO, TEXT = range(4)


class _Field(QLineEdit):
    """The search field: Down goes to the results."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    message = Signal(str)
    moment_requested = Signal(object)  # SearchHit
    text_changed = Signal(str)  # what is typed, so a panel rebuilt for another reviewer starts with it

    def __init__(self, ctx: Context, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.ctx = ctx
        self.hits: list[SearchHit] = []
        self.field = _Field(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Zoek in annotaties, citaten, transcripten en reacties van cliënten"))
        self.field.setAccessibleName(self.tr("Zoekwoorden"))
        button = QPushButton(self.tr("Zoeken"), self)
        button.setObjectName("searchButton")
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.results = QTreeWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setHeaderLabels([self.tr("Tijd"), self.tr("Soort"), self.tr("Wie"), self.tr("Tekst")])
        self.results.setRootIsDecorated(True)
        self.results.setUniformRowHeights(True)
        self.results.setExpandsOnDoubleClick(False)  # a double-click on a recording's row opens its first hit
        self.results.setItemDelegateForColumn(TEXT, SnippetDelegate(self.results))
        header = self.results.header()
        header.setStretchLastSection(True)
        metrics = self.results.fontMetrics()
        when = metrics.horizontalAdvance("00:00:00") + self.results.indentation() + 48  # a hit sits one level in
        kind = max(metrics.horizontalAdvance(QCoreApplication.translate("SearchPanel", k)) for k in KIND_LABELS.values())
        for column, width in ((TIME, when), (KIND, kind + 20), (WHO, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.results.setColumnWidth(column, width)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Zoek in alle opnamen:"), self))
        row.addWidget(self.field, 1)
        row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.run)
        self.field.textEdited.connect(lambda _t: self._pause.start())
        self.field.textChanged.connect(self.text_changed)
        self.field.returnPressed.connect(self._enter)
        self.field.down.connect(self.focus_results)
        button.clicked.connect(self._enter)
        self.results.itemActivated.connect(self._activated)
        self.field.setText(text)
        self.run()

    # --- searching -------------------------------------------------------------------------------------------
    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run(self) -> None:
        """Search for what is in the field now, acting as the chosen reviewer."""
        self._pause.stop()
        typed = self.field.text().strip()
        if not words(typed):
            self._show([], typed)
            return
        hits = call_or_say(self.message.emit, search.search, self.ctx, typed)
        self._show(hits or [], typed)

    def _enter(self) -> None:
        self.run()
        self.focus_results()

    def focus_results(self) -> None:
        first = self._first_hit()
        if first is not None:
            self.results.setCurrentItem(first)
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def _first_hit(self) -> QTreeWidgetItem | None:
        top = self.results.topLevelItem(0)
        return top.child(0) if top is not None and top.childCount() else None

    # --- showing ---------------------------------------------------------------------------------------------
    def _show(self, hits: list[SearchHit], typed: str) -> None:
        self.hits = hits
        self.results.clear()
        groups: dict[tuple[int, int, int | None], QTreeWidgetItem] = {}
        for hit in hits:
            key = (hit.case_id, hit.conversation_id, hit.recording_id)
            group = groups.get(key)
            if group is None:
                group = QTreeWidgetItem(self.results, [self._place(hit)])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[key] = group
            self._hit_row(group, hit)
        self.results.expandAll()
        self.summary.setText(self._summary(typed, len(hits), len(groups)))

    def _place(self, hit: SearchHit) -> str:
        place = self.tr("{case} · gesprek {n}").format(case=hit.case_title, n=hit.conversation_sequence)
        if hit.recording_id is None:
            return place + " · " + self.tr("(geen opname)")
        return f"{place} · {hit.recording_name}"

    def _hit_row(self, group: QTreeWidgetItem, hit: SearchHit) -> None:
        when = format_ms(hit.time_ms, millis=False) if hit.time_ms is not None else self.tr("gesprek")
        kind = QCoreApplication.translate("SearchPanel", KIND_LABELS[hit.kind])
        who = "" if hit.kind == "feedback" else hit.who
        item = QTreeWidgetItem(group, [when, kind, who, hit.snippet])
        item.setData(0, HIT_ROLE, hit)
        item.setData(TEXT, HTML_ROLE, snippet_html(hit.parts))
        item.setToolTip(TEXT, hit.snippet)
        item.setTextAlignment(TIME, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _summary(self, typed: str, found: int, places: int) -> str:
        if not typed:
            return self.tr("Typ een woord: alle woorden moeten voorkomen, een begin van een woord is genoeg.")
        if not found:
            return self.tr("Niets gevonden voor ‘{words}’.").format(words=typed)
        text = count_text(found, self.tr("1 resultaat"), self.tr("{n} resultaten"))
        text += " " + count_text(places, self.tr("in 1 opname of gesprek."), self.tr("in {n} opnamen of gesprekken."))
        if found >= search.DEFAULT_LIMIT:
            text += " " + self.tr("Alleen de beste {n} zijn getoond: maak de zoekwoorden specifieker.").format(n=found)
        return text

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is None and item.childCount():  # a recording's row: its first hit
            hit = item.child(0).data(0, HIT_ROLE)
        if hit is not None:
            self.moment_requested.emit(hit)
