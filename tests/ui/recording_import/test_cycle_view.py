"""The cycle view ("Waar sta ik") of a case built through the services: the right steps done, the next
step marked, the events between the conversations, and each step one click from its place."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.services import annotations, cases, fragments
from kijkwijzer.ui.cycle import CycleView
from kijkwijzer.ui.cycle.step_tile import DONE, NEXT, TODO, WAITING
from kijkwijzer.ui.workspace_browser import ID_ROLE, KIND_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def case_with_two_conversations(review_workspace):
    """The fixture's first conversation analysed by the coach (an annotation, a fragment), then a home visit,
    then a second conversation with nothing done yet."""
    from kijkwijzer.services.context import Actor

    ws = review_workspace
    as_coach = ws.ctx.as_actor(Actor(ws.coach.id, ws.coach.name, ws.coach.role))
    note = annotations.add(as_coach, AnnotationDraft(ws.recording.id, 1000, 2500, themes=("thema.raakmomenten",),
                                                     observation="de cliënt valt stil"))
    fragments.from_annotation(as_coach, note.id)
    case_id = ws.conversation.case_id
    cases.add_case_event(ws.ctx, case_id, date(2026, 11, 10), "event", "Huisbezoek door handhaving")
    ws.second = cases.add_conversation(ws.ctx, case_id, date(2026, 11, 20), goal="Terugblik")
    ws.case_id = case_id
    return ws


def _open_by_enter_on_the_case(qtbot, window, case_id: int) -> CycleView:
    browser = window.browser
    browser.refresh()
    item = next(it for it in browser._items() if it.data(0, KIND_ROLE) == "case" and it.data(0, ID_ROLE) == case_id)
    browser.setCurrentItem(item)
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    view = window.docks.panel(f"cycle:{case_id}")
    assert isinstance(view, CycleView)
    return view


def test_the_cycle_view_shows_what_is_done_and_marks_the_next_step(qtbot, window, case_with_two_conversations):
    ws = case_with_two_conversations
    view = _open_by_enter_on_the_case(qtbot, window, ws.case_id)
    first, second = ws.conversation.id, ws.second.id
    states = {key: view.tile(first, key).state for key in view.cards[first].tiles}
    assert states == {"consent": DONE, "recording": DONE, "annotations": DONE, "fragments": DONE,
                      "client_interview": WAITING, "reflection": NEXT, "aandachtspunten": WAITING,
                      "followup": WAITING}
    assert view.tile(first, "annotations").line.text() == "Joost Bakker (1)"
    assert "opnemen" in view.tile(first, "consent").line.text()
    assert view.tile(second, "consent").state == TODO and view.tile(second, "recording").state == WAITING
    assert "Schulden en werk" in view.header.title.text()
    assert "Volgende stap: gesprek 1, het reflectiegesprek houden." == view.header.next_line.text()
    # the home visit sits between the two conversations
    order = [view.body_layout.itemAt(i).widget() for i in range(view.body_layout.count())]
    names = [w.objectName() for w in order if w is not None]
    assert names == [f"cycleConversation_{first}", "cycleEvent", f"cycleConversation_{second}"]


def test_each_step_opens_its_place_and_the_view_follows(qtbot, window, case_with_two_conversations, answer_modal):
    ws = case_with_two_conversations
    view = _open_by_enter_on_the_case(qtbot, window, ws.case_id)
    first, second = ws.conversation.id, ws.second.id

    window.browser_dock.raise_()
    qtbot.mouseClick(view.tile(first, "fragments"), Qt.MouseButton.LeftButton)
    assert not window.fragments_dock.visibleRegion().isEmpty()  # in front of the werkmap now
    assert window.review.recording.id == ws.recording.id

    qtbot.mouseClick(view.tile(second, "consent"), Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "consentDialog" and w.isVisible())
    assert dialog.conversation_id == second
    dialog.close()

    answer_modal("", lambda box: box.button(QMessageBox.StandardButton.Yes))  # "no reflection yet: start one?"
    qtbot.mouseClick(view.tile(first, "reflection"), Qt.MouseButton.LeftButton)
    assert any(key.startswith("reflection:") for key in window.docks.panels)
    qtbot.waitUntil(lambda: view.tile(first, "reflection").state == DONE, timeout=5000)
    assert view.tile(first, "aandachtspunten").state == NEXT  # the next step moved on by itself

    view.tile(first, "annotations").setFocus()
    qtbot.keyClick(view.tile(first, "annotations"), Qt.Key.Key_Return)  # Enter on a tile, not the editor
    assert window.review.recording.id == ws.recording.id

    view.header.series_button.click()
    assert f"series:{ws.case_id}" in window.docks.panels


def test_menu_action_opens_the_cycle_of_the_chosen_conversations_case(qtbot, window, case_with_two_conversations):
    ws = case_with_two_conversations
    browser = window.browser
    browser.refresh()
    item = next(it for it in browser._items()
                if it.data(0, KIND_ROLE) == "conversation" and it.data(0, ID_ROLE) == ws.second.id)
    browser.setCurrentItem(item)
    action = next(a for a in window.menus["conversation"].actions() if a.objectName() == "action_cycle")
    assert action.shortcut().toString() == "Ctrl+Shift+W"
    action.trigger()
    assert isinstance(window.docks.panel(f"cycle:{ws.case_id}"), CycleView)


def test_a_case_menu_in_the_werkmap_offers_waar_sta_ik(qtbot, window, case_with_two_conversations):
    ws = case_with_two_conversations
    browser = window.browser
    item = next(it for it in browser._items() if it.data(0, KIND_ROLE) == "case" and it.data(0, ID_ROLE) == ws.case_id)
    menu = browser.case_menu(item)
    action = next(a for a in menu.actions() if a.objectName() == "case_cycle")
    action.trigger()
    menu.deleteLater()
    assert isinstance(window.docks.panel(f"cycle:{ws.case_id}"), CycleView)


def test_a_wrong_recording_is_removed_from_the_cycle_view_and_the_steps_follow(
        qtbot, window, case_with_two_conversations, answer_modal):
    ws = case_with_two_conversations
    view = _open_by_enter_on_the_case(qtbot, window, ws.case_id)
    first = ws.conversation.id
    card = view.cards[first]
    card.fill_more_menu()  # what the Meer button shows
    remove = next(a for a in card.more_menu.actions() if a.objectName() == f"cycle_recording_remove_{ws.recording.id}")
    assert "gesprek.mp4" in remove.text()
    texts = answer_modal("removeRecordingConfirm", lambda box: box.button(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(window.importer.removed, timeout=30000):
        remove.trigger()
    assert "1 annotatie" in texts[0] and "1 fragment" in texts[0]
    assert not ws.recording.path.exists()
    qtbot.waitUntil(lambda: view.tile(first, "recording").state == NEXT, timeout=5000)  # import it again
    assert view.tile(first, "annotations").state == WAITING


def test_the_client_interview_step_starts_the_interview_with_its_playlist(qtbot, window, case_with_two_conversations):
    from kijkwijzer.services import consent
    from kijkwijzer.ui.feedback import ClientInterviewWindow

    ws = case_with_two_conversations
    consent.grant(ws.ctx, ws.conversation.id, "client_interview", date(2026, 11, 2))
    chosen = fragments.list_for_recording(ws.as_pro, ws.recording.id)
    playlist = fragments.create_playlist(ws.as_pro, ws.recording.id, "client_interview", "Voor de cliënt",
                                         tuple(f.id for f in chosen))
    view = _open_by_enter_on_the_case(qtbot, window, ws.case_id)
    tile = view.tile(ws.conversation.id, "client_interview")
    assert tile.state == NEXT  # consent given, nothing asked of the client yet
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    (interview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClientInterviewWindow)]
    assert interview.isVisible() and window.playlists.current_playlist_id() == playlist.id
    interview.close()
