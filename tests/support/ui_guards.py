"""pytest plugin (registered in tests/conftest.py): the guards every Qt test runs under, after napari's leak
fixtures. Every test below tests/ui/ is marked `gui`; each `gui` test gets

- its own QSettings (an INI folder in its tmp_path: theme keys, chosen reviewer, language), and
- a leak check: the test fails when it leaves a top-level widget open or a QTimer it started running
  (both are closed afterwards, so one leak does not fail the next test too).

Qt is imported only when a `gui` test runs: `pytest tests/domain` (and the review model's tests run with
PySide6 blocked) never load it through this plugin.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

UI_TESTS = Path(__file__).resolve().parents[1] / "ui"


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not os.environ.get("XDG_RUNTIME_DIR"):  # Qt and VLC complain on every start without one
        import tempfile

        os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="kw-xdg-")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def qt_guards(request: pytest.FixtureRequest):
    """Isolated QSettings and the leak check, for `gui` tests only."""
    if request.node.get_closest_marker("gui") is None:
        yield
        return
    qapp = request.getfixturevalue("qapp")
    _isolate_settings(qapp, request.getfixturevalue("tmp_path"))
    with pytest.MonkeyPatch.context() as patch:
        started = _track_timers(patch)
        before = _top_level_ids()
        yield
    _fail_on_leaks(qapp, before, started)


def _isolate_settings(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    qapp.setOrganizationName("KijkwijzerTest")
    qapp.setApplicationName("KijkwijzerTest")


def _track_timers(patch: pytest.MonkeyPatch) -> list:
    from PySide6.QtCore import QTimer

    started: list = []
    original_start = QTimer.start

    def tracking_start(self, *args):
        started.append(self)
        return original_start(self, *args)

    patch.setattr(QTimer, "start", tracking_start)
    return started


def _top_level_ids() -> set[int]:
    from PySide6.QtWidgets import QApplication

    return {id(w) for w in QApplication.topLevelWidgets()}


def _fail_on_leaks(qapp, before: set[int], started: list) -> None:
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if id(w) not in before and shiboken6.isValid(w)]
    running = [t for t in started if shiboken6.isValid(t) and t.isActive()]
    for widget in leaked:
        widget.close()
        widget.deleteLater()
    for timer in running:
        timer.stop()
    assert not leaked, f"top-level widgets left open: {[type(w).__name__ for w in leaked]}"
    assert not running, f"timers left running: {[t.objectName() or repr(t) for t in running]}"
