"""The client interview by keyboard: Enter starts, the focused control shows an amber ring on the dark
background, Esc asks before ending an interview under way, and a second interview starts with empty scores
(the client is not shown last time's answers). Real headless VLC."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kijkwijzer.services import client_feedback
from kijkwijzer.ui.feedback.interview_mode import ClientInterviewWindow

pytestmark = [pytest.mark.gui, pytest.mark.vlc]
AMBER = QColor("#ffd250")


def headless_player():
    from kijkwijzer.media.player_factory import create_player

    return create_player(headless=True)


def _amber_pixels(button: QPushButton) -> int:
    image = button.grab().toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)) == AMBER)


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.windowTitle())
        box.button(button).click()

    QTimer.singleShot(50, click)


@pytest.fixture
def window(qtbot, cycle_workspace):
    cycle_workspace.grant_interview()
    opened = ClientInterviewWindow(cycle_workspace.as_researcher, cycle_workspace.playlist.id, headless_player)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    yield opened
    opened.close()


def test_enter_starts_with_a_visible_focus_ring_and_esc_asks_first(qtbot, window):
    start = window.message_button
    assert start.hasFocus() and "Enter" in start.toolTip()
    assert _amber_pixels(start) > 40  # the ring around the focused "Beginnen"
    window.message.setFocus()  # the label takes no focus: move it to another button to compare
    scratch = QPushButton("x", window.message_page)
    scratch.show()
    scratch.setFocus()
    assert _amber_pixels(start) == 0 and _amber_pixels(scratch) > 0
    scratch.deleteLater()
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)

    asked: list[str] = []
    _answer(QMessageBox.StandardButton.No, asked)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert asked == ["Cliëntinterview beëindigen?"] and window.isVisible()
    assert window.pages.currentWidget() is window.player_page  # carries on where it was
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.to_questions.click()
    _answer(QMessageBox.StandardButton.Yes, asked)
    qtbot.keyClick(window.reaction.fields["words"], Qt.Key.Key_Escape)
    assert len(asked) == 2
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_second_interview_starts_with_empty_scores(qtbot, cycle_workspace, window):
    ws = cycle_workspace
    client_feedback.record_score(ws.as_pro, ws.conversation.id, "feedback.werkrelatie", 3, "Lastig")
    window.message_button.click()
    for _fragment in ws.fragments:
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.player_page, timeout=3000)
        window.to_questions.click()
        window.reaction.next.click()
    assert window.pages.currentWidget() is window.scores
    relation = window.scores.rows["feedback.werkrelatie"]
    assert relation.score() is None and relation.words.toPlainText() == ""  # not last time's 3 and "Lastig"
    assert window.scores.focus_first is not None and QApplication.focusWidget() is relation.group.button(1)
    relation.group.button(8).click()
    scores = client_feedback.scores(ws.as_pro, ws.conversation.id)
    assert [(s.question_id, s.score, s.words) for s in scores] == [("feedback.werkrelatie", 8, "")]
    window.scores.finish.click()
    assert "Dank u wel" in window.message.text()
    qtbot.keyClick(window.message_button, Qt.Key.Key_Return)  # Enter closes the last page, without asking
    qtbot.waitUntil(lambda: not window.isVisible())
