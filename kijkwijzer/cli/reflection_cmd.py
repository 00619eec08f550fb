"""`reflection start|show|list|agenda|coverage|follows|note|point|points|checklist|followup|leerpunt|series`: the
reflection conversation (over one or more conversations, perhaps following an earlier one), its aandachtspunten
and leerpunten, their follow-up in the next conversation, and the line over time."""

from __future__ import annotations

from kijkwijzer.domain.feedback import TRIED_VALUES
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import UsageError
from kijkwijzer.services import aandachtspunten, reflection, series
from kijkwijzer.services.aandachtspunten import AandachtspuntView
from kijkwijzer.services.reflection import ReflectionConversationView

from .common import Args, output, parse_date


def _ids(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError as error:
        raise UsageError(f"Alleen ids, komma-gescheiden ({error})", f"Ids only, comma-separated ({error})") from error


def register(sub) -> None:
    cmd = sub.add_parser("reflection", help="reflectiegesprek / reflection").add_subparsers(dest="action", required=True)
    start = cmd.add_parser("start", help="nieuw reflectiegesprek / new reflection conversation")
    start.add_argument("--conversation", type=int, required=True)
    start.add_argument("--date", required=True, help="JJJJ-MM-DD")
    start.add_argument("--playlist", type=int, help="agenda uit deze afspeellijst / agenda from this playlist")
    start.add_argument("--fragment", type=int, action="append", default=[])
    start.add_argument("--notes", default="")
    start.add_argument("--covers", default="", metavar="GESPREKKEN",
                       help="ook deze gesprekken (ids, komma-gescheiden) / also these conversations")
    start.add_argument("--follows", type=int, metavar="REFLECTIE",
                       help="vervolg op deze reflectie / follows this reflection")
    start.set_defaults(func=start_)
    cover = cmd.add_parser("coverage", help="over welke gesprekken nog meer / which further conversations")
    cover.add_argument("--reflection", "--session", dest="reflection", type=int, required=True)
    cover.add_argument("--covers", required=True, metavar="GESPREKKEN",
                       help="ids, komma-gescheiden; '' voor geen / comma-separated; '' for none")
    cover.set_defaults(func=coverage_)
    follows = cmd.add_parser("follows", help="vervolg op een eerdere reflectie / follows an earlier reflection")
    follows.add_argument("--reflection", "--session", dest="reflection", type=int, required=True)
    follows.add_argument("--follows", required=True, metavar="REFLECTIE", help="id, of 'none'")
    follows.set_defaults(func=follows_)
    show = cmd.add_parser("show", help="agenda met vragen, reacties, notities / agenda with questions")
    show.add_argument("--reflection", "--session", dest="reflection", type=int, required=True)
    show.set_defaults(func=show_)
    ls = cmd.add_parser("list")
    ls.add_argument("--conversation", type=int, required=True)
    ls.set_defaults(func=list_)
    agenda = cmd.add_parser("agenda", help="fragment toevoegen of volgorde zetten / add a fragment or set the order")
    agenda.add_argument("--reflection", "--session", dest="reflection", type=int, required=True)
    agenda.add_argument("--add", type=int, metavar="FRAGMENT")
    agenda.add_argument("--remove", type=int, metavar="FRAGMENT")
    agenda.add_argument("--order", help="fragment-ids, komma-gescheiden")
    agenda.add_argument("--candidates", action="store_true",
                        help="fragmenten van het gesprek die er nog niet op staan / fragments not on it yet")
    agenda.set_defaults(func=agenda_)
    note = cmd.add_parser("note", help="notities en tips bij een fragment (of het gesprek) / notes and tips")
    note.add_argument("--reflection", "--session", dest="reflection", type=int, required=True)
    note.add_argument("--fragment", type=int)
    note.add_argument("--notes")
    note.add_argument("--tips")
    note.set_defaults(func=note_)
    point = cmd.add_parser("point", help="aandachtspunt uit dit reflectiegesprek / attention point")
    point.add_argument("--reflection", "--session", dest="reflection", type=int, required=True)
    point.add_argument("--text", required=True)
    point.add_argument("--theme")
    point.add_argument("--fragment", type=int, action="append", default=[])
    point.set_defaults(func=point_)
    points = cmd.add_parser("points", help="alle aandachtspunten van een casus / a case's thread")
    points.add_argument("--case", type=int, required=True)
    points.add_argument("--kind", choices=aandachtspunten.KINDS, help="alleen deze soort / only this kind")
    points.set_defaults(func=points_)
    check = cmd.add_parser("checklist", help="open aandachtspunten bij een later gesprek / open points to check")
    check.add_argument("--conversation", type=int, required=True)
    check.set_defaults(func=checklist_)
    follow = cmd.add_parser("followup", help="geprobeerd? wat gebeurde er? / tried? what happened?")
    follow.add_argument("--point", type=int, required=True)
    follow.add_argument("--conversation", type=int, required=True)
    follow.add_argument("--tried", choices=tuple(TRIED_VALUES), required=True)
    follow.add_argument("--effect", default="")
    follow.add_argument("--fragment", type=int, help="fragment van de nieuwe opname / of the new recording")
    follow.set_defaults(func=followup_)
    learn = cmd.add_parser("leerpunt", help="leerpunt bij een aandachtspunt (sluit het) of los uit een reflectie / "
                                            "learning point of a point (closes it) or on its own")
    which = learn.add_mutually_exclusive_group(required=True)
    which.add_argument("--point", type=int, help="het aandachtspunt dat dit leerpunt afsluit / the point it closes")
    which.add_argument("--reflection", "--session", dest="reflection", type=int,
                       help="een los leerpunt uit deze reflectie / a learning point on its own")
    learn.add_argument("--text", required=True)
    learn.add_argument("--theme", help="alleen bij --reflection / only with --reflection")
    learn.add_argument("--fragment", type=int, action="append", default=[], help="alleen bij --reflection")
    learn.set_defaults(func=leerpunt_)
    ser = cmd.add_parser("series", help="de lijn over de tijd van een casus / a case's line over time")
    ser.add_argument("--case", type=int, required=True)
    ser.set_defaults(func=series_)


def reflection_lines(s: ReflectionConversationView) -> list[str]:
    about = ", ".join(str(c) for c in s.conversation_ids)
    out = [f"Reflectiegesprek {s.id} over gesprek{'ken' if len(s.conversation_ids) > 1 else ''} {about} op {s.held_on}"
           + (f", vervolg op reflectie {s.follows_id} van {s.follows_held_on}" if s.follows_id else "")]
    if s.notes:
        out.append(f"  {s.notes}")
    for item in s.items:
        f = item.fragment
        out.append(f"  {item.position + 1}. fragment {f.id} {format_ms(f.start_ms)}-{format_ms(f.end_ms)} {f.title}")
        out += [f"     ? {q.text}  [{q.theme_title}]" for q in item.questions]
        if item.reaction:
            out.append(f"     cliënt: {item.reaction.words} {item.reaction.feeling}".rstrip())
        if item.notes:
            out.append(f"     notities: {item.notes}")
        if item.tips:
            out.append(f"     tips: {item.tips}")
    out += [f"  aandachtspunt {p.id}: {p.text} [{p.theme_id or '-'}]" for p in s.aandachtspunten]
    out += [f"  leerpunt {p.id}: {p.text} [{p.theme_id or '-'}]" for p in s.leerpunten]
    return out


def point_line(p: AandachtspuntView) -> str:
    tried = "; ".join(f"gesprek {f.sequence}: {TRIED_VALUES[f.tried][0]}{' - ' + f.effect if f.effect else ''}"
                      for f in p.followups)
    tail = f"  leerpunt: {p.leerpunt}" if p.leerpunt else ""
    if p.is_leerpunt:
        return f"{p.id:>4} [leerpunt] (gesprek {p.from_sequence}) {p.text}"
    return f"{p.id:>4} [{p.status}] (gesprek {p.from_sequence}) {p.text}{'  -> ' + tried if tried else ''}{tail}"


def start_(args: Args) -> int:
    view = reflection.start_reflection(args.ctx, args.conversation, parse_date(args.date), playlist_id=args.playlist,
                                       fragment_ids=tuple(args.fragment), notes=args.notes,
                                       covers=tuple(_ids(args.covers)), follows=args.follows)
    output(args, view, reflection_lines(view))
    return 0


def coverage_(args: Args) -> int:
    view = reflection.set_coverage(args.ctx, args.reflection, tuple(_ids(args.covers)))
    output(args, view, reflection_lines(view))
    return 0


def follows_(args: Args) -> int:
    text = args.follows.strip().lower()
    chosen = [] if text in ("none", "") else _ids(text)
    follows = chosen[0] if chosen else None
    view = reflection.set_follows(args.ctx, args.reflection, follows)
    output(args, view, reflection_lines(view))
    return 0


def show_(args: Args) -> int:
    view = reflection.get_reflection(args.ctx, args.reflection)
    output(args, view, reflection_lines(view))
    return 0


def list_(args: Args) -> int:
    rows = reflection.list_reflections(args.ctx, args.conversation)
    output(args, rows, [reflection_lines(s)[0] for s in rows] or ["Nog geen reflectiegesprekken / none yet"])
    return 0


def agenda_(args: Args) -> int:
    ctx, view = args.ctx, None
    if args.candidates:
        rows = reflection.agenda_candidates(ctx, args.reflection)
        output(args, rows, [f"  fragment {f.id} {format_ms(f.start_ms)}-{format_ms(f.end_ms)} {f.title}" for f in rows]
               or ["Geen fragmenten meer om toe te voegen / no more fragments to add"])
        return 0
    if args.add is not None:
        view = reflection.add_to_agenda(ctx, args.reflection, args.add)
    if args.remove is not None:
        view = reflection.remove_from_agenda(ctx, args.reflection, args.remove)
    if args.order:
        view = reflection.reorder_agenda(ctx, args.reflection, _ids(args.order))
    if view is None:
        raise UsageError("Geef --add, --remove, --order of --candidates.", "Give --add, --remove, --order or --candidates.")
    output(args, view, reflection_lines(view))
    return 0


def note_(args: Args) -> int:
    if args.fragment is None:
        if args.notes is None:
            raise UsageError("Geef --notes (en --fragment voor een agendapunt).", "Give --notes (and --fragment).")
        view = reflection.note_reflection(args.ctx, args.reflection, args.notes)
    else:
        view = reflection.note_item(args.ctx, args.reflection, args.fragment, notes=args.notes, tips=args.tips)
    output(args, view, reflection_lines(view))
    return 0


def point_(args: Args) -> int:
    view = aandachtspunten.add_aandachtspunt(args.ctx, args.reflection, args.text, args.theme, tuple(args.fragment))
    output(args, view, [point_line(view)])
    return 0


def points_(args: Args) -> int:
    rows = aandachtspunten.list_aandachtspunten(args.ctx, args.case, args.kind)
    output(args, rows, [point_line(p) for p in rows] or ["Nog geen aandachtspunten / none yet"])
    return 0


def checklist_(args: Args) -> int:
    rows = aandachtspunten.checklist(args.ctx, args.conversation)
    out = [f"[{'x' if e.followup else ' '}] {point_line(e.point).strip()}" for e in rows]
    output(args, rows, out or ["Geen open aandachtspunten / no open attention points"])
    return 0


def followup_(args: Args) -> int:
    view = aandachtspunten.record_followup(args.ctx, args.point, args.conversation, args.tried, args.effect,
                                           args.fragment)
    output(args, view, [point_line(view)])
    return 0


def leerpunt_(args: Args) -> int:
    if args.reflection is not None:
        view = aandachtspunten.add_leerpunt(args.ctx, args.reflection, args.text, args.theme, tuple(args.fragment))
    elif args.theme or args.fragment:
        raise UsageError("--theme en --fragment horen bij een los leerpunt (--reflection).",
                         "--theme and --fragment belong to a learning point on its own (--reflection).")
    else:
        view = aandachtspunten.record_leerpunt(args.ctx, args.point, args.text)
    output(args, view, [point_line(view)])
    return 0


def series_(args: Args) -> int:
    view = series.case_series(args.ctx, args.case)
    out = [f"Casus {view.case_id} ({view.client_pseudonym}): {view.title}"]
    for c in view.conversations:
        scores = "  ".join(f"{p.question_id.split('.')[-1]}={p.score if p.score is not None else '-'}" for p in c.scores)
        themes = ", ".join(f"{t}×{n}" for t, n in c.themes[:4])
        out.append(f"  gesprek {c.sequence} {c.held_on}  {scores}  {themes}")
    out += [f"  {q.question} {q.line.label()} ({q.line.first} -> {q.line.last})" for q in view.lines]
    out += ["  " + point_line(p).strip() for p in view.thread]
    output(args, view, out)
    return 0
