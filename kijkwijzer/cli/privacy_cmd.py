"""`privacy overdue|enforce-retention`: recordings past their delete-after date, listed or erased unattended."""

from __future__ import annotations

from datetime import date

from kijkwijzer.services import retention

from .common import Args, output, parse_date


def register(sub) -> None:
    cmd = sub.add_parser("privacy", help="bewaartermijnen / retention").add_subparsers(dest="action", required=True)
    ls = cmd.add_parser("overdue", help="opnamen over hun bewaartermijn / recordings past retention")
    ls.add_argument("--today", help="JJJJ-MM-DD (standaard: vandaag / default: today)")
    ls.set_defaults(func=overdue_)
    run = cmd.add_parser("enforce-retention",
                         help="wis opnamen over hun bewaartermijn, zonder vragen / erase overdue recordings")
    run.add_argument("--today", help="JJJJ-MM-DD (standaard: vandaag / default: today)")
    run.add_argument("--dry-run", action="store_true", help="alleen tonen / only list")
    run.set_defaults(func=enforce_)


def _today(args: Args) -> date:
    return parse_date(args.today) if args.today else date.today()


def overdue_(args: Args) -> int:
    rows = retention.overdue(args.ctx, _today(args))
    lines = [f"{o.recording_id:>4}  gesprek {o.conversation_id}  {o.client_pseudonym}  bewaren tot {o.retain_until}"
             f"  ({o.days_overdue} dagen over / days overdue)" for o in rows]
    output(args, rows, lines or ["Geen opnamen over hun bewaartermijn / No recordings past retention"])
    return 0


def enforce_(args: Args) -> int:
    if args.dry_run:
        return overdue_(args)
    reports = retention.enforce(args.ctx, _today(args))
    lines = [line for report in reports for line in report.lines()]
    output(args, reports, lines or ["Niets te wissen / Nothing to erase"])
    return 0
