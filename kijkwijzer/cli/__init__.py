"""kijkwijzer-cli: the same services as the workbench, without a window.

Exit codes: 0 success, 2 usage error, 3 bad input (one Dutch/English line on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from kijkwijzer.errors import KijkwijzerError, UsageError
from kijkwijzer.files import private_umask, restore_umask
from kijkwijzer.services.failures import user_error

from .common import Args

COMMAND_MODULES = (
    "kijkwijzer.cli.content_cmd",
    "kijkwijzer.cli.demo_cmd",
    "kijkwijzer.cli.people_cmd",
    "kijkwijzer.cli.cases_cmd",
    "kijkwijzer.cli.recordings_cmd",
    "kijkwijzer.cli.annotations_cmd",
    "kijkwijzer.cli.consent_cmd",
    "kijkwijzer.cli.audit_cmd",
    "kijkwijzer.cli.privacy_cmd",
    "kijkwijzer.cli.fragments_cmd",
    "kijkwijzer.cli.playlists_cmd",
    "kijkwijzer.cli.feedback_cmd",
    "kijkwijzer.cli.reflection_cmd",
    "kijkwijzer.cli.slim_cmd",
    "kijkwijzer.cli.assessment_cmd",
    "kijkwijzer.cli.plan_cmd",
    "kijkwijzer.cli.lab_cmd",
    "kijkwijzer.cli.exchange_cmd",
    "kijkwijzer.cli.workspace_cmd",
    "kijkwijzer.cli.team_cmd",
    "kijkwijzer.cli.analysis_cmd",
    "kijkwijzer.cli.search_cmd",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"Verkeerd gebruik: {message}", f"Usage error: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kijkwijzer-cli", description="Kijkwijzer zonder venster / Kijkwijzer without a window")
    parser.add_argument("--workspace", help="werkmap (map met database en media) / workspace folder")
    parser.add_argument("--db", help="database-URL (bijv. postgresql://...) / database URL")
    parser.add_argument("--media", help="mediamap bij --db / media folder with --db")
    parser.add_argument("--as", dest="actor", type=int, help="kijker-id die de actie uitvoert / acting reviewer id")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON / JSON output")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


GLOBAL_FLAGS = {"--json": 0, "--workspace": 1, "--db": 1, "--media": 1, "--as": 1}


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """Let global options stand anywhere (`recordings import F --conversation 1 --json`)."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(argv):
        name = argv[i].split("=", 1)[0]
        takes = GLOBAL_FLAGS.get(name)
        if takes is None:
            rest.append(argv[i])
        elif takes == 0 or "=" in argv[i]:
            front.append(argv[i])
        else:
            front.extend(argv[i:i + 2])
            i += 1
        i += 1
    return front + rest


def main(argv: Sequence[str] | None = None) -> int:
    old_umask = private_umask()  # what the command creates is the user's alone (0600/0700)
    try:
        return _run(argv)
    finally:
        restore_umask(old_umask)


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(hoist_global_options(list(sys.argv[1:] if argv is None else argv)))
        return int(args.func(Args(args)) or 0)
    except KijkwijzerError as error:
        print(error.bilingual(), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("Afgebroken / Interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a full disk or a failing database anywhere: one line, never a traceback
        mapped = user_error(error)
        if mapped is None:
            raise
        print(mapped.bilingual(), file=sys.stderr)
        return mapped.exit_code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
