"""The workbench's entry point (main.py, the `kijkwijzer` command, the bundle's launcher): what may begin before the
window's modules are imported begins here (the workspace key's unlock, crypto/early_unlock.py), then app.main runs.
No Qt, no SQLAlchemy: this module is imported first."""

from __future__ import annotations

import sys


def main() -> int:
    from kijkwijzer.crypto import early_unlock

    folder = early_unlock.folder_in_arguments(sys.argv[1:])
    if folder is not None:
        early_unlock.begin(folder)  # its Argon2 run (or keyring lookup) overlaps the imports below
    from kijkwijzer.app import main as workbench

    return workbench()
