"""`cases add|list|update|show|cycle`, `cases events add|list|update|delete`, `conversations add|list|update`."""

from __future__ import annotations

from kijkwijzer.domain.vocabulary import CASE_EVENT_KINDS, PARTICIPANT_ROLES
from kijkwijzer.errors import BadInput, UsageError
from kijkwijzer.services import cases, client_feedback, cycle
from kijkwijzer.services.cases import (
    CaseEventView,
    CaseView,
    ConversationView,
)

from .common import Args, output, parse_date


def register(sub) -> None:
    cas = sub.add_parser("cases", help="casussen / cases").add_subparsers(dest="action", required=True)
    k = cas.add_parser("add"); k.add_argument("--professional", type=int, required=True)
    k.add_argument("--client", type=int, required=True); k.add_argument("--title", required=True)
    k.add_argument("--reason", default=""); k.add_argument("--goal", default=""); k.add_argument("--profile", default="")
    k.set_defaults(func=lambda a: _case(a, cases.add_case(a.ctx, a.professional, a.client, a.title, a.reason,
                                                          a.goal, a.profile)))
    kl = cas.add_parser("list"); kl.add_argument("--professional", type=int)
    kl.set_defaults(func=lambda a: _cases(a, cases.list_cases(a.ctx, a.professional)))
    ku = cas.add_parser("update", help="titel, reden, doel of profiel / title, reason, goal or profile")
    ku.add_argument("--case", type=int, required=True)
    for name in ("--title", "--reason", "--goal", "--profile"):
        ku.add_argument(name)
    ku.set_defaults(func=lambda a: _case(a, cases.update_case(a.ctx, a.case, title=a.title, reason=a.reason,
                                                              goal=a.goal, profile=a.profile)))
    ks = cas.add_parser("show", help="casus met gebeurtenissen en gesprekken / case with events and conversations")
    ks.add_argument("--case", type=int, required=True)
    ks.set_defaults(func=show_)
    kc = cas.add_parser("cycle", help="waar sta ik: de stappen per gesprek / where am I: the steps per conversation")
    kc.add_argument("--case", type=int, required=True)
    kc.set_defaults(func=cycle_)

    ev = cas.add_parser("events", help="gebeurtenissen en uitkomst / events and outcome")
    evs = ev.add_subparsers(dest="event_action", required=True)
    ea = evs.add_parser("add"); ea.add_argument("--case", type=int, required=True)
    ea.add_argument("--date", required=True, help="JJJJ-MM-DD"); ea.add_argument("--kind", choices=CASE_EVENT_KINDS, default="event")
    ea.add_argument("--text", required=True, help="bij --kind note: een opmerking, bv. over een eerder, niet opgenomen "
                                                 "gesprek / with --kind note: a remark, e.g. about an unrecorded conversation")
    ea.set_defaults(func=lambda a: _events(a, [cases.add_case_event(a.ctx, a.case, parse_date(a.date), a.kind, a.text)]))
    el = evs.add_parser("list"); el.add_argument("--case", type=int, required=True)
    el.set_defaults(func=lambda a: _events(a, cases.list_case_events(a.ctx, a.case)))
    eu = evs.add_parser("update"); eu.add_argument("--event", type=int, required=True)
    eu.add_argument("--date"); eu.add_argument("--kind", choices=CASE_EVENT_KINDS); eu.add_argument("--text")
    eu.set_defaults(func=lambda a: _events(a, [cases.update_case_event(
        a.ctx, a.event, occurred_on=parse_date(a.date) if a.date else None, kind=a.kind, text=a.text)]))
    ed = evs.add_parser("delete"); ed.add_argument("--event", type=int, required=True)
    ed.set_defaults(func=delete_event_)

    con = sub.add_parser("conversations", help="gesprekken / conversations").add_subparsers(dest="action", required=True)
    g = con.add_parser("add"); g.add_argument("--case", type=int, required=True); g.add_argument("--date", required=True)
    g.add_argument("--goal", default=""); g.add_argument("--setting", default="spreekkamer")
    _participant_option(g)
    g.set_defaults(func=lambda a: _conversation(a, cases.add_conversation(a.ctx, a.case, parse_date(a.date), a.goal,
                                                                          a.setting, a.participant or ())))
    gl = con.add_parser("list"); gl.add_argument("--case", type=int, required=True)
    gl.set_defaults(func=lambda a: _conversations(a, cases.list_conversations(a.ctx, a.case)))
    gu = con.add_parser("update", help="datum, doel, setting of deelnemers / date, goal, setting or participants")
    gu.add_argument("--conversation", type=int, required=True)
    gu.add_argument("--date"); gu.add_argument("--goal"); gu.add_argument("--setting")
    _participant_option(gu, replaces=True)
    gu.add_argument("--no-participants", action="store_true", help="alle deelnemers weghalen / remove all participants")
    gu.add_argument("--interviewed-on", metavar="JJJJ-MM-DD", help="datum van het cliëntinterview, 'none' wist hem / "
                                                                   "the client interview's date, 'none' clears it")
    gu.set_defaults(func=update_conversation_)


def _participant_option(parser, replaces: bool = False) -> None:
    extra = "; vervangt de hele lijst / replaces the whole list" if replaces else ""
    parser.add_argument("--participant", action="append", default=None, type=_participant, metavar="ROL:OMSCHRIJVING",
                        help=f"rol uit {', '.join(PARTICIPANT_ROLES)}, bv. interpreter:tolk Arabisch "
                             f"(herhaalbaar / repeatable){extra}")


def _participant(text: str) -> tuple[str, str]:
    role, _, description = text.partition(":")
    if role not in PARTICIPANT_ROLES:
        raise BadInput(f"Onbekende rol van een deelnemer: {role} (kies uit {', '.join(PARTICIPANT_ROLES)})",
                       f"Unknown participant role: {role} (choose from {', '.join(PARTICIPANT_ROLES)})")
    return role, description


def update_conversation_(args: Args) -> int:
    if args.no_participants and args.participant:
        raise UsageError("Geef --participant of --no-participants, niet beide.",
                         "Give --participant or --no-participants, not both.")
    participants = [] if args.no_participants else args.participant
    interviewed = args.interviewed_on
    if interviewed is None or any(x is not None for x in (args.date, args.goal, args.setting, participants)):
        view = cases.update_conversation(args.ctx, args.conversation,
                                         held_on=parse_date(args.date) if args.date else None,
                                         goal=args.goal, setting=args.setting, participants=participants)
    if interviewed is not None:  # the interview's own date (it needs the client's consent for the interview)
        day = None if interviewed.strip().lower() in ("none", "") else parse_date(interviewed)
        view = client_feedback.set_interview_date(args.ctx, args.conversation, day)
    return _conversation(args, view)


def delete_event_(args: Args) -> int:
    cases.delete_case_event(args.ctx, args.event)
    output(args, {"id": args.event, "deleted": True}, [f"Gebeurtenis {args.event} verwijderd / deleted"])
    return 0


def show_(args: Args) -> int:
    case = cases.get_case(args.ctx, args.case)
    events = cases.list_case_events(args.ctx, args.case)
    convs = cases.list_conversations(args.ctx, args.case)
    lines = [_case_line(case), f"  reden / reason: {case.reason or '-'}", f"  doel / goal: {case.goal or '-'}",
             f"  profiel / profile: {case.profile or '-'}", *(f"  {_event_line(e)}" for e in events),
             *(f"  {_conversation_line(c)}" for c in convs)]
    output(args, {"case": case, "events": events, "conversations": convs}, lines)
    return 0


def cycle_(args: Args) -> int:
    view = cycle.case_cycle(args.ctx, args.case)
    lines = [_case_line(view.case)]
    for conv in view.conversations:
        lines.append(f"  {_conversation_line(conv.conversation)}")
        for step in conv.steps:
            mark = "x" if step.done else ("-" if not step.available else " ")
            detail = f"  {step.detail}" if step.detail else ""
            lines.append(f"    [{mark}] {step.key:<17}{step.count:>4}{detail}")
    lines += [f"  {_event_line(e)}" for e in view.events]
    if view.next_step:
        lines.append(f"  volgende stap / next step: gesprek {view.next_step[0]}: {view.next_step[1]}")
    output(args, view, lines)
    return 0


def _case_line(c: CaseView) -> str:
    return f"{c.id:>4}  {c.client_pseudonym}  {c.title}"


def _event_line(e: CaseEventView) -> str:
    return f"{e.id:>4}  {e.occurred_on}  {e.kind:<8} {e.text}"


def _conversation_line(c: ConversationView) -> str:
    who = f"  ({c.participants_text})" if c.participants else ""
    interview = f"  (interview {c.interviewed_on})" if c.interviewed_on else ""
    return f"{c.id:>4}  #{c.sequence}  {c.held_on}  {c.setting}  {c.goal}{who}{interview}"


def _case(args: Args, view: CaseView) -> int:
    output(args, view, [_case_line(view)])
    return 0


def _cases(args: Args, rows: list[CaseView]) -> int:
    output(args, rows, [_case_line(c) for c in rows])
    return 0


def _events(args: Args, rows: list[CaseEventView]) -> int:
    output(args, rows[0] if args.event_action in ("add", "update") else rows, [_event_line(e) for e in rows])
    return 0


def _conversation(args: Args, view: ConversationView) -> int:
    output(args, view, [_conversation_line(view)])
    return 0


def _conversations(args: Args, rows: list[ConversationView]) -> int:
    output(args, rows, [_conversation_line(c) for c in rows])
    return 0
