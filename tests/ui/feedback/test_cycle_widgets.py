"""The widgets around the cycle, driven as a user would: the playlist panel (make, order, play straight
through on a real headless VLC), the comparison table with its marks, the reflection view with its
questions and aandachtspunten, and the follow-up checklist of the next conversation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kijkwijzer.services import (
    aandachtspunten,
    cases,
    client_feedback,
    consent,
    fragments,
    recordings,
    reflection,
)
from kijkwijzer.ui.feedback import ComparisonView, PlaylistPanel, PlaylistRunner
from kijkwijzer.ui.reflection import FollowupChecklist, ReflectionView

pytestmark = pytest.mark.gui


def test_playlist_panel_makes_orders_and_plays_straight_through(qtbot, cycle_workspace):
    from kijkwijzer.media.player_factory import create_player
    from kijkwijzer.ui.review.playback import Playback

    ws = cycle_workspace
    panel = PlaylistPanel(ws.as_pro)
    qtbot.addWidget(panel)
    panel.set_recording(ws.recording.id)
    assert panel.pool.count() == 2 and panel.items.count() == 2
    third = panel.add_fragment_from_span(5000, 5800)
    assert panel.pool.count() == 3  # the panel follows the fragment.added event
    panel.buttons["new_reflection"].click()  # nothing selected: an empty list for the reflection
    assert panel.current_playlist().purpose == "reflection" and panel.items.count() == 0
    panel.pool.setCurrentRow(2)
    panel.buttons["add"].click()
    panel.pool.setCurrentRow(0)
    panel.buttons["add"].click()
    assert [f.id for f in panel.current_playlist().fragments] == [third.id, ws.fragments[0].id]
    panel.items.setFocus()
    panel.items.setCurrentRow(1)
    qtbot.keyClick(panel.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    stored = fragments.get_playlist(ws.as_pro, panel.current_playlist_id())
    assert [f.id for f in stored.fragments] == [ws.fragments[0].id, third.id]
    assert not panel.buttons["interview"].isEnabled()  # a reflection list is not for the client interview

    player = create_player(headless=True)
    playback = Playback(player)
    try:
        player.load(ws.recording.source)
        playback.set_media(ws.recording.duration_ms, 25.0)
        runner = PlaylistRunner(playback)
        started = []
        runner.fragment_started.connect(lambda index, fid: started.append(fid))
        with qtbot.waitSignal(panel.play_requested) as asked:
            panel.buttons["play"].click()
        with qtbot.waitSignal(runner.finished, timeout=10000):
            runner.start(asked.args[0])
        assert started == [ws.fragments[0].id, third.id]
        assert not playback.playing and playback.position >= third.end_ms - 200
    finally:
        playback.stop()
        player.close()
    panel.close()


def test_comparison_view_puts_annotations_beside_reactions_and_keeps_marks(qtbot, cycle_workspace):
    ws = cycle_workspace
    ctx = ws.as_pro
    first, second = ws.fragments
    view = ComparisonView(ctx, ws.recording.id)
    qtbot.addWidget(view)
    assert "geen toestemming" in view.summary.text()  # no interview consent yet
    ws.grant_interview()
    client_feedback.record_reaction(ctx, second.id, words="Daar werd ik verdrietig")
    client_feedback.record_reaction(ctx, first.id, words="Hier keek ik weg")
    view.refresh()
    row = view.row_for(second.id)
    assert "Joost Bakker: " in view.table.item(row, 1).text()
    assert view.table.item(row, 2).text() == "Daar werd ik verdrietig"
    first_row = view.row_for(first.id)
    assert view.table.item(first_row, 1).text() == "(niets geannoteerd)"
    box = view.table.cellWidget(first_row, 3)
    assert box.itemText(box.findData("client_only")).endswith("(voorstel)")
    box.setCurrentIndex(box.findData("client_only"))
    view.table.cellWidget(row, 3).setCurrentIndex(box.findData("match"))
    qtbot.waitUntil(lambda: "Komt overeen: 1" in view.summary.text() and "zag het: 1" in view.summary.text())
    marks = {r.fragment.id: r.mark for r in client_feedback.compare(ctx, ws.recording.id)}
    assert marks == {first.id: "client_only", second.id: "match"}
    view.close()


def test_reflection_view_and_next_conversation_checklist(qtbot, cycle_workspace, test_video):
    ws = cycle_workspace
    ctx = ws.as_pro
    first, second = ws.fragments
    refl = reflection.start_reflection(ctx, ws.conversation.id, date(2026, 11, 9), playlist_id=ws.playlist.id)
    view = ReflectionView(ctx, refl.id)
    qtbot.addWidget(view)
    view.agenda.setCurrentRow(1)  # the fragment of the coach's annotation on raakmomenten
    theme = ctx.content.theme("thema.raakmomenten")
    assert theme.key_question in view.questions.text()
    assert "(geen reactie van de cliënt)" == view.said.text()
    view.notes.setPlainText("Emotie niet benoemd")
    view.tips.setPlainText("Benoem wat je ziet")  # committed by themselves: there is no Save button
    qtbot.waitUntil(lambda: reflection.get_reflection(ctx, refl.id).items[1].tips == "Benoem wat je ziet")
    assert view.point_theme.currentData() == "thema.raakmomenten"
    qtbot.keyClicks(view.point_text, "Raakmomenten benoemen")
    view.add_point.click()
    qtbot.waitUntil(lambda: view.points.count() == 1)
    point = aandachtspunten.list_aandachtspunten(ctx, ws.case.id)[0]
    assert (point.theme_id, point.fragment_ids) == ("thema.raakmomenten", (second.id,))
    view.agenda.setFocus()
    qtbot.keyClick(view.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.fragment.id for i in reflection.get_reflection(ctx, refl.id).items] == [second.id, first.id]
    view.close()

    conv2 = cases.add_conversation(ctx, ws.case.id, date(2026, 11, 23))
    for purpose in ("recording", "analysis"):
        consent.grant(ctx, conv2.id, purpose, date(2026, 11, 23))
    rec2 = recordings.import_recording(ctx, conv2.id, test_video)
    shows_it = fragments.from_span(ctx, rec2.id, 1000, 3000, "Ze benoemt het")
    checklist = FollowupChecklist(ctx)
    qtbot.addWidget(checklist)
    checklist.set_conversation(conv2.id)
    assert len(checklist.rows) == 1
    row = checklist.rows[0]
    row.tried.setCurrentIndex(row.tried.findData("ja"))
    row.effect.setText("Cliënt vertelde meer")
    row.fragment.setCurrentIndex(row.fragment.findData(shows_it.id))
    followup = aandachtspunten.checklist(ctx, conv2.id)[0].followup
    assert (followup.tried, followup.effect, followup.fragment_id) == ("ja", "Cliënt vertelde meer", shows_it.id)
    row.leerpunt.setText("Benoemen opent het gesprek")
    qtbot.waitUntil(lambda: aandachtspunten.list_aandachtspunten(ctx, ws.case.id)[0].status == "closed")
    qtbot.waitUntil(lambda: "(afgerond)" in row.title.text())  # the same row, brought up to date
    checklist.close()
