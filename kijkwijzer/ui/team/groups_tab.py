"""Leergroepen: the learning groups of the learning lab and who is in each. Whoever may manage them (the team
database's administrator, or in a single-user workspace its user) adds a group, renames it in place and ticks
who is in it; every tick and name is stored at once. A team member sees the same read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.services import lab_groups, people
from kijkwijzer.services.context import Context
from kijkwijzer.services.lab_groups import GroupView
from kijkwijzer.services.people import ReviewerView

from ..intake.dialog_base import EnterActs
from ..review.annotation_table import role_labels

ID_ROLE = Qt.ItemDataRole.UserRole


def may_manage_groups(ctx: Context) -> bool:
    """The administrator of a team database, or the user of a single-user workspace (services/lab_groups)."""
    return not ctx.identity_fixed


class GroupsTab(QWidget):
    failed = Signal(object)  # KijkwijzerError: shown by the dialog
    done = Signal(str)  # what was done, one line

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsTab")
        self.ctx = ctx
        self.editable = may_manage_groups(ctx)
        self.groups: list[GroupView] = []
        self.reviewers: list[ReviewerView] = []
        layout = QVBoxLayout(self)
        if self.editable:
            layout.addLayout(self._new_group_row())
        else:
            note = QLabel(self.tr("Alleen de beheerder van de teamdatabase stelt leergroepen samen."), self)
            note.setObjectName("groupsReadOnly")
            note.setWordWrap(True)
            layout.addWidget(note)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.group_list = QListWidget(split)
        self.group_list.setObjectName("groupList")
        self.group_list.setMinimumWidth(180)
        self.group_list.currentItemChanged.connect(lambda *_: self._show_group())
        split.addWidget(self.group_list)
        split.addWidget(self._group_side(split))
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.refresh()

    def _new_group_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newGroupName")
        self.new_name.setPlaceholderText(self.tr("Naam van een nieuwe leergroep"))
        EnterActs(self.new_name, self.add_group)
        add = QPushButton(self.tr("Leergroep &toevoegen"), self)
        add.setObjectName("addGroupButton")
        add.setAutoDefault(False)
        add.clicked.connect(lambda _checked=False: self.add_group())
        label = QLabel(self.tr("&Nieuwe leergroep:"), self)
        label.setBuddy(self.new_name)
        row.addWidget(label)
        row.addWidget(self.new_name, 1)
        row.addWidget(add)
        return row

    def _group_side(self, parent: QWidget) -> QWidget:
        side = QWidget(parent)
        form = QFormLayout(side)
        form.setContentsMargins(6, 0, 0, 0)
        self.name = QLineEdit(side)
        self.name.setObjectName("groupName")
        self.name.setReadOnly(not self.editable)
        self.name.editingFinished.connect(self.rename_group)
        name_label = QLabel(self.tr("N&aam:"), side)
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.member_checks = QListWidget(side)
        self.member_checks.setObjectName("groupMembers")
        self.member_checks.itemChanged.connect(self._ticked)
        members_label = QLabel(self.tr("Le&den:"), side)
        members_label.setBuddy(self.member_checks)
        members_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        form.addRow(members_label, self.member_checks)
        return side

    # --- reading ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """What the database holds now; the chosen group stays chosen."""
        current = self.current_group()
        try:
            self.groups = lab_groups.list_groups(self.ctx)
            self.reviewers = people.list_reviewers(self.ctx)
        except KijkwijzerError as error:
            self.failed.emit(error)
            return
        self._fill_groups(current.id if current is not None else None)

    def _fill_groups(self, chosen_id: int | None) -> None:
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for group in self.groups:
            item = QListWidgetItem(self.tr("{name} ({n})").format(name=group.name, n=len(group.members)))
            item.setData(ID_ROLE, group.id)
            self.group_list.addItem(item)
        ids = [g.id for g in self.groups]
        if chosen_id not in ids:  # at first: a member's own group, else the first
            me = self.ctx.actor.reviewer_id
            chosen_id = next((g.id for g in self.groups if me in g.member_ids), ids[0] if ids else None)
        row = ids.index(chosen_id) if chosen_id in ids else -1
        self.group_list.setCurrentRow(row)
        self.group_list.blockSignals(False)
        self._show_group()

    def current_group(self) -> GroupView | None:
        item = self.group_list.currentItem()
        group_id = item.data(ID_ROLE) if item is not None else None
        return next((g for g in self.groups if g.id == group_id), None)

    def _show_group(self) -> None:
        group = self.current_group()
        self.name.setText(group.name if group is not None else "")
        self.name.setEnabled(group is not None)
        self.member_checks.setEnabled(group is not None)
        labels = role_labels()
        members = group.member_ids if group is not None else frozenset()
        shown = {r.id: r for r in self.reviewers}
        if group is not None:  # an archived member still shows, so the list says the truth
            shown.update({m.id: m for m in group.members if m.id not in shown})
        self.member_checks.blockSignals(True)
        self.member_checks.clear()
        for reviewer in shown.values():
            item = QListWidgetItem(f"{reviewer.name} ({labels.get(reviewer.role, reviewer.role)})")
            item.setData(ID_ROLE, reviewer.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if reviewer.id in members else Qt.CheckState.Unchecked)
            self.member_checks.addItem(item)
        self.member_checks.blockSignals(False)

    # --- changing -----------------------------------------------------------------------------------------
    def add_group(self) -> GroupView | None:
        try:
            group = lab_groups.add_group(self.ctx, self.new_name.text())
        except KijkwijzerError as error:
            self.failed.emit(error)
            return None
        self.new_name.clear()
        self.refresh()
        self._fill_groups(group.id)
        self.done.emit(self.tr("Leergroep {name} is toegevoegd; vink aan wie erin zit.").format(name=group.name))
        self.member_checks.setFocus()
        return group

    def rename_group(self) -> GroupView | None:
        group = self.current_group()
        if group is None or not self.editable or self.name.text().strip() == group.name:
            return None
        try:
            renamed = lab_groups.rename_group(self.ctx, group.id, self.name.text())
        except KijkwijzerError as error:
            self.failed.emit(error)
            return None
        self.refresh()
        self.done.emit(self.tr("De leergroep heet nu {name}.").format(name=renamed.name))
        return renamed

    def _ticked(self, item: QListWidgetItem) -> None:
        group = self.current_group()
        if group is None:
            return
        reviewer_id = int(item.data(ID_ROLE))
        joining = item.checkState() == Qt.CheckState.Checked
        name = item.text()
        try:
            if joining:
                changed = lab_groups.add_to_group(self.ctx, group.id, reviewer_id)
            else:
                changed = lab_groups.remove_from_group(self.ctx, group.id, reviewer_id)
        except KijkwijzerError as error:
            self.member_checks.blockSignals(True)  # not stored: the tick goes back to what is true
            item.setCheckState(Qt.CheckState.Unchecked if joining else Qt.CheckState.Checked)
            self.member_checks.blockSignals(False)
            self.failed.emit(error)
            return
        self.groups = [changed if g.id == changed.id else g for g in self.groups]
        current = self.group_list.currentItem()
        if current is not None:
            current.setText(self.tr("{name} ({n})").format(name=changed.name, n=len(changed.members)))
        text = (self.tr("{who} zit nu in {group}.") if joining else self.tr("{who} zit niet meer in {group}."))
        self.done.emit(text.format(who=name, group=changed.name))
