"""Personen: the professional's own name and function, and the reviewers ("vreemde ogen": coach, onderzoeker,
collega, cliëntonderzoeker, leergroep) added, renamed and archived. Every field is stored as it is left; an
archived reviewer keeps their annotations but is no longer offered in "Ik annoteer als".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import people
from kijkwijzer.services.context import Context
from kijkwijzer.services.people import ProfessionalView, ReviewerView

from ..autosave import Autosave, NotSaved, show_text
from ..i18n import current_lang
from . import labels
from .dialog_base import EnterActs, IntakeDialog, form_row, open_dialog
from .identity_dialog import IdentityDialog, function_box


class PeopleDialog(IntakeDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None, professional_id: int | None = None) -> None:
        super().__init__(ctx, parent, new=False)
        self.setObjectName("peopleDialog")
        self.setWindowTitle(self.tr("Personen"))
        self.professionals: list[ProfessionalView] = []
        self.reviewers: list[ReviewerView] = []
        self.editing: ReviewerView | None = None
        self.body.addWidget(self._professional_box(professional_id))
        self.body.addWidget(self._reviewer_box())
        self.finish_layout()
        self.reviewer_autosave = Autosave(self, self._commit_reviewer, self.saved_state)
        self.reviewer_autosave.watch(self.reviewer_name, "name")
        self.reviewer_role.activated.connect(lambda _i: self.reviewer_autosave.changed("role", at_once=True))
        self.load_professionals(professional_id)
        self.load_reviewers()
        self.fit(640)

    # --- building -----------------------------------------------------------------------------------------
    def _professional_box(self, professional_id: int | None) -> QGroupBox:
        box = QGroupBox(self.tr("Professional"), self)
        form = QFormLayout(box)
        self.professional_choice = QComboBox(box)
        self.professional_choice.setObjectName("professionalChoice")
        self.professional_choice.currentIndexChanged.connect(self._professional_chosen)
        self.choice_label = form_row(form, self.tr("&Wie"), self.professional_choice)
        self.pro_name = QLineEdit(box)
        self.pro_name.setObjectName("professionalName")
        self.pro_function = function_box(box)
        self.pro_function.setObjectName("professionalFunction")
        form_row(form, self.tr("&Naam"), self.pro_name)
        form_row(form, self.tr("&Functie"), self.pro_function)
        add = QPushButton(self.tr("&Professional toevoegen…"), box)
        add.setObjectName("addProfessionalButton")
        add.setAutoDefault(False)
        add.clicked.connect(self._add_professional)
        form.addRow("", add)
        assert self.autosave is not None
        self.autosave.watch(self.pro_name, "name")
        self.autosave.watch(self.pro_function.lineEdit(), "function")
        return box

    def _reviewer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kijkers: de vreemde ogen"), self)
        layout = QVBoxLayout(box)
        self.list = QListWidget(box)
        self.list.setObjectName("peopleList")
        self.list.setMinimumHeight(120)
        self.list.currentRowChanged.connect(self._reviewer_chosen)
        heading = QLabel(self.tr("&Kijkers"), box)
        heading.setBuddy(self.list)
        self.show_archived = QCheckBox(self.tr("&Gearchiveerde kijkers tonen"), box)
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(lambda _on: self.load_reviewers())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.show_archived)
        layout.addLayout(top)
        layout.addWidget(self.list)
        edit = QFormLayout()
        self.reviewer_name = QLineEdit(box)
        self.reviewer_name.setObjectName("reviewerName")
        self.reviewer_role = QComboBox(box)
        self.reviewer_role.setObjectName("reviewerRole")
        labels.fill_choices(self.reviewer_role, labels.reviewer_roles())
        self.archive_button = QPushButton(self.tr("Arc&hiveren"), box)
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.setAutoDefault(False)
        self.archive_button.clicked.connect(self.toggle_archived)
        form_row(edit, self.tr("Naa&m"), self.reviewer_name)
        form_row(edit, self.tr("&Rol"), self.reviewer_role)
        edit.addRow("", self.archive_button)
        layout.addLayout(edit)
        adding = QGroupBox(self.tr("Nieuwe kijker"), box)
        row = QHBoxLayout(adding)
        self.new_name = QLineEdit(adding)
        self.new_name.setObjectName("newReviewerName")
        self.new_name.setPlaceholderText(self.tr("naam"))
        self.new_role = QComboBox(adding)
        self.new_role.setObjectName("newReviewerRole")
        labels.fill_choices(self.new_role, labels.reviewer_roles())
        add = QPushButton(self.tr("Toe&voegen"), adding)
        add.setObjectName("addReviewerButton")
        add.setAutoDefault(False)
        add.clicked.connect(self.add_reviewer)
        EnterActs(self.new_name, self.add_reviewer)
        name_label = QLabel(self.tr("N&aam"), adding)
        name_label.setBuddy(self.new_name)
        role_label = QLabel(self.tr("R&ol"), adding)
        role_label.setBuddy(self.new_role)
        for widget in (name_label, self.new_name, role_label, self.new_role, add):
            row.addWidget(widget, 1 if widget is self.new_name else 0)
        layout.addWidget(adding)
        return box

    # --- the professional ---------------------------------------------------------------------------------
    def load_professionals(self, chosen: int | None = None) -> None:
        current = chosen if chosen is not None else self._professional_id()
        self.professionals = self.run(people.list_professionals, self.ctx) or []  # type: ignore[assignment]
        self.professional_choice.blockSignals(True)
        self.professional_choice.clear()
        for pro in self.professionals:
            self.professional_choice.addItem(pro.name, pro.id)
        index = self.professional_choice.findData(current)
        self.professional_choice.setCurrentIndex(max(index, 0) if self.professionals else -1)
        self.professional_choice.blockSignals(False)
        several = len(self.professionals) > 1
        self.professional_choice.setVisible(several)
        self.choice_label.setVisible(several)
        self._professional_chosen(self.professional_choice.currentIndex())

    def _professional_id(self) -> int | None:
        data = self.professional_choice.currentData() if hasattr(self, "professional_choice") else None
        return int(data) if data is not None else None

    def _professional_chosen(self, _index: int) -> None:
        assert self.autosave is not None
        self.autosave.flush()
        pro = next((p for p in self.professionals if p.id == self._professional_id()), None)
        with self.autosave.loading():
            show_text(self.pro_name, pro.name if pro else "")
            self.pro_function.setCurrentText(pro.function if pro else "")
        for widget in (self.pro_name, self.pro_function):
            widget.setEnabled(pro is not None)

    def commit(self, keys: frozenset[str]) -> None:
        professional_id = self._professional_id()
        if professional_id is None:
            return
        people.update_professional(
            self.ctx, professional_id,
            name=self.pro_name.text().strip() if "name" in keys else None,
            function=self.pro_function.currentText().strip() if "function" in keys else None)

    def _add_professional(self) -> None:
        dialog = IdentityDialog(self.ctx, self)
        dialog.identified.connect(lambda pro, _rev: self.load_professionals(pro.id))
        open_dialog(dialog)

    # --- reviewers ----------------------------------------------------------------------------------------
    def load_reviewers(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.editing.id if self.editing else None)
        found = self.run(people.list_reviewers, self.ctx, include_archived=self.show_archived.isChecked()) or []
        self.reviewers = [r for r in found if r.professional_id is None]  # type: ignore[attr-defined]
        roles = labels.reviewer_roles()
        self.list.blockSignals(True)
        self.list.clear()
        for reviewer in self.reviewers:
            text = f"{reviewer.name} ({roles.get(reviewer.role, reviewer.role)})"
            item = QListWidgetItem(text + (self.tr(" · gearchiveerd") if reviewer.archived else ""), self.list)
            item.setData(Qt.ItemDataRole.UserRole, reviewer.id)
            if reviewer.archived:
                item.setForeground(QColor("#6b7280"))
        row = next((i for i, r in enumerate(self.reviewers) if r.id == keep), 0 if self.reviewers else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show_reviewer(self.reviewers[row] if row >= 0 else None)

    def _reviewer_chosen(self, row: int) -> None:
        self.reviewer_autosave.flush()  # typing for the previous reviewer goes to them
        self._show_reviewer(self.reviewers[row] if 0 <= row < len(self.reviewers) else None)

    def _show_reviewer(self, reviewer: ReviewerView | None) -> None:
        self.editing = reviewer
        with self.reviewer_autosave.loading():
            self.reviewer_name.setText(reviewer.name if reviewer else "")
            index = self.reviewer_role.findData(reviewer.role) if reviewer else -1
            self.reviewer_role.setCurrentIndex(max(index, 0))
        for widget in (self.reviewer_name, self.reviewer_role, self.archive_button):
            widget.setEnabled(reviewer is not None)
        archived = reviewer is not None and reviewer.archived
        self.archive_button.setText(self.tr("&Terugzetten") if archived else self.tr("Arc&hiveren"))

    def _commit_reviewer(self, keys: frozenset[str]) -> NotSaved | None:
        reviewer = self.editing
        if reviewer is None:
            return None
        try:
            updated = people.update_reviewer(
                self.ctx, reviewer.id, name=self.reviewer_name.text().strip() if "name" in keys else None,
                role=self.reviewer_role.currentData() if "role" in keys else None)
        except KijkwijzerError as error:
            self.show_error(error)
            return NotSaved(error.message(current_lang()))
        self.show_error("")
        self.editing = updated
        self._relabel(updated)
        return None

    def _relabel(self, reviewer: ReviewerView) -> None:
        """The list follows a rename without rebuilding (the cursor stays in the field)."""
        roles = labels.reviewer_roles()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == reviewer.id:
                suffix = self.tr(" · gearchiveerd") if reviewer.archived else ""
                item.setText(f"{reviewer.name} ({roles.get(reviewer.role, reviewer.role)}){suffix}")
        self.reviewers = [reviewer if r.id == reviewer.id else r for r in self.reviewers]

    def add_reviewer(self) -> ReviewerView | None:
        made = self.run(people.add_reviewer, self.ctx, self.new_name.text(), self.new_role.currentData())
        if made is None:
            return None
        self.show_error("")
        self.new_name.clear()
        self.load_reviewers(made.id)  # type: ignore[attr-defined]
        return made  # type: ignore[return-value]

    def toggle_archived(self) -> None:
        reviewer = self.editing
        if reviewer is None:
            return
        self.reviewer_autosave.flush()
        changed = self.run(people.archive_reviewer, self.ctx, reviewer.id, archived=not reviewer.archived)
        if changed is not None:
            self.show_error("")
            self.load_reviewers(reviewer.id)
