"""The series view: the two feedback scores over a case's conversations as a chart, the client's words and
themes per conversation, the aandachtspunten thread; it follows new scores as they are recorded."""

from __future__ import annotations

from datetime import date

import pytest

from kijkwijzer.services import aandachtspunten, cases, client_feedback, consent, reflection
from kijkwijzer.ui.series import SeriesView

pytestmark = pytest.mark.gui


def test_series_view_shows_the_line_and_follows_new_scores(qtbot, cycle_workspace):
    ws = cycle_workspace
    ctx = ws.as_pro
    ws.grant_interview()
    conv2 = cases.add_conversation(ctx, ws.case.id, date(2026, 11, 23), goal="Vervolg")
    consent.grant(ctx, conv2.id, "client_interview", date(2026, 11, 23))
    client_feedback.record_score(ctx, ws.conversation.id, "feedback.werkrelatie", 4, "We praten langs elkaar")
    client_feedback.record_score(ctx, ws.conversation.id, "feedback.doel", 3)
    refl = reflection.start_reflection(ctx, ws.conversation.id, date(2026, 11, 9))
    point = aandachtspunten.add_aandachtspunt(ctx, refl.id, "Open vraag en dan stil zijn", "thema.beurten")
    aandachtspunten.record_followup(ctx, point.id, conv2.id, "ja", "Cliënt vertelde meer")

    view = SeriesView(ctx, ws.case.id)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    assert "2 gesprekken" in view.heading.text()
    relation, goal = view.chart.series
    assert relation.values == (4, None) and goal.values == (3, None)
    assert view.table.item(0, 2).text() == "4  “We praten langs elkaar”"
    assert "Raakmomenten (1)" in view.table.item(0, 4).text()
    top = view.thread.topLevelItem(0)
    assert top.text(0) == "Gesprek 1: Open vraag en dan stil zijn" and top.text(2) == "open"
    assert top.child(0).text(0) == "Gesprek 2: geprobeerd – Cliënt vertelde meer"
    assert "nog te weinig metingen" in view.lines.text()

    client_feedback.record_score(ctx, conv2.id, "feedback.werkrelatie", 7)  # published on the bus
    client_feedback.record_score(ctx, conv2.id, "feedback.doel", 6)
    qtbot.waitUntil(lambda: view.chart.series[1].values == (3, 6), timeout=2000)
    assert "Begrijpen we elkaar beter?  positieve lijn (4 → 7)" in view.lines.text()
    image = view.chart.grab().toImage()
    blue = image.pixelColor(view.chart.point(1, 7).toPoint())
    assert (blue.red(), blue.green(), blue.blue()) == (0x44, 0x77, 0xAA)  # a dot where the score is
    view.close()
