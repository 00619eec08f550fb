"""`annotations list|add`: add one from flags, or many as JSON lines on stdin (an id printed after each commit)."""

from __future__ import annotations

import json
import sys

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import BadInput, UsageError
from kijkwijzer.services import annotations

from .common import Args, emit_json, output


def register(sub) -> None:
    cmd = sub.add_parser("annotations", help="annotaties / annotations").add_subparsers(dest="action", required=True)
    ls = cmd.add_parser("list", help="annotaties van een opname / a recording's annotations")
    ls.add_argument("--recording", type=int, required=True)
    ls.set_defaults(func=list_)
    add = cmd.add_parser("add", help="annotatie toevoegen / add annotation")
    add.add_argument("--stdin", action="store_true", help='JSON-regels {"recording", "start_ms", "end_ms", "theme", "text"}')
    add.add_argument("--recording", type=int)
    add.add_argument("--start-ms", type=int)
    add.add_argument("--end-ms", type=int)
    add.add_argument("--theme", action="append", default=[])
    add.add_argument("--pillar", action="append", default=[])
    add.add_argument("--level")
    add.add_argument("--text", default="")
    add.add_argument("--quote", default="")
    add.set_defaults(func=add_)


def list_(args: Args) -> int:
    rows = annotations.list_for_recording(args.ctx, args.recording)
    output(args, rows, [f"{a.id:>6}  {format_ms(a.start_ms)}  {','.join(a.themes):<40} {a.reviewer_name}: {a.observation}"
                        for a in rows])
    return 0


def draft_from_json(line: str) -> AnnotationDraft:
    """One stdin line -> a draft; anything malformed is refused with a clear message."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise BadInput(f"Geen geldige JSON: {error.msg} (kolom {error.colno})",
                       f"Not valid JSON: {error.msg} (column {error.colno})") from error
    if not isinstance(data, dict):
        raise BadInput("Verwacht een JSON-object per regel.", "Expected one JSON object per line.")
    try:
        themes = data.get("themes") or ([data["theme"]] if data.get("theme") else [])
        end = data.get("end_ms")
        return AnnotationDraft(
            recording_id=int(data["recording"]), start_ms=int(data["start_ms"]),
            end_ms=None if end is None else int(end), themes=tuple(str(t) for t in themes),
            pillars=tuple(str(p) for p in data.get("pillars", ())), level=data.get("level"),
            observation=str(data.get("text", "")), quote=str(data.get("quote", "")),
        )
    except KeyError as error:
        raise BadInput(f"Veld ontbreekt: {error.args[0]}", f"Missing field: {error.args[0]}") from error
    except (TypeError, ValueError) as error:
        raise BadInput(f"Ongeldige waarde: {error}", f"Invalid value: {error}") from error


def add_(args: Args) -> int:
    ctx = args.ctx
    if args.stdin:
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                view = annotations.add(ctx, draft_from_json(line))
            except BadInput as error:
                raise BadInput(f"Regel {number}: {error.nl}", f"Line {number}: {error.en}") from error
            emit_json({"id": view.id})
        return 0
    if args.recording is None or args.start_ms is None:
        raise UsageError("Geef --recording en --start-ms (of --stdin).", "Give --recording and --start-ms (or --stdin).")
    view = annotations.add(ctx, AnnotationDraft(args.recording, args.start_ms, args.end_ms, tuple(args.theme),
                                                tuple(args.pillar), args.level, args.text, args.quote))
    output(args, view, [f"Annotatie {view.id} toegevoegd / added"])
    return 0
