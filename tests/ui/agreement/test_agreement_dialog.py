"""Gesprek > Overeenstemming tussen kijkers… in the window: from an empty workspace it says what to do; with a
recording open the matrix, the reading and the moments show, Enter on a moment goes there in the review, the
dialog follows new annotations and the tolerance, and exports; the client's side shows in the comparison view and
as a line in the series view (issue 13 parts 2 and 3)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, client_feedback, consent, fragments
from kijkwijzer.services.context import Actor
from kijkwijzer.ui.agreement import AgreementDialog
from tests.ui.conftest import open_main_window

pytestmark = pytest.mark.gui


def _note(ctx, rec_id, start_ms, theme, end_ms=None):
    return annotations.add(ctx, AnnotationDraft(rec_id, start_ms, end_ms, themes=(theme,)))


def _dialog(window) -> AgreementDialog:
    window.actions_by_name["agreement"].trigger()
    dialog = window.findChild(AgreementDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_from_an_empty_workspace_it_says_what_to_do(qtbot, workspace):
    from kijkwijzer.services.open_workspace import open_context
    from tests.support.fake_player import FakePlayer

    ctx = open_context(workspace)
    window = open_main_window(qtbot, ctx, FakePlayer())
    assert window.actions_by_name["agreement"].text() == "Overeenstemming tussen kijkers…"
    window.actions_by_name["agreement"].trigger()
    assert window.findChild(AgreementDialog) is None
    assert "Open eerst een opname" in window.statusBar().currentMessage()
    window.close()
    ctx.store.dispose()


def test_matrix_reading_and_moments_one_key_away(qtbot, window, review_workspace, tmp_path):
    ws = review_workspace
    rec = ws.recording.id
    joost = ws.as_pro.as_actor(Actor(ws.coach.id, ws.coach.name, ws.coach.role))
    _note(ws.as_pro, rec, 1000, "thema.weerstand")
    _note(joost, rec, 2400, "thema.weerstand")
    _note(joost, rec, 3000, "thema.taal", 5000)
    dialog = _dialog(window)
    assert dialog.matrix.rowCount() == 2
    assert dialog.matrix.horizontalHeaderItem(1).text() == "κ Sanne × Joost"
    assert dialog.matrix.item(0, 0).text() == "Weerstand, afhaken of verstarren"
    assert dialog.matrix.item(0, 1).text() == "1,00  zeer goed"
    assert dialog.matrix.item(1, 1).text().endswith("alleen Joost")
    assert dialog.reading.text().startswith("Sanne en Joost zien ‘weerstand, afhaken of verstarren’ vaak op dezelfde")
    assert dialog.moments.item(0, 0).text() == "00:00:03–00:00:05"
    assert dialog.moments.item(0, 2).text() == "Duidelijk taalgebruik" and dialog.moments.item(0, 1).text() == "–"

    window.review.playback.seek(0)
    dialog.tabs.setCurrentIndex(2)
    dialog.moments.setFocus()
    dialog.moments.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.moments, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.review.playback.position == 3000, timeout=2000)

    _note(ws.as_pro, rec, 3500, "thema.taal")  # Sanne now sees the language too: the dialog follows
    qtbot.waitUntil(lambda: "alleen Joost" not in dialog.matrix.item(1, 1).text(), timeout=2000)
    dialog.tolerance.setValue(0.0)  # 1.0 s and 2.4 s: not the same second
    assert dialog.matrix.item(0, 1).text().startswith("-")

    out = dialog.export(tmp_path / "figuren.csv")
    assert out is not None and out.is_file() and "Geschreven" in dialog.status.text()
    window.actions_by_name["agreement"].trigger()  # asked again: the same dialog
    assert window.findChildren(AgreementDialog) == [dialog]
    dialog.close()


def test_one_reviewer_is_told_what_is_needed(qtbot, window, review_workspace):
    _note(review_workspace.as_pro, review_workspace.recording.id, 1000, "thema.weerstand")
    dialog = _dialog(window)
    assert "minstens twee kijkers" in dialog.reading.text() and "Alleen Sanne" in dialog.reading.text()
    assert not dialog.tabs.isVisible() and not dialog.export_button.isEnabled()
    dialog.close()


def test_client_and_reviewers_in_the_comparison_and_the_series(qtbot, cycle_workspace):
    from kijkwijzer.services import cases
    from kijkwijzer.ui.feedback import ComparisonView
    from kijkwijzer.ui.series import SeriesView

    ws = cycle_workspace
    ws.grant_interview()
    for fragment, mark in zip(ws.fragments, ("match", "differ"), strict=True):
        client_feedback.record_reaction(ws.as_researcher, fragment.id, "Zo voelde het")
        client_feedback.mark(ws.as_pro, fragment.id, mark)
    comparison = ComparisonView(ws.as_pro, ws.recording.id)
    qtbot.addWidget(comparison)
    assert comparison.summary.text().endswith("50 % van de beoordeelde komt overeen")
    later = cases.add_conversation(ws.as_pro, ws.case.id, date(2026, 11, 23), goal="Vervolg")
    consent.grant(ws.ctx, later.id, "client_interview", date(2026, 11, 23))
    view = SeriesView(ws.as_pro, ws.case.id)
    qtbot.addWidget(view)
    (line,) = view.client_chart.series
    assert line.values == (50, None)  # nothing compared yet in the second conversation
    third = fragments.from_span(ws.as_pro, ws.recording.id, 4000, 5500, "Derde")
    client_feedback.record_reaction(ws.as_researcher, third.id, "Ook zo")
    client_feedback.mark(ws.as_pro, third.id, "match")  # published on the bus: the line follows
    qtbot.waitUntil(lambda: view.client_chart.series[0].values == (67, None), timeout=2000)
