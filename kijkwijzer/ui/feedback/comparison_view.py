"""Hypothesis against experience: per fragment the reviewers' annotations beside the client's reaction, and
the reviewers' mark - matches, differs, or the client saw something nobody annotated.

For reviewers only (never shown to the client). For the main window: `ComparisonView(ctx, recording_id)`.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain.feedback import COMPARISON_MARKS, summarize_marks
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import client_feedback
from kijkwijzer.services.client_feedback import ComparisonRow
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.topics import Area

from ..i18n import current_lang, pick
from ..qt_events import EventBridge
from .playlist_panel import fragment_text

COLUMNS = ("fragment", "annotations", "reaction", "mark")


class ComparisonView(QWidget):
    def __init__(self, ctx: Context, recording_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.ctx = ctx
        self.recording_id = recording_id
        self.rows: list[ComparisonRow] = []
        self._pending = False
        self.summary = QLabel(self)
        self.summary.setObjectName("comparisonSummary")
        # one line (clipped when narrow, whole in the tooltip): a wrapping label makes the dock scroll the whole
        # view to its preferred height instead of letting the table scroll itself
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("comparisonTable")
        self.table.setHorizontalHeaderLabels([self.tr("Fragment"), self.tr("Wat de kijkers annoteerden"),
                                              self.tr("Wat de cliënt zei"), self.tr("Vergelijking")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)  # as wide as its choice box
        header.resizeSection(0, 190)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.bridge = EventBridge(ctx.bus, (Area.CLIENT_REACTION, Area.ANNOTATION, Area.FRAGMENT, Area.PLAYLIST), self)
        self.bridge.connect_to(self._on_event)
        self.refresh()

    def _on_event(self, event: Event) -> None:
        if event.scope_id == self.recording_id and not self._pending:
            self._pending = True  # a mark made in this table arrives while its combo box is still emitting
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        try:
            self.rows = client_feedback.compare(self.ctx, self.recording_id)
        except KijkwijzerError as error:
            self.rows = []
            self.table.setRowCount(0)
            self.summary.setWordWrap(True)  # the reason in full: there is no table to keep in sight
            self.summary.setText(error.message(current_lang()))
            return
        self.summary.setWordWrap(False)
        s = summarize_marks(r.mark for r in self.rows)
        self.summary.setText(self.tr("Komt overeen: {m} · verschilt: {d} · alleen de cliënt zag het: {c} · "
                                     "nog te beoordelen: {u}").format(m=s.match, d=s.differ, c=s.client_only,
                                                                      u=s.unmarked))
        if s.marked:  # issue 13 part 3: the share that matches, of the fragments compared
            self.summary.setText(self.summary.text() + self.tr(" · {share} % van de beoordeelde komt overeen").format(
                share=round(100 * s.match / s.marked)))
        self.summary.setToolTip(self.summary.text())
        self.table.setRowCount(len(self.rows))
        for row, data in enumerate(self.rows):
            notes = "\n".join(f"{a.reviewer_name}: {a.observation or a.quote}" for a in data.annotations)
            reaction = data.reaction
            said = "\n".join(t for t in ((reaction.words, reaction.feeling, reaction.addition) if reaction else ())
                             if t)
            cells = (fragment_text(data.fragment), notes or self.tr("(niets geannoteerd)"),
                     said or self.tr("(nog geen reactie)"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            self.table.setCellWidget(row, 3, self._mark_box(data))

    def _mark_box(self, data: ComparisonRow) -> QComboBox:
        box = QComboBox(self.table)
        box.addItem(self.tr("— nog niet beoordeeld —"), None)
        for mark, (nl, en) in COMPARISON_MARKS.items():
            suffix = self.tr(" (voorstel)") if data.suggested == mark and data.mark is None else ""
            box.addItem(pick(nl, en) + suffix, mark)
        box.setCurrentIndex(max(box.findData(data.mark), 0))
        box.setEnabled(data.reaction is not None)
        box.currentIndexChanged.connect(lambda _i, b=box, fid=data.fragment.id: self._mark(fid, b.currentData()))
        return box

    def _mark(self, fragment_id: int, mark: str | None) -> None:
        try:
            client_feedback.mark(self.ctx, fragment_id, mark)
        except KijkwijzerError as error:
            self.summary.setText(error.message(current_lang()))

    def row_for(self, fragment_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.fragment.id == fragment_id), -1)

