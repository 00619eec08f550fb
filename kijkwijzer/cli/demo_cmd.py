"""`demo create`: a demo workspace with a generated conversation (used by `make demo`)."""

from __future__ import annotations

import sys

from kijkwijzer.services.demo import create_demo

from .common import Args, output


def register(sub) -> None:
    cmd = sub.add_parser("demo", help="demowerkmap / demo workspace").add_subparsers(dest="action", required=True)
    cmd.add_parser("create", help="maak een demowerkmap / create a demo workspace").set_defaults(func=create)


def create(args: Args) -> int:
    summary = create_demo(args.workspace, report=lambda msg: print(msg, file=sys.stderr, flush=True))
    line = (f"Demo gemaakt in / demo created in {summary.workspace}: opname {summary.recording_id}, "
            f"{summary.annotations} annotaties")
    output(args, summary, [line])
    return 0
