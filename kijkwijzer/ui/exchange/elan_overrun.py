"""The ELAN import dialog's row for annotations that run past the recording's end: the counts and the choice
(afkappen / overslaan / weigeren), shown only when the file has such annotations."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kijkwijzer.formats.elan_import import OVERRUN_CUT, OVERRUN_REFUSE, OVERRUN_SKIP, Overrun

from ..i18n import current_lang


class OverrunChoice(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("elanOverrun")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.box = QComboBox(self)
        self.box.setObjectName("elanOverrunChoice")
        self.box.addItem(self.tr("weigeren: niets inlezen"), OVERRUN_REFUSE)
        self.box.addItem(self.tr("afkappen bij het einde"), OVERRUN_CUT)
        self.box.addItem(self.tr("overslaan"), OVERRUN_SKIP)
        self.box.setToolTip(self.tr("Wat er gebeurt met annotaties na het einde van de opname"))
        self.label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.box)
        self.box.currentIndexChanged.connect(self.changed)
        self.hide()

    def choice(self) -> str:
        return str(self.box.currentData())

    def set_choice(self, choice: str) -> None:
        self.box.setCurrentIndex(self.box.findData(choice))

    def show_counts(self, over: Overrun, duration_ms: int | None) -> None:
        if not over.total or not duration_ms:
            self.hide()
            return
        seconds = f"{duration_ms / 1000:.1f}"
        if current_lang() == "nl":
            seconds = seconds.replace(".", ",")  # a decimal comma in Dutch, a point in English
        self.label.setText(
            self.tr(
                "Na het &einde van de opname ({seconds} s): {past} annotaties lopen door, {after} beginnen "
                "pas daarna (die worden ook bij afkappen overgeslagen)."
            ).format(seconds=seconds, past=over.past_end, after=over.after_end)
        )
        self.show()
