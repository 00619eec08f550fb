"""A case: which client (new, with a generated pseudonym, or one already known), the title, why this client,
the goal and the situation. A new case is made on OK; an existing one stores each field as it is left and
reaches its client and its dated events and outcome.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import BadInput, KijkwijzerError
from kijkwijzer.services import cases, people
from kijkwijzer.services.cases import CaseView
from kijkwijzer.services.context import Context

from ..autosave import text_of
from .client_dialog import ClientFields
from .dialog_base import IntakeDialog, form_row

FIELDS = ("title", "reason", "goal", "profile")


def _text_box(parent: QWidget, name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(60)
    edit.setPlaceholderText(placeholder)
    return edit


class CaseDialog(IntakeDialog):
    client_edit_requested = Signal(int)  # client id
    events_requested = Signal(int)  # case id

    def __init__(self, ctx: Context, parent: QWidget | None = None, *, case_id: int | None = None,
                 professional_id: int | None = None) -> None:
        super().__init__(ctx, parent, new=case_id is None, ok_text=self.tr("&Casus aanmaken"))
        self.setObjectName("caseDialog")
        self.case: CaseView | None = cases.get_case(ctx, case_id) if case_id is not None else None
        self.made_client: int | None = None
        self.setWindowTitle(self.tr("Nieuwe casus") if self.case is None else
                            self.tr("Casus: {title}").format(title=self.case.title))
        if self.case is None:
            self._professional_part(professional_id)
            self._client_part()
        else:
            self._client_line(self.case)
        self._case_part()
        self.finish_layout()
        if self.case is not None:
            self._load(self.case)
        (self.client_fields.real_name if self.case is None else self.title).setFocus()
        self.fit(600)

    # --- building -----------------------------------------------------------------------------------------
    def _professional_part(self, professional_id: int | None) -> None:
        self.professional = QComboBox(self)
        self.professional.setObjectName("caseProfessional")
        for pro in people.list_professionals(self.ctx):
            self.professional.addItem(f"{pro.name} · {pro.function}", pro.id)
        index = self.professional.findData(professional_id)
        self.professional.setCurrentIndex(max(index, 0))
        if self.professional.count() > 1:
            form = QFormLayout()
            label = QLabel(self.tr("Pro&fessional"), self)
            label.setBuddy(self.professional)
            form.addRow(label, self.professional)
            self.body.addLayout(form)
        else:
            self.professional.hide()

    def _client_part(self) -> None:
        box = QGroupBox(self.tr("Cliënt"), self)
        layout = QVBoxLayout(box)
        known = people.list_clients(self.ctx)
        self.new_client = QRadioButton(self.tr("&Nieuwe cliënt"), box)
        self.new_client.setObjectName("newClientChoice")
        self.known_client = QRadioButton(self.tr("&Bestaande cliënt"), box)
        self.known_client.setObjectName("knownClientChoice")
        group = QButtonGroup(box)
        group.addButton(self.new_client)
        group.addButton(self.known_client)
        self.new_client.setChecked(True)
        self.client_choice = QComboBox(box)
        self.client_choice.setObjectName("clientChoice")
        for client in known:
            self.client_choice.addItem(client.pseudonym, client.id)
        self.client_fields = ClientFields(box)
        if known:
            row = QHBoxLayout()
            row.addWidget(self.new_client)
            row.addWidget(self.known_client)
            row.addWidget(self.client_choice, 1)
            layout.addLayout(row)
        else:
            for widget in (self.new_client, self.known_client, self.client_choice):
                widget.hide()
        layout.addWidget(self.client_fields)
        self.new_client.toggled.connect(self._client_kind)
        self._client_kind(True)
        self.body.addWidget(box)

    def _client_kind(self, _on: bool) -> None:
        new = self.new_client.isChecked()
        self.client_fields.setVisible(new)
        self.client_choice.setEnabled(not new)
        if not new:
            self.client_choice.setFocus()

    def _client_line(self, case: CaseView) -> None:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Cliënt: {pseudonym}").format(pseudonym=case.client_pseudonym), self), 1)
        client = QPushButton(self.tr("Cliënt &bewerken…"), self)
        client.setObjectName("editClientButton")
        client.setAutoDefault(False)
        client.clicked.connect(lambda: self.client_edit_requested.emit(case.client_id))
        events = QPushButton(self.tr("&Gebeurtenissen en uitkomst…"), self)
        events.setObjectName("caseEventsButton")
        events.setAutoDefault(False)
        events.clicked.connect(lambda: self.events_requested.emit(case.id))
        row.addWidget(client)
        row.addWidget(events)
        self.body.addLayout(row)

    def _case_part(self) -> None:
        box = QGroupBox(self.tr("Casus"), self)
        form = QFormLayout(box)
        self.title = QLineEdit(box)
        self.title.setObjectName("caseTitle")
        self.title.setPlaceholderText(self.tr("bijvoorbeeld: Schulden en werk"))
        self.reason = _text_box(box, "caseReason", self.tr("vastgelopen, een nieuwe aanpak proberen, …"))
        self.goal = _text_box(box, "caseGoal", self.tr("wat wilt u met deze cliënt bereiken?"))
        self.profile = _text_box(box, "caseProfile", self.tr("de situatie: werk, inkomen, gezin, gezondheid"))
        form_row(form, self.tr("&Titel"), self.title)
        form_row(form, self.tr("&Waarom deze cliënt"), self.reason)
        form_row(form, self.tr("&Doel"), self.goal)
        form_row(form, self.tr("Situati&e"), self.profile)
        self.body.addWidget(box)
        if self.autosave is not None:
            self.autosave.watch(self.title, "title")
            for key in FIELDS[1:]:
                self.autosave.watch(getattr(self, key), key)

    def _load(self, case: CaseView) -> None:
        assert self.autosave is not None
        with self.autosave.loading():
            self.title.setText(case.title)
            self.reason.setPlainText(case.reason)
            self.goal.setPlainText(case.goal)
            self.profile.setPlainText(case.profile)

    # --- storing ------------------------------------------------------------------------------------------
    def typed(self) -> bool:
        return any(text_of(getattr(self, key)).strip() for key in FIELDS) or self.client_fields.typed()

    def create(self) -> object | None:
        try:
            if not self.title.text().strip():
                self.title.setFocus()
                raise BadInput("Geef de casus een titel.", "Give the case a title.")
            professional_id = self.professional.currentData()
            if professional_id is None:
                raise BadInput("Zeg eerst wie u bent (Personen).", "First say who you are (People).")
            if self.new_client.isChecked():
                if self.made_client is None:  # made once: a second OK after a refusal does not make another
                    self.made_client = self.client_fields.create(self.ctx).id
                client_id = self.made_client
            else:
                client_id = int(self.client_choice.currentData())
            return cases.add_case(self.ctx, int(professional_id), client_id, self.title.text().strip(),
                                  reason=text_of(self.reason).strip(), goal=text_of(self.goal).strip(),
                                  profile=text_of(self.profile).strip())
        except KijkwijzerError as error:
            self.show_error(error)
            return None

    def commit(self, keys: frozenset[str]) -> None:
        assert self.case is not None
        changes = {key: text_of(getattr(self, key)).strip() for key in FIELDS if key in keys}
        self.case = cases.update_case(self.ctx, self.case.id, **changes)
