"""Beside the plan's tree: the chosen improvement point (questions 1, 3, 4) or step (what, who/what is needed,
when, a note) to change after the wizard. Commits as typed, like every form in the window; a date at once.
Below them, "Wat betekent begrijpen?" unfolds the definition and elements of the pillar the point is about.

`PlanFields(ctx)`; call `show_item(PlanView | ActionView | None)` when the choice or the stored plan changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import plan
from kijkwijzer.services.context import Context
from kijkwijzer.services.plan import ActionView, PlanView

from ..autosave import Autosave, NotSaved, show_text
from ..i18n import current_lang
from .pillar_help import PillarHelp

PLAN_KEYS = ("room", "needed", "timeline")
ACTION_KEYS = ("text", "who", "note")


class PlanFields(QWidget):
    message = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planFields")
        self.ctx = ctx
        self.item: PlanView | ActionView | None = None
        self.pages = QStackedWidget(self)
        hint = QLabel(self.tr("Kies links een verbeterpunt of een stap om die te wijzigen."), self)
        hint.setWordWrap(True)
        self.pages.addWidget(hint)
        self.pages.addWidget(self._plan_page())
        self.pages.addWidget(self._action_page())
        self.saved = QLabel(self)
        self.saved.setObjectName("savedState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        layout.addWidget(self.saved)
        self.pillar_help = PillarHelp(ctx.content, None, self)  # what the chosen point's pillar means (000)
        layout.addWidget(self.pillar_help)
        layout.addStretch(1)
        self.autosave = Autosave(self, self._commit, self.saved)
        for key, edit in (("room", self.room), ("needed", self.needed), ("timeline", self.timeline),
                          ("text", self.text), ("who", self.who), ("note", self.note)):
            self.autosave.watch(edit, key)
        self.has_date.toggled.connect(self._date_changed)
        self.due.dateChanged.connect(lambda _d: self._date_changed())

    def _plan_page(self) -> QWidget:
        page = QWidget(self)
        self.room = QPlainTextEdit(page)
        self.room.setObjectName("planRoom")
        self.room.setTabChangesFocus(True)
        self.room.setMaximumHeight(64)
        self.needed = QLineEdit(page)
        self.needed.setObjectName("planNeeded")
        self.timeline = QLineEdit(page)
        self.timeline.setObjectName("planTimeline")
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Verbeterpunt"), self.room)
        form.addRow(self.tr("Wie/wat nodig"), self.needed)
        form.addRow(self.tr("Planning"), self.timeline)
        return page

    def _action_page(self) -> QWidget:
        page = QWidget(self)
        self.text = QLineEdit(page)
        self.text.setObjectName("actionText")
        self.who = QLineEdit(page)
        self.who.setObjectName("actionWho")
        self.has_date = QCheckBox(self.tr("op"), page)
        self.due = QDateEdit(page)
        self.due.setObjectName("actionDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd-MM-yyyy")
        self.note = QLineEdit(page)
        self.note.setObjectName("actionNote")
        when = QHBoxLayout()
        when.addWidget(self.has_date)
        when.addWidget(self.due, 1)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Stap"), self.text)
        form.addRow(self.tr("Wie/wat"), self.who)
        form.addRow(self.tr("Wanneer"), when)
        form.addRow(self.tr("Notitie"), self.note)
        return page

    # --- showing -------------------------------------------------------------------------------------------------
    @staticmethod
    def _key(item: PlanView | ActionView | None) -> tuple[str, int] | None:
        if item is None:
            return None
        return ("action" if isinstance(item, ActionView) else "plan", item.id)

    def show_item(self, item: PlanView | ActionView | None) -> None:
        same = self._key(item) == self._key(self.item)
        if not same and not self.autosave.flush():
            self.autosave.discard()  # the message says why it could not be stored
        self.item = item
        self.pillar_help.set_pillar(item.pillar_id if item is not None else None)
        if not same:
            self.saved.clear()
        with self.autosave.loading():
            if isinstance(item, ActionView):
                self.pages.setCurrentIndex(2)
                values = {"text": (self.text, item.text), "who": (self.who, item.who), "note": (self.note, item.note)}
                if not (same and self.autosave.is_pending("due")):
                    self.has_date.setChecked(item.due_on is not None)
                    self.due.setEnabled(item.due_on is not None)
                    self.due.setDate(QDate(item.due_on) if item.due_on else QDate.currentDate().addDays(14))
            elif isinstance(item, PlanView):
                self.pages.setCurrentIndex(1)
                values = {"room": (self.room, item.room_for_improvement), "needed": (self.needed, item.needed),
                          "timeline": (self.timeline, item.timeline)}
            else:
                self.pages.setCurrentIndex(0)
                values = {}
            for key, (edit, value) in values.items():
                if not same:
                    edit.setPlainText(value) if isinstance(edit, QPlainTextEdit) else edit.setText(value)
                elif not self.autosave.is_pending(key):
                    show_text(edit, value)

    def _date_changed(self, *_args: object) -> None:
        self.due.setEnabled(self.has_date.isChecked())
        self.autosave.changed("due", at_once=True)

    # --- committing ----------------------------------------------------------------------------------------------
    def _commit(self, keys: frozenset[str]) -> NotSaved | None:
        try:
            if isinstance(self.item, ActionView):
                changes: dict[str, object] = {k: edit.text() for k, edit in
                                              (("text", self.text), ("who", self.who), ("note", self.note)) if k in keys}
                if "due" in keys:
                    picked: date = self.due.date().toPython()  # type: ignore[assignment]
                    changes["due_on"] = picked if self.has_date.isChecked() else None
                if changes:
                    self.item = plan.update_action(self.ctx, self.item.id, **changes)  # type: ignore[arg-type]
            elif isinstance(self.item, PlanView):
                names = {"room": ("room_for_improvement", self.room.toPlainText()),
                         "needed": ("needed", self.needed.text()), "timeline": ("timeline", self.timeline.text())}
                changes = {names[k][0]: names[k][1] for k in keys if k in names}
                if changes:
                    self.item = plan.update_plan(self.ctx, self.item.id, **changes)  # type: ignore[arg-type]
        except KijkwijzerError as error:
            text = error.message(current_lang())
            self.message.emit(text)
            return NotSaved(text)
        return None

    def flush(self) -> bool:
        return self.autosave.flush()
