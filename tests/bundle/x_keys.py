"""Key presses on an X display from outside the process, as a user's keyboard would send them: XTest through
ctypes (libXtst and libX11 are on every X desktop; nothing to install). The key goes to the window that has the
focus; on an Xvfb without a window manager that is the window Qt activated last."""

from __future__ import annotations

import ctypes
import ctypes.util
import time

_MODIFIERS = {"ctrl": "Control_L", "shift": "Shift_L", "alt": "Alt_L"}


def _libraries() -> tuple[ctypes.CDLL, ctypes.CDLL]:
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XStringToKeysym.restype = ctypes.c_ulong
    x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
    x11.XKeysymToKeycode.restype = ctypes.c_ubyte
    x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
    xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    return x11, xtst


def press(display: str, combination: str) -> None:
    """Press and release `combination` on `display`: an X keysym name with optional modifiers, "ctrl+q",
    "space", "1"."""
    x11, xtst = _libraries()
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        *modifiers, key = combination.split("+")
        names = [_MODIFIERS[m.lower()] for m in modifiers] + [key]
        codes = []
        for name in names:
            code = x11.XKeysymToKeycode(connection, x11.XStringToKeysym(name.encode()))
            if code == 0:
                raise ValueError(f"no key for {name!r} on {display}")
            codes.append(code)
        for code in codes:
            xtst.XTestFakeKeyEvent(connection, code, 1, 0)
        for code in reversed(codes):
            xtst.XTestFakeKeyEvent(connection, code, 0, 0)
        x11.XFlush(connection)
        time.sleep(0.05)
    finally:
        x11.XCloseDisplay(connection)


def click(display: str, x: int, y: int) -> None:
    """Move the pointer to (x, y) of the screen and click the left button there."""
    x11, xtst = _libraries()
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        xtst.XTestFakeMotionEvent(connection, -1, x, y, 0)
        x11.XFlush(connection)
        time.sleep(0.1)
        xtst.XTestFakeButtonEvent(connection, 1, 1, 0)
        xtst.XTestFakeButtonEvent(connection, 1, 0, 0)
        x11.XFlush(connection)
        time.sleep(0.05)
    finally:
        x11.XCloseDisplay(connection)
