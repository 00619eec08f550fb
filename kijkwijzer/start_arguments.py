"""The window's command line (`python main.py [WERKMAP] [--lang en] ...`) and the workspace it names. No Qt: the
entry point (launch.py) reads it before the window's modules are imported, to begin unlocking that workspace, and
app.start reads it again for everything else."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

from kijkwijzer.workspace import Workspace

LANGUAGES = ("nl", "en")  # the window's languages; nl first: the default


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kijkwijzer", description="Kijkwijzer: werkbank voor videoreflectie")
    parser.add_argument("workspace_dir", nargs="?", metavar="WERKMAP", help="werkmap (map met kijkwijzer.db en media)")
    parser.add_argument("--workspace", metavar="MAP", help="werkmap (zelfde als het eerste argument)")
    parser.add_argument("--db", metavar="URL", help="database-URL (PostgreSQL voor een team); met --media")
    parser.add_argument("--media", metavar="MAP", help="mediamap bij --db")
    parser.add_argument("--lang", choices=LANGUAGES, help="taal van de schermen: nl (standaard) of en")
    parser.add_argument("--recording", type=int, metavar="ID", help="open deze opname meteen")
    parser.add_argument("--headless", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-start-prompts", action="store_true", help=argparse.SUPPRESS)  # screenshots, bench
    return parser.parse_args(list(argv) if argv is not None else None)


def workspace_of(args: argparse.Namespace) -> Workspace:
    """The workspace the start opens: WERKMAP, else --workspace, else the default; a team database with --db."""
    return Workspace.choose(args.workspace_dir or args.workspace, args.db, args.media)


def headless(args: argparse.Namespace) -> bool:
    """No screen to show video on (tests, servers): VLC renders to nowhere."""
    return bool(args.headless) or os.environ.get("QT_QPA_PLATFORM") == "offscreen"
