"""A conversation of a case: the date (calendar, today by default), its goal, where it was held (a
suggestion or any text: "bij de welzijnsorganisatie") and who took part, third parties included.
A new one is made on OK; an existing one stores each field as it is left.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.services import cases
from kijkwijzer.services.cases import ConversationView
from kijkwijzer.services.context import Context

from ..autosave import text_of
from . import labels
from .case_events import date_edit, pydate, qdate
from .dialog_base import IntakeDialog, form_row
from .participants import ParticipantRows


class ConversationDialog(IntakeDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None, *, case_id: int | None = None,
                 conversation_id: int | None = None) -> None:
        super().__init__(ctx, parent, new=conversation_id is None, ok_text=self.tr("&Gesprek vastleggen"))
        self.setObjectName("conversationDialog")
        self.conversation: ConversationView | None = (
            cases.get_conversation(ctx, conversation_id) if conversation_id is not None else None)
        if self.conversation is not None:
            case_id = self.conversation.case_id
        self.setWindowTitle(self.tr("Nieuw gesprek") if self.conversation is None else
                            self.tr("Gesprek {n}").format(n=self.conversation.sequence))
        holder = QWidget(self)
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        self.case_choice = QComboBox(holder)
        self.case_choice.setObjectName("conversationCase")
        for case in cases.list_cases(ctx):
            self.case_choice.addItem(f"{case.title} ({case.client_pseudonym})", case.id)
        self.case_choice.setCurrentIndex(max(self.case_choice.findData(case_id), 0))
        self.case_choice.setEnabled(self.conversation is None)
        form_row(form, self.tr("&Casus"), self.case_choice)
        self.held_on = date_edit(holder)
        self.held_on.setObjectName("conversationDate")
        form_row(form, self.tr("&Datum"), self.held_on)
        self.goal = QPlainTextEdit(holder)
        self.goal.setObjectName("conversationGoal")
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(60)
        self.goal.setPlaceholderText(self.tr("wat wilt u in dit gesprek bereiken?"))
        form_row(form, self.tr("Doe&l"), self.goal)
        self.setting = QComboBox(holder)
        self.setting.setObjectName("conversationSetting")
        self.setting.setEditable(True)
        self.setting.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setting.addItems(list(labels.settings().values()))
        self.setting.setToolTip(self.tr("Kies of typ waar het gesprek was, bijvoorbeeld ‘bij de welzijnsorganisatie’"))
        form_row(form, self.tr("&Plaats"), self.setting)
        self.participants = ParticipantRows(holder)
        heading = QLabel(self.tr("Deelnemers"), holder)
        form.addRow(heading, self.participants)
        self.body.addWidget(holder)
        self.finish_layout()
        self._fill()
        self.held_on.setFocus()
        self.fit(600)

    def _fill(self) -> None:
        conv = self.conversation
        if conv is None:
            self.setting.setCurrentText(labels.setting_text("spreekkamer"))
            self.participants.set_participants([("client", ""), ("professional", "")])
            return
        assert self.autosave is not None
        with self.autosave.loading():
            self.held_on.setDate(qdate(conv.held_on))
            self.goal.setPlainText(conv.goal)
            self.setting.setCurrentText(labels.setting_text(conv.setting))
            self.participants.set_participants(conv.participants)
        autosave = self.autosave
        self.held_on.dateChanged.connect(lambda _d: autosave.changed("held_on"))
        self.held_on.installEventFilter(autosave)
        autosave.watch(self.goal, "goal")
        line = self.setting.lineEdit()
        assert line is not None
        autosave.watch(line, "setting")
        self.setting.activated.connect(lambda _i: autosave.changed("setting", at_once=True))
        self.participants.changed.connect(lambda: autosave.changed("participants"))

    # --- storing ------------------------------------------------------------------------------------------
    def held_on_date(self) -> date:
        return pydate(self.held_on.date())

    def typed(self) -> bool:
        return bool(text_of(self.goal).strip() or any(t.text().strip() for t in self.participants.editing_text()))

    def create(self) -> object | None:
        try:
            case_id = self.case_choice.currentData()
            if case_id is None:
                raise BadInput("Maak eerst een casus.", "Make a case first.")
            return cases.add_conversation(self.ctx, int(case_id), self.held_on_date(), goal=text_of(self.goal).strip(),
                                          setting=labels.setting_value(self.setting.currentText()),
                                          participants=self.participants.participants())
        except KijkwijzerError as error:
            self.show_error(error)
            return None

    def commit(self, keys: frozenset[str]) -> None:
        assert self.conversation is not None
        changes: dict[str, object] = {}
        if "held_on" in keys:
            changes["held_on"] = self.held_on_date()
        if "goal" in keys:
            changes["goal"] = text_of(self.goal).strip()
        if "setting" in keys:
            changes["setting"] = labels.setting_value(self.setting.currentText())
        if "participants" in keys:
            changes["participants"] = self.participants.participants()
        if changes:
            self.conversation = cases.update_conversation(self.ctx, self.conversation.id, **changes)  # type: ignore[arg-type]
