"""Follow-up checklist: when a later conversation of the case is reviewed, its open aandachtspunten from
earlier reflections - tried? what happened? which fragment of the new recording shows it? - then a leerpunt.

For the main window: a dock with `FollowupChecklist(ctx)`; call `set_conversation(id)` when a recording of
that conversation opens.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.domain.feedback import TRIED_VALUES
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import aandachtspunten, fragments, recordings
from kijkwijzer.services.aandachtspunten import ChecklistEntry
from kijkwijzer.services.context import Context
from kijkwijzer.services.events import Event
from kijkwijzer.services.fragments import FragmentView

from ..feedback.playlist_panel import fragment_text
from ..i18n import current_lang, pick
from ..qt_events import EventBridge


class ChecklistRow(QFrame):
    """One open aandachtspunt with its answers for this conversation."""

    def __init__(self, entry: ChecklistEntry, theme: str, choices: list[FragmentView], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("checklistRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.entry = entry
        point, here = entry.point, entry.followup
        done = self.tr("  (afgerond)") if point.status == "closed" else ""
        title = QLabel(f"<b>{escape(point.text)}</b>" + (f"  <i>{escape(theme)}</i>" if theme else "")
                       + escape(done), self)
        title.setWordWrap(True)
        self.tried = QComboBox(self)
        self.tried.addItem(self.tr("— nog niet ingevuld —"), None)
        for value, (nl, en) in TRIED_VALUES.items():
            self.tried.addItem(pick(nl, en), value)
        self.effect = QLineEdit(self)
        self.effect.setPlaceholderText(self.tr("Wat gebeurde er?"))
        self.fragment = QComboBox(self)
        self.fragment.addItem(self.tr("(geen fragment)"), None)
        for f in choices:
            self.fragment.addItem(fragment_text(f), f.id)
        self.save = QPushButton(self.tr("Opslaan"), self)
        self.leerpunt = QLineEdit(point.leerpunt, self)
        self.leerpunt.setPlaceholderText(self.tr("Leerpunt: wat neem je hieruit mee?"))
        self.close_point = QPushButton(self.tr("Leerpunt vastleggen"), self)
        if here is not None:
            self.tried.setCurrentIndex(max(self.tried.findData(here.tried), 0))
            self.effect.setText(here.effect)
            self.fragment.setCurrentIndex(max(self.fragment.findData(here.fragment_id), 0))
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0, 1, 4)
        grid.addWidget(self.tried, 1, 0)
        grid.addWidget(self.effect, 1, 1)
        grid.addWidget(self.fragment, 1, 2)
        grid.addWidget(self.save, 1, 3)
        grid.addWidget(self.leerpunt, 2, 0, 1, 3)
        grid.addWidget(self.close_point, 2, 3)
        grid.setColumnStretch(1, 2)


class FollowupChecklist(QWidget):
    message = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followupChecklist")
        self.ctx = ctx
        self.conversation_id: int | None = None
        self.rows: list[ChecklistRow] = []
        self._pending = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addStretch(1)  # rows are inserted above it and stay compact
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.bridge = EventBridge(ctx.bus, ("aandachtspunt.", "fragment."), self)
        self.bridge.connect_to(self._on_event)
        self.set_conversation(None)

    def _on_event(self, _event: Event) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def set_conversation(self, conversation_id: int | None) -> None:
        self.conversation_id = conversation_id
        self.refresh()

    def _fragments(self) -> list[FragmentView]:
        out: list[FragmentView] = []
        for rec in recordings.list_recordings(self.ctx, self.conversation_id):
            try:
                out += fragments.list_for_recording(self.ctx, rec.id)
            except KijkwijzerError:
                continue
        return out

    def refresh(self) -> None:
        self._pending = False
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        if self.conversation_id is None:
            self.heading.setText(self.tr("Open een opname om de aandachtspunten van eerdere gesprekken te zien."))
            return
        try:
            entries = aandachtspunten.checklist(self.ctx, self.conversation_id)
            choices = self._fragments()
        except KijkwijzerError as error:
            self.heading.setText(error.message(current_lang()))
            return
        self.heading.setText(self.tr("Aandachtspunten uit eerdere gesprekken: {n}").format(n=len(entries))
                             if entries else self.tr("Geen open aandachtspunten uit eerdere gesprekken."))
        for entry in entries:
            theme_id = entry.point.theme_id
            theme = ""
            if theme_id and self.ctx.content.has(theme_id):
                t = self.ctx.content.theme(theme_id)
                theme = pick(t.title, t.title_en)
            row = ChecklistRow(entry, theme, choices, self.body)
            row.save.clicked.connect(lambda _c=False, r=row: self._save(r))
            row.close_point.clicked.connect(lambda _c=False, r=row: self._leerpunt(r))
            self.body_layout.insertWidget(self.body_layout.count() - 1, row)
            self.rows.append(row)

    def _save(self, row: ChecklistRow) -> None:
        tried = row.tried.currentData()
        if tried is None or self.conversation_id is None:
            self.message.emit(self.tr("Kies eerst of het aandachtspunt is geprobeerd."))
            return
        try:
            aandachtspunten.record_followup(self.ctx, row.entry.point.id, self.conversation_id, tried,
                                            row.effect.text(), row.fragment.currentData())
        except KijkwijzerError as error:
            self.message.emit(error.message(current_lang()))

    def _leerpunt(self, row: ChecklistRow) -> None:
        try:
            aandachtspunten.record_leerpunt(self.ctx, row.entry.point.id, row.leerpunt.text())
        except KijkwijzerError as error:
            self.message.emit(error.message(current_lang()))
