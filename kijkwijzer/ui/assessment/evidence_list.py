"""Beside a pillar in step 3: the annotated moments tagged with it, each playable and selectable for the plan."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.services.evidence import EvidenceItem

from ..i18n import count_text, current_lang

ROLE = Qt.ItemDataRole.UserRole


def describe(item: EvidenceItem) -> str:
    span = format_ms(item.start_ms, millis=False) + (
        f"–{format_ms(item.end_ms, millis=False)}" if item.end_ms is not None else "")
    text = item.observation or item.quote or "…"
    return (f"{item.label(current_lang())} · {item.held_on:%d-%m-%Y} · {item.client_pseudonym} · {span}\n"
            f"{text}  ({item.reviewer_name})")  # the label: as the review list and the PDF report name it


class EvidenceList(QWidget):
    """Checked items are taken into the plan as evidence; double-click or ▶ plays the moment."""

    play_requested = Signal(object)  # EvidenceItem

    def __init__(self, items: Sequence[EvidenceItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceList")
        self.items = list(items)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("<b>" + count_text(len(self.items), self.tr("Uit je eigen gesprekken (1 moment)"),
                                            self.tr("Uit je eigen gesprekken ({n} momenten)")) + "</b>", self)
        heading.setObjectName("evidenceHeading")
        layout.addWidget(heading)
        if not self.items:
            empty = QLabel(self.tr("Nog geen annotaties met deze pijler. Tag een moment in de review met deze "
                                   "pijler om het hier terug te zien."), self)
            empty.setWordWrap(True)
            empty.setObjectName("evidenceEmpty")
            layout.addWidget(empty)
            layout.addStretch(1)
            self.list = None
            return
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        for item in self.items:
            row = QListWidgetItem(describe(item))
            row.setData(ROLE, item)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setToolTip(self.tr("Dubbelklik om dit moment af te spelen; vink aan om het als bewijs in je plan op "
                                   "te nemen."))
            self.list.addItem(row)
        self.list.setMaximumHeight(min(60 * len(self.items) + 8, 220))
        self.list.setSpacing(2)
        hint = QLabel(self.tr("Vink aan wat je als bewijs in je plan wilt opnemen."), self)
        hint.setObjectName("evidenceHint")
        layout.addWidget(hint)
        self.list.itemDoubleClicked.connect(lambda row: self.play_requested.emit(row.data(ROLE)))
        layout.addWidget(self.list)
        play = QPushButton(self.tr("▶ Speel geselecteerd moment af"), self)
        play.clicked.connect(self._play_current)
        layout.addWidget(play)
        self.play_button = play

    def _play_current(self) -> None:
        if self.list is not None and self.list.currentItem() is not None:
            self.play_requested.emit(self.list.currentItem().data(ROLE))

    def checked(self) -> list[EvidenceItem]:
        if self.list is None:
            return []
        rows = (self.list.item(i) for i in range(self.list.count()))
        return [r.data(ROLE) for r in rows if r.checkState() == Qt.CheckState.Checked]
