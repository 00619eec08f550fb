"""Before an export leaves: the list of what its pseudonymisation replaces (what was found, what it becomes,
why, and where), to confirm or cancel. Nothing is written until the user confirms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.services.exchange.preview import ExportPreview

from ..i18n import count_text


def reason_text(reason: str) -> str:
    """Why a piece was replaced, in the user's words."""
    texts = {
        "naam": QCoreApplication.translate("ReplacementPreview", "bekende naam"),
        "patient": QCoreApplication.translate("ReplacementPreview", "lijkt op de naam van de cliënt"),
        "persoon": QCoreApplication.translate("ReplacementPreview", "naam van een ander"),
        "adres": QCoreApplication.translate("ReplacementPreview", "adres"),
        "plaats": QCoreApplication.translate("ReplacementPreview", "plaats"),
        "instelling": QCoreApplication.translate("ReplacementPreview", "instelling"),
        "geboortedatum": QCoreApplication.translate("ReplacementPreview", "geboortedatum"),
        "datum": QCoreApplication.translate("ReplacementPreview", "datum van lang geleden"),
        "leeftijd": QCoreApplication.translate("ReplacementPreview", "hoge leeftijd"),
        "bsn": QCoreApplication.translate("ReplacementPreview", "burgerservicenummer"),
        "nummer": QCoreApplication.translate("ReplacementPreview", "nummer"),
        "telefoonnummer": QCoreApplication.translate("ReplacementPreview", "telefoonnummer"),
        "e-mailadres": QCoreApplication.translate("ReplacementPreview", "e-mailadres"),
        "webadres": QCoreApplication.translate("ReplacementPreview", "webadres"),
    }
    return texts.get(reason, reason)


class ReplacementPreview(QDialog):
    """Opened with `open()`; `accepted` means: export now, `rejected`: nothing is written."""

    COLUMNS = 5

    def __init__(self, preview: ExportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replacementPreview")
        self.setWindowTitle(self.tr("Controleren wat er vervangen wordt"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.preview = preview
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary(preview))
        self.summary.setObjectName("replacementSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(preview.rows), self.COLUMNS)
        self.table.setObjectName("replacementTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gevonden"), self.tr("Wordt"), self.tr("Waarom"), self.tr("Aantal"), self.tr("Waar")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(preview.rows):
            r = item.replacement
            cells = (r.found, r.stand_in, reason_text(r.reason), str(item.count), r.context)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.setVisible(bool(preview.rows))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(self.tr("&Exporteren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("previewExport")
        self.export_button.setToolTip(self.tr("De export maken met deze vervangingen (Enter)"))
        self.cancel_button = buttons.addButton(self.tr("&Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("previewCancel")
        self.cancel_button.setToolTip(self.tr("Niets exporteren (Esc)"))
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900 if preview.rows else 480, 480 if preview.rows else 160)

    def _summary(self, preview: ExportPreview) -> str:
        if not preview.total:
            return self.tr("Er is niets gevonden om te vervangen. Naam van de cliënt, andere namen, adressen en "
                           "nummers komen in deze export niet voor.")
        return count_text(
            preview.total,
            self.tr("Voordat de export de werkmap verlaat, wordt 1 stuk tekst vervangen:"),
            self.tr("Voordat de export de werkmap verlaat, worden {n} stukken tekst vervangen:"),
        )
