"""The workbench's modules compiled to bytecode before a start-up is timed, as an installed copy has them (pip
compiles what it installs; `make demo` compiles too). A shell with PYTHONDONTWRITEBYTECODE=1 - this machine's has
it - never writes them, and every timed start would then compile ~200 modules from source (~0.6 s here), which
no user's start does. BORIS, installed by pip, has its bytecode."""

from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_project() -> None:
    compileall.compile_dir(ROOT / "kijkwijzer", quiet=1)
