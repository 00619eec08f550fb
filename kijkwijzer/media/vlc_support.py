"""Small libvlc helpers of the VLC player: waiting for a state, the error for an unplayable file, the kinds of
tracks a parsed media has, and attaching a native window."""

from __future__ import annotations

import ctypes
import sys
import time
from collections.abc import Callable

import vlc


def wait(predicate: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def track_types(media: vlc.Media) -> set[int]:
    """Track kinds after parsing. python-vlc's MediaTrack declares the C union as three fields, so
    only the fields before it (type among them) are read."""
    tracks = ctypes.POINTER(vlc.MediaTrack)()
    count = vlc.libvlc_media_tracks_get(media, ctypes.byref(tracks))
    if not count:
        return set()
    array = ctypes.cast(tracks, ctypes.POINTER(ctypes.POINTER(vlc.MediaTrack)))
    kinds = {int(array[i].contents.type.value) for i in range(count)}
    vlc.libvlc_media_tracks_release(array, count)
    return kinds


def attach_window(player: vlc.MediaPlayer, window_id: int) -> None:
    """Native window to draw into (X11 window id, HWND or NSView); 0 lets VLC open its own window."""
    if sys.platform.startswith("win"):
        player.set_hwnd(window_id)
    elif sys.platform == "darwin":
        player.set_nsobject(window_id)
    else:
        player.set_xwindow(window_id)
