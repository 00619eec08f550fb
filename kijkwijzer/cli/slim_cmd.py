"""`slim add|list|confirm|update`: SLIM analyses per conversation, phase and reviewer.

Item ids may be given in full (slim.zelfbeeld.wil_en_kan) or by their last part (wil_en_kan);
dimensions as --dim DIMENSION=VALUE (e.g. --dim micro_meso_macro=micro). The first --zelfbeeld is the client's
main self-image. --approach-of says whose approach is judged: professional | andere_professionals | organisatie.
"""

from __future__ import annotations

from kijkwijzer.content import Content
from kijkwijzer.domain.slim import APPROACHES
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import UsageError
from kijkwijzer.services import slim

from .assessment_cmd import add_json_flag
from .common import Args, output

_DIM_PREFIX = {"zelfredzaamheid": "slim.zelfredzaamheid.", "probleemlocatie": "slim.probleemlocatie.",
               "sociale_orientatie": "slim.orientatie.", "micro_meso_macro": "slim.niveau.",
               "systeem_leefwereld": "slim.wereld."}


def _full(prefix: str, value: str) -> str:
    return value if value.startswith("slim.") else prefix + value


def _verdict(value: str | None) -> str | None:
    return None if value is None else _full("slim.oordeel.", value)


def _dimensions(pairs: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for pair in pairs:
        if "=" not in pair:
            raise UsageError(f"Gebruik --dim DIMENSIE=WAARDE, niet {pair!r}", f"Use --dim DIMENSION=VALUE, not {pair!r}")
        dim, value = (x.strip() for x in pair.split("=", 1))
        short = dim.removeprefix("slim.dimensie.")
        out.setdefault(_full("slim.dimensie.", dim), []).append(_full(_DIM_PREFIX.get(short, ""), value))
    return out


def _picks(parser) -> None:
    parser.add_argument("--zelfbeeld", action="append", default=None,
                        help="bijv. wil_en_kan (herhaalbaar; de eerste is het zelfbeeld dat vooral geldt)")
    parser.add_argument("--rol", action="append", default=None, help="bijv. faciliteren (herhaalbaar)")
    parser.add_argument("--logica", action="append", default=None, help="bijv. kansen_bieden (herhaalbaar)")
    parser.add_argument("--dim", action="append", default=None, help="DIMENSIE=WAARDE, bijv. micro_meso_macro=meso")
    parser.add_argument("--analysis", help="toelichting / free-text analysis")
    parser.add_argument("--phase", help="naam van de fase / phase label")
    parser.add_argument("--approach-of", choices=APPROACHES, default=None,
                        help="wiens benadering / whose approach (standaard professional)")


def register(sub) -> None:
    cmd = sub.add_parser("slim", help="SLIM-analyse / SLIM analysis").add_subparsers(dest="action", required=True)
    add = cmd.add_parser("add", help="analyse vastleggen; het oordeel wordt voorgesteld / record; verdict suggested")
    add.add_argument("--conversation", type=int, required=True)
    add.add_argument("--start-ms", type=int)
    add.add_argument("--end-ms", type=int)
    add.add_argument("--reviewer", type=int, help="kijker (standaard --as) / reviewer (default --as)")
    add.add_argument("--verdict", help="match | gedeeltelijke_mismatch | mismatch (bevestigen of afwijken)")
    add.add_argument("--note", default="", help="toelichting bij afwijken / note when overriding")
    _picks(add)
    add.set_defaults(func=add_)
    ls = cmd.add_parser("list", help="analyses naast elkaar / analyses side by side")
    ls.add_argument("--conversation", type=int)
    ls.add_argument("--case", type=int)
    ls.add_argument("--reviewer", type=int)
    ls.set_defaults(func=list_)
    confirm = cmd.add_parser("confirm", help="voorgesteld oordeel bevestigen of afwijken / confirm or override")
    confirm.add_argument("id", type=int)
    confirm.add_argument("--verdict")
    confirm.add_argument("--note", default="")
    confirm.set_defaults(func=confirm_)
    update = cmd.add_parser("update")
    update.add_argument("id", type=int)
    _picks(update)
    update.set_defaults(func=update_)
    for parser in (add, ls, confirm, update):
        add_json_flag(parser)


def _lines(content: Content, views: list[slim.SlimView]) -> list[str]:
    lines = []
    for v in views:
        span = f"{format_ms(v.start_ms)}-{format_ms(v.end_ms)}" if v.start_ms is not None and v.end_ms is not None \
            else "heel gesprek"
        state = (f"bevestigd: {slim.verdict_label(content, v.verdict)}" + (" (afwijkend)" if v.overridden else "")
                 if v.verdict else "nog niet bevestigd")
        lines.append(f"#{v.id} gesprek {v.conversation_id} {span} {v.phase} [{v.reviewer_name}, {v.reviewer_role}]")
        lines.append(f"  benadering van: {slim.approach_label(content, v.approach_of)}")
        lines.append(f"  voorgesteld: {slim.verdict_label(content, v.suggested_verdict)}; {state}")
        lines += [f"    {line}" for line in v.reasoning_nl.split("\n")]
        if v.note:
            lines.append(f"  notitie: {v.note}")
    return lines


def add_(args: Args) -> int:
    view = slim.add(args.ctx, args.conversation, zelfbeeld=[_full("slim.zelfbeeld.", x) for x in args.zelfbeeld or []],
                    rol=[_full("slim.rol.", x) for x in args.rol or []],
                    logica=[_full("slim.logica.", x) for x in args.logica or []],
                    dimensions=_dimensions(args.dim or []), start_ms=args.start_ms, end_ms=args.end_ms,
                    phase=args.phase or "", analysis=args.analysis or "", reviewer_id=args.reviewer,
                    verdict=_verdict(args.verdict), note=args.note, approach_of=args.approach_of or "professional")
    output(args, view, _lines(args.ctx.content, [view]))
    return 0


def list_(args: Args) -> int:
    if args.conversation is None and args.case is None:
        raise UsageError("Geef --conversation of --case.", "Give --conversation or --case.")
    if args.conversation is not None:
        views = slim.list_for_conversation(args.ctx, args.conversation, args.reviewer)
    else:
        views = [v for v in slim.list_for_case(args.ctx, args.case) if args.reviewer in (None, v.reviewer_id)]
    output(args, views, _lines(args.ctx.content, views))
    return 0


def confirm_(args: Args) -> int:
    view = slim.confirm(args.ctx, args.id, _verdict(args.verdict), args.note)
    output(args, view, _lines(args.ctx.content, [view]))
    return 0


def update_(args: Args) -> int:
    view = slim.update(
        args.ctx, args.id,
        zelfbeeld=None if args.zelfbeeld is None else [_full("slim.zelfbeeld.", x) for x in args.zelfbeeld],
        rol=None if args.rol is None else [_full("slim.rol.", x) for x in args.rol],
        logica=None if args.logica is None else [_full("slim.logica.", x) for x in args.logica],
        dimensions=None if args.dim is None else _dimensions(args.dim), analysis=args.analysis, phase=args.phase,
        approach_of=args.approach_of)
    output(args, view, _lines(args.ctx.content, [view]))
    return 0
