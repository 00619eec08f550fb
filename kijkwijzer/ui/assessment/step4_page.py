"""Step 4 of 001: the four plan questions; question 2 as concrete steps with who/what and a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kijkwijzer.content import Content

from ..i18n import count_text, pick


@dataclass(frozen=True)
class ActionDraft:
    text: str
    who: str
    due_on: date | None


class ActionRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Concrete, haalbare stap"))
        self.who = QLineEdit(self)
        self.who.setPlaceholderText(self.tr("Wie/wat is nodig"))
        self.has_date = QCheckBox(self.tr("wanneer"), self)
        self.when = QDateEdit(QDate.currentDate().addDays(14), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd-MM-yyyy")
        self.when.setEnabled(False)
        self.has_date.toggled.connect(self.when.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.who, 2)
        layout.addWidget(self.has_date)
        layout.addWidget(self.when)

    def draft(self) -> ActionDraft | None:
        if not self.text.text().strip():
            return None
        due = self.when.date().toPython() if self.has_date.isChecked() else None
        return ActionDraft(self.text.text().strip(), self.who.text().strip(), due)  # type: ignore[arg-type]


class Step4Page(QWizardPage):
    def __init__(self, content: Content) -> None:
        super().__init__()
        step = next(s for s in content.steps if s.number == 4)
        self.setTitle(self.tr("Stap 4: %1").replace("%1", step.heading))
        self.setSubTitle(step.text)
        self.content = content
        questions = {q.number: q for q in content.plan_questions}
        body = QWidget()
        grid = QGridLayout(body)
        grid.setVerticalSpacing(4)
        self.fields: dict[int, QPlainTextEdit] = {}
        self.pillar = QComboBox(body)
        self.pillar.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pillar.setMinimumWidth(200)
        self.action_rows: list[ActionRow] = []
        self.actions_box = QVBoxLayout()
        row = 0
        for number in sorted(questions):
            q = questions[number]
            question_word = self.tr("Vraag %1").replace("%1", str(number))
            title = QLabel(f"<b>{question_word}: {pick(q.question, q.question_en)}</b>",
                           body)
            title.setWordWrap(True)
            help_label = QLabel(q.help, body)
            help_label.setWordWrap(True)
            help_label.setObjectName("planHelp")
            if number > 1:
                grid.addItem(QSpacerItem(1, 14), row, 0)
                row += 1
            grid.addWidget(title, row, 0)
            grid.addWidget(help_label, row + 1, 0)
            row += 2
            if number == 1:
                pillar_row = QHBoxLayout()
                pillar_row.addWidget(QLabel(self.tr("Pijler:"), body))
                pillar_row.addWidget(self.pillar)
                pillar_row.addStretch(1)
                grid.addLayout(pillar_row, row, 0)
                row += 1
            if number == 2:
                add = QPushButton(self.tr("+ Stap toevoegen"), body)
                add.clicked.connect(self.add_action_row)
                grid.addLayout(self.actions_box, row, 0)
                add_row = QHBoxLayout()
                add_row.addWidget(add)
                add_row.addStretch(1)
                grid.addLayout(add_row, row + 1, 0)
                self.evidence_note = QLabel(body)
                self.evidence_note.setWordWrap(True)
                grid.addWidget(self.evidence_note, row + 2, 0)
                row += 3
                continue
            edit = QPlainTextEdit(body)
            edit.setMaximumHeight(70)
            self.fields[number] = edit
            grid.addWidget(edit, row, 0)
            row += 1
        grid.setRowStretch(row, 1)
        for _ in range(2):
            self.add_action_row()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error = QLabel(self)
        self.error.setObjectName("wizardError")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)

    def add_action_row(self) -> ActionRow:
        action = ActionRow()
        self.action_rows.append(action)
        self.actions_box.addWidget(action)
        return action

    def set_pillars(self, chosen: list[str], evidence_count: int) -> None:
        self.pillar.clear()
        ordered = [p for p in sorted(self.content.pillars, key=lambda p: p.number)]
        for pillar in sorted(ordered, key=lambda p: p.id not in chosen):
            self.pillar.addItem(f"{pillar.number}. {pick(pillar.title, pillar.title_en)}", pillar.id)
            self.pillar.setItemData(self.pillar.count() - 1, pillar.definition, Qt.ItemDataRole.ToolTipRole)
        self.evidence_note.setText(count_text(
            evidence_count, self.tr("1 aangevinkt moment uit stap 3 wordt als bewijs aan elke stap gekoppeld."),
            self.tr("{n} aangevinkte momenten uit stap 3 worden als bewijs aan elke stap gekoppeld."))
            if evidence_count else "")

    def answers(self) -> dict[str, object]:
        return {"room": self.fields[1].toPlainText().strip(), "needed": self.fields[3].toPlainText().strip(),
                "timeline": self.fields[4].toPlainText().strip(), "pillar_id": self.pillar.currentData(),
                "actions": [d for d in (r.draft() for r in self.action_rows) if d is not None]}

    def validatePage(self) -> bool:
        return self.wizard().save_plan(self.answers())  # type: ignore[attr-defined]
