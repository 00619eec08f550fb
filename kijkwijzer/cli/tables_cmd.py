"""`export xlsx` and `export events`: the research tables of one or several recordings or of a whole case."""

from __future__ import annotations

from pathlib import Path

from kijkwijzer.errors import UsageError

from .common import Args, output


def register(exp) -> None:
    """Adds the two commands to `export`'s subparsers (exchange_cmd.register)."""
    for name, help_ in (
        ("xlsx", "werkmap voor Excel: opnamen, annotaties, gebeurtenissen / Excel workbook"),
        ("events", "gebeurtenissentabel in lang formaat (een rij per annotatie per thema) / long-format events"),
    ):
        p = exp.add_parser(name, help=help_)
        scope = p.add_mutually_exclusive_group(required=True)
        scope.add_argument("--recording", type=int, action="append", metavar="ID",
                           help="opname (mag vaker) / recording (repeatable)")
        scope.add_argument("--case", type=int, metavar="ID", help="hele casus / whole case")
        if name == "events":
            p.add_argument("--format", choices=("csv", "xlsx"), default="csv", dest="table_format")
        p.add_argument("--out", help="doelbestand / target file")
        p.add_argument("--preview", action="store_true",
                       help="alleen tonen wat vervangen wordt, niets schrijven / only show what is replaced")
        p.set_defaults(func=tables_, table=name)


def _preview(args: Args, shown) -> int:
    """As exchange_cmd.preview_ prints it: what would be replaced, nothing written."""
    lines = [f"{shown.total} vervangingen / replacements (er is niets geschreven / nothing written)"]
    for row in shown.rows:
        r = row.replacement
        times = f" ({row.count}x)" if row.count > 1 else ""
        lines.append(f"  {r.found!r} -> {r.stand_in!r} [{r.reason}]{times}: {r.context}")
    output(args, shown, lines)
    return 0


def tables_(args: Args) -> int:
    from kijkwijzer.services.exchange import tables

    scope = {"recording_ids": tuple(args.recording or ()), "case_id": args.case}
    if args.preview:
        return _preview(args, tables.preview_tables(args.ctx, args.table, **scope))
    if not args.out:
        raise UsageError("Geef --out (of --preview).", "Give --out (or --preview).")
    if args.table == "xlsx":
        result = tables.export_xlsx(args.ctx, Path(args.out), **scope)
    else:
        result = tables.export_events(args.ctx, Path(args.out), fmt=args.table_format, **scope)
    what = "annotaties / annotations" if args.table == "xlsx" else "rijen / rows"
    done = f"{result.path} geschreven / written ({result.items} {what}, {result.replaced} vervangen / replaced)"
    output(args, result, [done])
    return 0
