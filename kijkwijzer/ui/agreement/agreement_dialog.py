"""Overeenstemming tussen kijkers: for the recording in the review, how far its reviewers agree per theme (the
kappa matrix and alpha), which annotations both made, and the moments where they differ most, one double-click
(or Enter) away in the recording; the reading in plain words above it, the client's side in the reading, and an
export to CSV/XLSX for researchers. It follows new annotations and marks while open (it does not block the
window: the review behind it is where a moment is shown).

For the main window: `AgreementDialog(ctx, recording_id, seek, parent)` with `seek(recording_id, ms)`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services.agreement import RecordingAgreement, recording_agreement
from kijkwijzer.services.agreement_export import export_agreement
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.topics import Area

from ..exchange.messages import ask_save
from ..i18n import current_lang
from ..qt_events import EventBridge
from ..review.annotation_table import role_labels
from .agreement_tables import MOMENT_ROLE, fill_matrix, fill_moments, fill_spans


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    return table


class AgreementDialog(QDialog):
    def __init__(self, ctx: Context, recording_id: int, seek: Callable[[int, int], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Overeenstemming tussen kijkers"))
        self.setStyleSheet("QLabel#agreementHeading { font-size: 16px; font-weight: 700; }"
                           "QLabel#agreementReading { font-size: 14px; }"
                           "QLabel#agreementNote, QLabel#agreementWho { color: #4b5563; }")
        self.ctx, self.recording_id, self.seek = ctx, recording_id, seek
        self.result: RecordingAgreement | None = None
        self._pending = False
        self.heading = QLabel(self)
        self.heading.setObjectName("agreementHeading")
        self.who = QLabel(self)
        self.who.setObjectName("agreementWho")
        self.who.setWordWrap(True)
        self.tolerance = QDoubleSpinBox(self)
        self.tolerance.setObjectName("agreementTolerance")
        self.tolerance.setRange(0.0, 10.0)
        self.tolerance.setSingleStep(0.5)
        self.tolerance.setDecimals(1)
        self.tolerance.setSuffix(" s")
        self.tolerance.setValue(2.0)
        self.tolerance.setToolTip(self.tr("Een moment telt als gezien door beiden wanneer de ander hetzelfde thema "
                                          "binnen zoveel seconden ervoor of erna markeerde."))
        tolerance_label = QLabel(self.tr("&Tolerantie:"), self)
        tolerance_label.setBuddy(self.tolerance)
        self.export_button = QPushButton(self.tr("&Exporteren (CSV/XLSX)…"), self)
        self.export_button.setObjectName("agreementExport")
        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        top.addWidget(tolerance_label)
        top.addWidget(self.tolerance)
        top.addWidget(self.export_button)
        self.reading = QLabel(self)
        self.reading.setObjectName("agreementReading")
        self.reading.setWordWrap(True)
        self.matrix = _table(self, "agreementMatrix")
        self.spans = _table(self, "agreementSpans")
        self.moments = _table(self, "agreementMoments")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("agreementTabs")
        self.tabs.addTab(self.matrix, self.tr("&1 Per thema"))
        self.tabs.addTab(self.spans, self.tr("&2 Samen gevonden annotaties"))
        self.tabs.addTab(self.moments, self.tr("&3 Waar ze het meest verschillen"))
        self.note = QLabel(self.tr(
            "κ: Cohens kappa per paar kijkers op eenheden van 1 seconde (Landis & Koch: tot 0,20 gering, tot 0,40 "
            "redelijk, tot 0,60 matig, tot 0,80 goed, daarboven zeer goed). α: Krippendorffs alfa over alle "
            "kijkers (vanaf 0,800 betrouwbaar, vanaf 0,667 voorlopig). Samen gevonden: annotaties met een "
            "tegenhanger van de ander binnen de tolerantie."), self)
        self.note.setObjectName("agreementNote")
        self.note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("agreementStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.reading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.tolerance.valueChanged.connect(lambda _v: self.refresh())
        self.export_button.clicked.connect(self.export)
        self.moments.doubleClicked.connect(self._go)
        self.moments.installEventFilter(self)  # Enter: here, not the window's "edit annotation" shortcut
        self.bridge = EventBridge(ctx.bus, (Area.ANNOTATION, Area.CLIENT_REACTION, Area.FRAGMENT), self)
        self.bridge.connect_to(self._on_event)
        self._fit_screen()
        self.refresh()

    def _fit_screen(self) -> None:
        """As large as fits, at the right of the window, so the video at its left stays in sight."""
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1000, screen.width() - 60), min(700, screen.height() - 40))
        parent = self.parentWidget()
        if parent is not None:
            frame = parent.frameGeometry()
            x = max(screen.left(), min(frame.right() - self.width() - 16, screen.right() - self.width()))
            y = max(screen.top(), min(frame.top() + 60, screen.bottom() - self.height()))
            self.move(x, y)

    def _on_event(self, event: Event) -> None:
        if event.scope_id == self.recording_id and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        try:
            self.result = recording_agreement(self.ctx, self.recording_id, tolerance_s=self.tolerance.value())
        except KijkwijzerError as error:
            self.result = None
            self.reading.setText(error.message(current_lang()))
            self.tabs.setVisible(False)
            self.export_button.setEnabled(False)
            return
        result = self.result
        lang = current_lang()
        roles = role_labels()
        names = ", ".join(f"{r.name} ({roles.get(r.role, r.role)})" for r in result.reviewers) or "–"
        self.setWindowTitle(self.tr("Overeenstemming tussen kijkers – {name}").format(name=result.recording_name))
        self.heading.setText(self.windowTitle())
        self.who.setText(self.tr("Kijkers van deze opname: {names}").format(names=names))
        self.reading.setText("\n\n".join(result.reading(lang)))
        enough = result.figures.enough_reviewers
        self.tabs.setVisible(enough)
        self.note.setVisible(enough)
        self.export_button.setEnabled(enough)
        fill_matrix(self.matrix, result)
        fill_spans(self.spans, result)
        fill_moments(self.moments, result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.moments and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return,
                                                                                       Qt.Key.Key_Enter):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key is ours while the moments have the focus
                return True
            if event.type() == QEvent.Type.KeyPress:
                self._go(self.moments.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _go(self, index: QModelIndex) -> None:
        first = self.moments.item(index.row(), 0) if index.isValid() else None
        ms = first.data(MOMENT_ROLE) if first is not None else None
        if ms is not None:
            self.seek(self.recording_id, int(ms))

    def go_to_row(self, row: int) -> None:
        """What a double-click or Enter on that row of the moments does."""
        self._go(self.moments.model().index(row, 0))

    def export(self, out: Path | None = None) -> Path | None:
        """Ask for a .csv or .xlsx file (unless given) and write the figures there."""
        if out is None:
            out = ask_save(self, self.tr("Overeenstemming exporteren"), f"overeenstemming-opname-{self.recording_id}.xlsx",
                           self.tr("Excel-werkmap (*.xlsx);;CSV, puntkomma's (*.csv)"))
            if out is None:
                return None
            if out.suffix.lower() not in (".csv", ".xlsx"):
                out = out.with_name(out.name + ".xlsx")
        try:
            done = export_agreement(self.ctx, self.recording_id, out, tolerance_s=self.tolerance.value())
        except KijkwijzerError as error:
            self.status.setText(error.message(current_lang()))
            return None
        self.status.setText(self.tr("Geschreven: {path} ({n} cijfers)").format(path=done.path, n=done.items))
        return done.path
