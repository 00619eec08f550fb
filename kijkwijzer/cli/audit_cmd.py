"""`audit list`."""

from __future__ import annotations

from kijkwijzer.services import audit

from .common import Args, output


def register(sub) -> None:
    cmd = sub.add_parser("audit", help="auditlog").add_subparsers(dest="action", required=True)
    ls = cmd.add_parser("list")
    ls.add_argument("--limit", type=int, default=100)
    ls.add_argument("--type", dest="object_type")
    ls.set_defaults(func=list_)


def list_(args: Args) -> int:
    rows = audit.list_entries(args.ctx, args.limit, args.object_type)
    output(args, rows, [f"{r.at:%Y-%m-%d %H:%M:%S}  {r.actor:<30} {r.action:<22} {r.object_type} {r.object_id or ''} {r.detail}"
                        for r in rows])
    return 0
