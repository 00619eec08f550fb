"""VLC begun while the program is still loading (issue 16, start-up). Loading libvlc and its plugins (`import
vlc`, the first `vlc.Instance`) took 45-75 ms of every start of the window, most of it in C that does not hold the
GIL: launch.py begins it in a thread of its own before SQLAlchemy, Qt and the window's modules are imported, and
the window's player takes that instance (VlcPlayer) instead of making one. What fails there (no libvlc) is met
again, and said, when the player is made. No Qt, no python-vlc at import: launch.py imports this first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

log = logging.getLogger(__name__)

# No title or OSD text over the recording, no snapshot thumbnail, no subtitle files picked up.
# --no-xlib: VLC draws through XCB (X11 shared memory), not its Xlib/OpenGL output, which without a GPU is Mesa's
# software renderer: ~85 MiB more resident and 2.6x the CPU playing 1080p (issue 16, docs/performance.md). The
# XCB output does not clear its bars, so the surface is kept at the picture's shape (ui/review/player_view.
# PictureBox), and its own window is kept centred in it (ui/review/x11_child_windows). Headless needs it too:
# nothing there initialised Xlib for threads.
BASE_ARGS = (
    "--quiet",
    "--no-video-title-show",
    "--no-osd",
    "--no-snapshot-preview",
    "--no-sub-autodetect-file",
    "--no-xlib",
)
# Headless: no window, no sound card.
HEADLESS_ARGS = ("--vout=dummy", "--aout=dummy")
THREAD_NAME = "kijkwijzer-vlc"


def player_args(headless: bool) -> list[str]:
    """The arguments VlcPlayer gives VLC (before any extra ones); the benches' trials add to BASE_ARGS here."""
    return [*BASE_ARGS, *(HEADLESS_ARGS if headless else ())]

_LOCK = threading.Lock()
_BEGUN: list[tuple[tuple[str, ...], threading.Thread, list[Any]]] = []


def begin(args: Sequence[str]) -> None:
    """Start making a VLC instance with these arguments in a thread of its own; never raises."""
    made: list[Any] = []
    thread = threading.Thread(target=_make, args=(tuple(args), made), name=THREAD_NAME, daemon=True)
    with _LOCK:
        _BEGUN.append((tuple(args), thread, made))
    thread.start()


def _make(args: tuple[str, ...], made: list[Any]) -> None:
    try:
        import vlc

        instance = vlc.Instance(list(args))
    except Exception as error:  # noqa: BLE001 - no libvlc here: the player says so when it is made
        log.info("VLC not begun early: %r", error)
        return
    if instance is not None:
        made.append(instance)


def take(args: Sequence[str]) -> Any | None:
    """The instance begun with exactly these arguments (waiting for it), once; else None. A begun instance that
    does not match is released: it would only hold memory."""
    with _LOCK:
        begun = list(_BEGUN)
        _BEGUN.clear()
    found = None
    for early_args, thread, made in begun:
        thread.join()
        for instance in made:
            if found is None and early_args == tuple(args):
                found = instance
            else:
                instance.release()
    return found
