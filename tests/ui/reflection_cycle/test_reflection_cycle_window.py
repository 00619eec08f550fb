"""The reflection cycle of 004 in the window (issue 14 part 4): a reflection over two conversations with agenda
items from both, a follow-on reflection, a leerpunt on its own shown apart and never on a checklist, the
client's words without a score (saved, shown, and the charts drawing round it), the interview's own date, and a
remark about an earlier conversation that was not recorded."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kijkwijzer.services import aandachtspunten, cases, client_feedback, reflection, series
from kijkwijzer.ui.cycle.cycle_view import CycleView
from kijkwijzer.ui.feedback.interview_mode import ClientInterviewWindow
from kijkwijzer.ui.intake.case_events import CaseEventsDialog
from kijkwijzer.ui.progress.charts import feedback_chart
from kijkwijzer.ui.reflection import FollowupChecklist, ReflectionView
from kijkwijzer.ui.series import SeriesView
from tests.support.fake_player import FakePlayer

pytestmark = pytest.mark.gui
HELD = date(2026, 11, 30)


def _view(qtbot, ctx, reflection_id: int) -> ReflectionView:
    view = ReflectionView(ctx, reflection_id)
    qtbot.addWidget(view)
    view.resize(1100, 420)
    view.show()
    return view


def _menu_choose(qtbot, button, menu, text: str) -> list[str]:
    """Open a button's menu with the keyboard and choose the entry containing `text`; returns what it offered."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    seen = [a.text() for a in menu.actions()]
    wanted = next(a for a in menu.actions() if text in a.text() and a.isEnabled() and not a.isSeparator())
    menu.setActiveAction(wanted)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    return seen


def test_a_reflection_over_two_conversations_takes_agenda_items_from_both(qtbot, case_two):
    ws = case_two
    refl = reflection.start_reflection(ws.pro, ws.conv2.id, HELD, covers=(ws.conv1.id,), fragment_ids=(ws.frag1.id,))
    view = _view(qtbot, ws.pro, refl.id)
    assert view.header.about.text() == "Over gesprek 1 (02-11-2026) en gesprek 2 (23-11-2026)"
    assert view.agenda.item(0).text().startswith("1. gesprek 1 · ")
    offered = _menu_choose(qtbot, view.add_fragment, view.add_menu, "Feiten in plaats van beleving")
    assert offered[0] == "Gesprek 2" and any("Feiten in plaats van beleving" in t for t in offered)
    qtbot.waitUntil(lambda: view.agenda.count() == 2)
    assert view.agenda.item(1).text().startswith("2. gesprek 2 · ")
    assert [i.fragment.id for i in reflection.get_reflection(ws.pro, refl.id).items] == [ws.frag1.id, ws.frag2.id]
    # the Gesprekken menu ticks what it covers; its own conversation cannot be left out
    view.header.covers_menu.aboutToShow.emit()
    ticks = {a.objectName(): (a.isChecked(), a.isEnabled()) for a in view.header.covers_menu.actions()}
    assert ticks == {f"reflectionCovers_{ws.conv1.id}": (True, True), f"reflectionCovers_{ws.conv2.id}": (True, False)}
    assert "Alt+R" in view.header.covers_button.toolTip()


def test_a_follow_on_reflection_is_started_from_the_first_and_says_so(qtbot, case_two):
    ws = case_two
    first = reflection.start_reflection(ws.pro, ws.conv2.id, HELD, covers=(ws.conv1.id,))
    view = _view(qtbot, ws.pro, first.id)
    view.header.follow_on_menu.aboutToShow.emit()  # what opening the menu does (a tool button's popup blocks)
    offered = [a.text() for a in view.header.follow_on_menu.actions()]
    assert offered == ["Over gesprek 2 van 23-11-2026", "Over gesprek 1 van 02-11-2026"]  # the later one first
    with qtbot.waitSignal(view.follow_on_started) as started:
        view.header.follow_on_menu.actions()[0].trigger()
    new_id, conversation_id = started.args
    assert conversation_id == ws.conv2.id and reflection.get_reflection(ws.pro, new_id).follows_id == first.id
    second = _view(qtbot, ws.pro, new_id)
    assert "vervolg op reflectie van 30-11-2026" in second.header.about.text()


def test_a_leerpunt_on_its_own_is_shown_apart_and_not_in_the_checklist(qtbot, case_two):
    ws = case_two
    refl = reflection.start_reflection(ws.pro, ws.conv2.id, HELD, covers=(ws.conv1.id,), fragment_ids=(ws.frag1.id,))
    view = _view(qtbot, ws.pro, refl.id)
    qtbot.keyClicks(view.point_text, "Meer naar beleving vragen")
    qtbot.keyClick(view.point_text, Qt.Key.Key_Return)  # Enter: an aandachtspunt
    qtbot.waitUntil(lambda: view.points.count() == 1)
    qtbot.keyClicks(view.point_text, "Ik vul mijn eigen vragen in")
    view.add_leerpunt.click()
    qtbot.waitUntil(lambda: view.leerpunten.count() == 1)
    assert view.leerpunten.item(0).text().startswith("Ik vul mijn eigen vragen in")
    assert view.points.count() == 1 and view.points.item(0).text().startswith("Meer naar beleving vragen")
    conv3 = cases.add_conversation(ws.pro, ws.case.id, date(2026, 12, 14))
    checklist = FollowupChecklist(ws.pro)
    qtbot.addWidget(checklist)
    checklist.set_conversation(conv3.id)
    assert [row.entry.point.text for row in checklist.rows] == ["Meer naar beleving vragen"]
    thread = SeriesView(ws.pro, ws.case.id)
    qtbot.addWidget(thread)
    tops = [thread.thread.topLevelItem(i) for i in range(thread.thread.topLevelItemCount())]
    assert [(t.text(0), t.text(2)) for t in tops] == [
        ("Gesprek 2: Meer naar beleving vragen", "open"), ("Gesprek 2, leerpunt: Ik vul mijn eigen vragen in", "leerpunt")]
    assert tops[1].childCount() == 0  # nothing to follow up under a lesson


def test_the_clients_words_without_a_score_are_saved_shown_and_charted_round(qtbot, case_two):
    ws = case_two
    window = ClientInterviewWindow(ws.pro, ws.playlist.id, FakePlayer)
    qtbot.addWidget(window)
    window.show()
    window.message_button.click()  # Beginnen
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    window.to_questions.click()
    window.reaction.next.click()
    assert window.pages.currentWidget() is window.scores
    relation = window.scores.rows["feedback.werkrelatie"]
    assert not relation.words.isEnabled()
    relation.no_score.click()  # "geen cijfer": only the client's words
    assert relation.words.isEnabled() and "nodig zonder cijfer" in relation.words.placeholderText()
    assert client_feedback.scores(ws.pro, ws.conv1.id) == []  # nothing to store before the words
    qtbot.keyClicks(relation.words, "Ze begrijpt mij niet")
    window.scores.finish.click()
    assert window.pages.currentWidget() is window.message_page  # the closing words: finished
    window.close()
    assert [(s.score, s.words) for s in client_feedback.scores(ws.pro, ws.conv1.id)] == [
        (None, "Ze begrijpt mij niet")]
    client_feedback.record_score(ws.pro, ws.conv2.id, "feedback.werkrelatie", 7, "Beter")
    view = SeriesView(ws.pro, ws.case.id)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    assert view.table.item(0, 2).text() == "geen cijfer  “Ze begrijpt mij niet”"
    assert view.chart.series[0].values == (None, 7)
    assert not view.chart.grab().isNull()
    chart = feedback_chart(ws.pro.content, series.case_series(ws.pro, ws.case.id), "Feedback")
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    assert not chart.grab().isNull() and chart.series[0].values == (None, 7)


def test_the_interview_date_is_chosen_in_the_interview_and_shown_in_the_cycle(qtbot, case_two):
    ws = case_two
    window = ClientInterviewWindow(ws.pro, ws.playlist.id, FakePlayer)
    qtbot.addWidget(window)
    window.show()
    window.message_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    window.to_questions.click()
    window.reaction.next.click()
    window.scores.interview_date.setDate(QDate(2026, 11, 25))  # after conversation 2 (004 case 2)
    assert cases.get_conversation(ws.pro, ws.conv1.id).interviewed_on == date(2026, 11, 25)
    window.close()
    cycle_view = CycleView(ws.pro, ws.case.id)
    qtbot.addWidget(cycle_view)
    cycle_view.resize(1100, 700)
    assert "Cliëntinterview op 25 november 2026" in cycle_view.cards[ws.conv1.id].about.text()
    assert "Cliëntinterview" not in cycle_view.cards[ws.conv2.id].about.text()


def test_the_first_answer_stores_todays_interview_date(qtbot, case_two):
    ws = case_two
    window = ClientInterviewWindow(ws.pro, ws.playlist.id, FakePlayer)
    qtbot.addWidget(window)
    window.show()
    window.message_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
    window.to_questions.click()
    window.reaction.next.click()
    window.scores.rows["feedback.doel"].group.button(6).click()
    window.close()
    assert cases.get_conversation(ws.pro, ws.conv1.id).interviewed_on == date.today()


def test_a_remark_about_an_earlier_unrecorded_conversation_is_offered_and_shown(qtbot, case_two):
    ws = case_two
    dialog = CaseEventsDialog(ws.pro, ws.case.id)
    qtbot.addWidget(dialog)
    kinds = {dialog.new_kind.itemData(i): (dialog.new_kind.itemText(i),
                                           dialog.new_kind.itemData(i, Qt.ItemDataRole.ToolTipRole))
             for i in range(dialog.new_kind.count())}
    assert kinds["note"] == ("opmerking", "Een opmerking, bijvoorbeeld over een eerder gesprek dat niet is opgenomen")
    dialog.new_kind.setCurrentIndex(dialog.new_kind.findData("note"))
    assert "niet opgenomen gesprek" in dialog.new_text.placeholderText()
    dialog.new_date.setDate(QDate(2026, 11, 12))
    qtbot.keyClicks(dialog.new_text, "Tussendoor een gesprek gevoerd dat niet is opgenomen")
    assert dialog.add_event() is not None
    dialog.close()
    assert [(e.kind, e.text) for e in cases.list_case_events(ws.pro, ws.case.id)] == [
        ("note", "Tussendoor een gesprek gevoerd dat niet is opgenomen")]
    cycle_view = CycleView(ws.pro, ws.case.id)
    qtbot.addWidget(cycle_view)
    lines = [w.text() for w in cycle_view.findChildren(type(cycle_view.header.title)) if w.objectName() == "cycleEvent"]
    assert lines == ["12 november 2026 · <i>opmerking</i> · Tussendoor een gesprek gevoerd dat niet is opgenomen"]
    assert aandachtspunten.checklist(ws.pro, ws.conv2.id) == []
