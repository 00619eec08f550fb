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
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)

from kijkwijzer.ui.cycle import CycleView
from tests.support.export_preview import confirm_preview
from tests.support.qt_input import answer_next_box, drop_file

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


def tick(qtbot, box) -> None:
    """A check box clicked where a user clicks it: on its square (the widget may be wider than its text)."""
    from PySide6.QtCore import QPoint

    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() != before, box.text()


def key(qtbot, target: QWidget, sequence: str) -> None:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(target, Qt.Key(combo.key()), combo.keyboardModifiers())


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def type_date(qtbot, edit, day: date) -> None:
    """A date field as a user fills it: tab into it (Qt selects the year), type the digits section by section."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))
    assert edit.date().toPython() == day




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
    """The workbench as `main.py` builds it (the app's RunningApp), on an empty workspace, VLC headless."""
    from kijkwijzer.app import RunningApp
    from kijkwijzer.services.open_workspace import open_context
    from kijkwijzer.workspace import Workspace

    ctx = open_context(Workspace.at(tmp_path / "werkmap"))
    running = RunningApp(qapp, ctx, headless=True)
    window = running.build_window()
    window.resize(1600, 1000)
    qtbot.waitExposed(window)
    window.activateWindow()
    yield running
    for widget in QApplication.topLevelWidgets():
        if widget.isWindow() and widget is not running.window and widget.isVisible():
            widget.close()
    running.window.close()
    running.window.deleteLater()
    running.ctx.store.dispose()


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
    tick(qtbot, boxes["client_interview"])
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


def choose(qtbot, window, *path: QAction) -> None:
    """A menu entry chosen with the mouse: the menu bar's title, then each (sub)menu entry in turn."""
    bar = window.menuBar()
    first = path[0]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(first).center())
    menu = first.menu()
    for action in path[1:]:
        qtbot.waitUntil(menu.isVisible, timeout=3000)
        where = menu.actionGeometry(action).center()
        if action.menu() is not None:  # a submenu: point at it, and → opens it
            qtbot.mouseMove(menu, where)
            menu.setActiveAction(action)
            qtbot.keyClick(menu, Qt.Key.Key_Right)
        else:
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=where)
        menu = action.menu()


def menu_entry(window, menu_key: str, action_name: str) -> tuple[QAction, QAction]:
    return window.menus[menu_key].menuAction(), window.actions_by_name[action_name]


def pick_from_popup(qtbot, button: QAbstractButton, steps: int = 1) -> None:
    """Click a button whose menu pops up, then choose its `steps`-th entry with the arrow keys and Enter."""

    def answer() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, answer)
            return
        for _ in range(steps):
            qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    click(qtbot, button)


def found(qtbot, window, kind: type) -> QWidget:
    shown: list[QWidget] = []

    def there() -> bool:
        shown[:] = [w for w in window.findChildren(kind) if w.isVisible()]
        return bool(shown)

    qtbot.waitUntil(there, timeout=5000)
    return shown[-1]


def interview_the_client(qtbot, window) -> None:
    key(qtbot, window, "Ctrl+3")  # the Fragmenten dock
    panel = window.playlists
    qtbot.waitUntil(lambda: panel.pool.count() == 1 and panel.isVisible(), timeout=3000)
    pool = panel.pool
    qtbot.mouseClick(pool.viewport(), Qt.MouseButton.LeftButton, pos=pool.visualItemRect(pool.item(0)).center())
    click(qtbot, panel.buttons["new_interview"])
    qtbot.waitUntil(lambda: panel.items.count() == 1, timeout=3000)
    click(qtbot, panel.buttons["interview"])
    interview = visible_window(qtbot, "clientInterview")
    qtbot.waitUntil(lambda: interview.message_button.isVisible() and interview.isActiveWindow(), timeout=3000)
    key(qtbot, interview.message_button, "Return")  # Enter starts
    qtbot.waitUntil(lambda: interview.pages.currentWidget() is interview.reaction, timeout=20000)
    type_into(qtbot, interview.reaction.fields["words"], "Daar voelde ik me gehoord")
    click(qtbot, interview.reaction.next)
    qtbot.waitUntil(lambda: interview.pages.currentWidget() is interview.scores, timeout=5000)
    for score, row in zip((7, 6), interview.scores.rows.values(), strict=True):
        assert row.group.checkedButton() is None  # nothing preselected
        click(qtbot, row.group.button(score))
    click(qtbot, interview.scores.finish)
    qtbot.waitUntil(lambda: "Dank" in interview.message.text(), timeout=3000)
    key(qtbot, interview.message_button, "Return")  # Enter closes the last page
    qtbot.waitUntil(lambda: not interview.isVisible(), timeout=3000)


def reflect(qtbot, window) -> None:
    from kijkwijzer.ui.reflection import ReflectionView

    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Yes, seen)  # no reflection conversation yet: start one
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # the interview gave the keyboard back
    key(qtbot, window, "Ctrl+Shift+R")
    view = found(qtbot, window, ReflectionView)
    assert seen and "reflectiegesprek" in seen[0]
    pick_from_popup(qtbot, view.add_fragment)  # the agenda grows after the reflection started
    qtbot.waitUntil(lambda: view.agenda.count() == 1, timeout=3000)
    assert "Fragment 1 · 00:00:05" in view.agenda.item(0).text()  # named as in the Fragmenten panel and the PDF
    assert "Fragment 1 · 00:00:05" in window.playlists.pool.item(0).text()
    type_into(qtbot, view.point_text, "Eerst vragen hoe de brieven gingen")
    view.point_theme.setCurrentIndex(view.point_theme.findData("thema.beleving"))
    click(qtbot, view.add_point)
    qtbot.waitUntil(lambda: view.points.count() == 1, timeout=3000)
    assert "Eerst vragen hoe de brieven gingen" in view.points.item(0).text()


def slim_analysis(qtbot, window) -> None:
    from kijkwijzer.ui.slim import SlimPanel
    from kijkwijzer.ui.slim.slim_editor import LISTS

    choose(qtbot, window, *menu_entry(window, "conversation", "slim"))
    panel = found(qtbot, window, SlimPanel)
    editor = panel.editor
    for list_id in LISTS:  # the first statement of self-image, role and logic
        first = next(item for item in window.ctx.content.slim_list_items(list_id))
        tick(qtbot, editor.picks[first.id])
    qtbot.waitUntil(lambda: panel.current() is not None, timeout=5000)
    assert "Voorgesteld oordeel" in editor.verdict.text()


def assess_and_plan(qtbot, window) -> None:
    from PySide6.QtWidgets import QWizard

    from kijkwijzer.ui.assessment import PlanPanel

    choose(qtbot, window, *menu_entry(window, "development", "assessment"))
    wizard = visible_window(qtbot, "assessmentWizard")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    for sid, row in wizard.step2.rows.items():
        click(qtbot, row.buttons[2 if sid == "stelling.begrijpen.3" else 4])
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.step3
    assert wizard.step3.boxes["pijler.begrijpen"].advice.isVisible()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    step4 = wizard.step4
    type_into(qtbot, step4.fields[1], "Beter checken wat de client begrijpt")
    type_into(qtbot, step4.action_rows[0].text, "Na elke uitleg vragen wat de client ervan meeneemt")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=3000)
    choose(qtbot, window, *menu_entry(window, "development", "plan"))
    plan = found(qtbot, window, PlanPanel)
    texts = " ".join(w.text() for w in plan.findChildren(QLabel)) + " " + " ".join(
        item.text(0) for item in _tree_items(plan.findChild(QTreeWidget)))
    assert "Na elke uitleg vragen" in texts


def _tree_items(tree) -> list:
    items, stack = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())] if tree else []
    while stack:
        item = stack.pop()
        items.append(item)
        stack.extend(item.child(i) for i in range(item.childCount()))
    return items


def report(qtbot, window, monkeypatch, out: Path) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PDF (*.pdf)")))
    file_menu = window.menus["file"]
    export = window.findChild(QMenu, "menu_export")
    report_action = window.findChild(QAction, "action_export_report")
    choose(qtbot, window, file_menu.menuAction(), export.menuAction(), report_action)
    confirm_preview(qtbot)  # the list of what is replaced comes first; nothing is written before the click
    qtbot.waitUntil(lambda: any(w.objectName() == "exchangeDone" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=60000)
    done = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "exchangeDone" and w.isVisible())
    assert str(out) in done.text()
    click(qtbot, done.button(QMessageBox.StandardButton.Ok))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return text


def second_conversation(qtbot, window, recording: Path, monkeypatch) -> None:

    choose(qtbot, window, *menu_entry(window, "case", "new_conversation"))
    dialog = visible_window(qtbot, "conversationDialog")
    type_date(qtbot, dialog.held_on, date(2026, 11, 30))
    type_into(qtbot, child(dialog, QPlainTextEdit, "conversationGoal"), "terugkijken op de brieven")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))  # cancelled
    click(qtbot, child(dialog, QAbstractButton, "okButton"))
    consent = visible_window(qtbot, "consentDialog")
    click(qtbot, consent.grant_button)
    qtbot.waitUntil(lambda: not consent.isVisible(), timeout=5000)
    # the file is dragged from the file manager onto the new conversation in the werkmap
    key(qtbot, window, "Ctrl+1")
    browser = window.browser
    target = next(item for item in _tree_items_of(browser) if item.text(0).startswith("Gesprek 2"))
    browser.scrollToItem(target)
    point = QPointF(browser.visualItemRect(target).center())
    assert drop_file(browser.viewport(), point, recording)
    qtbot.waitUntil(lambda: window.review.recording is not None and
                    window.review.recording.original_name == "gesprek-2.mp4", timeout=30000)
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # the import hands the keyboard back to the review


def _tree_items_of(browser) -> list:
    items, stack = [], [browser.topLevelItem(i) for i in range(browser.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        items.append(item)
        stack.extend(item.child(i) for i in range(item.childCount()))
    return items


def follow_up(qtbot, window) -> None:
    from kijkwijzer.ui.reflection.checklist import ChecklistRow

    key(qtbot, window, "Ctrl+4")  # the Aandachtspunten dock: the points to check in this conversation
    row = found(qtbot, window.checklist, ChecklistRow)
    assert "Eerst vragen hoe de brieven gingen" in row.title.text()
    row.tried.setCurrentIndex(row.tried.findData("ja"))
    type_into(qtbot, row.effect, "De client vertelde zelf over twee brieven")
    key(qtbot, row.effect, "Tab")


def test_a_new_professional_walks_the_whole_cycle(qtbot, app_window, recorded_conversations, monkeypatch, tmp_path):
    window = app_window.window
    first_recording, second_recording = recorded_conversations
    first_run(qtbot, window)
    add_coach(qtbot, window)
    new_case_and_conversation(qtbot, window, first_recording, monkeypatch)
    annotate_with_keys(qtbot, window)
    interview_the_client(qtbot, window)
    reflect(qtbot, window)
    slim_analysis(qtbot, window)
    assess_and_plan(qtbot, window)
    text = report(qtbot, window, monkeypatch, tmp_path / "verslag.pdf")
    # the fragment is named as in the window's Fragmenten panel; the annotation's text and the client's words
    assert "Fragment 1 · 00:00:05" in text and "zucht bij het woord brieven" in text
    assert "cliënt, professional, tolk Arabisch" in text and "bij de welzijnsorganisatie" in text
    assert "Eerst vragen hoe de brieven gingen" in text and "Daar voelde ik me gehoord" in text
    assert "Jozefien" not in text and "Quackenbosch" not in text  # the report names the pseudonym only
    second_conversation(qtbot, window, second_recording, monkeypatch)
    follow_up(qtbot, window)
    key(qtbot, window, "Ctrl+Shift+W")  # waar sta ik: the cycle of this case
    cycle = found(qtbot, window, CycleView)
    conversations = cycle.data.conversations
    first, second = (c.conversation.id for c in conversations)
    for step in ("consent", "recording", "annotations", "fragments", "client_interview", "reflection",
                 "aandachtspunten"):
        assert cycle.tile(first, step).state == "done", step
    qtbot.waitUntil(lambda: cycle.tile(first, "followup").state == "done", timeout=5000)
    assert cycle.tile(second, "recording").state == "done"
    assert sys.executable
