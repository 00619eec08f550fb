"""Reuse the UI suite's guards (isolated QSettings, no leaked windows or timers), plus the real main window on
an empty SQLite workspace and on one where a professional already has a case with a consented conversation."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from tests.support.qt_input import answer_next_box  # noqa: F401 - for the tests of this folder
from tests.ui.conftest import isolated_settings, no_leaks  # noqa: F401 - fixtures, used by name


class FakeImporter:
    """Stands in for the window's importer (its own suite tests the file dialog and the copy): records where
    the intake flow sends the user."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def import_into(self, conversation_id: int | None = None, paths=None) -> None:
        self.calls.append(conversation_id)

    def shutdown(self) -> None:
        pass


def build_window(qtbot, ctx):
    from kijkwijzer.media.player_factory import create_player
    from kijkwijzer.ui.main_window import MainWindow

    win = MainWindow(ctx, create_player(headless=True))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    QCoreApplication.processEvents()
    win.activateWindow()
    return win


def close_window(win) -> None:
    for dialog in win.findChildren(QWidget):
        if dialog.isWindow() and dialog is not win and dialog.isVisible():
            dialog.close()
    win.close()
    win.deleteLater()


@pytest.fixture
def empty_ctx(tmp_path):
    from kijkwijzer.services.context import open_context
    from kijkwijzer.workspace import Workspace

    ctx = open_context(Workspace.at(tmp_path / "werkmap"))
    yield ctx
    ctx.store.dispose()


@pytest.fixture
def empty_window(qtbot, empty_ctx):
    win = build_window(qtbot, empty_ctx)
    yield win
    close_window(win)


@pytest.fixture
def known(empty_ctx):
    """A professional with a case and a conversation of 2 November 2026 whose client consented to recording."""
    from kijkwijzer.services import cases, consent, people

    pro, reviewer = people.add_professional(empty_ctx, "Sanne de Vries", "klantmanager")
    client = people.add_client(empty_ctx)
    case = cases.add_case(empty_ctx, pro.id, client.id, "Schulden en werk", "loopt vast")
    conversation = cases.add_conversation(empty_ctx, case.id, date(2026, 11, 2), goal="Samen een plan maken")
    granted = consent.grant(empty_ctx, conversation.id, "recording", date(2026, 11, 2))
    return SimpleNamespace(ctx=empty_ctx, professional=pro, reviewer=reviewer, client=client, case=case,
                           conversation=conversation, consent=granted)


@pytest.fixture
def known_window(qtbot, known):
    win = build_window(qtbot, known.ctx)
    yield win
    close_window(win)


def dialog_named(qtbot, name: str) -> QWidget:
    """The visible dialog with this object name, once it is there."""
    found: list[QWidget] = []

    def there() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(there, timeout=3000)
    qtbot.waitUntil(found[-1].isActiveWindow, timeout=3000)
    return found[-1]


