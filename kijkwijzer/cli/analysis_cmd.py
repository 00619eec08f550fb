"""`analysis`: the conversation figures as JSON for researchers (issue 13): `analysis turns`, `analysis agreement`."""

from __future__ import annotations

import importlib

# Each module adds its subcommand to the `analysis` group with register(group).
SUBCOMMAND_MODULES: tuple[str, ...] = ("kijkwijzer.cli.analysis_turns", "kijkwijzer.cli.analysis_agreement")


def register(sub) -> None:
    parser = sub.add_parser("analysis", help="gespreksanalyse: spreekbeurten, overeenstemming / conversation analytics")
    group = parser.add_subparsers(dest="analysis_command", required=True, parser_class=type(parser))
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name).register(group)
