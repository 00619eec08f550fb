"""The passphrase asked as soon as the window is on screen, before the workbench's modules are loaded (issue 16).

Started by launch.py after the StartWindow is shown. When the workspace needs a passphrase (no KIJKWIJZER_PASSPHRASE,
no key in the system keyring), its dialog comes up at once over the waiting window, instead of after ~0.5 s of
imports. The imports then run while the user types: first a thread loads the store and the services (SQLAlchemy,
the models, the method's content: Python without Qt, which the layers keep apart), the dialog taking keys
meanwhile; then the main thread (Qt's classes belong to it) loads the workbench's widgets, a module per turn of
the dialog's event loop. A key pressed during one waits for it, and is not lost.

What goes wrong here (a folder that cannot hold a workspace, a damaged key file) is left to the workbench's own
start, which meets it again and says it; a passphrase given here is in the process's key cache, where that start
finds it without asking again.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from kijkwijzer.crypto import workspace_key
from kijkwijzer.errors import KijkwijzerError
from kijkwijzer.start_arguments import parse, workspace_of

from . import asking

log = logging.getLogger(__name__)

# the heaviest of what app.py imports that holds no Qt (the layers: store and services never import Qt)
LOADED_WHILE_ASKING = ("kijkwijzer.services.context", "kijkwijzer.services.open_workspace", "kijkwijzer.content",
                       "kijkwijzer.services.recordings", "kijkwijzer.services.people")
# then, in the main thread, the workbench's widgets: the heaviest parts first, each its own step
WIDGETS_WHILE_ASKING = ("kijkwijzer.ui.lab.sharing", "kijkwijzer.ui.cycle", "kijkwijzer.ui.recording_import",
                        "kijkwijzer.ui.review.review_view", "kijkwijzer.ui.panels", "kijkwijzer.ui.intake.intake_flow",
                        "kijkwijzer.ui.main_window")


def ready_at_start(argv: list[str], window: QWidget) -> bool:
    """False only when the user cancelled the passphrase dialog (the program then ends). With KIJKWIJZER_PASSPHRASE
    (scripts, the benches) nothing is asked: the workbench's start takes the key its early unlock made."""
    try:
        workspace = workspace_of(parse(argv))
        if os.environ.get(workspace_key.PASSPHRASE_ENV) or workspace_key.state(workspace) not in ("new", "encrypted"):
            return True
    except KijkwijzerError as error:
        log.info("left to the workbench's start: %r", error)
        return True
    loading = load_while_asking()  # beside the keyring's answer (early_unlock.py), which decides whether to ask
    try:
        return asking.ready(workspace, window)
    except KijkwijzerError as error:
        log.info("left to the workbench's start: %r", error)
        return True
    finally:
        loading.join()  # asked nothing (the keyring had the key): done before the workbench's start imports more


def load_while_asking() -> threading.Thread:
    """Begin importing LOADED_WHILE_ASKING, and readying the database models, in a thread of their own; once it
    is done, WIDGETS_WHILE_ASKING in the main thread, from its event loop (the dialog's)."""
    thread = threading.Thread(target=_load, name="kijkwijzer-laden", daemon=True)
    thread.start()
    _load_widgets_after(thread)
    return thread


def _load_widgets_after(thread: threading.Thread) -> None:
    steps = list(WIDGETS_WHILE_ASKING)

    def step() -> None:
        if thread.is_alive():  # one thread imports at a time: no two imports wait on each other's modules
            QTimer.singleShot(20, step)
            return
        try:
            importlib.import_module(steps.pop(0))
        except Exception as error:  # noqa: BLE001 - a head start only: app.py imports the same and meets it
            log.info("loading the widgets while asking stopped: %r", error)
            return
        if steps:
            QTimer.singleShot(0, step)  # the keys pressed meanwhile first

    QTimer.singleShot(20, step)


def _load() -> None:
    try:
        for name in LOADED_WHILE_ASKING:
            importlib.import_module(name)
        importlib.import_module("kijkwijzer.services.open_workspace").load_ahead()
    except Exception as error:  # noqa: BLE001 - a head start only: the main thread imports the same and meets it
        log.info("loading while asking stopped: %r", error)
