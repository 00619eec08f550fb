"""Before a file is chosen the import says what is missing, and leads there: no conversation yet (a new one
is offered), no consent to record (the consent dialog of that conversation is offered)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kijkwijzer.services import cases, recordings
from kijkwijzer.ui.workspace_browser import ID_ROLE, KIND_ROLE

pytestmark = pytest.mark.gui


def _no_file_dialog(*_args):
    raise AssertionError("the file dialog must not open before the conversation can take a recording")


def _accept_button(box):
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)


def _visible(name: str):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def test_without_consent_to_record_the_consent_dialog_is_offered_first(
        qtbot, window, review_workspace, answer_modal, monkeypatch):
    ws = review_workspace
    later = cases.add_conversation(ws.ctx, ws.conversation.case_id, date(2026, 12, 1), goal="Vervolg")
    window.browser.refresh()
    item = next(it for it in window.browser._items()
                if it.data(0, KIND_ROLE) == "conversation" and it.data(0, ID_ROLE) == later.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(_no_file_dialog))
    texts = answer_modal("importNeedsConsent", _accept_button)
    menu = window.browser.conversation_menu(item)
    next(a for a in menu.actions() if a.objectName() == "conversation_import").trigger()
    menu.deleteLater()
    assert texts and "toestemming" in texts[0]
    dialog = _visible("consentDialog")
    assert dialog is not None and dialog.conversation_id == later.id
    dialog.close()
    assert recordings.list_recordings(ws.ctx, later.id) == []


@pytest.fixture
def bare_window(qtbot, tmp_path):
    """The window on a workspace with a professional and a case, but no conversation yet (nothing is played:
    a FakePlayer stands in for VLC)."""
    from kijkwijzer.services import people
    from kijkwijzer.ui.main_window import MainWindow
    from tests.support.fake_player import FakePlayer
    from tests.support.workspaces import open_new

    ctx = open_new(tmp_path / "leeg", encrypted=False)
    pro, _reviewer = people.add_professional(ctx, "Sanne de Vries")
    client = people.add_client(ctx)
    case = cases.add_case(ctx, pro.id, client.id, "Eerste casus", "loopt vast")
    win = MainWindow(ctx, FakePlayer())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, case
    win.close()
    win.deleteLater()
    ctx.store.dispose()


def test_without_a_conversation_the_import_offers_to_make_one(qtbot, bare_window, answer_modal, monkeypatch):
    window, case = bare_window
    window.browser.refresh()
    item = next(it for it in window.browser._items()
                if it.data(0, KIND_ROLE) == "case" and it.data(0, ID_ROLE) == case.id)
    window.browser.setCurrentItem(item)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(_no_file_dialog))
    texts = answer_modal("importNoConversation", _accept_button)
    window.actions_by_name["import_recording"].trigger()
    assert texts and "gesprek" in texts[0]
    qtbot.waitUntil(lambda: _visible("conversationDialog") is not None, timeout=3000)
    _visible("conversationDialog").close()
