"""`plan add|update|list|due|for|fragments` and `plan action add|update|done|reopen|status|link|unlink`: the
improvement plan of step 4, also changed after the wizard.

Evidence links are KIND:ID with KIND one of fragment, annotation, aandachtspunt, feedback.
"""

from __future__ import annotations

from datetime import date

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.domain.unchanged import UNCHANGED, Unchanged
from kijkwijzer.errors import UsageError
from kijkwijzer.services import plan

from .assessment_cmd import add_json_flag, professional_of
from .common import Args, output, parse_date


def _link(text: str) -> tuple[str, int]:
    kind, _, ident = text.partition(":")
    if not ident.strip().isdigit():
        raise UsageError(f"Gebruik --link SOORT:ID, niet {text!r}", f"Use --link KIND:ID, not {text!r}")
    return kind.strip(), int(ident)


def register(sub) -> None:
    cmd = sub.add_parser("plan", help="verbeterplan / improvement plan").add_subparsers(dest="action", required=True)
    add = cmd.add_parser("add", help="verbeterpunt (vraag 1, 3, 4) / improvement point (questions 1, 3, 4)")
    add.add_argument("--professional", type=int)
    add.add_argument("--room", required=True, help="Waar zie ik ruimte voor verbetering?")
    add.add_argument("--needed", default="", help="Wie en/of wat heb ik nodig?")
    add.add_argument("--timeline", default="", help="Wanneer ga ik mijn voornemen in praktijk brengen?")
    add.add_argument("--pillar", help="bijv. pijler.begrijpen")
    add.add_argument("--assessment", type=int)
    add.set_defaults(func=add_)
    ls = cmd.add_parser("list")
    ls.add_argument("--professional", type=int)
    ls.set_defaults(func=list_)
    due = cmd.add_parser("due", help="acties waarvan de datum gekomen is / actions that are due")
    due.add_argument("--professional", type=int)
    when = due.add_mutually_exclusive_group()
    when.add_argument("--today", action="store_true", help="vandaag (standaard) / today (default)")
    when.add_argument("--date", help="JJJJ-MM-DD")
    due.set_defaults(func=due_)
    back = cmd.add_parser("for", help="acties bij dit bewijs / actions resting on this evidence")
    back.add_argument("link", help="SOORT:ID, bijv. fragment:3")
    back.set_defaults(func=for_)
    upd = cmd.add_parser("update", help="vraag 1, 3, 4 of pijler wijzigen / change questions 1, 3, 4 or the pillar")
    upd.add_argument("id", type=int)
    upd.add_argument("--room")
    upd.add_argument("--needed")
    upd.add_argument("--timeline")
    pillar = upd.add_mutually_exclusive_group()
    pillar.add_argument("--pillar")
    pillar.add_argument("--no-pillar", action="store_true")
    upd.set_defaults(func=update_)
    frags = cmd.add_parser("fragments", help="fragmenten die als bewijs kunnen dienen / fragments to link")
    frags.add_argument("--professional", type=int)
    frags.set_defaults(func=fragments_)
    parsers = [add, ls, due, back, upd, frags]

    act = cmd.add_parser("action", help="acties (vraag 2) / actions (question 2)").add_subparsers(dest="sub", required=True)
    a_add = act.add_parser("add")
    a_add.add_argument("--plan", type=int, required=True)
    a_add.add_argument("--text", required=True)
    a_add.add_argument("--who", default="")
    a_add.add_argument("--due", help="JJJJ-MM-DD")
    a_add.add_argument("--pillar")
    a_add.add_argument("--link", action="append", default=[], help="SOORT:ID (herhaalbaar)")
    a_add.set_defaults(func=action_add_)
    a_done = act.add_parser("done")
    a_done.add_argument("id", type=int)
    a_done.add_argument("--note")
    a_done.add_argument("--date", help="JJJJ-MM-DD (standaard vandaag)")
    a_done.set_defaults(func=action_done_)
    a_status = act.add_parser("status")
    a_status.add_argument("id", type=int)
    a_status.add_argument("status", choices=tuple(plan.STATUSES))
    a_status.add_argument("--note")
    a_status.set_defaults(func=action_status_)
    a_link = act.add_parser("link")
    a_link.add_argument("id", type=int)
    a_link.add_argument("link", help="SOORT:ID")
    a_link.set_defaults(func=action_link_)
    a_update = act.add_parser("update", help="actie wijzigen / change an action")
    a_update.add_argument("id", type=int)
    a_update.add_argument("--text")
    a_update.add_argument("--who")
    when_ = a_update.add_mutually_exclusive_group()
    when_.add_argument("--due", help="JJJJ-MM-DD")
    when_.add_argument("--no-due", action="store_true", help="zonder datum / no date")
    a_update.add_argument("--pillar")
    a_update.add_argument("--note")
    a_update.set_defaults(func=action_update_)
    a_reopen = act.add_parser("reopen", help="weer open zetten / open again")
    a_reopen.add_argument("id", type=int)
    a_reopen.set_defaults(func=action_reopen_)
    a_unlink = act.add_parser("unlink")
    a_unlink.add_argument("id", type=int)
    a_unlink.add_argument("link", help="SOORT:ID")
    a_unlink.set_defaults(func=action_unlink_)
    parsers += [a_add, a_done, a_status, a_link, a_update, a_reopen, a_unlink]
    for parser in parsers:
        add_json_flag(parser)


def _action_line(a: plan.ActionView) -> str:
    links = " ".join(f"{lk.kind}:{lk.target_id}" for lk in a.links)
    return (f"  #{a.id} [{plan.status_label(a.status)}] {a.text}  wie: {a.who or '-'}  wanneer: {a.due_on or '-'}"
            + (f"  bewijs: {links}" if links else ""))


def _plan_lines(p: plan.PlanView) -> list[str]:
    return [f"Plan {p.id} ({p.pillar_id or 'geen pijler'}): {p.room_for_improvement}",
            f"  nodig: {p.needed or '-'}", f"  planning: {p.timeline or '-'}", *(_action_line(a) for a in p.actions)]


def add_(args: Args) -> int:
    view = plan.add_plan(args.ctx, professional_of(args), args.room, needed=args.needed, timeline=args.timeline,
                         pillar_id=args.pillar, assessment_id=args.assessment)
    output(args, view, _plan_lines(view))
    return 0


def list_(args: Args) -> int:
    views = plan.list_plans(args.ctx, professional_of(args))
    output(args, views, [line for p in views for line in _plan_lines(p)])
    return 0


def due_(args: Args) -> int:
    today = parse_date(args.date) if args.date else date.today()
    rows = plan.due(args.ctx, professional_of(args), today)
    output(args, rows, [_action_line(a) for a in rows] or [f"Geen acties op {today} / nothing due"])
    return 0


def for_(args: Args) -> int:
    kind, target = _link(args.link)
    rows = plan.actions_for(args.ctx, kind, target)
    output(args, rows, [_action_line(a) for a in rows])
    return 0


def action_add_(args: Args) -> int:
    view = plan.add_action(args.ctx, args.plan, args.text, who=args.who,
                           due_on=parse_date(args.due) if args.due else None, pillar_id=args.pillar,
                           links=[_link(x) for x in args.link])
    output(args, view, [_action_line(view)])
    return 0


def action_done_(args: Args) -> int:
    view = plan.done(args.ctx, args.id, note=args.note, on=parse_date(args.date) if args.date else None)
    output(args, view, [_action_line(view)])
    return 0


def action_status_(args: Args) -> int:
    view = plan.set_status(args.ctx, args.id, args.status, note=args.note)
    output(args, view, [_action_line(view)])
    return 0


def action_link_(args: Args) -> int:
    kind, target = _link(args.link)
    view = plan.link(args.ctx, args.id, kind, target)
    output(args, view, [_action_line(view)])
    return 0


def update_(args: Args) -> int:
    pillar: str | None | Unchanged = UNCHANGED
    if args.pillar or args.no_pillar:
        pillar = None if args.no_pillar else args.pillar
    view = plan.update_plan(args.ctx, args.id, room_for_improvement=args.room, needed=args.needed,
                            timeline=args.timeline, pillar_id=pillar)
    output(args, view, _plan_lines(view))
    return 0


def fragments_(args: Args) -> int:
    rows = plan.evidence_fragments(args.ctx, professional_of(args))
    out = [f"fragment:{f.fragment_id}  {f.held_on}  {f.client_pseudonym}  {format_ms(f.start_ms, millis=False)}-"
           f"{format_ms(f.end_ms, millis=False)}  {f.title}" for f in rows]
    output(args, rows, out or ["Nog geen fragmenten / no fragments yet"])
    return 0


def action_update_(args: Args) -> int:
    due: date | None | Unchanged = UNCHANGED
    if args.due or args.no_due:
        due = None if args.no_due else parse_date(args.due)
    view = plan.update_action(args.ctx, args.id, text=args.text, who=args.who, note=args.note, due_on=due,
                              pillar_id=args.pillar if args.pillar else UNCHANGED)
    output(args, view, [_action_line(view)])
    return 0


def action_reopen_(args: Args) -> int:
    view = plan.reopen(args.ctx, args.id)
    output(args, view, [_action_line(view)])
    return 0


def action_unlink_(args: Args) -> int:
    kind, target = _link(args.link)
    view = plan.unlink(args.ctx, args.id, kind, target)
    output(args, view, [_action_line(view)])
    return 0
