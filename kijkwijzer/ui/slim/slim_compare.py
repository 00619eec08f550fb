"""Reviewers' SLIM analyses side by side: one column per analysis (reviewer and phase), one row per aspect."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from kijkwijzer.content import Content
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.services.slim import SlimView, approach_label, verdict_label

from ..i18n import current_lang, pick


class SlimCompare(QTableWidget):
    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slimCompare")
        self.content = content
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMaximumWidth(190)

    def _label(self, item_id: str) -> str:
        found = self.content.item(item_id) if self.content.has(item_id) else None
        if found is None:
            return item_id
        return pick(getattr(found, "label", item_id), getattr(found, "label_en", None))

    def show_views(self, views: Sequence[SlimView]) -> None:
        dims = list(self.content.slim_dimensions)
        lang = current_lang()
        rows = [self.tr("Fase"), self.tr("Benadering van"), self.tr("Zelfbeeld"), self.tr("Rol"), self.tr("Logica"),
                *(pick(d.title, d.title_en) for d in dims), self.tr("Voorgesteld"), self.tr("Oordeel kijker"),
                self.tr("Notitie")]
        self.clear()
        self.setRowCount(len(rows))
        self.setColumnCount(len(views))
        self.setVerticalHeaderLabels(rows)
        self.setHorizontalHeaderLabels([f"{v.reviewer_name}\n({v.reviewer_role})" for v in views])
        for column, v in enumerate(views):
            span = (f"{format_ms(v.start_ms, millis=False)}–{format_ms(v.end_ms, millis=False)}"
                    if v.start_ms is not None and v.end_ms is not None else self.tr("heel gesprek"))
            confirmed = verdict_label(self.content, v.verdict, lang) if v.verdict else self.tr("nog niet bevestigd")
            if v.overridden:
                confirmed += self.tr(" (afwijkend)")
            cells = [f"{v.phase} {span}".strip(), approach_label(self.content, v.approach_of, lang),
                     *(", ".join(self._label(i) for i in ids) or "–" for ids in (v.zelfbeeld, v.rol, v.logica)),
                     *(", ".join(self._label(i) for i in v.dimensions.get(d.id, ())) or "–" for d in dims),
                     verdict_label(self.content, v.suggested_verdict, lang), confirmed, v.note]
            for row, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if row == len(cells) - 3:
                    cell.setToolTip(self.tr("Redenering van het programma (geen tekst uit de methode):") + "\n"
                                    + (v.reasoning_nl if lang == "nl" else v.reasoning_en))
                self.setItem(row, column, cell)
