"""`annotations list|add`: add one from flags, or many as JSON lines on stdin: all or nothing, in one transaction,
the ids printed after its commit."""

from __future__ import annotations

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import BadInput, KijkwijzerError, UsageError
from kijkwijzer.services import annotations as annotation_service  # (`annotations`: the __future__ import)

from . import json_input
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
    rows = annotation_service.list_for_recording(args.ctx, args.recording)
    output(args, rows, [f"{a.id:>6}  {format_ms(a.start_ms)}  {','.join(a.themes):<40} {a.reviewer_name}: {a.observation}"
                        for a in rows])
    return 0


def draft_from_json(line: str) -> AnnotationDraft:
    """One stdin line -> a draft; anything malformed is refused with a clear message (json_input.py)."""
    data = json_input.parse(line)
    if not isinstance(data, dict):
        raise BadInput("Verwacht een JSON-object per regel.", "Expected one JSON object per line.")
    themes = json_input.texts(data, "themes") or json_input.texts(data, "theme")
    return AnnotationDraft(
        recording_id=json_input.integer(data, "recording"),
        start_ms=json_input.integer(data, "start_ms"),
        end_ms=json_input.optional_integer(data, "end_ms"), themes=themes,
        pillars=json_input.texts(data, "pillars"), level=json_input.optional_text(data, "level"),
        observation=json_input.text(data, "text"), quote=json_input.text(data, "quote"),
    )


def add_(args: Args) -> int:
    if args.stdin:
        return _add_batch(args)
    if args.recording is None or args.start_ms is None:
        raise UsageError("Geef --recording en --start-ms (of --stdin).", "Give --recording and --start-ms (or --stdin).")
    view = annotation_service.add(args.ctx, AnnotationDraft(args.recording, args.start_ms, args.end_ms,
                                                            tuple(args.theme), tuple(args.pillar), args.level,
                                                            args.text, args.quote))
    output(args, view, [f"Annotatie {view.id} toegevoegd / added"])
    return 0


def _add_batch(args: Args) -> int:
    """Every line is read and checked, then all are stored in one transaction (or none, on any error);
    the ids are printed after that commit."""
    drafts, labels = [], []
    try:
        for number, line in json_input.lines(json_input.stdin()):
            try:
                drafts.append(draft_from_json(line))
            except BadInput as error:
                raise BadInput(f"Regel {number}: {error.nl}", f"Line {number}: {error.en}") from error
            labels.append((f"Regel {number}", f"Line {number}"))
        views = annotation_service.add_many(args.ctx, drafts, labels)
    except KijkwijzerError as error:
        raise type(error)(f"{error.nl} Er is niets toegevoegd.", f"{error.en} Nothing was added.") from error
    for view in views:
        emit_json({"id": view.id})
    return 0
