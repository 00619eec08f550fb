"""Step 1 of 001: watch the animation (an external link), with the reading tip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from kijkwijzer.content import Content

from ..i18n import pick
from .rich import link


class Step1Page(QWizardPage):
    def __init__(self, content: Content, open_url: Callable[[QUrl], object]) -> None:
        super().__init__()
        step = next(s for s in content.steps if s.number == 1)
        self.step = step
        self._open_url = open_url
        self.setTitle(self.tr("Stap 1: %1").replace("%1", step.heading))
        self.setSubTitle(step.title)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if content.has("assessment.intro"):
            intro = content.passage("assessment.intro")
            intro_label = QLabel(pick(intro.text, intro.text_en), self)
            intro_label.setWordWrap(True)
            intro_label.setObjectName("assessmentIntro")
            layout.addWidget(intro_label)
        if content.has("assessment.pijlers"):
            pillars = content.passage("assessment.pijlers")
            pillars_label = QLabel(f"<i>{pick(pillars.text, pillars.text_en)}</i>", self)
            pillars_label.setWordWrap(True)
            layout.addWidget(pillars_label)
        step_word = self.tr("Stap %1")
        steps = "".join(f"<li><b>{step_word.replace('%1', str(s.number))}</b>: {s.title}</li>"
                        for s in sorted(content.steps, key=lambda s: s.number))
        overview = QLabel(self.tr("Dit assessment bestaat uit vier stappen:") + f"<ol style='margin:0'>{steps}</ol>", self)
        overview.setObjectName("stepsOverview")
        overview.setWordWrap(True)
        layout.addWidget(overview)
        layout.addSpacing(8)
        text = QLabel(step.text, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.watch = QPushButton(self.tr("▶  Bekijk de animatie (opent in je browser)"), self)
        self.watch.setObjectName("watchAnimation")
        self.watch.setToolTip(step.link)
        self.watch.setMinimumHeight(40)
        self.watch.clicked.connect(self.open_animation)
        row = QHBoxLayout()
        row.addWidget(self.watch)
        row.addStretch(1)
        layout.addLayout(row)
        if step.tip:
            tip = QLabel(f"{step.tip}<br/>{link(step.tip_link)}" if step.tip_link else step.tip, self)
            tip.setWordWrap(True)
            tip.setOpenExternalLinks(False)
            tip.linkActivated.connect(lambda url: self._open_url(QUrl(url)))
            layout.addWidget(tip)
        layout.addStretch(1)
        self.watched = False

    def open_animation(self) -> None:
        self.watched = True
        self._open_url(QUrl(self.step.link))
