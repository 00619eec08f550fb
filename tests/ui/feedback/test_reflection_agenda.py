"""A reflection conversation started before its playlist existed: its agenda is filled and emptied in the
window (Fragment toevoegen…, Delete), with the heading counting right for one and for more fragments."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kijkwijzer.services import reflection
from kijkwijzer.ui.reflection import ReflectionView
from tests.support.cases import MARKER

pytestmark = pytest.mark.gui


def _choose_from_menu(qtbot, view: ReflectionView, text: str) -> list[str]:
    """Open "Fragment toevoegen…" with the keyboard and choose the entry containing `text`; returns the
    menu's entries as the user saw them."""
    view.add_fragment.setFocus()
    qtbot.keyClick(view.add_fragment, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is view.add_menu)
    seen = [a.text() for a in view.add_menu.actions()]
    wanted = next((a for a in view.add_menu.actions() if text in a.text() and a.isEnabled()), None)
    if wanted is None:
        QTest.keyClick(view.add_menu, Qt.Key.Key_Escape)
    else:
        view.add_menu.setActiveAction(wanted)
        QTest.keyClick(view.add_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    return seen


def _answer(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        box.button(button).click()

    QTimer.singleShot(50, click)


def test_agenda_of_a_session_started_before_its_playlist_is_filled_and_emptied(qtbot, cycle_workspace):
    ws = cycle_workspace
    ctx = ws.as_pro
    first, second = ws.fragments
    refl = reflection.start_reflection(ctx, ws.conversation.id, date(2026, 11, 9))  # no playlist: nothing on it
    view = ReflectionView(ctx, refl.id)
    qtbot.addWidget(view)
    view.resize(900, 260)  # a low dock
    view.show()
    assert view.heading.text().endswith(": 0 fragmenten op de agenda") and view.agenda.count() == 0
    assert not view.remove_fragment.isEnabled()

    offered = _choose_from_menu(qtbot, view, MARKER + " titel")
    assert len(offered) == 2 and all(MARKER in t for t in offered)  # both fragments of the conversation
    qtbot.waitUntil(lambda: view.agenda.count() == 1)
    assert view.heading.text().endswith(": 1 fragment op de agenda")  # not "1 fragmenten"
    offered = _choose_from_menu(qtbot, view, MARKER)  # only the other one is left to add
    assert len(offered) == 1
    qtbot.waitUntil(lambda: view.agenda.count() == 2)
    assert view.heading.text().endswith(": 2 fragmenten op de agenda")
    assert [i.fragment.id for i in reflection.get_reflection(ctx, refl.id).items] == [first.id, second.id]
    assert view.current_item().fragment.id == second.id  # the one just added is chosen
    offered = _choose_from_menu(qtbot, view, "niets")
    assert len(offered) == 1 and "Geen fragmenten meer" in offered[0]

    view.notes.setPlainText("Hier viel ze stil")  # noted: taking it off asks first
    view.agenda.setFocus()
    _answer(QMessageBox.StandardButton.No)
    qtbot.keyClick(view.agenda, Qt.Key.Key_Delete)
    assert view.agenda.count() == 2
    qtbot.waitUntil(lambda: reflection.get_reflection(ctx, refl.id).items[1].notes == "Hier viel ze stil")
    _answer(QMessageBox.StandardButton.Yes)
    view.remove_fragment.click()
    qtbot.waitUntil(lambda: view.agenda.count() == 1)
    assert [i.fragment.id for i in reflection.get_reflection(ctx, refl.id).items] == [first.id]
    assert view.heading.text().endswith(": 1 fragment op de agenda")
    assert reflection.agenda_candidates(ctx, refl.id)[0].id == second.id  # off the agenda, not deleted
    view.close()


def test_the_attention_point_field_keeps_its_width_in_a_dock(qtbot, cycle_workspace):
    ws = cycle_workspace
    refl = reflection.start_reflection(ws.as_pro, ws.conversation.id, date(2026, 11, 9), playlist_id=ws.playlist.id)
    view = ReflectionView(ws.as_pro, refl.id)
    qtbot.addWidget(view)
    for width, height in ((840, 230), (1000, 440)):  # the bottom dock at 1280x720 and at 1600x1000
        view.resize(width, height)
        view.show()
        qtbot.waitExposed(view)
        QApplication.processEvents()
        outcome = view.point_text.parentWidget()
        assert view.point_text.width() >= outcome.width() - 20 >= 220, (width, view.point_text.width())
        assert view.add_point.isVisibleTo(view) and view.reflection_notes.height() >= 50
        assert view.notes.height() >= 50 and view.minimumSizeHint().width() <= width
    view.close()
