"""The panels reached from the main window: menus open them acting as the chosen reviewer, F makes fragments,
start-up shows what is due or overdue, an erased recording disappears, keys reach the right widget."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from kijkwijzer.services import annotations, consent, fragments, plan, reflection, slim
from tests.support.export_preview import confirm_preview
from tests.support.qt_input import press


@pytest.fixture
def cycle(review_workspace):
    """The fixture workspace one step further: interview consent, a fragment in an interview playlist,
    a reflection conversation and a plan action due today."""
    ws, pro = review_workspace, review_workspace.as_pro
    consent.grant(pro, ws.conversation.id, "client_interview", date.today() - timedelta(days=3))
    fragment = fragments.from_span(pro, ws.recording.id, 1000, 3000, "Begin")
    playlist = fragments.create_playlist(pro, ws.recording.id, "client_interview", "", (fragment.id,))
    refl = reflection.start_reflection(pro, ws.conversation.id, date.today(), fragment_ids=(fragment.id,))
    made = plan.add_plan(pro, ws.reviewer.professional_id, "Eenvoudiger uitleggen")
    plan.add_action(pro, made.id, "Regels in gewone taal", due_on=date.today())
    ws.fragment, ws.playlist, ws.refl = fragment, playlist, refl
    return ws


def visible_dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_every_menu_entry_opens_its_panel(qtbot, window, cycle):
    from kijkwijzer.ui.feedback import ClientInterviewWindow, ComparisonView
    from kijkwijzer.ui.progress import ProgressView
    from kijkwijzer.ui.reflection import ReflectionView
    from kijkwijzer.ui.series import SeriesView
    from kijkwijzer.ui.shortcuts import ACTIONS
    from kijkwijzer.ui.slim import SlimPanel

    titles = [menu.title() for menu in window.menus.values()]
    assert titles == ["&Bestand", "B&ewerken", "&Afspelen", "&Coderen", "Ca&sus", "&Gesprek", "&Ontwikkeling",
                      "Bee&ld", "&Taal", "&Help"]
    in_menus = {a for m in window.menus.values() for a in m.actions()}
    assert all(window.actions_by_name[spec.name] in in_menus for spec in ACTIONS)
    window.playlists.refresh()
    conv, case = cycle.conversation.id, cycle.conversation.case_id
    for name, key, kind in (("slim", f"slim:{conv}", SlimPanel), ("comparison", f"comparison:{cycle.recording.id}",
                                                                     ComparisonView),
                            ("reflection", f"reflection:{cycle.refl.id}", ReflectionView),
                            ("series", f"series:{case}", SeriesView),
                            ("progress", f"progress:{cycle.reviewer.professional_id}", ProgressView)):
        window.actions_by_name[name].trigger()
        panel = window.docks.panel(key)
        assert isinstance(panel, kind), name
        assert window.docks.panels[key].isVisible()
        assert window.docks.panel_actions[key] in window.menus["view"].actions()  # Beeld can show/hide it
    assert "fout" not in window.statusBar().currentMessage().lower()

    window.actions_by_name["consent"].trigger()
    (dialog,) = visible_dialogs()
    assert dialog.objectName() == "consentDialog" and dialog.conversation_id == conv
    dialog.close()
    window.actions_by_name["assessment"].trigger()
    (wizard,) = visible_dialogs()
    assert wizard.objectName() == "assessmentWizard"
    wizard.reject()
    window.actions_by_name["plan"].trigger()
    planned = window.docks.panel(f"plan:{cycle.reviewer.professional_id}")
    assert planned.tree.topLevelItemCount() == 1 and not planned.due_only.isChecked()
    planned.evidence_requested.emit("fragment", cycle.fragment.id)  # double-click on a piece of evidence
    assert window.review.playback.position == cycle.fragment.start_ms
    window.actions_by_name["client_interview"].trigger()
    (interview,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClientInterviewWindow)]
    assert interview.isVisible() and interview.refusal is None
    interview.close()


def test_browser_context_menu_reaches_the_conversation_panels(qtbot, window, cycle):
    browser = window.browser
    item = next(it for it in browser._items() if it.data(0, Qt.ItemDataRole.UserRole + 1) == "conversation")
    menu = browser.conversation_menu(item)
    assert [a.text() for a in menu.actions()] == ["Opname importeren…", "Toestemming…", "SLIM-analyse",
                                                  "Reflectiegesprek", "Reeks van deze casus"]
    next(a for a in menu.actions() if a.text() == "Reeks van deze casus").trigger()
    assert window.docks.panel(f"series:{cycle.conversation.case_id}") is not None
    menu.deleteLater()
    # Enter on a recording in the werkmap opens it (it is not the review's "edit annotation" key there)
    window.browser_dock.raise_()
    browser.setFocus()
    browser.setCurrentItem(item.child(0))
    with qtbot.waitSignal(browser.recording_activated, timeout=2000) as opened:
        QTest.keyClick(browser, Qt.Key.Key_Return)
    assert opened.args == [cycle.recording.id]


def test_reviewer_switch_makes_every_panel_act_as_them(qtbot, window, cycle):
    window.actions_by_name["slim"].trigger()
    window.actions_by_name["progress"].trigger()
    key = f"slim:{cycle.conversation.id}"
    window.select_reviewer(cycle.coach.id)
    panel = window.docks.panel(key)
    assert panel.ctx.actor.reviewer_id == cycle.coach.id
    assert window.playlists.ctx.actor.reviewer_id == cycle.coach.id
    # the professional's own progress is private: it closes, and the menu entries are off for a coach
    assert window.docks.panel(f"progress:{cycle.reviewer.professional_id}") is None
    assert not window.actions_by_name["progress"].isEnabled()
    next(iter(panel.editor.picks.values())).setChecked(True)
    saved = panel.save_analysis()
    assert saved is not None
    (stored,) = slim.list_for_conversation(cycle.as_pro, cycle.conversation.id)
    assert stored.reviewer_id == cycle.coach.id


def test_f_turns_the_marked_span_or_the_selected_annotation_into_a_fragment(qtbot, window, review_workspace):
    review, rec = window.review, review_workspace.recording.id
    review.playback.seek(1000)
    press(window, "I")
    review.playback.seek(2500)
    press(window, "O")
    press(window, "F")
    assert [(f.start_ms, f.end_ms) for f in fragments.list_for_recording(review_workspace.as_pro, rec)] == [(1000, 2500)]
    assert review.playback.mark_in is None
    assert window.playlists.pool.count() == 1
    review.playback.seek(4000)
    press(window, "1")  # a point annotation, selected
    press(window, "F")
    made = fragments.list_for_recording(review_workspace.as_pro, rec)
    assert len(made) == 2 and review.selected_id in [f.annotation_id for f in made]  # a moment gets context
    assert window.playlists.pool.count() == 2
    assert "Fragment gemaakt" in window.statusBar().currentMessage()


def test_withdrawn_consent_closes_the_player_and_clears_undo(qtbot, window, review_workspace):
    window.review.playback.seek(1500)
    press(window, "2")
    assert window.review.undo_stack.count() == 1
    recording = next(c for c in consent.list_for_conversation(review_workspace.as_pro, review_workspace.conversation.id)
                     if c.purpose == "recording")
    consent.withdraw(review_workspace.as_pro, recording.id)
    assert window.review.recording is None
    assert window.review.undo_stack.count() == 0
    assert window.review.player_view.currentWidget() is window.review.player_view.message
    assert len(window.review.annotations) == 0
    assert not window.actions_by_name["undo"].isEnabled()
    press(window, "Ctrl+Z")  # nothing left to undo, and no crash


def test_start_up_erases_overdue_recordings_on_request_and_shows_due_actions(qtbot, window, cycle):
    consent.grant(cycle.as_pro, cycle.conversation.id, "training", date.today() - timedelta(days=30),
                  retain_until=date.today() - timedelta(days=1), allow_past_retention=True)

    def erase_now() -> None:
        (prompt,) = [d for d in visible_dialogs() if d.objectName() == "retentionPrompt"]
        prompt.erase_button.click()

    QTimer.singleShot(50, erase_now)
    window.startup_prompts()
    assert window.review.recording is None  # its recording was overdue: gone, and the player with it
    due = window.docks.panel(f"plan:{cycle.reviewer.professional_id}")
    assert due is not None and due.due_only.isChecked() and due.tree.topLevelItemCount() == 1
    assert window.docks.panels[f"plan:{cycle.reviewer.professional_id}"].isVisible()


def test_ctrl_z_in_an_editor_field_undoes_the_field_until_saved_then_the_app(qtbot, window, review_workspace):
    def stored():
        return annotations.list_for_recording(review_workspace.as_pro, review_workspace.recording.id)[0]

    window.review.playback.seek(800)
    press(window, "1")
    press(window, "Return")
    field = window.review.editor.observation
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    qtbot.keyClicks(field, "Kijkt weg")
    qtbot.waitUntil(lambda: stored().observation == "Kijkt weg", timeout=3000)
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # saved: the app-wide undo
    assert stored().observation == "" and field.toPlainText() == "" and field.hasFocus()
    qtbot.keyClicks(field, "Zucht")
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # not saved yet: the field's own
    assert field.toPlainText() == ""
    assert len(stored().themes) == 1 and stored().observation == ""


def test_space_ticks_a_focused_checkbox_and_enter_in_search_goes_to_the_first_match(qtbot, window,
                                                                                     review_workspace):
    window.review.playback.seek(2000)
    press(window, "1")
    window.open_editor()
    box = window.review.editor.pillar_boxes[next(iter(window.review.editor.pillar_boxes))]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and not window.review.playback.playing
    stored = annotations.list_for_recording(review_workspace.as_pro, review_workspace.recording.id)
    assert stored[0].pillars

    search = window.review.list.text_filter
    window.actions_by_name["find"].trigger()
    window.review.playback.seek(5000)
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert window.review.list.table.hasFocus()
    assert not window.review.editor.observation.hasFocus()
    assert window.review.selected_id == stored[0].id and window.review.playback.position == 2000


def test_file_menu_exports_in_the_background_and_imports_a_transcript(qtbot, window, review_workspace, tmp_path,
                                                                        monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from kijkwijzer.services import transcripts

    # the one stand-in: the file dialog's answer (a native dialog cannot be clicked in a headless test)
    answers = {"save": tmp_path / "verslag.pdf", "open": tmp_path / "transcript.srt"}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(answers["save"]), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(answers["open"]), "")))
    window.review.playback.seek(1200)
    press(window, "3")
    menu = window.findChild(type(window.menus["file"]), "menu_export")
    with qtbot.waitSignal(window.exchange.finished, timeout=60_000) as done:
        next(a for a in menu.actions() if a.objectName() == "action_export_report").trigger()
        confirm_preview(qtbot)  # every export first lists what it replaces
    assert not isinstance(done.args[0], BaseException)
    assert answers["save"].is_file() and "Geschreven" in window.statusBar().currentMessage()
    answers["save"] = tmp_path / "annotaties.csv"
    with qtbot.waitSignal(window.exchange.finished, timeout=20_000):
        window.exchange.export("csv")
        confirm_preview(qtbot)
    assert answers["save"].is_file()
    answers["open"].write_text("1\n00:00:01,000 --> 00:00:02,000\nGoedemorgen.\n", encoding="utf-8")
    with qtbot.waitSignal(window.exchange.finished, timeout=5_000):
        window.exchange.import_("transcript")
    assert [c.text for c in transcripts.list_cues(review_workspace.as_pro, review_workspace.recording.id)] == \
        ["Goedemorgen."]
    assert window.transcript_dock.isVisible() and window.transcript.cues()
