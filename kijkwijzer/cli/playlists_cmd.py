"""`playlists create|update|list|show|add|remove|reorder|move|delete`: fragments in order, with a purpose."""

from __future__ import annotations

from kijkwijzer.domain.feedback import PLAYLIST_PURPOSES
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import UsageError
from kijkwijzer.services import fragments
from kijkwijzer.services.fragments import PlaylistView

from .common import Args, output
from .fragments_cmd import line


def register(sub) -> None:
    cmd = sub.add_parser("playlists", help="afspeellijsten / playlists").add_subparsers(dest="action", required=True)
    new = cmd.add_parser("create", help="nieuwe afspeellijst / new playlist")
    new.add_argument("--recording", type=int, required=True)
    new.add_argument("--purpose", choices=tuple(PLAYLIST_PURPOSES), required=True,
                     help="client_interview: voor het cliëntinterview; reflection: voor het reflectiegesprek")
    new.add_argument("--title", default="")
    new.add_argument("--fragment", type=int, action="append", default=[], help="in deze volgorde / in this order")
    new.set_defaults(func=create_)
    upd = cmd.add_parser("update", help="naam of bedoeling wijzigen / rename or change the purpose")
    upd.add_argument("--playlist", type=int, required=True)
    upd.add_argument("--title")
    upd.add_argument("--purpose", choices=tuple(PLAYLIST_PURPOSES))
    upd.set_defaults(func=update_)
    ls = cmd.add_parser("list")
    ls.add_argument("--recording", type=int, required=True)
    ls.add_argument("--purpose", choices=tuple(PLAYLIST_PURPOSES))
    ls.set_defaults(func=list_)
    show = cmd.add_parser("show", help="fragmenten in afspeelvolgorde / fragments in playing order")
    show.add_argument("--playlist", type=int, required=True)
    show.set_defaults(func=show_)
    add = cmd.add_parser("add")
    add.add_argument("--playlist", type=int, required=True)
    add.add_argument("--fragment", type=int, required=True)
    add.add_argument("--position", type=int, help="plaats, 1 = eerste (standaard: achteraan) / place, 1 = first")
    add.set_defaults(func=add_)
    rm = cmd.add_parser("remove")
    rm.add_argument("--playlist", type=int, required=True)
    rm.add_argument("--fragment", type=int, required=True)
    rm.set_defaults(func=remove_)
    order = cmd.add_parser("reorder", help="nieuwe volgorde, bijv. --order 3,1,2 / new order")
    order.add_argument("--playlist", type=int, required=True)
    order.add_argument("--order", required=True, help="fragment-ids, komma-gescheiden / comma-separated fragment ids")
    order.set_defaults(func=reorder_)
    mv = cmd.add_parser("move", help="één fragment verplaatsen / move one fragment")
    mv.add_argument("--playlist", type=int, required=True)
    mv.add_argument("--fragment", type=int, required=True)
    mv.add_argument("--to", type=int, required=True, help="plaats, 1 = eerste / place, 1 = first")
    mv.set_defaults(func=move_)
    rm_list = cmd.add_parser("delete", help="afspeellijst verwijderen (fragmenten blijven) / delete playlist")
    rm_list.add_argument("--playlist", type=int, required=True)
    rm_list.set_defaults(func=delete_)


def lines(p: PlaylistView) -> list[str]:
    head = f"Afspeellijst {p.id} {p.purpose_label}: {p.title or '-'} ({len(p.fragments)} fragmenten, {format_ms(p.duration_ms, millis=False)})"
    return [head] + [f"  {n}. {line(f).strip()}" for n, f in enumerate(p.fragments, start=1)]


def _position(value: int | None) -> int | None:
    if value is None:
        return None
    if value < 1:
        raise UsageError("Plaats begint bij 1.", "Place starts at 1.")
    return value - 1


def create_(args: Args) -> int:
    view = fragments.create_playlist(args.ctx, args.recording, args.purpose, args.title, tuple(args.fragment))
    output(args, view, lines(view))
    return 0


def update_(args: Args) -> int:
    if args.title is None and args.purpose is None:
        raise UsageError("Geef --title en/of --purpose.", "Give --title and/or --purpose.")
    view = fragments.update_playlist(args.ctx, args.playlist, title=args.title, purpose=args.purpose)
    output(args, view, lines(view))
    return 0


def list_(args: Args) -> int:
    rows = fragments.list_playlists(args.ctx, args.recording, args.purpose)
    output(args, rows, [lines(p)[0] for p in rows] or ["Nog geen afspeellijsten / no playlists yet"])
    return 0


def show_(args: Args) -> int:
    view = fragments.get_playlist(args.ctx, args.playlist)
    output(args, view, lines(view))
    return 0


def add_(args: Args) -> int:
    view = fragments.add_to_playlist(args.ctx, args.playlist, args.fragment, _position(args.position))
    output(args, view, lines(view))
    return 0


def remove_(args: Args) -> int:
    view = fragments.remove_from_playlist(args.ctx, args.playlist, args.fragment)
    output(args, view, lines(view))
    return 0


def reorder_(args: Args) -> int:
    try:
        order = [int(x) for x in args.order.split(",") if x.strip()]
    except ValueError as error:
        raise UsageError(f"--order: alleen fragment-ids ({error})", f"--order: fragment ids only ({error})") from error
    view = fragments.reorder(args.ctx, args.playlist, order)
    output(args, view, lines(view))
    return 0


def move_(args: Args) -> int:
    view = fragments.move(args.ctx, args.playlist, args.fragment, _position(args.to) or 0)
    output(args, view, lines(view))
    return 0


def delete_(args: Args) -> int:
    fragments.delete_playlist(args.ctx, args.playlist)
    output(args, {"deleted": args.playlist}, [f"Afspeellijst {args.playlist} verwijderd / deleted"])
    return 0
