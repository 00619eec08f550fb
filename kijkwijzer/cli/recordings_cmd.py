"""`recordings list|import|remove|replace|locate`."""

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
    rm = cmd.add_parser("remove", help="verkeerde opname wissen met alles wat ervan is afgeleid, zonder vragen / "
                                       "erase a wrong recording and all derived from it, no questions")
    rm.add_argument("--recording", type=int, required=True)
    rm.add_argument("--dry-run", action="store_true", help="alleen tonen wat gewist zou worden / only show what goes")
    rm.set_defaults(func=remove_)
    rep = cmd.add_parser("replace", help="verkeerde opname vervangen: eerst importeren, dan wissen / replace a wrong "
                                         "recording: import first, then erase")
    rep.add_argument("file")
    rep.add_argument("--recording", type=int, required=True)
    rep.set_defaults(func=replace_)
    loc = cmd.add_parser("locate", help="een gevonden kopie van een ontbrekende opname terugzetten / put a found copy "
                                        "of a missing recording back")
    loc.add_argument("file")
    loc.add_argument("--recording", type=int, required=True)
    loc.set_defaults(func=locate_)


def _progress(args: Args):
    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done * 100 // max(total, 1):3d}%", end="", file=sys.stderr, flush=True)

    return progress


def _state(r: recordings.RecordingView) -> str:
    if not r.may_open:  # listed without path and hash: this reviewer may not open it
        return "  (geen toegang / no access)"
    return "" if r.available else "  (ONTBREEKT / MISSING)"


def list_(args: Args) -> int:
    rows = recordings.list_recordings(args.ctx, args.conversation)
    output(args, rows, [f"{r.id:>4}  gesprek {r.conversation_id}  {format_ms(r.duration_ms)}  {r.original_name}"
                        f"{_state(r)}" for r in rows])
    return 0


def import_(args: Args) -> int:
    view = recordings.import_recording(args.ctx, args.conversation, Path(args.file), progress=_progress(args))
    output(args, view, [f"Opname {view.id} geïmporteerd / imported: {format_ms(view.duration_ms)}"])
    return 0


def remove_(args: Args) -> int:
    if args.dry_run:
        report = recordings.preview_removal(args.ctx, args.recording)
        output(args, report, ["Zou wissen / would erase:", *report.lines()[1:]])
        return 0
    report = recordings.remove_recording(args.ctx, args.recording)
    output(args, report, report.lines())
    return 0


def replace_(args: Args) -> int:
    view, report = recordings.replace_recording(args.ctx, args.recording, Path(args.file), progress=_progress(args))
    output(args, {"recording": view, "erased": report},
           [f"Opname {view.id} geïmporteerd / imported: {format_ms(view.duration_ms)}", *report.lines()])
    return 0


def locate_(args: Args) -> int:
    view = recordings.locate(args.ctx, args.recording, Path(args.file))
    output(args, view, [f"Opname {view.id} teruggezet / put back{_state(view)}"])
    return 0
