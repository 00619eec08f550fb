"""The first steps of a start: the application (its names, icon, look and language) and the window on screen,
before the store, the services and the review's widgets are imported (issue 16 part 4).

launch.main calls `show_start_window`, then app.main with the StartWindow it returns; app.start calls
`application` itself when it runs without one (tests and benches that start the window in their own process).
Only Qt, the language and the start window here: what this module imports is what the user waits for before
anything is on screen.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from argparse import Namespace

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kijkwijzer.start_arguments import parse, workspace_of
from kijkwijzer.ui import pyside_import_hook

pyside_import_hook.lighten()  # before the ui modules: they are the imports the hook reads

from kijkwijzer.ui import i18n
from kijkwijzer.ui.session_end import close_on_session_end
from kijkwijzer.ui.start_window import StartWindow


def application(args: Namespace) -> QApplication:
    """The QApplication with the workbench's names, icon, style sheet and language (--lang, else the last chosen)."""
    logging.basicConfig(level=os.environ.get("KIJKWIJZER_LOG", "WARNING"), format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("Kijkwijzer")
    app.setApplicationName("Kijkwijzer")
    app.setApplicationDisplayName("Kijkwijzer")
    icon = i18n.RESOURCES / "icons" / "kijkwijzer.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    style = i18n.RESOURCES / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    i18n.install(args.lang or str(QSettings().value("language", "nl")))
    return app  # type: ignore[return-value]


def show_start_window(argv: list[str]) -> StartWindow:
    """The application made and its window on screen, painted, saying the workspace is being opened."""
    args = parse(argv)
    app = application(args)
    window = StartWindow(_place(args))
    window.show()
    close_on_session_end(window)  # a logout or `kill` closes it as Afsluiten does
    paint_first(app, window)
    return window


def _place(args: Namespace) -> str:
    """What is being opened, as the user named it: the workspace's folder, or the team database's server."""
    if args.db:
        server = args.db.split("://", 1)[-1].rsplit("@", 1)[-1]  # no user name or password on screen
        return server.split("?", 1)[0]
    try:
        return str(workspace_of(args).root)
    except Exception:  # noqa: BLE001 - only words on the waiting screen; the start itself says what is wrong
        return ""


def paint_first(app: QApplication, widget: QWidget, limit_s: float = 0.3) -> None:
    """Let `widget`'s window reach the screen, painted, before the next long step (the imports; a recording's
    pre-roll), as long as `limit_s` at most: the user sees it at once."""
    deadline = time.monotonic() + limit_s
    flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    while time.monotonic() < deadline:
        handle = widget.window().windowHandle()  # asked anew: Qt may recreate it meanwhile
        if handle is None or handle.isExposed():
            break
        app.processEvents(flags | QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
    app.processEvents(flags)
