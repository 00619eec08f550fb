"""The professional's own progress view: per case the themes and client feedback over the conversations,
the SLIM verdicts along the case, their assessments and the plan actions done.

Private: the service refuses anyone but the professional. Nothing here ranks or compares professionals.
Hook it in with `ProgressView(ctx, professional_id, parent)`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import progress
from kijkwijzer.services.context import Context
from kijkwijzer.services.progress import CaseProgress, ProfessionalProgress
from kijkwijzer.services.slim import verdict_label

from ..i18n import current_lang
from . import charts


class ProgressView(QWidget):
    def __init__(self, ctx: Context, professional_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressView")
        self.ctx = ctx
        self.professional_id = professional_id
        self.data: ProfessionalProgress | None = None
        self.private = QLabel(self.tr("Alleen voor jou zichtbaar: je eigen lijn, niet vergeleken met anderen."), self)
        self.private.setObjectName("privateNote")
        self.case_chooser = QComboBox(self)
        self.case_chooser.currentIndexChanged.connect(self._show_case)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Casus:"), self))
        top.addWidget(self.case_chooser, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.private)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        self.reload()

    def reload(self) -> None:
        try:
            self.data = progress.for_professional(self.ctx, self.professional_id)
        except KijkwijzerError as error:
            self.error.setText(error.message(current_lang()))
            self.data = None
            return
        self.case_chooser.blockSignals(True)
        self.case_chooser.clear()
        for case in self.data.cases:
            self.case_chooser.addItem(f"{case.client_pseudonym}: {case.title}", case.case_id)
        self.case_chooser.blockSignals(False)
        self._show_case()

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def current_case(self) -> CaseProgress | None:
        if self.data is None:
            return None
        wanted = self.case_chooser.currentData()
        return next((c for c in self.data.cases if c.case_id == wanted), None)

    def _show_case(self, *_args: object) -> None:
        self._clear()
        if self.data is None:
            return
        content = self.ctx.content
        case = self.current_case()
        if case is not None and case.series is not None and case.series.conversations:
            if any(c.themes for c in case.series.conversations):
                self.body_layout.addWidget(charts.themes_chart(content, case.series, self.tr("Thema’s per gesprek")))
            else:
                self.body_layout.addWidget(QLabel(self.tr("Nog geen annotaties met thema’s in deze casus."), self.body))
            self.body_layout.addWidget(charts.feedback_chart(content, case.series, self.tr("Feedback van de cliënt")))
        elif case is not None:
            self.body_layout.addWidget(QLabel(self.tr("Nog geen gesprekken om te laten zien."), self.body))
        if case is not None:
            self.body_layout.addWidget(QLabel("<b>" + self.tr("SLIM-oordelen langs de casus") + "</b>", self.body))
            self.body_layout.addWidget(self._verdicts(case))
        self.body_layout.addWidget(charts.actions_chart(self.data.actions_done, self.data.actions_total,
                                                        self.tr("Acties uit je plan gedaan")))
        sittings = ", ".join(f"{a.taken_on:%d-%m-%Y}" for a in self.data.assessments) or "–"
        self.body_layout.addWidget(QLabel(self.tr("Zelf-assessments: %1").replace("%1", sittings), self.body))

    def _verdicts(self, case: CaseProgress) -> QTableWidget:
        order = {c.id: c for c in (case.series.conversations if case.series else ())}
        table = QTableWidget(len(case.verdicts), 3, self.body)
        table.setObjectName("verdictTable")
        table.setHorizontalHeaderLabels([self.tr("Gesprek"), self.tr("Kijker"), self.tr("Oordeel")])
        for row, (conversation_id, reviewer, verdict, confirmed) in enumerate(case.verdicts):
            conv = order.get(conversation_id)
            when = f"{conv.sequence}. {conv.held_on:%d-%m-%Y}" if conv else str(conversation_id)
            label = verdict_label(self.ctx.content, verdict, current_lang()) + ("" if confirmed else self.tr(" (voorgesteld)"))
            for column, text in enumerate((when, reviewer, label)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setStretchLastSection(True)
        table.setMaximumHeight(40 + 30 * max(len(case.verdicts), 1))
        return table
