"""`consent grant|show|withdraw|form`."""

from __future__ import annotations

from pathlib import Path

from kijkwijzer.services import consent
from kijkwijzer.store.models.recordings import PURPOSES

from .common import Args, output, parse_date


def register(sub) -> None:
    cmd = sub.add_parser("consent", help="toestemming / consent").add_subparsers(dest="action", required=True)
    grant = cmd.add_parser("grant")
    grant.add_argument("--conversation", type=int, required=True)
    grant.add_argument("--purpose", choices=PURPOSES, action="append", required=True)
    grant.add_argument("--date", required=True, help="JJJJ-MM-DD")
    grant.add_argument("--method", choices=("form", "verbal"), default="form")
    grant.add_argument("--form", help="ondertekend formulier / signed form file")
    grant.add_argument("--verbal-at-ms", type=int)
    grant.add_argument("--retain-until", help="JJJJ-MM-DD")
    grant.add_argument("--reviewer", type=int, action="append", default=[])
    grant.set_defaults(func=grant_)
    show = cmd.add_parser("show")
    show.add_argument("--conversation", type=int, required=True)
    show.set_defaults(func=show_)
    withdraw = cmd.add_parser("withdraw", help="intrekken en wissen, zonder vragen / withdraw and erase, no questions")
    withdraw.add_argument("--consent", type=int, required=True)
    withdraw.set_defaults(func=withdraw_)
    form = cmd.add_parser("form", help="toestemmingsformulier of folder / consent form or leaflet")
    form.add_argument("--conversation", type=int, required=True)
    form.add_argument("--out", required=True, help="FILE.pdf (of .html)")
    form.add_argument("--leaflet", action="store_true", help="cliëntfolder in plaats van formulier / client leaflet")
    form.set_defaults(func=form_)


def grant_(args: Args) -> int:
    views = [consent.grant(args.ctx, args.conversation, purpose, parse_date(args.date), method=args.method,
                           retain_until=parse_date(args.retain_until) if args.retain_until else None,
                           reviewer_ids=tuple(args.reviewer), form_file=Path(args.form) if args.form else None,
                           verbal_at_ms=args.verbal_at_ms)
             for purpose in args.purpose]
    output(args, views, [f"Toestemming {v.id} ({v.purpose}) vastgelegd / recorded" for v in views])
    return 0


def show_(args: Args) -> int:
    rows = consent.list_for_conversation(args.ctx, args.conversation)
    output(args, rows, [f"{c.id:>4}  {c.purpose:<17} {c.given_on}  {_state(c)}"
                        f"  bewaren tot {c.retain_until or '-'}" for c in rows])
    return 0


def _state(c: consent.ConsentView) -> str:
    if c.active:
        return "actief"
    return "bewaartermijn verstreken" if c.withdrawn_reason == "retention" else "ingetrokken"


def withdraw_(args: Args) -> int:
    report = consent.withdraw(args.ctx, args.consent)
    output(args, report, report.lines())
    return 0


def form_(args: Args) -> int:
    from kijkwijzer.services import consent_documents

    out = consent_documents.write(args.ctx, args.conversation, Path(args.out), leaflet=args.leaflet)
    output(args, {"path": out}, [f"Geschreven / written: {out}"])
    return 0
