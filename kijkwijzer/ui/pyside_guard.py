"""Work around PySide6 6.12 on Python 3.11: void methods return None (and Signal.emit returns True)
without taking a reference, as if None/True/False were immortal as they are since Python 3.12.

Every such call lowers the singleton's reference count by one; after a few thousand calls (seconds of
painting) Python aborts with "none_dealloc: deallocating None". Giving the three singletons a huge
reference count once makes them as good as immortal, which is exactly what Python 3.12 does.
Remove when the project runs on Python >= 3.12 or on a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 48
_done = False


def make_singletons_immortal() -> bool:
    """Idempotent; returns True when the guard was needed and applied."""
    global _done
    if _done or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _done = True
    return True
