"""Step 3 of 001: per pillar with any (helemaal) oneens the recommendations and reading/viewing tips, the
annotated moments beside it, and, when (nearly) all agree, the invitation to pick a pillar anyway (001:134-136;
neutral answers do not bring it, see domain/assessment.py). Each pillar unfolds its definition and elements."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kijkwijzer.content import Content
from kijkwijzer.services.assessment import PillarReport, Step3Report
from kijkwijzer.services.evidence import EvidenceItem

from ..i18n import count_text
from ..product_text import mark_text, product_html
from .evidence_list import EvidenceList
from .pillar_help import PillarHelp
from .rich import bullets, item_html


def advice_html(content: Content, pillar_id: str, intro: str) -> str:
    """Recommendations and tips of one pillar, straight from the content (the seed's wording)."""
    recs = [item_html(r.text, r.sub_items, r.links) for r in content.recommendations_for(pillar_id)]
    tips = [item_html(t.text, (), t.links) for t in content.tips_for(pillar_id)]
    recommendations = QCoreApplication.translate("PillarBox", "Aanbevelingen")
    reading = QCoreApplication.translate("PillarBox", "Lees- en kijktips")
    parts = [f"<p>{intro}</p>"] if intro else []
    parts += [f"<b>{recommendations}</b>", bullets(recs), f"<b>{reading}</b>", bullets(tips)]
    return "".join(parts)


class PillarBox(QFrame):
    """One pillar: its state, the advice (shown with room for improvement or when chosen) and the evidence."""

    chosen_changed = Signal()

    def __init__(self, content: Content, report: PillarReport, evidence: tuple[EvidenceItem, ...],
                 open_url: Callable[[QUrl], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"pillar:{report.pillar_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.report = report
        layout = QVBoxLayout(self)
        pillar_word = self.tr("Pijler %1").replace("%1", str(report.number))
        title = QLabel(f"<b>{pillar_word}: {escape(report.title)}</b>"
                       f" — {escape(report.question)}", self)
        title.setObjectName("pillarTitle")
        title.setToolTip(content.pillar(report.pillar_id).definition)
        layout.addWidget(title)
        self.help = PillarHelp(content, report.pillar_id, self)
        layout.addWidget(self.help)
        if report.room_for_improvement:
            state = count_text(
                len(report.disagreed),
                self.tr("Je hebt hier 1 keer ‘(helemaal) oneens’ aangekruist: hier zit ruimte voor verbetering."),
                self.tr("Je hebt hier {n} keer ‘(helemaal) oneens’ aangekruist: hier zit ruimte voor verbetering."))
            answered = {s.id: s for s in report.statements}
            state = product_html(state) + "".join(f"<br/>• {escape(answered[sid].text)} <i>({escape(answered[sid].label)})</i>"
                                            for sid in report.disagreed if sid in answered)
        else:
            state = product_html(self.tr("Bij deze pijler heb je geen ‘(helemaal) oneens’ aangekruist."))
        self.state = QLabel(state, self)
        self.state.setToolTip(mark_text())  # the summary is the wizard's; the statements under it are 001's
        self.state.setObjectName("pillarState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.choose = QCheckBox(self.tr("Aan deze pijler wil ik werken"), self)
        self.choose.setChecked(report.room_for_improvement)
        layout.addWidget(self.choose)
        row = QHBoxLayout()
        intro = report.recommendation_intro or ""
        self.advice = QLabel(advice_html(content, report.pillar_id, intro), self)
        self.advice.setObjectName("pillarAdvice")
        self.advice.setWordWrap(True)
        self.advice.setOpenExternalLinks(False)
        self.advice.linkActivated.connect(lambda url: open_url(QUrl(url)))
        row.addWidget(self.advice, 3, Qt.AlignmentFlag.AlignTop)
        self.evidence = EvidenceList(evidence, self)
        row.addWidget(self.evidence, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.choose.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.advice.setVisible(self.report.room_for_improvement or self.choose.isChecked())
        self.chosen_changed.emit()

    @property
    def chosen(self) -> bool:
        return self.choose.isChecked()


class Step3Page(QWizardPage):
    play_requested = Signal(object)  # EvidenceItem

    def __init__(self, content: Content, open_url: Callable[[QUrl], object]) -> None:
        super().__init__()
        self.content = content
        self._open_url = open_url
        step = next(s for s in content.steps if s.number == 3)
        self.setTitle(self.tr("Stap 3: %1").replace("%1", step.heading))
        self.setSubTitle(step.text)
        self.boxes: dict[str, PillarBox] = {}
        self.invitation = QLabel(self)
        self.invitation.setObjectName("invitation")
        self.invitation.setWordWrap(True)
        self.invitation.setStyleSheet("QLabel#invitation { background: #f6efe0; border: 1px solid #ddc48e;"
                                      " border-radius: 4px; padding: 8px; font-weight: 600; }")
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.invitation)
        layout.addWidget(self.scroll, 1)
        self.player_slot = QVBoxLayout()
        layout.addLayout(self.player_slot)

    def show_report(self, report: Step3Report, evidence: dict[str, tuple[EvidenceItem, ...]]) -> None:
        self.report = report
        self.invitation.setText(report.invitation)
        self.invitation.setVisible(report.invite_choice)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.boxes = {}
        for pillar in report.pillars:
            box = PillarBox(self.content, pillar, evidence.get(pillar.pillar_id, ()), self._open_url, body)
            box.evidence.play_requested.connect(self.play_requested.emit)
            box.chosen_changed.connect(self.completeChanged.emit)
            self.boxes[pillar.pillar_id] = box
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(body)
        self.completeChanged.emit()

    def chosen_pillars(self) -> list[str]:
        return [pid for pid, box in self.boxes.items() if box.chosen]

    def chosen_evidence(self) -> list[EvidenceItem]:
        return [item for box in self.boxes.values() for item in box.evidence.checked()]
