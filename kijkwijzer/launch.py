"""The workbench's entry point (main.py, the `kijkwijzer` command, the bundle's launcher): what may begin before the
window's modules are imported begins here (the workspace key's unlock, crypto/early_unlock.py), then app.main runs.
No Qt, no SQLAlchemy: this module is imported first.

The cyclic garbage collector is off until the window is built (app.start turns it on again, after freezing what the
start made): the imports alone set off ~200 collections among ~170,000 objects that all stay, ~35 ms of every
start (bench/bench_boris.py, alternating with and without)."""

from __future__ import annotations

import gc
import sys


def prepare(argv: list[str]) -> None:
    """What begins before the window's modules are imported (also in the benches that start the window in their
    own process, so they measure the same start)."""
    gc.disable()
    from kijkwijzer.crypto import early_unlock

    folder = early_unlock.folder_in_arguments(argv)
    if folder is not None:
        early_unlock.begin(folder)  # its Argon2 run (or keyring lookup) overlaps the imports below


def main() -> int:
    prepare(sys.argv[1:])
    from kijkwijzer.app import main as workbench

    return workbench()
