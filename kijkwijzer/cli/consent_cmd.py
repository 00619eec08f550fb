"""`consent grant|show`."""

from __future__ import annotations

from pathlib import Path

from kijkwijzer.services import consent
from kijkwijzer.store.models.recordings import PURPOSES

from .common import Args, output, parse_date


def register(sub) -> None:  # noqa: ANN001
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
    output(args, rows, [f"{c.id:>4}  {c.purpose:<17} {c.given_on}  {'actief' if c.active else 'ingetrokken'}"
                        f"  bewaren tot {c.retain_until or '-'}" for c in rows])
    return 0
