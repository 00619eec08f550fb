"""The panels opened under the review fit the bottom dock at 1280x720 (about 840x190) and at 1600x1000
(about 1010x440), in Dutch and in English: nothing is cut off at the side and the dock itself never scrolls
(each panel scrolls its own columns or tabs, so its buttons and tabs stay in sight)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea

from kijkwijzer.services import cases, client_feedback, consent, fragments, plan, recordings, reflection, slim
from kijkwijzer.ui import i18n

pytestmark = pytest.mark.gui
DOCKS = ((840, 190), (1010, 440))


@pytest.fixture
def filled(case_setup, test_video):
    ctx, conv = case_setup["ctx"], case_setup["conversation"]
    rec = recordings.import_recording(ctx, conv.id, test_video)
    frag = fragments.from_span(ctx, rec.id, 1000, 2500, "Weer een formulier dat ze niet begrijpt")
    consent.grant(ctx, conv.id, "client_interview", conv.held_on)
    client_feedback.record_reaction(ctx, frag.id, words="Ik was boos, maar niet op haar. Op het systeem.")
    refl = reflection.start_reflection(ctx, conv.id, date(2026, 11, 9), fragment_ids=(frag.id,))
    reflection.add_aandachtspunt(ctx, refl.id, "Doel en agenda samen vaststellen aan het begin",
                                 "thema.agenda", (frag.id,))
    slim.add(ctx, conv.id, zelfbeeld=["slim.zelfbeeld.wil_maar_kan_niet"], rol=["slim.rol.faciliteren"],
             logica=["slim.logica.kansen_bieden"])
    made = plan.add_plan(ctx, case_setup["professional"].id, "Eenvoudiger uitleggen wat regels betekenen")
    plan.add_action(ctx, made.id, "Een lijst maken met regels in gewone taal", links=[("fragment", frag.id)])
    cases.add_conversation(ctx, case_setup["case"].id, date(2026, 11, 23))
    return {**case_setup, "recording": rec, "reflection": refl}


def _panels(filled):
    from kijkwijzer.ui.assessment import PlanPanel
    from kijkwijzer.ui.feedback import ComparisonView
    from kijkwijzer.ui.reflection import ReflectionView
    from kijkwijzer.ui.series import SeriesView
    from kijkwijzer.ui.slim import SlimPanel

    ctx = filled["ctx"]
    yield "reflection", ReflectionView(ctx, filled["reflection"].id)
    yield "slim", SlimPanel(ctx, filled["conversation"].id)
    yield "comparison", ComparisonView(ctx, filled["recording"].id)
    yield "series", SeriesView(ctx, filled["case"].id)
    yield "plan", PlanPanel(ctx, filled["professional"].id)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_panels_fit_the_bottom_dock(qtbot, filled, lang):
    i18n.install(lang)
    try:
        for name, panel in _panels(filled):
            dock = QScrollArea()  # as PanelDock holds a panel
            dock.setWidgetResizable(True)
            dock.setFrameShape(QFrame.Shape.NoFrame)
            dock.setWidget(panel)
            qtbot.addWidget(dock)
            for width, height in DOCKS:
                dock.resize(width, height)
                dock.show()
                QApplication.processEvents()
                cut = (name, lang, width, panel.minimumSizeHint().width())
                assert not dock.horizontalScrollBar().isVisible(), cut
                assert not dock.verticalScrollBar().isVisible(), (name, lang, width, height)
            dock.close()
    finally:
        i18n.install("nl")


def test_the_self_assessment_fits_the_screen_and_says_where_the_statements_are(qtbot, case_setup):
    from PySide6.QtWidgets import QLabel

    from kijkwijzer.ui.assessment import AssessmentWizard

    wizard = AssessmentWizard(case_setup["ctx"], case_setup["professional"].id)
    qtbot.addWidget(wizard)
    room = wizard.screen().availableGeometry()  # offscreen: 800x600, lower than the 1100x820 it prefers
    assert wizard.width() <= room.width() and wizard.height() <= room.height()
    assert "schema hiernaast" in wizard.step2.subTitle()  # the workbook's words, quoted exactly
    where = wizard.step2.findChild(QLabel, "statementsWhere")
    assert where is not None and "Hieronder staan de stellingen" in where.text()
    assert "Programmatekst:" in where.text()  # the wizard's own words, marked as not the workbook's
