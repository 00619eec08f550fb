"""The moment a process's main window is mapped on the X display, seen from outside the process (the same
method for every program the bench compares): an X client listens for MapNotify on the root window (Xvfb has no
window manager, so top-level windows are the root's children), and takes the first mapped window that carries
`_NET_WM_PID` of the process and is at least MIN_SIZE large (no tooltip, no popup). libX11 through ctypes:
nothing to install. Blocking in select() on the X connection, it costs no CPU while it waits.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
XA_CARDINAL = 6
MIN_SIZE = (400, 300)


class _MapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class _Event(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", _MapEvent), ("pad", ctypes.c_long * 24)]


class _Attributes(ctypes.Structure):  # the start of XWindowAttributes; the rest is padding here
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                ("pad", ctypes.c_char * 256)]


def _xlib():
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_Event)]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int, ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
    lib.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_Attributes)]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


class MapWatcher:
    """Listens on `display` (":91") for windows being mapped; `wait_for(pid)` returns when one of `pid`'s is."""

    def __init__(self, display: str) -> None:
        self.x = _xlib()
        self.dpy = self.x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError(f"cannot open X display {display}")
        self.root = self.x.XDefaultRootWindow(self.dpy)
        self.pid_atom = self.x.XInternAtom(self.dpy, b"_NET_WM_PID", 0)
        self.x.XSelectInput(self.dpy, self.root, SUBSTRUCTURE_NOTIFY_MASK)
        self.x.XSync(self.dpy, 0)
        self.fd = self.x.XConnectionNumber(self.dpy)

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)

    def _pid_of(self, window: int) -> int | None:
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        items, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self.x.XGetWindowProperty(self.dpy, window, self.pid_atom, 0, 1, 0, XA_CARDINAL,
                                           ctypes.byref(actual_type), ctypes.byref(actual_format),
                                           ctypes.byref(items), ctypes.byref(after), ctypes.byref(data))
        if status != 0 or not data.value:
            return None
        try:
            return int(ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0]) if items.value else None
        finally:
            self.x.XFree(data)

    def _big_enough(self, window: int) -> bool:
        attributes = _Attributes()
        if not self.x.XGetWindowAttributes(self.dpy, window, ctypes.byref(attributes)):
            return False
        return attributes.width >= MIN_SIZE[0] and attributes.height >= MIN_SIZE[1]

    def wait_for(self, pid: int, timeout_s: float, alive: Callable[[], bool] = lambda: True) -> float | None:
        """time.time() when a window of `pid` was mapped; None after `timeout_s` or when `alive()` turns False."""
        deadline = time.monotonic() + timeout_s
        event = _Event()
        while time.monotonic() < deadline:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                seen = time.time()
                if event.type != MAP_NOTIFY or event.xmap.override_redirect:
                    continue
                window = event.xmap.window
                if self._pid_of(window) == pid and self._big_enough(window):
                    return seen
            if not alive():
                return None
            select.select([self.fd], [], [], 0.2)
        return None


def time_to_map(command: Sequence[str], display: str, *, env: dict[str, str] | None = None, cwd: str | None = None,
                timeout_s: float = 120, after: Callable[[subprocess.Popen], None] | None = None) -> float:
    """Milliseconds from just before `command` is started to its main window mapped on `display`. `after(proc)`
    ends the process (default: terminate); the process is always gone when this returns."""
    return _start(command, display, env=env, cwd=cwd, timeout_s=timeout_s, after=after)[0]


def time_to_map_and_ready(command: Sequence[str], display: str, ready_file: Path, *, env: dict[str, str] | None = None,
                          cwd: str | None = None, timeout_s: float = 120) -> tuple[float, float, float]:
    """The workbench's three moments, in milliseconds from just before it is started: its window mapped; the
    workbench painted in it (the Werkmap, menus and docks, before a recording is opened); and ready: its recording
    open, taking input (app.py writes the wall-clock times of the last two into KIJKWIJZER_BENCH_READY_FILE; the
    window comes on screen before the workspace is opened, launch.py)."""
    ready_file.unlink(missing_ok=True)

    def wait_until_ready(proc: subprocess.Popen) -> None:
        deadline = time.monotonic() + timeout_s
        while proc.poll() is None and time.monotonic() < deadline and not _written(ready_file):
            time.sleep(0.005)

    mapped_ms, started = _start(command, display, env={**(env or os.environ), "KIJKWIJZER_BENCH_READY_FILE":
                                                       str(ready_file)}, cwd=cwd, timeout_s=timeout_s,
                                after=wait_until_ready)
    if not _written(ready_file):
        raise RuntimeError(f"{command[0]} mapped its window but never showed the workspace")
    ready, painted = (float(moment) for moment in ready_file.read_text(encoding="utf-8").split()[:2])
    return mapped_ms, (painted - started) * 1000, (ready - started) * 1000


def _written(ready_file: Path) -> bool:
    """The ready file is there with its two lines (it is written, not renamed, into place)."""
    try:
        return ready_file.read_text(encoding="utf-8").count("\n") >= 2
    except OSError:
        return False


def _start(command: Sequence[str], display: str, *, env: dict[str, str] | None, cwd: str | None, timeout_s: float,
           after: Callable[[subprocess.Popen], None] | None) -> tuple[float, float]:
    """(milliseconds to the window mapped, time.time() just before the start); the process is gone afterwards."""
    watcher = MapWatcher(display)
    try:
        started = time.time()
        proc = subprocess.Popen(list(command), env={**(env or os.environ), "DISPLAY": display}, cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            mapped = watcher.wait_for(proc.pid, timeout_s, alive=lambda: proc.poll() is None)
            if mapped is None:
                raise RuntimeError(f"no window mapped for {command[0]} (exit {proc.poll()})")
            return (mapped - started) * 1000, started
        finally:
            if after is not None:
                after(proc)
            if proc.poll() is None:
                proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    finally:
        watcher.close()
