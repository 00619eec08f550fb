"""Step 2 of 001: the twelve statements, four per pillar, each on the neutral five-point scale; under each
pillar heading "Wat betekent begrijpen?" unfolds the pillar's definition and elements (pillar_help.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from kijkwijzer.content import Content

from ..i18n import pick
from ..product_text import mark_product
from .pillar_help import PillarHelp
from .scale_row import ScaleRow


class Step2Page(QWizardPage):
    def __init__(self, content: Content) -> None:
        super().__init__()
        step = next(s for s in content.steps if s.number == 2)
        self.setTitle(self.tr("Stap 2: %1").replace("%1", step.heading))
        self.setSubTitle(step.text)
        self.rows: dict[str, ScaleRow] = {}
        self.pillar_help: dict[str, PillarHelp] = {}  # per pillar: its definition and elements (000), folded
        body = QWidget()
        body_layout = QVBoxLayout(body)
        # The subtitle quotes the workbook (001) exactly, "in het schema hiernaast"; here the statements are
        # below it, so a product note says where they are rather than rewording the seed text. Both notes are
        # the wizard's own words and are marked so (product_text.py).
        where = mark_product(QLabel(body), self.tr("Hieronder staan de stellingen, vier per pijler (in het werkboek: "
                                                   "het schema hiernaast)."))
        where.setWordWrap(True)
        where.setObjectName("statementsWhere")
        body_layout.addWidget(where)
        if content.has("assessment.schaal"):
            scale_note = mark_product(QLabel(body), self.tr("Kies bij elke stelling wat voor jou van toepassing is. "
                                                            "‘(Helemaal) oneens’ wijst op ruimte voor verbetering, "
                                                            "niet op iets slechts."))
            scale_note.setWordWrap(True)
            scale_note.setObjectName("scaleNote")
            body_layout.addWidget(scale_note)
        for pillar in sorted(content.pillars, key=lambda p: p.number):
            heading = QLabel("<b>" + self.tr("Stellingen bij pijler %1: %2").replace("%1", str(pillar.number))
                             .replace("%2", pick(pillar.question, pillar.question_en)) + "</b>", body)
            heading.setObjectName("pillarHeading")
            heading.setToolTip(pillar.definition)
            body_layout.addWidget(heading)
            help_ = PillarHelp(content, pillar.id, body)
            self.pillar_help[pillar.id] = help_
            body_layout.addWidget(help_)
            box = QFrame(body)
            box.setObjectName("statementBlock")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)
            grid.setVerticalSpacing(8)
            for line, statement in enumerate(content.statements_for(pillar.id)):
                text = pick(statement.text, statement.text_en)
                if statement.note:
                    text += f"*<br/><small>*{statement.note}</small>"
                label = QLabel(text, box)
                label.setWordWrap(True)
                label.setMinimumWidth(320)
                row = ScaleRow(content.scale, box)
                row.setObjectName(f"scale:{statement.id}")
                row.answered.connect(lambda _v: self.completeChanged.emit())
                self.rows[statement.id] = row
                grid.addWidget(label, line, 0)
                grid.addWidget(row, line, 1, Qt.AlignmentFlag.AlignVCenter)
            body_layout.addWidget(box)
            body_layout.addSpacing(6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error = QLabel(self)
        self.error.setObjectName("wizardError")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)

    def answers(self) -> dict[str, int]:
        return {sid: row.value() for sid, row in self.rows.items() if row.value() is not None}  # type: ignore[misc]

    def set_answers(self, answers: dict[str, int]) -> None:
        for sid, value in answers.items():
            if sid in self.rows:
                self.rows[sid].set_value(value)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return len(self.answers()) == len(self.rows)

    def validatePage(self) -> bool:
        return self.wizard().save_answers(self.answers())  # type: ignore[attr-defined]
