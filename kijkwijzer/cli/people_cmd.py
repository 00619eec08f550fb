"""`professionals`, `reviewers`, `clients`, `cases`, `conversations`: add and list."""

from __future__ import annotations

from kijkwijzer.errors import BadInput
from kijkwijzer.services import cases, people
from kijkwijzer.store.models.cases import PARTICIPANT_ROLES
from kijkwijzer.store.models.people import ROLES

from .common import Args, output, parse_date


def register(sub) -> None:
    pro = sub.add_parser("professionals").add_subparsers(dest="action", required=True)
    p = pro.add_parser("add"); p.add_argument("name"); p.add_argument("--function", default="klantmanager")
    p.set_defaults(func=lambda a: _show(a, people.add_professional(a.ctx, a.name, a.function)))
    pro.add_parser("list").set_defaults(func=lambda a: _list(a, people.list_professionals(a.ctx)))

    rev = sub.add_parser("reviewers").add_subparsers(dest="action", required=True)
    r = rev.add_parser("add"); r.add_argument("name"); r.add_argument("--role", choices=ROLES, required=True)
    r.set_defaults(func=lambda a: _show(a, people.add_reviewer(a.ctx, a.name, a.role)))
    rev.add_parser("list").set_defaults(func=lambda a: _list(a, people.list_reviewers(a.ctx)))

    cli = sub.add_parser("clients").add_subparsers(dest="action", required=True)
    c = cli.add_parser("add"); c.add_argument("--pseudonym"); c.add_argument("--real-name"); c.add_argument("--profile", default="")
    c.set_defaults(func=lambda a: _show(a, people.add_client(a.ctx, a.pseudonym, a.real_name, a.profile)))
    cli.add_parser("list").set_defaults(func=lambda a: _list(a, people.list_clients(a.ctx)))

    cas = sub.add_parser("cases").add_subparsers(dest="action", required=True)
    k = cas.add_parser("add"); k.add_argument("--professional", type=int, required=True)
    k.add_argument("--client", type=int, required=True); k.add_argument("--title", required=True)
    k.add_argument("--reason", default="")
    k.set_defaults(func=lambda a: _show(a, cases.add_case(a.ctx, a.professional, a.client, a.title, a.reason)))
    kl = cas.add_parser("list"); kl.add_argument("--professional", type=int)
    kl.set_defaults(func=lambda a: _list(a, cases.list_cases(a.ctx, a.professional)))

    con = sub.add_parser("conversations").add_subparsers(dest="action", required=True)
    g = con.add_parser("add"); g.add_argument("--case", type=int, required=True); g.add_argument("--date", required=True)
    g.add_argument("--goal", default=""); g.add_argument("--setting", default="spreekkamer")
    g.add_argument("--participant", action="append", default=[], type=_participant, metavar="ROL:OMSCHRIJVING",
                   help=f"rol uit {', '.join(PARTICIPANT_ROLES)}, bv. interpreter:tolk Arabisch (herhaalbaar)")
    g.set_defaults(func=lambda a: _show(a, cases.add_conversation(a.ctx, a.case, parse_date(a.date), a.goal,
                                                                   a.setting, a.participant)))
    gl = con.add_parser("list"); gl.add_argument("--case", type=int, required=True)
    gl.set_defaults(func=lambda a: _list(a, cases.list_conversations(a.ctx, a.case)))


def _participant(text: str) -> tuple[str, str]:
    role, _, description = text.partition(":")
    if role not in PARTICIPANT_ROLES:
        raise BadInput(f"Onbekende rol van een deelnemer: {role} (kies uit {', '.join(PARTICIPANT_ROLES)})",
                       f"Unknown participant role: {role} (choose from {', '.join(PARTICIPANT_ROLES)})")
    return role, description


def _show(args: Args, value) -> int:
    output(args, value, [str(value)])
    return 0


def _list(args: Args, rows: list) -> int:
    output(args, rows, [str(r) for r in rows])
    return 0
