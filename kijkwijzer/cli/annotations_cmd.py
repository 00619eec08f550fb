"""`annotations list|show|add|update|delete`: every field the window's annotation editor sets (themes, pillars,
level, observation, quote, below the waterline, felt but not said, tags, a still). `add` takes one from flags, or
many as JSON lines on stdin: all or nothing, in one transaction, the ids printed after its commit."""

from __future__ import annotations

from kijkwijzer.domain.annotation import AnnotationChanges, AnnotationDraft, AnnotationView
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import BadInput, KijkwijzerError, UsageError
from kijkwijzer.services import annotation_stills
from kijkwijzer.services import annotations as annotation_service  # (`annotations`: the __future__ import)

from . import json_input
from .common import Args, emit_json, output

JSON_FIELDS = ('{"recording", "start_ms", "end_ms", "theme"|"themes", "pillars", "level", "text", "quote", '
               '"below_waterline", "felt_unsaid", "tags", "still": true}')


def register(sub) -> None:
    cmd = sub.add_parser("annotations", help="annotaties / annotations").add_subparsers(dest="action", required=True)
    ls = cmd.add_parser("list", help="annotaties van een opname / a recording's annotations")
    ls.add_argument("--recording", type=int, required=True)
    ls.set_defaults(func=list_)
    show = cmd.add_parser("show", help="één annotatie met alle velden / one annotation with every field")
    show.add_argument("--annotation", type=int, required=True)
    show.set_defaults(func=show_)
    add = cmd.add_parser("add", help="annotatie toevoegen / add annotation")
    add.add_argument("--stdin", action="store_true", help=f"JSON-regels / JSON lines {JSON_FIELDS}")
    add.add_argument("--recording", type=int)
    add.add_argument("--start-ms", type=int)
    add.add_argument("--end-ms", type=int)
    add.add_argument("--theme", action="append", default=[])
    add.add_argument("--pillar", action="append", default=[])
    add.add_argument("--level")
    add.add_argument("--text", default="", help="observatie / observation")
    add.add_argument("--quote", default="", help="citaat / quote")
    add.add_argument("--below-waterline", default="", help="onder de waterlijn / below the waterline")
    add.add_argument("--felt-unsaid", default="", help="wat ik voelde maar niet zei / felt but not said")
    add.add_argument("--tag", action="append", default=[], help="label (herhaalbaar / repeatable)")
    add.add_argument("--still", action="store_true", help="still van het begin bewaren / keep a still of the start")
    add.set_defaults(func=add_)
    up = cmd.add_parser("update", help="velden van een annotatie wijzigen / change an annotation's fields")
    up.add_argument("--annotation", type=int, required=True)
    up.add_argument("--start-ms", type=int)
    ends = up.add_mutually_exclusive_group()
    ends.add_argument("--end-ms", type=int)
    ends.add_argument("--no-end", action="store_true", help="een moment, geen stuk / a moment, not a span")
    _replacing(up, "--theme", "--no-themes", "thema's")
    _replacing(up, "--pillar", "--no-pillars", "pijlers")
    levels = up.add_mutually_exclusive_group()
    levels.add_argument("--level")
    levels.add_argument("--no-level", action="store_true")
    up.add_argument("--text", help="observatie / observation")
    up.add_argument("--quote", help="citaat / quote")
    up.add_argument("--below-waterline", help="onder de waterlijn / below the waterline")
    up.add_argument("--felt-unsaid", help="wat ik voelde maar niet zei / felt but not said")
    _replacing(up, "--tag", "--no-tags", "labels")
    stills = up.add_mutually_exclusive_group()
    stills.add_argument("--still", action="store_true", help="still van het begin bewaren / keep a still of the start")
    stills.add_argument("--no-still", action="store_true", help="de still weghalen / remove the still")
    up.set_defaults(func=update_)
    rm = cmd.add_parser("delete", help="annotatie verwijderen / delete an annotation")
    rm.add_argument("--annotation", type=int, required=True)
    rm.set_defaults(func=delete_)


def _replacing(parser, name: str, none: str, what: str) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(name, action="append", default=None,
                       help=f"herhaalbaar; vervangt alle {what} / repeatable; replaces the whole list")
    group.add_argument(none, action="store_true")


def _line(a: AnnotationView) -> str:
    return f"{a.id:>6}  {format_ms(a.start_ms)}  {','.join(a.themes):<40} {a.reviewer_name}: {a.observation}"


def list_(args: Args) -> int:
    rows = annotation_service.list_for_recording(args.ctx, args.recording)
    output(args, rows, [_line(a) for a in rows])
    return 0


def _detail_lines(a: AnnotationView) -> list[str]:
    end = f"-{format_ms(a.end_ms)}" if a.end_ms is not None else ""
    fields = (("thema's / themes", ", ".join(a.themes)), ("pijlers / pillars", ", ".join(a.pillars)),
              ("niveau / level", a.level or ""), ("observatie / observation", a.observation),
              ("citaat / quote", a.quote), ("onder de waterlijn / below the waterline", a.below_waterline),
              ("gevoeld, niet gezegd / felt, not said", a.felt_unsaid), ("labels / tags", ", ".join(a.tags)),
              ("still", a.still_name or ""))
    return [f"Annotatie {a.id}  {format_ms(a.start_ms)}{end}  {a.reviewer_name}",
            *(f"  {label}: {value}" for label, value in fields if value)]


def show_(args: Args) -> int:
    view = annotation_service.get(args.ctx, args.annotation)
    output(args, view, _detail_lines(view))
    return 0


def draft_from_json(line: str) -> tuple[AnnotationDraft, bool]:
    """One stdin line -> a draft and whether a still is wanted; anything malformed is refused with a clear
    message (json_input.py)."""
    data = json_input.parse(line)
    if not isinstance(data, dict):
        raise BadInput("Verwacht een JSON-object per regel.", "Expected one JSON object per line.")
    themes = json_input.texts(data, "themes") or json_input.texts(data, "theme")
    still = data.get("still", False)
    if not isinstance(still, bool):
        raise BadInput("Veld still: verwacht true of false.", "Field still: expected true or false.")
    draft = AnnotationDraft(
        recording_id=json_input.integer(data, "recording"),
        start_ms=json_input.integer(data, "start_ms"),
        end_ms=json_input.optional_integer(data, "end_ms"), themes=themes,
        pillars=json_input.texts(data, "pillars"), level=json_input.optional_text(data, "level"),
        observation=json_input.text(data, "text"), quote=json_input.text(data, "quote"),
        below_waterline=json_input.text(data, "below_waterline"), felt_unsaid=json_input.text(data, "felt_unsaid"),
        tags=json_input.texts(data, "tags"),
    )
    return draft, still


def add_(args: Args) -> int:
    if args.stdin:
        return _add_batch(args)
    if args.recording is None or args.start_ms is None:
        raise UsageError("Geef --recording en --start-ms (of --stdin).", "Give --recording and --start-ms (or --stdin).")
    draft = AnnotationDraft(args.recording, args.start_ms, args.end_ms, tuple(args.theme), tuple(args.pillar),
                            args.level, args.text, args.quote, args.below_waterline, args.felt_unsaid,
                            tuple(args.tag))
    view = annotation_service.add(args.ctx, draft)
    if args.still:
        view = _with_still(args, view)
    output(args, view, [f"Annotatie {view.id} toegevoegd / added"])
    return 0


def _with_still(args: Args, view: AnnotationView) -> AnnotationView:
    try:
        return annotation_stills.add_still(args.ctx, view.id)
    except KijkwijzerError as error:
        raise type(error)(f"Annotatie {view.id} is toegevoegd, maar zonder still: {error.nl}",
                          f"Annotation {view.id} was added, but without a still: {error.en}") from error


def _add_batch(args: Args) -> int:
    """Every line is read and checked, then all are stored in one transaction (or none, on any error);
    the ids are printed after that commit, the stills asked for are made after it."""
    drafts, labels, stills = [], [], []
    try:
        for number, line in json_input.lines(json_input.stdin()):
            try:
                draft, still = draft_from_json(line)
            except BadInput as error:
                raise BadInput(f"Regel {number}: {error.nl}", f"Line {number}: {error.en}") from error
            drafts.append(draft)
            stills.append(still)
            labels.append((f"Regel {number}", f"Line {number}"))
        views = annotation_service.add_many(args.ctx, drafts, labels)
    except KijkwijzerError as error:
        raise type(error)(f"{error.nl} Er is niets toegevoegd.", f"{error.en} Nothing was added.") from error
    for view, still in zip(views, stills, strict=True):
        emit_json({"id": (_with_still(args, view) if still else view).id})
    return 0


def _changes(args: Args) -> AnnotationChanges:
    changes: AnnotationChanges = {}
    if args.start_ms is not None:
        changes["start_ms"] = args.start_ms
    if args.no_end or args.end_ms is not None:
        changes["end_ms"] = None if args.no_end else args.end_ms
    for key, given, cleared in (("themes", args.theme, args.no_themes), ("pillars", args.pillar, args.no_pillars),
                                ("tags", args.tag, args.no_tags)):
        if cleared or given is not None:
            changes[key] = () if cleared else tuple(given)  # type: ignore[literal-required]
    if args.no_level or args.level is not None:
        changes["level"] = None if args.no_level else args.level
    for key, value in (("observation", args.text), ("quote", args.quote), ("below_waterline", args.below_waterline),
                       ("felt_unsaid", args.felt_unsaid)):
        if value is not None:
            changes[key] = value  # type: ignore[literal-required]
    if args.no_still:
        changes["still_name"] = None
    return changes


def update_(args: Args) -> int:
    changes = _changes(args)
    if not changes and not args.still:
        raise UsageError("Geef minstens één veld om te wijzigen.", "Give at least one field to change.")
    view = annotation_service.get(args.ctx, args.annotation)
    if changes:
        _before, view = annotation_service.update(args.ctx, args.annotation, **changes)
    if args.still:
        view = annotation_stills.add_still(args.ctx, view.id)
    output(args, view, [f"Annotatie {view.id} gewijzigd / changed", *_detail_lines(view)[1:]])
    return 0


def delete_(args: Args) -> int:
    view = annotation_service.delete(args.ctx, args.annotation)
    output(args, {"id": view.id, "deleted": True}, [f"Annotatie {view.id} verwijderd / deleted"])
    return 0

