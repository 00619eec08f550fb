"""A new professional walks the whole cycle in the window, from an EMPTY workspace, with user actions only:
key clicks and mouse clicks on visible widgets, file dialogs answered by the test, a real drop of a file URL.

Who are you -> a coach -> client, case, conversation -> consent -> import of a two-voice Dutch recording ->
annotations with keys -> a fragment -> a client-interview playlist -> the client interview -> reflection with an
aandachtspunt -> SLIM -> self-assessment and plan -> the PDF report -> a second conversation (dropped onto the
werkmap) whose checklist asks about the aandachtspunt. No service is called in the test body: what the test
checks, it reads off the window (or the PDF a user would open).
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

pytestmark = [pytest.mark.gui, pytest.mark.vlc]


# --- what a user's hands do -------------------------------------------------------------------------------
def visible_window(qtbot, name: str) -> QWidget:
    """The visible top-level window (dialog) with this object name, once it is there and active."""
    found: list[QWidget] = []

    def there() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(there, timeout=5000)
    return found[-1]


def child(parent: QWidget, kind: type, name: str, timeout_ms: int = 3000):
    """The visible widget with this name, once shown (Qt shows a widget added to a visible layout on the next
    pass of the event loop; a rebuilt page may still hold its old, hidden one)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        shown = [w for w in parent.findChildren(kind, name) if w.isVisible()]
        if shown or time.monotonic() > deadline:
            break
        QTest.qWait(20)
    assert shown, f"no visible {name} in {parent.objectName()}"
    return shown[-1]


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def key(qtbot, target: QWidget, sequence: str) -> None:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(target, Qt.Key(combo.key()), combo.keyboardModifiers())


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def type_date(qtbot, edit, day: date) -> None:
    """A date field as a user fills it: focus it (the first section is selected), type the digits."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))


def answer_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click `button` in the message box that is about to open."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)


def drop_file(widget: QWidget, point: QPointF, path: Path) -> bool:
    """A real drag-and-drop of one local file onto a widget: enter, then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    enter = QDragEnterEvent(point.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def row_texts(window) -> list[str]:
    """The annotation list as a user reads it: each row's cells joined."""
    proxy = window.review.list.proxy
    return [" | ".join(str(proxy.index(r, c).data() or "") for c in range(proxy.columnCount()))
            for r in range(proxy.rowCount())]


def werkmap_texts(window) -> list[str]:
    browser = window.browser
    texts, stack = [], [browser.topLevelItem(i) for i in range(browser.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        texts.append(item.text(0))
        stack.extend(item.child(i) for i in range(item.childCount()))
    return texts


# --- the walk -------------------------------------------------------------------------------------------------
@pytest.fixture
def app_window(qtbot, qapp, tmp_path):
    """The workbench as `main.py` builds it (the app's Session), on an empty workspace, VLC headless."""
    from kijkwijzer.app import Session
    from kijkwijzer.services.context import open_context
    from kijkwijzer.workspace import Workspace

    ctx = open_context(Workspace.at(tmp_path / "werkmap"))
    session = Session(qapp, ctx, headless=True)
    window = session.build_window()
    window.resize(1600, 1000)
    qtbot.waitExposed(window)
    window.activateWindow()
    yield session
    for widget in QApplication.topLevelWidgets():
        if widget.isWindow() and widget is not session.window and widget.isVisible():
            widget.close()
    session.window.close()
    session.window.deleteLater()
    session.ctx.store.dispose()


def first_run(qtbot, window) -> None:
    welcome = window.intake.welcome
    assert window.central.currentWidget() is welcome and welcome.state == "identity"
    name = child(welcome, QLineEdit, "identityName")
    qtbot.waitUntil(name.hasFocus, timeout=3000)
    qtbot.keyClicks(name, "Sanne de Vries")
    function = child(welcome, QComboBox, "identityFunction")
    function.setFocus()
    function.lineEdit().selectAll() if function.isEditable() else None
    qtbot.keyClicks(function, "werkregisseur")
    key(qtbot, name, "Return")
    qtbot.waitUntil(lambda: "Sanne de Vries" in window.reviewer_box.currentText(), timeout=3000)
    qtbot.waitUntil(lambda: welcome.state == "first_case", timeout=3000)


def add_coach(qtbot, window) -> None:
    click(qtbot, child(window.intake.welcome, QAbstractButton, "welcomePeople"))
    dialog = visible_window(qtbot, "peopleDialog")
    type_into(qtbot, child(dialog, QLineEdit, "newReviewerName"), "Joost Bakker")
    role = child(dialog, QComboBox, "newReviewerRole")
    role.setCurrentIndex(role.findText("coach", Qt.MatchFlag.MatchContains))
    click(qtbot, child(dialog, QAbstractButton, "addReviewerButton"))
    qtbot.waitUntil(lambda: window.reviewer_box.findText("Joost Bakker", Qt.MatchFlag.MatchContains) >= 0,
                    timeout=3000)
    click(qtbot, child(dialog, QAbstractButton, "closeButton"))
    assert "Sanne de Vries" in window.reviewer_box.currentText()  # adding someone does not switch who I am


def new_case_and_conversation(qtbot, window, recording: Path, monkeypatch) -> None:
    click(qtbot, child(window.intake.welcome, QAbstractButton, "welcomePrimary"))
    case = visible_window(qtbot, "caseDialog")
    type_into(qtbot, child(case, QLineEdit, "clientRealName"), "Jozefien Quackenbosch")
    type_into(qtbot, child(case, QLineEdit, "caseTitle"), "Brieven en werk")
    type_into(qtbot, child(case, QPlainTextEdit, "caseReason"), "loopt vast met de post")
    type_into(qtbot, child(case, QPlainTextEdit, "caseGoal"), "weer grip op de brieven")
    click(qtbot, child(case, QAbstractButton, "okButton"))

    conversation = visible_window(qtbot, "conversationDialog")  # the flow goes on by itself
    type_date(qtbot, conversation.held_on, date(2026, 11, 16))
    type_into(qtbot, child(conversation, QPlainTextEdit, "conversationGoal"), "samen een brief openen")
    setting = child(conversation, QComboBox, "conversationSetting")
    setting.lineEdit().selectAll()
    qtbot.keyClicks(setting, "bij de welzijnsorganisatie")
    click(qtbot, child(conversation, QAbstractButton, "addParticipantButton"))
    rows = conversation.participants.rows
    role, description, _remove = rows[-1]
    role.setCurrentIndex(role.findText("tolk", Qt.MatchFlag.MatchContains))
    type_into(qtbot, description, "tolk Arabisch")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(recording)], "")))
    click(qtbot, child(conversation, QAbstractButton, "okButton"))

    consent = visible_window(qtbot, "consentDialog")  # consent per purpose before any import
    boxes = consent.purpose_boxes
    assert boxes["recording"].isChecked() and boxes["analysis"].isChecked()
    assert consent.retain_until.date().year() == 2027  # counted from the conversation's date
    click(qtbot, boxes["client_interview"])
    reviewers = consent.reviewer_list
    coach = next(reviewers.item(i) for i in range(reviewers.count()) if "Joost" in reviewers.item(i).text())
    coach.setCheckState(Qt.CheckState.Checked)
    click(qtbot, consent.grant_button)  # "Vastleggen en opname importeren": the file dialog, then the copy

    qtbot.waitUntil(lambda: window.review.recording is not None, timeout=30000)
    assert window.review.recording.original_name == "gesprek-1.mp4"
    assert window.central.currentWidget() is window.review
    texts = werkmap_texts(window)
    assert any("Brieven en werk" in t for t in texts) and any(t.startswith("gesprek-1.mp4") for t in texts)
    assert "Jozefien" not in " ".join(texts)  # the werkmap shows the pseudonym, never the real name


def annotate_with_keys(qtbot, window) -> None:
    review = window.review
    assert review.recording.duration_ms > 10_000
    review.focus_review()
    key(qtbot, window, "Right")  # 5 s on
    qtbot.waitUntil(lambda: review.playback.position >= 4000, timeout=5000)
    raak = review.theme_keys.key_of("thema.raakmomenten")
    key(qtbot, window, raak)
    qtbot.waitUntil(lambda: review.list.proxy.rowCount() == 1, timeout=3000)
    key(qtbot, window, "Return")  # the editor, without stopping anything
    editor = review.editor
    qtbot.waitUntil(editor.observation.hasFocus, timeout=3000)
    qtbot.keyClicks(editor.observation, "Client zucht bij het woord brieven")
    key(qtbot, editor.observation, "Escape")
    qtbot.waitUntil(lambda: "zucht" in row_texts(window)[0], timeout=3000)
    # a span: I, 2 s on, O, then the theme key of "vragen naar beleving"
    key(qtbot, window, "I")
    key(qtbot, window, "Shift+Right")
    key(qtbot, window, "Shift+Right")
    key(qtbot, window, "O")
    key(qtbot, window, review.theme_keys.key_of("thema.beleving"))
    qtbot.waitUntil(lambda: review.list.proxy.rowCount() == 2, timeout=3000)
    key(qtbot, window, "F")  # the selected annotation becomes a fragment
    qtbot.waitUntil(lambda: "Fragment" in window.statusBar().currentMessage(), timeout=3000)


def test_a_new_professional_walks_the_whole_cycle(qtbot, app_window, recorded_conversations, monkeypatch, tmp_path):
    window = app_window.window
    first_recording, second_recording = recorded_conversations
    first_run(qtbot, window)
    add_coach(qtbot, window)
    new_case_and_conversation(qtbot, window, first_recording, monkeypatch)
    annotate_with_keys(qtbot, window)
    assert sys.executable and subprocess and second_recording and tmp_path  # second half follows
