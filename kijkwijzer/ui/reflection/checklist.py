"""Follow-up checklist: when a later conversation of the case is reviewed, its open aandachtspunten from
earlier reflections - tried? what happened? which fragment of the new recording shows it? - then a leerpunt.

Every answer commits as it is given (a choice at once, typing after a pause or on leaving the field): there
is no Save button. Writing the leerpunt closes the aandachtspunt (services.aandachtspunten.record_leerpunt),
so it opens once the point has been answered for this conversation and keeps the point on this checklist.

For the main window: a dock with `FollowupChecklist(ctx)`; call `set_conversation(id)` when a recording of
that conversation opens.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
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
from kijkwijzer.services.topics import Area

from ..autosave import Autosave, NotSaved, show_text
from ..feedback.playlist_panel import fragment_text
from ..i18n import current_lang, pick
from ..qt_events import EventBridge

FOLLOWUP_KEYS = frozenset({"tried", "effect", "fragment"})


class ChecklistRow(QFrame):
    """One open aandachtspunt with its answers for this conversation; commits them itself, acting through the
    context it was made with (a reviewer switch flushes it before the checklist is rebuilt)."""

    message = Signal(str)

    def __init__(self, ctx: Context, conversation_id: int, entry: ChecklistEntry, theme: str,
                 choices: list[FragmentView], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("checklistRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ctx = ctx
        self.conversation_id = conversation_id
        self.entry = entry
        self.theme = theme
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.tried = QComboBox(self)
        self.tried.setPlaceholderText(self.tr("Geprobeerd?"))
        for value, (nl, en) in TRIED_VALUES.items():
            self.tried.addItem(pick(nl, en), value)
        self.effect = QLineEdit(self)
        self.fragment = QComboBox(self)
        self.fragment.setToolTip(self.tr("Het fragment van deze opname dat het laat zien"))
        self.fragment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.fragment.setMinimumContentsLength(10)  # a long title must not widen the dock's rows
        self.leerpunt = QLineEdit(self)
        self.saved = QLabel(self)
        self.saved.setObjectName("savedState")
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.tried, 1, 0)
        grid.addWidget(self.fragment, 1, 1)
        grid.addWidget(self.effect, 2, 0, 1, 2)
        grid.addWidget(self.leerpunt, 3, 0, 1, 2)
        grid.addWidget(self.saved, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.autosave = Autosave(self, self._commit, self.saved)
        self.autosave.watch(self.effect, "effect")
        self.autosave.watch(self.leerpunt, "leerpunt")
        self.tried.currentIndexChanged.connect(lambda _i: self._chosen("tried"))
        self.fragment.currentIndexChanged.connect(lambda _i: self._chosen("fragment"))
        self.show_entry(entry, theme, choices, first=True)

    # --- showing ---------------------------------------------------------------------------------------------
    def show_entry(self, entry: ChecklistEntry, theme: str, choices: list[FragmentView], first: bool = False) -> None:
        """Take over what is stored, except in a field whose answer is not committed yet."""
        self.entry, self.theme = entry, theme
        point, here = entry.point, entry.followup
        done = self.tr("  (afgerond)") if point.status == "closed" else ""
        self.title.setText(f"<b>{escape(point.text)}</b>" + (f"  <i>{escape(theme)}</i>" if theme else "")
                           + escape(done))
        keep = self.autosave.is_pending
        with self.autosave.loading():
            if first or not keep("fragment"):
                wanted = here.fragment_id if here is not None else None
            else:
                wanted = self.fragment.currentData()
            listed = [(f.id, fragment_text(f)) for f in choices]
            shown = [(self.fragment.itemData(i), self.fragment.itemText(i)) for i in range(1, self.fragment.count())]
            if self.fragment.count() == 0 or listed != shown:
                self.fragment.clear()
                self.fragment.addItem(self.tr("(geen fragment)"), None)
                for fid, text in listed:
                    self.fragment.addItem(text, fid)
            self.fragment.setCurrentIndex(max(self.fragment.findData(wanted), 0))
            if first or not keep("tried"):
                self.tried.setCurrentIndex(self.tried.findData(here.tried) if here is not None else -1)
            if first or not keep("effect"):
                show_text(self.effect, here.effect if here is not None else "")
            if first or not keep("leerpunt"):
                show_text(self.leerpunt, point.leerpunt)
        self._enable()

    def _enable(self) -> None:
        """Effect, fragment and leerpunt follow the answer to 'tried?': the store keeps them with it."""
        answered = self.tried.currentData() is not None
        for widget in (self.effect, self.fragment, self.leerpunt):
            widget.setEnabled(answered)
        self.effect.setPlaceholderText(self.tr("Wat gebeurde er?") if answered
                                       else self.tr("Kies eerst of het is geprobeerd"))
        self.leerpunt.setPlaceholderText(self.tr("Leerpunt: wat neem je hieruit mee?"))
        self.leerpunt.setToolTip(self.tr("Het leerpunt rondt het aandachtspunt af"))

    # --- committing -------------------------------------------------------------------------------------------
    def _chosen(self, key: str) -> None:
        self._enable()
        self.autosave.changed(key, at_once=True)

    def _commit(self, keys: frozenset[str]) -> NotSaved | None:
        point_id = self.entry.point.id
        try:
            if keys & FOLLOWUP_KEYS:
                tried = self.tried.currentData()
                if tried is None:
                    return NotSaved(self.tr("Kies eerst of het aandachtspunt is geprobeerd."), keys & FOLLOWUP_KEYS)
                aandachtspunten.record_followup(self.ctx, point_id, self.conversation_id, tried,
                                                self.effect.text(), self.fragment.currentData())
            if "leerpunt" in keys:
                if not self.leerpunt.text().strip():
                    return NotSaved(self.tr("Een leeg leerpunt wordt niet bewaard; het vorige blijft staan."),
                                    frozenset({"leerpunt"}))
                aandachtspunten.record_leerpunt(self.ctx, point_id, self.leerpunt.text())
        except KijkwijzerError as error:
            text = error.message(current_lang())
            self.message.emit(text)
            return NotSaved(text)
        return None

    def flush(self) -> bool:
        return self.autosave.flush()


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
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap to the dock's width
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.bridge = EventBridge(ctx.bus, (Area.AANDACHTSPUNT, Area.FRAGMENT), self)
        self.bridge.connect_to(self._on_event)
        self.set_conversation(None)

    def _on_event(self, _event: Event) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def flush(self) -> bool:
        """Commit every answer still pending (before another conversation or reviewer is shown)."""
        done = [row.flush() for row in self.rows]  # every row, not just up to the first that fails
        return all(done)

    def set_ctx(self, ctx: Context) -> None:
        """Another reviewer ("Ik annoteer als"): pending answers are stored as the one who gave them, then the
        checklist is read again acting as the new one (each row keeps the context it was made with)."""
        self.ctx = ctx
        self.set_conversation(self.conversation_id)

    def set_conversation(self, conversation_id: int | None) -> None:
        self.flush()
        self._clear()
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

    def _clear(self) -> None:
        for row in self.rows:
            row.autosave.discard()  # flushed before; what is left could not be stored
            row.hide()
            row.deleteLater()
        self.rows = []

    def _theme(self, entry: ChecklistEntry) -> str:
        theme_id = entry.point.theme_id
        if theme_id and self.ctx.content.has(theme_id):
            t = self.ctx.content.theme(theme_id)
            return pick(t.title, t.title_en)
        return ""

    def refresh(self) -> None:
        """Show the checklist as stored. The rows stay (and keep their focus and typing) while the same points
        are on it; only a different list of points rebuilds them."""
        self._pending = False
        if self.conversation_id is None:
            self._clear()
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
        if [e.point.id for e in entries] == [r.entry.point.id for r in self.rows]:
            for row, entry in zip(self.rows, entries, strict=True):
                row.show_entry(entry, self._theme(entry), choices)
            return
        self.flush()
        self._clear()
        for entry in entries:
            row = ChecklistRow(self.ctx, self.conversation_id, entry, self._theme(entry), choices, self.body)
            row.message.connect(self.message)
            self.body_layout.insertWidget(self.body_layout.count() - 1, row)
            self.rows.append(row)
