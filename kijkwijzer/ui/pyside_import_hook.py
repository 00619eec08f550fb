"""PySide6's import hook, made cheap (issue 16: memory and start-up).

Once PySide6 is imported, every later import passes through its `__feature__` hook (PYSIDE-2029), which asks
whether the new module mentions "PySide6" with `inspect.getsource`. That reads each module through `linecache`,
which keeps the source of every imported module for the rest of the run: measured 12-27 MiB in the workbench,
and the time to split each file into lines. The same question is answered here by reading the file's bytes,
nothing kept; what was cached before the hook was replaced is dropped.

Kijkwijzer uses no PySide feature (`snake_case`, `true_property`); the answer per module stays PySide's own.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

MARK = "_kijkwijzer_reads_bytes"


def _uses_pyside(original):
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # builtins, extension modules, zip imports: PySide's own answer
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(mod_uses_pyside, MARK, True)
    return mod_uses_pyside


def lighten() -> bool:
    """Replace the hook's source reader; True when it was replaced (now or before)."""
    feature = sys.modules.get("shibokensupport.feature") or sys.modules.get("PySide6.support.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False  # another PySide6 version without this hook: nothing to do
    if not getattr(original, MARK, False):
        feature._mod_uses_pyside = _uses_pyside(original)
    linecache.clearcache()
    return True
