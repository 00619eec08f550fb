"""The window's side of the workspace key: the passphrase is asked in a small dialog before the main window
opens (a wrong one is said and may be tried again, Annuleren quits), a new passphrase is chosen twice under
the rule and the warning, "Onthoud in de sleutelbos" appears only when a keyring works, and an older plain
workspace is offered its encryption at start, with a progress dialog."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from kijkwijzer.crypto import workspace_key
from kijkwijzer.services import people
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.ui import i18n
from kijkwijzer.ui.unlock.passphrase_dialogs import NewPassphraseDialog, UnlockDialog
from kijkwijzer.workspace import Workspace
from tests.support import fake_keyring as keyrings
from tests.support.app_start import leave_the_collector_alone
from tests.support.workspace_keys import as_a_new_process

PASSPHRASE = "zomeravond aan zee"
CHEAP = workspace_key.Argon2Cost(iterations=1, memory_kib=8 * 1024, lanes=1)


@pytest.fixture
def fresh_process(monkeypatch):
    with as_a_new_process(monkeypatch):
        yield


@pytest.fixture
def encrypted(tmp_path, fresh_process) -> Workspace:
    ws = Workspace.at(tmp_path / "praktijk")
    workspace_key.create(ws, PASSPHRASE, cost=CHEAP)
    ctx = open_context(ws)
    people.add_professional(ctx, "Sanne de Vries")
    ctx.store.dispose()
    workspace_key.forget_in_process()
    return ws


def when_modal(kind: type, act: Callable[[QWidget], None]) -> None:
    """Do `act` with the modal dialog of type `kind` as soon as it is open (as a user would)."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind) or not widget.isVisible():
            QTimer.singleShot(20, look)
            return
        act(widget)

    QTimer.singleShot(0, look)


def _close(running) -> None:
    running.window.close()
    running.window.deleteLater()
    QApplication.instance().setStyleSheet("")
    i18n.install("nl")
    running.ctx.store.dispose()


def test_unlock_dialog_says_a_wrong_passphrase_and_stays_open(qtbot, encrypted):
    dialog = UnlockDialog(encrypted)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        assert dialog.findChild(QWidget, "workspaceFolder").text() == str(encrypted.root)
        assert dialog.remember.isHidden()  # no keyring on this machine
        dialog.passphrase.setText("zomeravond aan ZEE")
        dialog.ok_button.click()
        assert dialog.isVisible() and "klopt niet" in dialog.error.text() and dialog.passphrase.text() == ""
        dialog.passphrase.setText(PASSPHRASE)
        dialog.ok_button.click()
        assert dialog.result() == UnlockDialog.DialogCode.Accepted and workspace_key.cached(encrypted) is not None
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_unlock_dialog_shows_its_texts_whole_after_a_wrong_passphrase(qtbot, encrypted, lang):
    # found at 1280x720: the intro's second line and the error's were cut off (the dialog kept one line each)
    i18n.install(lang)
    dialog = UnlockDialog(encrypted)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        dialog.passphrase.setText("zomeravond aan ZEE")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.error.isVisible())
        wrapped = [label for label in dialog.findChildren(QLabel) if label.isVisible() and label.wordWrap()]
        assert dialog.error in wrapped
        for label in wrapped:
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    finally:
        dialog.deleteLater()
        i18n.install("nl")


def test_remember_in_the_keyring_is_offered_when_one_works(qtbot, encrypted):
    with keyrings.installed() as fake:
        dialog = UnlockDialog(encrypted)
        qtbot.addWidget(dialog)
        try:
            dialog.show()
            assert dialog.remember.isVisible()
            assert dialog.remember.text() == "Ont&houd in de sleutelbos van het systeem"
            dialog.remember.setChecked(True)
            dialog.passphrase.setText(PASSPHRASE)
            dialog.ok_button.click()
            assert list(fake.entries.values()) == [workspace_key.cached(encrypted).hex()]
        finally:
            dialog.deleteLater()


def test_a_new_passphrase_is_chosen_twice_under_the_rule_and_the_warning(qtbot, tmp_path, fresh_process):
    ws = Workspace.at(tmp_path / "nieuw")
    dialog = NewPassphraseDialog(ws)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        warning = dialog.findChild(QWidget, "lossWarning").text()
        assert "kwijt" in warning and "verloren" in warning
        dialog.passphrase.setText("kort")
        dialog.repeat.setText("kort")
        dialog.ok_button.click()
        assert "minstens 10" in dialog.error.text() and not ws.key_file.exists()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE + "!")
        dialog.ok_button.click()
        assert "niet gelijk" in dialog.error.text() and not ws.key_file.exists()
        dialog.repeat.setText(PASSPHRASE)
        dialog.ok_button.click()
        assert dialog.result() == NewPassphraseDialog.DialogCode.Accepted
        assert workspace_key.state(ws) == "encrypted" and not ws.db_file.exists()  # the database follows on open
    finally:
        dialog.deleteLater()


def test_start_asks_the_passphrase_before_the_window_opens(qtbot, qapp, encrypted, monkeypatch):
    from kijkwijzer.app import start

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    leave_the_collector_alone(monkeypatch)
    tries: list[str] = []

    def answer(dialog: UnlockDialog) -> None:
        assert not [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]
        dialog.passphrase.setText("dit is het niet")
        dialog.ok_button.click()
        tries.append(dialog.error.text())
        dialog.passphrase.setText(PASSPHRASE)
        dialog.ok_button.click()

    when_modal(UnlockDialog, answer)
    running = start([str(encrypted.root), "--headless", "--no-start-prompts"])
    try:
        assert not isinstance(running, int) and running.window.isVisible()
        assert "klopt niet" in tries[0] and running.ctx.store.encrypted
    finally:
        _close(running)


def test_annuleren_in_the_passphrase_dialog_quits(qtbot, qapp, encrypted, monkeypatch):
    from kijkwijzer.app import start

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    leave_the_collector_alone(monkeypatch)
    when_modal(UnlockDialog, lambda dialog: dialog.findChild(QWidget, "cancelButton").click())
    assert start([str(encrypted.root), "--headless", "--no-start-prompts"]) == 0
    assert not [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()]


def test_annuleren_in_the_passphrase_dialog_over_the_first_window_quits(qtbot, qapp, encrypted):
    """The program's own start asks before the workbench loads (ui/unlock/at_start.py): Annuleren there ends it."""
    from kijkwijzer.ui.start_window import StartWindow
    from kijkwijzer.ui.unlock.at_start import ready_at_start

    frame = StartWindow(str(encrypted.root))
    qtbot.addWidget(frame)
    frame.show()
    seen: list[bool] = []

    def cancel(dialog: UnlockDialog) -> None:
        seen.append(dialog.parentWidget() is frame)
        dialog.findChild(QWidget, "cancelButton").click()

    when_modal(UnlockDialog, cancel)
    assert ready_at_start([str(encrypted.root)], frame) is False
    assert seen == [True] and workspace_key.cached(encrypted) is None


def test_with_the_key_in_the_keyring_the_first_window_asks_nothing(qtbot, qapp, encrypted):
    """The keyring's answer is waited for beside the loading of the store and the services; then nothing is asked
    and nothing is still loading when the workbench's own start begins."""
    import threading

    from kijkwijzer.crypto import early_unlock
    from kijkwijzer.ui.start_window import StartWindow
    from kijkwijzer.ui.unlock.at_start import ready_at_start

    with keyrings.installed():
        workspace_key.unlock(encrypted, PASSPHRASE, remember=True)
        workspace_key.forget_in_process()
        frame = StartWindow(str(encrypted.root))
        qtbot.addWidget(frame)
        asked: list[str] = []

        def answer_any() -> None:  # a dialog would wait for a user: say no, and note it
            widget = QApplication.activeModalWidget()
            if widget is not None:
                asked.append(widget.objectName())
                widget.close()

        watch = QTimer(frame)  # ends with the window
        watch.timeout.connect(answer_any)
        watch.start(20)
        early_unlock.begin(encrypted)  # as launch.prepare does
        assert ready_at_start([str(encrypted.root)], frame) is True
        assert asked == [] and workspace_key.cached(encrypted) is not None
        assert "kijkwijzer-laden" not in [thread.name for thread in threading.enumerate()]
        watch.stop()


def test_an_older_plain_workspace_is_offered_its_encryption_at_start(qtbot, qapp, tmp_path, fresh_process,
                                                                      monkeypatch):
    from kijkwijzer.app import start
    from kijkwijzer.ui.unlock.upgrade_progress import UpgradeProgress

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    leave_the_collector_alone(monkeypatch)
    ws = Workspace.at(tmp_path / "oud")
    ctx = open_context(ws)  # as a version before encryption left it
    people.add_professional(ctx, "Sanne de Vries")
    ctx.store.dispose()
    seen: list[str] = []

    def offer(box: QMessageBox) -> None:
        seen.append(box.text())
        when_modal(NewPassphraseDialog, choose)
        (now,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        now.click()

    def choose(dialog: NewPassphraseDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE)
        dialog.ok_button.click()

    steps: list[str] = []
    original = UpgradeProgress._show_step
    monkeypatch.setattr(UpgradeProgress, "_show_step", lambda self, step: (steps.append(step.kind),
                                                                           original(self, step)))
    when_modal(QMessageBox, offer)
    running = start([str(ws.root), "--headless"])
    try:
        assert not isinstance(running, int) and running.window.isVisible()
        assert "nog niet versleuteld" in seen[0] and seen[1] == "Werkmap versleutelen"
        assert steps[0] == "database" and workspace_key.state(ws) == "encrypted" and running.ctx.store.encrypted
        assert [p.name for p in people.list_professionals(running.ctx)] == ["Sanne de Vries"]
    finally:
        _close(running)


def test_the_passphrase_is_changed_from_the_file_menu(qtbot, encrypted):
    from kijkwijzer.ui.shortcuts import ACTIONS
    from kijkwijzer.ui.unlock.change_passphrase import ChangePassphraseDialog

    assert [s.menu for s in ACTIONS if s.name == "change_passphrase"] == ["file"]
    database = encrypted.db_file.read_bytes()
    dialog = ChangePassphraseDialog(encrypted)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        dialog.current.setText("niet het huidige")
        dialog.passphrase.setText("een nieuw wachtwoord")
        dialog.repeat.setText("een nieuw wachtwoord")
        dialog.ok_button.click()
        assert dialog.isVisible() and "klopt niet" in dialog.error.text()
        dialog.current.setText(PASSPHRASE)
        dialog.passphrase.setText("kort")
        dialog.repeat.setText("kort")
        dialog.ok_button.click()
        assert "minstens 10" in dialog.error.text()
        dialog.passphrase.setText("een nieuw wachtwoord")
        dialog.repeat.setText("een nieuw wachtwoord")
        dialog.ok_button.click()
        assert dialog.result() == ChangePassphraseDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    assert encrypted.db_file.read_bytes() == database  # rewrapped, not re-encrypted
    workspace_key.forget_in_process()
    with pytest.raises(workspace_key.WrongPassphrase):
        workspace_key.unlock(encrypted, PASSPHRASE)
    workspace_key.unlock(encrypted, "een nieuw wachtwoord")
