"""The self-assessment wizard, following 001 step by step; it saves through the services.

Leaving step 2 stores the answers (a sitting); finishing step 4 stores the plan with its actions, each
linked to the moments checked in step 3. Errors appear on the page, never as a crash.
Hook it into a menu with `AssessmentWizard(ctx, professional_id, parent).open()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget, QWizard

from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.media.player import Player
from kijkwijzer.services import assessment, evidence, plan
from kijkwijzer.services.assessment import AssessmentView
from kijkwijzer.services.context import Context
from kijkwijzer.services.plan import PlanView

from ..i18n import current_lang
from .step1_page import Step1Page
from .step2_page import Step2Page
from .step3_page import Step3Page
from .step4_page import Step4Page


class AssessmentWizard(QWizard):
    saved = Signal(object)  # AssessmentView, each time the answers are stored
    plan_saved = Signal(object)  # PlanView
    fragment_requested = Signal(int, int, object)  # recording id, start ms, end ms (None = moment)

    def __init__(self, ctx: Context, professional_id: int, parent: QWidget | None = None, *,
                 open_url: Callable[[QUrl], object] | None = None,
                 player_factory: Callable[[], Player] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentWizard")
        self.ctx = ctx
        self.professional_id = professional_id
        self.open_url = open_url or QDesktopServices.openUrl
        self.sitting: AssessmentView | None = None
        self.plan: PlanView | None = None
        content = ctx.content
        self.setWindowTitle(self.tr("Zelf-assessment begrijpen, willen en kunnen"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.step1 = Step1Page(content, self.open_url)
        self.step2 = Step2Page(content)
        self.step3 = Step3Page(content, self.open_url)
        self.step4 = Step4Page(content)
        for page in (self.step1, self.step2, self.step3, self.step4):
            self.addPage(page)
        self.player = None
        if player_factory is not None:
            from .evidence_player import EvidencePlayer

            self.player = EvidencePlayer(ctx, player_factory, self.step3)
            self.step3.player_slot.addWidget(self.player)
        self.step3.play_requested.connect(self._play)
        self.currentIdChanged.connect(self._entered)
        self.finished.connect(self._close_media)
        self._fit_screen(parent)

    def _fit_screen(self, parent: QWidget | None) -> None:
        """1100x820 where there is room; on a 1280x720 screen the wizard stays within it (its pages scroll)."""
        width, height = 1100, 820
        screen = (parent.screen() if parent is not None else None) or self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.resize(width, height)

    # --- saving -------------------------------------------------------------------------------------
    def save_answers(self, answers: dict[str, int]) -> bool:
        try:
            if self.sitting is None:
                self.sitting = assessment.take(self.ctx, self.professional_id, answers, lang=current_lang())
            elif self.sitting.answers != answers:
                self.sitting = assessment.correct(self.ctx, self.sitting.id, answers, lang=current_lang())
        except KijkwijzerError as error:
            self.step2.error.setText(error.message(current_lang()))
            return False
        self.step2.error.clear()
        self.saved.emit(self.sitting)
        return True

    def save_plan(self, answers: dict) -> bool:
        """Nothing filled in: finish without a plan (step 4 is an offer); else question 1 is needed."""
        actions = answers["actions"]
        if not any((answers["room"], answers["needed"], answers["timeline"], actions)):
            return True
        links = [("annotation", item.annotation_id) for item in self.step3.chosen_evidence()]
        links += [("fragment", f) for item in self.step3.chosen_evidence() for f in item.fragment_ids]
        try:
            made = plan.add_plan(self.ctx, self.professional_id, answers["room"], needed=answers["needed"],
                                 timeline=answers["timeline"], pillar_id=answers["pillar_id"],
                                 assessment_id=self.sitting.id if self.sitting else None)
            for action in actions:
                plan.add_action(self.ctx, made.id, action.text, who=action.who, due_on=action.due_on, links=links)
            self.plan = plan.get_plan(self.ctx, made.id)
        except KijkwijzerError as error:
            self.step4.error.setText(error.message(current_lang()))
            return False
        self.plan_saved.emit(self.plan)
        return True

    # --- moving between steps --------------------------------------------------------------------------
    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.step3 and self.sitting is not None:
            try:
                found = evidence.by_pillar(self.ctx, self.professional_id)
            except KijkwijzerError:
                found = {}
            self.step3.show_report(self.sitting.step3, found)
        elif page is self.step4:
            self.step4.set_pillars(self.step3.chosen_pillars(), len(self.step3.chosen_evidence()))

    def _play(self, item: object) -> None:
        if self.player is not None and self.player.play(item):  # type: ignore[arg-type]
            return
        self.fragment_requested.emit(item.recording_id, item.start_ms, item.end_ms)  # type: ignore[attr-defined]

    def _close_media(self, *_args: object) -> None:
        if self.player is not None:
            self.player.close_media()
