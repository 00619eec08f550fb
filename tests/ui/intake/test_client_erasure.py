"""Casus > Cliënt wissen… and the client dialog's "Cliënt wissen…": the confirmation shows what will go (the
service's preview), erases only once the pseudonym is typed, and the window then closes what was erased (the
open recording, the client's dialogs and panels), also when the erasure was done elsewhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kijkwijzer.errors import NotFound
from kijkwijzer.services import cases, client_erasure, consent, people, recordings
from kijkwijzer.services.open_workspace import open_context

from .helpers import dialog_named
from .test_case_dialogs import type_into, werkmap


@pytest.fixture
def with_recording(known, test_video):
    consent.grant(known.ctx, known.conversation.id, "analysis", known.conversation.held_on)
    known.recording = recordings.import_recording(known.ctx, known.conversation.id, test_video)
    return known


def test_the_casus_menu_erases_the_client_after_the_pseudonym_is_typed(qtbot, with_recording, known_window):
    known, window = with_recording, known_window
    assert window.open_recording(known.recording.id)
    assert [kind for kind, _text in werkmap(window)].count("case") == 1
    assert window.actions_by_name["erase_client"].isEnabled()
    window.actions_by_name["erase_client"].trigger()  # the open recording's case
    dialog = dialog_named(qtbot, "clientErasureDialog")
    what = dialog.findChild(type(dialog.error), "erasureWhat").text()
    assert "1 casus" in what and "1 gesprek" in what and "1 opname" in what and "2 toestemmingen" in what
    assert not dialog.erase_button.isEnabled()
    type_into(qtbot, dialog.typed, known.client.pseudonym[:-1])
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # Enter does nothing while the pseudonym is wrong
    assert dialog.isVisible() and people.get_client(known.ctx, known.client.id)
    qtbot.keyClicks(dialog.typed, known.client.pseudonym[-1])
    assert dialog.erase_button.isEnabled()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    with pytest.raises(NotFound):
        people.get_client(known.ctx, known.client.id)
    assert window.review.recording is None and window.central.currentWidget() is window.intake.welcome
    assert [kind for kind, _text in werkmap(window)].count("case") == 0
    assert f"Cliënt {known.client.pseudonym} is gewist" in window.statusBar().currentMessage()


def test_from_the_client_dialog_cancel_keeps_everything_and_erasing_closes_it(qtbot, known, known_window):
    window = known_window
    window.intake.edit_client(case_id=known.case.id)
    client_dialog = dialog_named(qtbot, "clientDialog")
    qtbot.mouseClick(client_dialog.erase, Qt.MouseButton.LeftButton)
    dialog = dialog_named(qtbot, "clientErasureDialog")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert people.get_client(known.ctx, known.client.id).pseudonym == known.client.pseudonym
    assert client_dialog.isVisible()

    qtbot.mouseClick(client_dialog.erase, Qt.MouseButton.LeftButton)
    dialog = dialog_named(qtbot, "clientErasureDialog")
    type_into(qtbot, dialog.typed, known.client.pseudonym)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not client_dialog.isVisible(), timeout=10000)
    with pytest.raises(NotFound):
        cases.get_case(known.ctx, known.case.id)


def test_a_reviewer_who_is_not_the_professional_is_told_why(qtbot, known, known_window):
    coach = people.add_reviewer(known.ctx, "Coach Ahmed", "coach")
    window = known_window
    window.select_reviewer(coach.id)
    assert window.intake.erase_client(case_id=known.case.id) is None
    assert "eigen professional" in window.statusBar().currentMessage()
    assert people.get_client(known.ctx, known.client.id).pseudonym == known.client.pseudonym


def test_an_erasure_done_elsewhere_closes_the_clients_panel_and_dialog(qtbot, known, known_window):
    window = known_window
    window.intake.open_cycle(known.case.id)
    assert f"cycle:{known.case.id}" in window.docks.panels
    assert [kind for kind, _text in werkmap(window)].count("case") == 1
    window.intake.edit_client(case_id=known.case.id)
    client_dialog = dialog_named(qtbot, "clientDialog")
    assert window.erasure_watch.timer.isActive()  # something erasable is shown: the watch looks

    elsewhere = open_context(known.ctx.workspace)  # the command line: another store, another event bus
    try:
        client_erasure.erase_client(elsewhere, known.client.id)
    finally:
        elsewhere.store.dispose()
    window.erasure_watch.check()  # what the two-second timer does

    assert not client_dialog.isVisible() and f"cycle:{known.case.id}" not in window.docks.panels
    assert [kind for kind, _text in werkmap(window)].count("case") == 0
    assert "elders gewist" in window.statusBar().currentMessage()
    window.erasure_watch.check()
    assert not window.erasure_watch.timer.isActive()  # nothing left to watch
