"""`team`: the members of a team database (PostgreSQL). The administrator adds a person (their own login, their
reviewer row and their rights in one step) and removes one; a member changes their own password. Passwords come
from an environment variable (`--password-env`) or are asked twice on the terminal, never as an argument."""

from __future__ import annotations

import getpass
import os

from kijkwijzer.domain.vocabulary import ROLES
from kijkwijzer.errors import BadInput, UsageError
from kijkwijzer.services import team_members
from kijkwijzer.services.team_members import MemberView

from .common import Args, output
from .passphrase import has_terminal


def register(sub) -> None:
    team = sub.add_parser("team", help="teamleden van een teamdatabase / members of a team database")
    actions = team.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add-member", help="een teamlid toevoegen (beheerder) / add a team member (administrator)")
    add.add_argument("login", help="de PostgreSQL-login / the PostgreSQL login")
    add.add_argument("--name", default="", help="naam / name (not with --reviewer)")
    add.add_argument("--role", choices=ROLES, default="professional")
    add.add_argument("--function", default="klantmanager", help="functie van een professional / a professional's job")
    add.add_argument("--reviewer", type=int, help="een bestaande kijker deze login geven / give an existing reviewer "
                                                  "this login")
    _password_options(add)
    add.add_argument("--certificate", action="store_true",
                     help="geen wachtwoord: aanmelden met een clientcertificaat / no password: sign in with a client "
                          "certificate")
    add.set_defaults(func=add_member_)
    rm = actions.add_parser("remove-member", help="login verwijderen, annotaties blijven / remove the login, "
                                                  "annotations stay")
    rm.add_argument("--reviewer", type=int, required=True)
    rm.set_defaults(func=lambda a: _member_line(a, team_members.remove_member(a.ctx, a.reviewer), "verwijderd",
                                                "removed"))
    actions.add_parser("members", help="teamleden / team members").set_defaults(func=members_)
    pw = actions.add_parser("password", help="wachtwoord wijzigen (eigen; beheerder: --reviewer) / change a password "
                                             "(own; administrator: --reviewer)")
    pw.add_argument("--reviewer", type=int)
    _password_options(pw)
    pw.set_defaults(func=password_)


def _password_options(parser) -> None:
    parser.add_argument("--password-env", metavar="VAR",
                        help="neem het wachtwoord uit deze omgevingsvariabele / take the password from this "
                             "environment variable")


def _password(args: Args) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if not value:
            raise BadInput(f"De omgevingsvariabele {args.password_env} is leeg of ontbreekt.",
                           f"The environment variable {args.password_env} is empty or missing.")
        return value
    if not has_terminal():
        raise BadInput("Geen terminal om een wachtwoord te vragen: gebruik --password-env.",
                       "No terminal to ask for a password: use --password-env.")
    first = getpass.getpass("Wachtwoord / password: ")
    if getpass.getpass("Nog eens / again: ") != first:
        raise BadInput("De twee wachtwoorden verschillen; er is niets gewijzigd.",
                       "The two passwords differ; nothing was changed.")
    return first


def add_member_(args: Args) -> int:
    if args.certificate and args.password_env:
        raise UsageError("Geef --certificate of --password-env, niet beide.", "Give --certificate or --password-env, "
                         "not both.")
    if args.reviewer is None and not args.name.strip():
        raise UsageError("Geef --name (of --reviewer voor een bestaande kijker).",
                         "Give --name (or --reviewer for an existing reviewer).")
    team_members.require_administrator(args.ctx)  # before asking for a password
    password = None if args.certificate else team_members.check_password(_password(args))
    reviewer = team_members.add_member(args.ctx, args.login, args.name, args.role, password=password,
                                       function=args.function, reviewer_id=args.reviewer)
    output(args, {"reviewer": reviewer, "login": args.login},
           [(f"Teamlid {reviewer.name} (#{reviewer.id}, {reviewer.role}) kan zich aanmelden als {args.login}. / "
             f"Team member {reviewer.name} can sign in as {args.login}.")])
    return 0


def _member_line(args: Args, reviewer, nl: str, en: str) -> int:
    output(args, reviewer, [f"Teamlid {reviewer.name} (#{reviewer.id}) {nl}. / Team member {reviewer.name} {en}."])
    return 0


def members_(args: Args) -> int:
    rows: list[MemberView] = team_members.list_members(args.ctx)
    no_login = "\tgeen login / no login"
    output(args, rows, [f"#{m.reviewer.id}\t{m.login}\t{m.reviewer.name}\t{m.reviewer.role}"
                        f"{'' if m.can_log_in else no_login}" for m in rows])
    return 0


def password_(args: Args) -> int:
    team_members.require_team(args.ctx)
    team_members.set_password(args.ctx, team_members.check_password(_password(args)), args.reviewer)
    output(args, {"changed": True}, ["Wachtwoord gewijzigd. / Password changed."])
    return 0
