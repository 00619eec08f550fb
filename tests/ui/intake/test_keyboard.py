"""Without a mouse: the werkmap's shortcut puts the keyboard in the tree, and Shift+F10 or the Menu key opens
the chosen item's context menu beside it, so editing, consent, SLIM and the series are reachable."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from kijkwijzer.ui.workspace_browser import ID_ROLE, KIND_ROLE

from .helpers import dialog_named


def item_of(browser, kind: str, item_id: int):
    return next(it for it in browser._items() if it.data(0, KIND_ROLE) == kind and it.data(0, ID_ROLE) == item_id)


def read_next_menu(seen: list, then=None) -> None:
    """Note the entries of the popup menu about to open, then close it (or let `then(menu)` act in it)."""

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, look)
            return
        seen.append(([a.text() for a in menu.actions() if not a.isSeparator()], menu.pos()))
        if then is None:
            menu.close()
        else:
            then(menu)

    QTimer.singleShot(0, look)


def test_the_werkmap_shortcut_puts_the_keyboard_in_the_tree(qtbot, known, known_window):
    window = known_window
    browser = window.browser
    assert window.intake.welcome.primary.hasFocus()  # the keyboard starts on what to do now
    assert not browser.hasFocus() and window.browser_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # in front already: focus, not close
    qtbot.waitUntil(browser.hasFocus, timeout=2000)
    assert window.browser_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # with the focus there: closed
    qtbot.waitUntil(lambda: not window.browser_dock.isVisible(), timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # shown again, and focused
    qtbot.waitUntil(browser.hasFocus, timeout=2000)
    assert window.browser_dock.isVisible()


def test_shift_f10_opens_the_menu_of_the_chosen_item(qtbot, known, known_window):
    window = known_window
    browser = window.browser
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(browser.hasFocus, timeout=2000)
    case = item_of(browser, "case", known.case.id)
    browser.setCurrentItem(browser.topLevelItem(0))
    qtbot.keyClick(browser, Qt.Key.Key_Down)  # the professional's first case
    assert browser.currentItem() is case
    seen: list = []
    read_next_menu(seen)
    qtbot.keyClick(browser, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    entries, where = seen[0]
    assert {"Nieuw gesprek…", "Casus bewerken…", "Gebeurtenissen en uitkomst…", "Cliënt bewerken…"} <= set(entries)
    rect = browser.visualItemRect(case)
    assert browser.viewport().mapToGlobal(rect.bottomLeft()).y() == where.y()  # at the item, not at the mouse

    qtbot.keyClick(browser, Qt.Key.Key_Down)  # its conversation
    seen.clear()
    read_next_menu(seen, then=lambda menu: (QTest_key(menu, Qt.Key.Key_Down), QTest_key(menu, Qt.Key.Key_Return)))
    qtbot.keyClick(browser, Qt.Key.Key_Menu)
    entries = seen[0][0]
    assert entries[0] == "Gesprek bewerken…" and {"Toestemming…", "SLIM-analyse", "Reeks van deze casus"} <= set(entries)
    dialog = dialog_named(qtbot, "conversationDialog")  # the first entry, chosen with the keyboard
    assert dialog.conversation.id == known.conversation.id
    dialog.close()


def QTest_key(widget, key) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key)
