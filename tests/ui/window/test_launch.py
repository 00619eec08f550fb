"""The program's own start (kijkwijzer/launch.py: main.py, the `kijkwijzer` command and the bundle go through it),
in a fresh process as a user starts it: the workspace key is unlocked and VLC is loaded beside the imports, the
window is on screen before the store and the services are loaded and then holds the workbench, and the garbage
collector, off while the window was built, is on again once it is shown (a program left without it would keep
every reference cycle it makes until it quits)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import gc, json, sys, threading
from kijkwijzer.crypto import key_file
argon2_threads, derive = [], key_file._derive
def counting(passphrase, wrapped):
    argon2_threads.append(threading.current_thread().name)
    return derive(passphrase, wrapped)
key_file._derive = counting
import vlc
vlc_threads, new = [], vlc.libvlc_new
def new_instance(argc, argv):
    vlc_threads.append(threading.current_thread().name)
    return new(argc, argv)
vlc.libvlc_new = new_instance
from kijkwijzer.launch import prepare
argv = [*sys.argv[1:], "--no-start-prompts"]
prepare(argv)
collector_during_start = gc.isenabled()
from kijkwijzer.ui.first_window import show_start_window
frame = show_start_window(argv)
first = {"visible": frame.isVisible(), "text": frame.waiting.text(), "waiting": frame.waiting.isVisible(),
         "loaded": sorted(m for m in ("sqlalchemy", "kijkwijzer.store", "kijkwijzer.services",
                                      "kijkwijzer.ui.main_window") if m in sys.modules)}
from kijkwijzer.app import start
running = start(argv, frame)
print(json.dumps({"during": collector_during_start, "after": gc.isenabled(), "argon2": argon2_threads,
                  "vlc": vlc_threads, "first": first, "held": running.window.window() is frame,
                  "waiting": frame.waiting.isVisible(),
                  "window": running.window.isVisible(), "title": frame.windowTitle()}))
frame.close()
running.ctx.store.dispose()
"""


def test_the_start_unlocks_beside_the_imports_and_leaves_the_collector_on(workspace):
    done = subprocess.run([sys.executable, "-c", CHILD, str(workspace.root)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["argon2"] == ["kijkwijzer-unlock"]  # once, begun before the window's modules were imported
    assert seen["vlc"] == ["kijkwijzer-vlc"]  # the window's player took the VLC begun beside the imports
    assert seen["during"] is False
    # on screen, saying what it does, before the store, the services and the workbench's widgets are loaded
    assert seen["first"] == {"visible": True, "text": f"De werkmap wordt geopend…\n\n{workspace.root}",
                             "waiting": True, "loaded": []}
    # then the workbench fills that same window
    assert seen["held"] is True and seen["waiting"] is False
    assert seen["window"] is True and "Kijkwijzer" in seen["title"]
    assert seen["after"] is True


ASKED = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kijkwijzer.launch import prepare
argv, passphrase = [sys.argv[1], "--no-start-prompts"], sys.argv[2]
prepare(argv)
from kijkwijzer.ui.first_window import show_start_window
frame = show_start_window(argv)
seen = {}

def loaded(name, attribute):
    return hasattr(sys.modules.get(name), attribute)

def look():
    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog.objectName() != "unlockDialog" or not dialog.isVisible():
        QTimer.singleShot(10, look)
        return
    seen["over"] = dialog.parentWidget() is frame
    seen["workbench_loaded"] = loaded("kijkwijzer.ui.main_window", "MainWindow")
    deadline = time.monotonic() + 20

    def typing():  # the user types; the store, the services and the workbench's widgets load meanwhile
        everything = (loaded("kijkwijzer.services.open_workspace", "open_context")
                      and loaded("kijkwijzer.ui.main_window", "MainWindow"))
        if not everything and time.monotonic() < deadline:
            QTimer.singleShot(50, typing)
            return
        seen["services_while_asking"] = loaded("kijkwijzer.services.open_workspace", "open_context")
        seen["workbench_while_asking"] = loaded("kijkwijzer.ui.main_window", "MainWindow")
        seen["still_asking"] = dialog.isVisible()
        dialog.passphrase.setText(passphrase)
        dialog.ok_button.click()
    typing()

QTimer.singleShot(0, look)
from kijkwijzer.ui.unlock.at_start import ready_at_start
seen["ready"] = ready_at_start(argv, frame)
asked_again = []
def watch():
    widget = QApplication.activeModalWidget()
    if widget is not None:
        asked_again.append(widget.objectName())
        widget.reject()
timer = QTimer()
timer.timeout.connect(watch)
timer.start(20)
from kijkwijzer.app import start
running = start(argv, frame)
timer.stop()
seen.update(asked_again=asked_again, held=running.window.window() is frame, encrypted=running.ctx.store.encrypted)
print(json.dumps(seen))
frame.close()
running.ctx.store.dispose()
"""


def test_the_passphrase_is_asked_over_the_window_while_the_store_and_services_load(workspace):
    """Without KIJKWIJZER_PASSPHRASE or a keyring: the dialog comes up before the workbench's modules are loaded;
    the store, the services and the workbench's widgets load while it waits for the user; the workspace then opens
    without a second ask."""
    from tests.support.workspace_keys import TEST_PASSPHRASE

    env = {key: value for key, value in os.environ.items() if key != "KIJKWIJZER_PASSPHRASE"}
    done = subprocess.run([sys.executable, "-c", ASKED, str(workspace.root), TEST_PASSPHRASE], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env={**env, "QT_QPA_PLATFORM": "offscreen",
                                                                            "PYTHON_KEYRING_BACKEND":
                                                                            "keyring.backends.null.Keyring"},
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["over"] is True and seen["workbench_loaded"] is False
    assert seen["services_while_asking"] is True and seen["workbench_while_asking"] is True
    assert seen["still_asking"] is True
    assert seen["ready"] is True and seen["asked_again"] == []
    assert seen["held"] is True and seen["encrypted"] is True
