"""The reflection view has no Save button: notes and tips of an agenda item and the notes on the whole
conversation are in the store after a pause in typing, when another fragment is chosen, and when the view
is closed straight after typing. Read back through the service on a second, fresh connection."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kijkwijzer.services import reflection
from kijkwijzer.ui.reflection import ReflectionView

pytestmark = pytest.mark.gui


@pytest.fixture
def reflection_view(qtbot, cycle_workspace):
    ws = cycle_workspace
    refl = reflection.start_reflection(ws.as_pro, ws.conversation.id, date(2026, 11, 9), playlist_id=ws.playlist.id)
    view = ReflectionView(ws.as_pro, refl.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def stored(fresh, ws, view):
    return reflection.get_reflection(fresh(ws.as_pro), view.reflection_id)


def test_notes_and_tips_commit_after_a_pause_in_typing(qtbot, cycle_workspace, fresh, reflection_view):
    ws, view = cycle_workspace, reflection_view
    assert "Notities opslaan" not in [b.text() for b in view.findChildren(QPushButton)]
    view.agenda.setCurrentRow(1)
    view.notes.setFocus()
    qtbot.keyClicks(view.notes, "Emotie niet benoemd")
    assert view.saved.text() == "…"
    qtbot.waitUntil(lambda: stored(fresh, ws, view).items[1].notes == "Emotie niet benoemd", timeout=3000)
    assert view.saved.text() == "Opgeslagen"
    qtbot.keyClicks(view.tips, "Benoem wat je ziet")
    qtbot.waitUntil(lambda: stored(fresh, ws, view).items[1].tips == "Benoem wat je ziet", timeout=3000)
    assert stored(fresh, ws, view).items[0].notes == ""  # the other fragment is untouched


def test_typing_goes_on_undisturbed_when_the_commit_comes_back(qtbot, cycle_workspace, fresh, reflection_view):
    """The store trims what it keeps; its event must not reset the field under the cursor."""
    ws, view = cycle_workspace, reflection_view
    view.notes.setFocus()
    qtbot.keyClicks(view.notes, "Eerst dit ")
    qtbot.waitUntil(lambda: stored(fresh, ws, view).items[0].notes == "Eerst dit", timeout=3000)
    qtbot.wait(50)  # the refresh that follows the reflection.changed event
    qtbot.keyClicks(view.notes, "en dan dat")
    assert view.notes.toPlainText() == "Eerst dit en dan dat"
    qtbot.waitUntil(lambda: stored(fresh, ws, view).items[0].notes == "Eerst dit en dan dat", timeout=3000)


def test_choosing_another_fragment_commits_to_the_one_typed_for(qtbot, cycle_workspace, fresh, reflection_view):
    ws, view = cycle_workspace, reflection_view
    first, second = ws.fragments
    view.agenda.setCurrentRow(0)
    qtbot.keyClicks(view.tips, "Tip bij het eerste")
    view.agenda.setCurrentRow(1)  # before the pause is over
    items = {i.fragment.id: i for i in stored(fresh, ws, view).items}
    assert items[first.id].tips == "Tip bij het eerste" and items[second.id].tips == ""
    assert view.tips.toPlainText() == ""  # the second fragment's (empty) tips are shown now


def test_closing_straight_after_typing_loses_nothing(qtbot, cycle_workspace, fresh, reflection_view):
    ws, view = cycle_workspace, reflection_view
    view.agenda.setCurrentRow(1)
    qtbot.keyClicks(view.notes, "Net getypt")
    qtbot.keyClicks(view.reflection_notes, "Afspraak: volgende keer samen de agenda maken")
    assert view.autosave.timer.isActive()  # the pause is not over yet
    view.close()
    after = stored(fresh, ws, view)
    assert after.items[1].notes == "Net getypt"
    assert after.notes == "Afspraak: volgende keer samen de agenda maken"


def test_leaving_the_field_commits_at_once(qtbot, cycle_workspace, fresh, reflection_view):
    ws, view = cycle_workspace, reflection_view
    view.reflection_notes.setFocus()
    qtbot.keyClicks(view.reflection_notes, "Goed gesprek")
    assert view.autosave.timer.isActive()
    qtbot.keyClick(view.reflection_notes, Qt.Key.Key_Tab)  # Tab moves on: leaving the field commits at once
    assert not view.reflection_notes.hasFocus()
    assert stored(fresh, ws, view).notes == "Goed gesprek"
