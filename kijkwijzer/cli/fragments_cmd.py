"""`fragments add|list|update|delete`: turn a span or an annotation into a fragment to show."""

from __future__ import annotations

from kijkwijzer.domain.timecode import format_ms, parse_ms
from kijkwijzer.errors import UsageError
from kijkwijzer.services import fragments
from kijkwijzer.services.fragments import FragmentView

from .common import Args, output


def register(sub) -> None:
    cmd = sub.add_parser("fragments", help="fragmenten / fragments").add_subparsers(dest="action", required=True)
    add = cmd.add_parser("add", help="fragment van een stuk opname of een annotatie / fragment of a span or annotation")
    add.add_argument("--recording", type=int)
    add.add_argument("--start", help="begin: ms of uu:mm:ss.mmm / start: ms or hh:mm:ss.mmm")
    add.add_argument("--end", help="einde (leeg: moment met context) / end (empty: a moment with context)")
    add.add_argument("--annotation", type=int, help="maak het fragment van deze annotatie / from this annotation")
    add.add_argument("--title")
    add.set_defaults(func=add_)
    ls = cmd.add_parser("list", help="fragmenten van een opname / a recording's fragments")
    ls.add_argument("--recording", type=int, required=True)
    ls.set_defaults(func=list_)
    up = cmd.add_parser("update", help="titel of tijden wijzigen / change title or times")
    up.add_argument("--fragment", type=int, required=True)
    up.add_argument("--title")
    up.add_argument("--start")
    up.add_argument("--end")
    up.set_defaults(func=update_)
    rm = cmd.add_parser("delete", help="fragment verwijderen / delete a fragment")
    rm.add_argument("--fragment", type=int, required=True)
    rm.set_defaults(func=delete_)


def line(f: FragmentView) -> str:
    source = f"  (annotatie {f.annotation_id})" if f.annotation_id else ""
    return f"{f.id:>5}  {format_ms(f.start_ms)} - {format_ms(f.end_ms)}  {f.title}{source}"


def add_(args: Args) -> int:
    if args.annotation is not None:
        view = fragments.from_annotation(args.ctx, args.annotation, args.title)
    elif args.recording is not None and args.start is not None:
        view = fragments.from_span(args.ctx, args.recording, parse_ms(args.start),
                                   parse_ms(args.end) if args.end else None, args.title or "")
    else:
        raise UsageError("Geef --annotation, of --recording met --start (en --end).",
                         "Give --annotation, or --recording with --start (and --end).")
    output(args, view, [f"Fragment {view.id} gemaakt / created: {line(view).strip()}"])
    return 0


def list_(args: Args) -> int:
    rows = fragments.list_for_recording(args.ctx, args.recording)
    output(args, rows, [line(f) for f in rows] or ["Nog geen fragmenten / no fragments yet"])
    return 0


def update_(args: Args) -> int:
    view = fragments.update(args.ctx, args.fragment, title=args.title,
                            start_ms=parse_ms(args.start) if args.start else None,
                            end_ms=parse_ms(args.end) if args.end else None)
    output(args, view, [line(view)])
    return 0


def delete_(args: Args) -> int:
    view = fragments.delete_fragment(args.ctx, args.fragment)
    output(args, view, [f"Fragment {view.id} verwijderd / deleted"])
    return 0
