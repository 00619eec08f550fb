"""The window's backup and restore ask for the passphrase: chosen twice (OK only from 10 characters and when
both agree, with the warning that a lost passphrase means a useless backup), entered to restore (a wrong one
is said in the dialog and asked again). A plain backup of an earlier version needs none, and the result box
says it was not encrypted.

The one stand-in is the answer of the native file dialogs (`FakeFileDialogs`); the passphrase dialog, the
services, the database and the files are real."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from kijkwijzer.formats import backup_seal
from kijkwijzer.services.exchange import backup as exchange_backup
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.ui.exchange.backup_actions import backup_create, backup_restore
from kijkwijzer.ui.exchange.passphrase_dialog import BackupPassphraseDialog
from kijkwijzer.workspace import Workspace
from tests.support.rows import row_counts
from tests.support.sealed_backup import PASSPHRASE, plain_copy

ON_SQLITE = pytest.mark.parametrize("workspace", ["sqlite"], indirect=True)


class FakeFileDialogs:
    """FAKE: the native file dialogs' answers (they cannot be clicked headless)."""

    def __init__(self, monkeypatch) -> None:
        self.save = self.open = self.folder = None
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(self.save) if self.save else "", "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: (str(self.open) if self.open else "", "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                            staticmethod(lambda *a, **k: str(self.folder) if self.folder else ""))


@pytest.fixture
def dialogs(monkeypatch) -> FakeFileDialogs:
    return FakeFileDialogs(monkeypatch)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()


class Asked(list):
    """What happened in the passphrase dialog; `stop()` ends the looking (also after 30 s by itself)."""

    looking = True

    def stop(self) -> None:
        self.looking = False


def when_asked(qtbot, steps) -> Asked:
    """Run `steps(dialog, log)` on the passphrase dialog as soon as it is open (it runs modally)."""
    log = Asked()
    deadline = time.monotonic() + 30

    def look() -> None:
        if not log.looking or time.monotonic() > deadline:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BackupPassphraseDialog):
            QTimer.singleShot(20, look)
            return
        log.append(dialog.windowTitle())
        steps(dialog, log)

    QTimer.singleShot(0, look)
    return log


def type_into(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def finish(qtbot, task, parent: QWidget, box_name: str) -> tuple[object, str]:
    with qtbot.waitSignal(task.finished, timeout=60_000) as done:
        pass
    boxes = [b for b in parent.findChildren(QMessageBox, box_name) if b.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    boxes[0].close()
    return done.args[0], text


@ON_SQLITE
def test_the_backup_asks_for_a_passphrase_twice_and_warns(case_setup, dialogs, parent, qtbot, tmp_path):
    dialogs.save = tmp_path / "kopie.kwbackup"

    def choose(dialog: BackupPassphraseDialog, log: list[str]) -> None:
        assert dialog.warning.isVisible() and "kwijtraakt" in dialog.warning.text()
        type_into(qtbot, dialog.first, "kort")
        type_into(qtbot, dialog.second, "kort")
        log.append(f"short: ok={dialog.ok_button.isEnabled()} {dialog.message.text()}")
        type_into(qtbot, dialog.first, PASSPHRASE)
        type_into(qtbot, dialog.second, PASSPHRASE + "?")
        log.append(f"differ: ok={dialog.ok_button.isEnabled()} {dialog.message.text()}")
        type_into(qtbot, dialog.second, PASSPHRASE)
        log.append(f"same: ok={dialog.ok_button.isEnabled()}")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    log = when_asked(qtbot, choose)
    task = backup_create(case_setup["ctx"], parent, include_media=True)
    assert task is not None
    result, text = finish(qtbot, task, parent, "exchangeDone")

    assert log[0] == "Wachtwoord voor de back-up"
    assert log[1] == "short: ok=False Een wachtwoord heeft minstens 10 tekens; nog 6 te gaan."
    assert log[2] == "differ: ok=False De twee wachtwoorden zijn nog niet gelijk."
    assert log[3] == "same: ok=True"
    assert not isinstance(result, BaseException), result
    assert "onbruikbaar" in text and str(dialogs.save) in text
    data = dialogs.save.read_bytes()
    assert data.startswith(backup_seal.MAGIC)
    exchange_backup.check_backup_passphrase(dialogs.save, PASSPHRASE)  # that passphrase opens it


@ON_SQLITE
def test_cancelling_the_passphrase_writes_nothing(case_setup, dialogs, parent, qtbot, tmp_path):
    dialogs.save = tmp_path / "kopie.kwbackup"
    log = when_asked(qtbot, lambda dialog, log: dialog.reject())
    assert backup_create(case_setup["ctx"], parent, include_media=False) is None
    assert log == ["Wachtwoord voor de back-up"] and list(tmp_path.glob("*kopie*")) == []


@pytest.fixture
def sealed_backup(case_setup, tmp_path) -> Path:
    made = exchange_backup.create_backup(case_setup["ctx"], tmp_path / "kopie.kwbackup", passphrase=PASSPHRASE)
    return made.path


@ON_SQLITE
def test_the_restore_asks_for_the_passphrase_and_again_when_it_is_wrong(sealed_backup, dialogs, parent, qtbot,
                                                                        tmp_path):
    dialogs.open, dialogs.folder = sealed_backup, tmp_path / "nieuw"
    dialogs.folder.mkdir()

    def enter(dialog: BackupPassphraseDialog, log: list[str]) -> None:
        assert not dialog.second.isVisible() and not dialog.warning.isVisible()
        type_into(qtbot, dialog.first, "niet het goede wachtwoord")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        log.append(f"wrong: open={dialog.isVisible()} field={dialog.first.text()!r} {dialog.message.text()}")
        type_into(qtbot, dialog.first, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    log = when_asked(qtbot, enter)
    opened: list[Path] = []
    task = backup_restore(parent, on_restored=opened.append)
    assert task is not None
    result, text = finish(qtbot, task, parent, "exchangeDone")

    assert log[0] == "Wachtwoord van de back-up"
    assert log[1].startswith("wrong: open=True field='' Het wachtwoord van deze reservekopie klopt niet")
    assert not isinstance(result, BaseException), result
    assert result.encrypted and "niet versleuteld" not in text and opened == [dialogs.folder]
    restored = open_context(Workspace.at(dialogs.folder))
    try:
        assert row_counts(restored)["clients"] == 1 and row_counts(restored)["content_keys"] >= 1
    finally:
        restored.store.dispose()


@ON_SQLITE
def test_a_plain_backup_of_an_earlier_version_restores_without_a_passphrase(sealed_backup, dialogs, parent, qtbot,
                                                                            tmp_path):
    dialogs.open = plain_copy(sealed_backup, tmp_path / "oud.zip")
    dialogs.folder = tmp_path / "nieuw"
    dialogs.folder.mkdir()
    log = when_asked(qtbot, lambda dialog, log: dialog.reject())
    task = backup_restore(parent)
    assert task is not None
    result, text = finish(qtbot, task, parent, "exchangeDone")
    log.stop()
    assert log == [], "no passphrase asked"
    assert not result.encrypted and "niet versleuteld" in text


def test_the_windows_menu_backs_up_and_restores_with_the_passphrase(request, dialogs, qtbot, tmp_path):
    """Bestand > Back-up maken / terugzetten in the real main window, as a user clicks through it."""
    from PySide6.QtGui import QAction

    from tests.support.qt_input import answer_next_box

    main = request.getfixturevalue("window")  # tests/ui/conftest.py: the recording open (nothing is played)

    dialogs.save = tmp_path / "venster.kwbackup"
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.No, seen)  # without the recordings

    def choose(dialog: BackupPassphraseDialog, log: list[str]) -> None:
        type_into(qtbot, dialog.first, PASSPHRASE)
        type_into(qtbot, dialog.second, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    asked = when_asked(qtbot, choose)
    with qtbot.waitSignal(main.exchange.finished, timeout=60_000) as made:
        main.findChild(QAction, "action_backup").trigger()
    assert not isinstance(made.args[0], BaseException), made.args[0]
    assert "versleuteld" in seen[0] and asked == ["Wachtwoord voor de back-up"]
    assert dialogs.save.read_bytes().startswith(backup_seal.MAGIC)
    for box in main.findChildren(QMessageBox, "exchangeDone"):
        box.close()

    dialogs.open, dialogs.folder = dialogs.save, tmp_path / "teruggezet"
    dialogs.folder.mkdir()

    def enter(dialog: BackupPassphraseDialog, log: list[str]) -> None:
        type_into(qtbot, dialog.first, PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    asked = when_asked(qtbot, enter)
    with qtbot.waitSignal(main.exchange.finished, timeout=60_000) as restored:
        main.findChild(QAction, "action_restore").trigger()
    assert not isinstance(restored.args[0], BaseException), restored.args[0]
    assert asked == ["Wachtwoord van de back-up"] and restored.args[0].rows > 0
    for box in main.findChildren(QMessageBox, "exchangeDone"):
        box.close()
