"""Keeps VLC's own X11 window centred in the video surface.

VLC's XCB output draws into a child window it makes inside the surface, placed where the picture goes at the
surface's size when that window was made. When the surface then takes the picture's shape (PictureBox), VLC 3
does not always move its window along: it stayed at its first offset, outside the surface, and the picture was
never seen (a 3:1 recording opened in a tall box: 233 px down in a surface 191 px high). After every change of
the surface's size the child is put back where VLC would place it: centred, which for a picture-shaped surface
is its top-left corner. VLC's OpenGL output draws into the surface itself (no child): then nothing is done.

libxcb through ctypes, on a connection of its own; only the window system, no Qt."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _Geometry(ctypes.Structure):  # xcb_get_geometry_reply_t
    _fields_ = [("response_type", ctypes.c_uint8), ("depth", ctypes.c_uint8), ("sequence", ctypes.c_uint16),
                ("length", ctypes.c_uint32), ("root", ctypes.c_uint32), ("x", ctypes.c_int16),
                ("y", ctypes.c_int16), ("width", ctypes.c_uint16), ("height", ctypes.c_uint16),
                ("border_width", ctypes.c_uint16), ("pad", ctypes.c_uint8 * 2)]


_CONFIG_X_Y = 1 | 2  # XCB_CONFIG_WINDOW_X | XCB_CONFIG_WINDOW_Y


def _load_xcb() -> ctypes.CDLL:
    """The libxcb Qt's xcb platform has loaded already (by its soname), else wherever the system has it."""
    for name in ("libxcb.so.1", ctypes.util.find_library("xcb")):
        if name:
            try:
                return ctypes.CDLL(name)
            except OSError:
                continue
    raise OSError("libxcb not found")


class _Xcb:
    """XCB rather than Xlib: a window VLC has just closed gives an error reply here, not Xlib's exit."""

    def __init__(self) -> None:
        lib = _load_xcb()
        self.libc = ctypes.CDLL(None)  # free() for the replies, from the C library already in the process
        self.libc.free.argtypes = [ctypes.c_void_p]
        lib.xcb_connect.restype = ctypes.c_void_p
        lib.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
        lib.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        errors = ctypes.POINTER(ctypes.c_void_p)
        for request in ("xcb_query_tree", "xcb_get_geometry"):
            getattr(lib, request).restype = _Cookie
            getattr(lib, request).argtypes = [ctypes.c_void_p, ctypes.c_uint32]
            getattr(lib, f"{request}_reply").restype = ctypes.c_void_p
            getattr(lib, f"{request}_reply").argtypes = [ctypes.c_void_p, _Cookie, errors]
        lib.xcb_query_tree_children.restype = ctypes.POINTER(ctypes.c_uint32)
        lib.xcb_query_tree_children.argtypes = [ctypes.c_void_p]
        lib.xcb_query_tree_children_length.argtypes = [ctypes.c_void_p]
        lib.xcb_configure_window.restype = _Cookie
        lib.xcb_configure_window.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint16,
                                             ctypes.POINTER(ctypes.c_uint32)]
        lib.xcb_flush.argtypes = [ctypes.c_void_p]
        connection = lib.xcb_connect(None, None)
        if not connection or lib.xcb_connection_has_error(connection):
            raise OSError("no X display")
        self.lib, self.connection = lib, connection

    def _reply(self, request: str, window: int) -> int | None:
        error = ctypes.c_void_p()
        cookie = getattr(self.lib, request)(self.connection, window)
        reply = getattr(self.lib, f"{request}_reply")(self.connection, cookie, ctypes.byref(error))
        if error.value:
            self.libc.free(error)
        return reply or None

    def children(self, window: int) -> list[int]:
        reply = self._reply("xcb_query_tree", window)
        if reply is None:
            return []
        kids = self.lib.xcb_query_tree_children(reply)
        found = [int(kids[i]) for i in range(self.lib.xcb_query_tree_children_length(reply))]
        self.libc.free(reply)
        return found

    def geometry(self, window: int) -> tuple[int, int, int, int] | None:
        reply = self._reply("xcb_get_geometry", window)
        if reply is None:
            return None
        g = _Geometry.from_address(reply)
        found = (g.x, g.y, g.width, g.height)
        self.libc.free(reply)
        return found

    def move(self, window: int, x: int, y: int) -> None:
        values = (ctypes.c_uint32 * 2)(x & 0xFFFFFFFF, y & 0xFFFFFFFF)
        self.lib.xcb_configure_window(self.connection, window, _CONFIG_X_Y, values)

    def flush(self) -> None:
        self.lib.xcb_flush(self.connection)


_xcb: _Xcb | None = None
_unavailable = False


def _connection() -> _Xcb | None:
    global _xcb, _unavailable
    if _xcb is None and not _unavailable:
        try:
            _xcb = _Xcb()
        except OSError:
            log.info("no X connection: VLC's window is left where VLC put it", exc_info=True)
            _unavailable = True
    return _xcb


def child_geometries(window: int) -> list[tuple[int, int, int, int]]:
    """(x, y, width, height) of each child window of `window` (VLC's own window, with the XCB output)."""
    xcb = _connection()
    if xcb is None:
        return []
    return [g for g in (xcb.geometry(child) for child in xcb.children(window)) if g is not None]


def center_children(window: int) -> int:
    """Moves each child window of `window` to the centre (VLC's picture placement); returns how many moved.
    Without libxcb or an X display it does nothing."""
    xcb = _connection()
    outer = xcb.geometry(window) if xcb is not None else None
    if xcb is None or outer is None:
        return 0
    moved = 0
    for child in xcb.children(window):
        inner = xcb.geometry(child)
        if inner is None:
            continue
        x, y = (outer[2] - inner[2]) // 2, (outer[3] - inner[3]) // 2
        if (inner[0], inner[1]) != (x, y):
            xcb.move(child, x, y)
            moved += 1
    if moved:
        xcb.flush()
    return moved
