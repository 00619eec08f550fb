"""UI test fixtures (pytest-qt, offscreen): isolated QSettings, and a guard that fails a test leaving
top-level widgets or running timers behind (after napari's leak fixtures)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):  # Qt and VLC complain on every start without one
    import tempfile

    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="kw-xdg-")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication

import kijkwijzer.ui  # noqa: F401 - the ui package first, as the app imports it


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp):
    """Each test gets its own QSettings (theme keys, chosen reviewer, language)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("KijkwijzerTest")
    qapp.setApplicationName("KijkwijzerTest")
    yield


@pytest.fixture(autouse=True)
def no_leaks(qapp, monkeypatch):
    """Fail a test that leaves top-level widgets open or QTimers running (napari-style)."""
    before = {id(w) for w in QApplication.topLevelWidgets()}
    started: list = []
    original_start = QTimer.start

    def tracking_start(self, *args):
        started.append(self)
        return original_start(self, *args)

    monkeypatch.setattr(QTimer, "start", tracking_start)
    yield
    monkeypatch.undo()
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
    import shiboken6

    leaked = [w for w in QApplication.topLevelWidgets() if id(w) not in before and shiboken6.isValid(w)]
    running = [t for t in started if shiboken6.isValid(t) and t.isActive()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    for timer in running:
        timer.stop()
    assert not leaked, f"top-level widgets left open: {[type(w).__name__ for w in leaked]}"
    assert not running, f"timers left running: {[t.objectName() or repr(t) for t in running]}"


@pytest.fixture
def review_workspace(tmp_path, test_video):
    """A real SQLite workspace built through the services: a professional, a coach, a client, a case,
    a conversation with consent to record and analyse, and the generated test video imported."""
    from datetime import date
    from types import SimpleNamespace

    from kijkwijzer.services import cases, consent, people, recordings
    from kijkwijzer.services.context import Actor, open_context
    from tests.support.workspace_keys import encrypted_workspace

    workspace = encrypted_workspace(tmp_path / "werkmap")
    ctx = open_context(workspace)
    pro, pro_reviewer = people.add_professional(ctx, "Sanne de Vries")
    coach = people.add_reviewer(ctx, "Joost Bakker", "coach")
    client = people.add_client(ctx)
    case = cases.add_case(ctx, pro.id, client.id, "Schulden en werk", "loopt vast")
    conv = cases.add_conversation(ctx, case.id, date(2026, 11, 2), goal="Samen een plan maken")
    consent.grant(ctx, conv.id, "recording", date(2026, 11, 2))
    consent.grant(ctx, conv.id, "analysis", date(2026, 11, 2), reviewer_ids=(coach.id,))
    recording = recordings.import_recording(ctx, conv.id, test_video)
    as_pro = ctx.as_actor(Actor(pro_reviewer.id, pro_reviewer.name, pro_reviewer.role))
    yield SimpleNamespace(ctx=ctx, as_pro=as_pro, workspace=workspace, reviewer=pro_reviewer, coach=coach,
                          conversation=conv, recording=recording)
    ctx.store.dispose()


@pytest.fixture
def window(qtbot, review_workspace):
    """The main window on the fixture workspace with the recording open, VLC headless (--vout=dummy)."""
    from kijkwijzer.media.player_factory import create_player
    from kijkwijzer.ui.main_window import MainWindow

    win = MainWindow(review_workspace.ctx, create_player(headless=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    QCoreApplication.processEvents()  # the default dock layout is applied right after the first show
    win.activateWindow()
    assert win.open_recording(review_workspace.recording.id)
    win.review.focus_review()
    yield win
    win.close()
    win.deleteLater()
