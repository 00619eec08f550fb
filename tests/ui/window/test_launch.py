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
