"""`recordings list|import`."""

from __future__ import annotations

import sys
from pathlib import Path

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.services import recordings

from .common import Args, output


def register(sub) -> None:
    cmd = sub.add_parser("recordings", help="opnamen / recordings").add_subparsers(dest="action", required=True)
    ls = cmd.add_parser("list")
    ls.add_argument("--conversation", type=int)
    ls.set_defaults(func=list_)
    imp = cmd.add_parser("import", help="mediabestand in de kluis opnemen / import a media file")
    imp.add_argument("file")
    imp.add_argument("--conversation", type=int, required=True)
    imp.set_defaults(func=import_)


def list_(args: Args) -> int:
    rows = recordings.list_recordings(args.ctx, args.conversation)
    output(args, rows, [f"{r.id:>4}  gesprek {r.conversation_id}  {format_ms(r.duration_ms)}  {r.original_name}"
                        f"{'' if r.available else '  (ONTBREEKT / MISSING)'}" for r in rows])
    return 0


def import_(args: Args) -> int:
    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done * 100 // max(total, 1):3d}%", end="", file=sys.stderr, flush=True)

    view = recordings.import_recording(args.ctx, args.conversation, Path(args.file), progress=progress)
    output(args, view, [f"Opname {view.id} geïmporteerd / imported: {format_ms(view.duration_ms)}"])
    return 0
