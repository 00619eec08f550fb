"""`demo create`: a demo workspace with a generated conversation (used by `make demo`); `demo casebook`: the 13
cases of 004 as texts (no media) in a workspace, for browsing real method cases."""

from __future__ import annotations

import sys

from kijkwijzer.services.casebook import load_into
from kijkwijzer.services.demo import create_demo

from .common import Args, output


def register(sub) -> None:
    cmd = sub.add_parser("demo", help="demowerkmap / demo workspace").add_subparsers(dest="action", required=True)
    cmd.add_parser("create", help="maak een demowerkmap / create a demo workspace").set_defaults(func=create)
    cmd.add_parser("casebook", help="laad het casusboek van 004 (13 casussen, alleen tekst) / load the casebook "
                   "of 004 (13 cases, texts only)").set_defaults(func=casebook)


def create(args: Args) -> int:
    summary = create_demo(args.workspace, report=lambda msg: print(msg, file=sys.stderr, flush=True))
    line = (f"Demo gemaakt in / demo created in {summary.workspace}: opname {summary.recording_id}, "
            f"{summary.annotations} annotaties")
    output(args, summary, [line])
    return 0


def casebook(args: Args) -> int:
    summary = load_into(args.ctx, progress=lambda done, total: print(f"{done}/{total}", file=sys.stderr, flush=True))
    line = (f"Casusboek geladen / casebook loaded: {summary.cases} casussen, {summary.conversations} gesprekken, "
            f"{summary.fragments} fragmenten")
    output(args, summary, [line])
    return 0
