"""Starting the whole application (`kijkwijzer.app.start`) inside the test process.

`start()` ends with gc.freeze(): the start-up objects never die in the workbench, so no later collection walks
them. A test process goes on after the test, though, and undoing that with gc.unfreeze() would also unfreeze
what was frozen before (deduce's lookup tables: millions of objects every later full collection, and the end of
the process, would walk again). So in tests start() leaves the collector as it found it; nothing a test
checks depends on that freeze.
"""

from __future__ import annotations

import gc
from types import SimpleNamespace

import pytest


def leave_the_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the rest of the test, `kijkwijzer.app.start()` collects but does not freeze (nor turns the collector on:
    only launch.py turns it off)."""
    from kijkwijzer import app

    monkeypatch.setattr(app, "gc", SimpleNamespace(collect=gc.collect, freeze=lambda: None, enable=lambda: None))
