"""At start-up: recordings past their delete-after date, listed, erased on confirmation (issue 4, item 5).

"Later" only postpones to the next start; the list comes back until the recordings are erased.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import retention
from kijkwijzer.services.context import Context
from kijkwijzer.services.erasure import ErasureReport
from kijkwijzer.services.retention import OverdueRecording

from ..i18n import current_lang


class RetentionPrompt(QDialog):
    def __init__(self, ctx: Context, overdue: list[OverdueRecording], today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPrompt")
        self.setWindowTitle(self.tr("Bewaartermijn verstreken"))
        self.ctx, self.overdue, self.today = ctx, overdue, today or date.today()
        self.reports: list[ErasureReport] = []
        intro = QLabel(self.tr(
            "Van deze opnamen is de bewaartermijn verstreken. De cliënt is beloofd dat ze dan gewist worden, "
            "met alles wat ervan is gemaakt (annotaties, fragmenten, reacties)."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(overdue), 4, self)
        self.table.setObjectName("overdueTable")
        self.table.setHorizontalHeaderLabels([self.tr("Cliënt"), self.tr("Gesprek van"), self.tr("Wissen na"),
                                              self.tr("Dagen over tijd")])
        for row, item in enumerate(overdue):
            for col, value in enumerate((item.client_pseudonym, item.held_on.isoformat(),
                                         item.retain_until.isoformat(), str(item.days_overdue))):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.message = QLabel(self)
        self.message.setObjectName("retentionMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self.tr("Nu wissen"), self)
        self.erase_button.setObjectName("eraseNowButton")
        self.later_button = QPushButton(self.tr("Later (bij de volgende start)"), self)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.erase_button.clicked.connect(self.erase_now)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def erase_now(self) -> list[ErasureReport]:
        try:
            self.reports = retention.enforce(self.ctx, self.today)
        except KijkwijzerError as error:
            self.message.setText(error.message(current_lang()))
            return []
        self.accept()
        return self.reports


def prompt_retention(ctx: Context, parent: QWidget | None = None, today: date | None = None) -> list[ErasureReport] | None:
    """Show the prompt (modal) if anything is overdue. None: nothing overdue or the user chose later."""
    overdue = retention.overdue(ctx, today)
    if not overdue:
        return None
    dialog = RetentionPrompt(ctx, overdue, today, parent)
    try:
        return dialog.reports if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
