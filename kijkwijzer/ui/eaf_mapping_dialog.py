"""Before an ELAN import: which reviewer each tier belongs to, and which theme a vocabulary value stands for.

Left on "automatisch", the import service decides (our own exports carry the reviewer and theme ids).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.services.exchange_eaf import TierInfo
from kijkwijzer.services.people import ReviewerView

from .i18n import pick
from .review.annotation_table import role_labels


class EafMappingDialog(QDialog):
    def __init__(self, file_name: str, tiers: Sequence[TierInfo], reviewers: Sequence[ReviewerView], themes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eafMappingDialog")
        self.setWindowTitle(self.tr("ELAN-bestand inlezen: {name}").format(name=file_name))
        self.tiers = list(tiers)
        intro = QLabel(self.tr("Kies per laag van wie de annotaties zijn, en welk thema een waarde uit de "
                               "woordenlijst betekent. ‘Automatisch’ laat Kijkwijzer het zelf herkennen."), self)
        intro.setWordWrap(True)
        labels = role_labels()
        self.tier_table = QTableWidget(len(self.tiers), 4, self)
        self.tier_table.setObjectName("tierTable")
        self.tier_table.setHorizontalHeaderLabels([self.tr("Laag"), self.tr("Deelnemer"), self.tr("Annotaties"),
                                                   self.tr("Kijker")])
        self.tier_boxes: dict[str, QComboBox] = {}
        for row, tier in enumerate(self.tiers):
            for column, text in enumerate((tier.id, tier.participant, str(tier.annotations))):
                self.tier_table.setItem(row, column, QTableWidgetItem(text))
            box = QComboBox(self)
            box.addItem(self.tr("— automatisch —"), None)
            for reviewer in reviewers:
                box.addItem(f"{reviewer.name} ({labels.get(reviewer.role, reviewer.role)})", reviewer.id)
            self.tier_table.setCellWidget(row, 3, box)
            self.tier_boxes[tier.id] = box
        values = sorted({value for tier in self.tiers for value in tier.vocabulary})
        self.value_table = QTableWidget(len(values), 2, self)
        self.value_table.setObjectName("valueTable")
        self.value_table.setHorizontalHeaderLabels([self.tr("Waarde in het bestand"), self.tr("Thema")])
        self.value_boxes: dict[str, QComboBox] = {}
        for row, value in enumerate(values):
            self.value_table.setItem(row, 0, QTableWidgetItem(value))
            box = QComboBox(self)
            box.addItem(self.tr("— automatisch —"), None)
            for theme in themes:
                box.addItem(pick(theme.title, theme.title_en), theme.id)
            self.value_table.setCellWidget(row, 1, box)
            self.value_boxes[value] = box
        for table in (self.tier_table, self.value_table):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Inlezen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tier_table, 2)
        if values:
            layout.addWidget(QLabel(self.tr("Woordenlijst"), self))
            layout.addWidget(self.value_table, 1)
        else:
            self.value_table.hide()
        layout.addWidget(buttons)
        self.resize(720, 460)

    def tier_map(self) -> dict[str, int]:
        return {tier: int(box.currentData()) for tier, box in self.tier_boxes.items() if box.currentData() is not None}

    def theme_map(self) -> dict[str, str]:
        return {value: str(box.currentData()) for value, box in self.value_boxes.items() if box.currentData() is not None}
