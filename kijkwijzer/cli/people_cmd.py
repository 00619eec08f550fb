"""`professionals`, `reviewers`, `clients`: add, list, update; reviewers archived; a client shown or erased."""

from __future__ import annotations

from kijkwijzer.domain.vocabulary import ROLES
from kijkwijzer.errors import UsageError
from kijkwijzer.services import client_erasure, people
from kijkwijzer.services.people import ClientView, ReviewerView

from .common import Args, output


def register(sub) -> None:
    pro = sub.add_parser("professionals", help="professionals").add_subparsers(dest="action", required=True)
    p = pro.add_parser("add"); p.add_argument("name"); p.add_argument("--function", default="klantmanager")
    p.set_defaults(func=lambda a: _show(a, people.add_professional(a.ctx, a.name, a.function)))
    pro.add_parser("list").set_defaults(func=lambda a: _list(a, people.list_professionals(a.ctx)))
    pu = pro.add_parser("update", help="naam of functie wijzigen / change name or function")
    pu.add_argument("--professional", type=int, required=True); pu.add_argument("--name"); pu.add_argument("--function")
    pu.set_defaults(func=lambda a: _show(a, people.update_professional(a.ctx, a.professional, name=a.name,
                                                                        function=a.function)))

    rev = sub.add_parser("reviewers", help="kijkers / reviewers").add_subparsers(dest="action", required=True)
    r = rev.add_parser("add"); r.add_argument("name"); r.add_argument("--role", choices=ROLES, required=True)
    r.set_defaults(func=lambda a: _reviewer(a, people.add_reviewer(a.ctx, a.name, a.role)))
    rl = rev.add_parser("list"); rl.add_argument("--all", action="store_true", help="ook gearchiveerde / archived too")
    rl.set_defaults(func=lambda a: _reviewers(a, people.list_reviewers(a.ctx, include_archived=a.all)))
    ru = rev.add_parser("update", help="naam of rol wijzigen / change name or role")
    ru.add_argument("--reviewer", type=int, required=True); ru.add_argument("--name")
    ru.add_argument("--role", choices=ROLES)
    ru.set_defaults(func=lambda a: _reviewer(a, people.update_reviewer(a.ctx, a.reviewer, name=a.name, role=a.role)))
    for action, archived in (("archive", True), ("unarchive", False)):
        ra = rev.add_parser(action, help="archiveren (annotaties blijven) / archive (annotations stay)" if archived
                            else "terughalen uit het archief / bring back from the archive")
        ra.add_argument("--reviewer", type=int, required=True)
        ra.set_defaults(func=lambda a, archived=archived: _reviewer(a, people.archive_reviewer(a.ctx, a.reviewer,
                                                                                               archived)))

    cli = sub.add_parser("clients", help="cliënten / clients").add_subparsers(dest="action", required=True)
    c = cli.add_parser("add"); c.add_argument("--pseudonym"); c.add_argument("--real-name"); c.add_argument("--profile", default="")
    c.set_defaults(func=lambda a: _client(a, people.add_client(a.ctx, a.pseudonym, a.real_name, a.profile)))
    cli.add_parser("list").set_defaults(func=lambda a: _list(a, people.list_clients(a.ctx)))
    cu = cli.add_parser("update", help="echte naam of profiel wijzigen / change real name or profile")
    cu.add_argument("--client", type=int, required=True)
    cu.add_argument("--real-name"); cu.add_argument("--clear-real-name", action="store_true")
    cu.add_argument("--profile")
    cu.set_defaults(func=update_client_)
    cs = cli.add_parser("show", help="een cliënt tonen / show a client")
    cs.add_argument("--client", type=int, required=True)
    cs.add_argument("--real-name", action="store_true",
                    help="ook de echte naam (komt in het auditlog) / the real name too (audited)")
    cs.set_defaults(func=show_client_)
    ce = cli.add_parser("erase", help="cliënt wissen met alles over de cliënt (eerst een voorbeeld; --yes wist) / "
                                      "erase a client and everything about them (a preview first; --yes erases)")
    ce.add_argument("client", help="id of pseudoniem / id or pseudonym")
    ce.add_argument("--yes", action="store_true", help="echt wissen, onherroepelijk / really erase, irrevocably")
    ce.set_defaults(func=erase_client_)


def erase_client_(args: Args) -> int:
    """Without --yes only the preview (nothing changed) and a refusal; with it the erasure and its report."""
    client_id = client_erasure.find_client(args.ctx, args.client)
    if not args.yes:
        report = client_erasure.preview(args.ctx, client_id)
        output(args, report, report.lines(done=False))
        raise UsageError("Niets gewist: herhaal met --yes om de cliënt onherroepelijk te wissen.",
                         "Nothing erased: repeat with --yes to erase the client irrevocably.")
    report = client_erasure.erase_client(args.ctx, client_id)
    output(args, report, report.lines())
    return 0


def update_client_(args: Args) -> int:
    if args.real_name is not None and args.clear_real_name:
        raise UsageError("Geef --real-name of --clear-real-name, niet beide.",
                         "Give --real-name or --clear-real-name, not both.")
    changes: dict = {"profile": args.profile}
    if args.clear_real_name:
        changes["real_name"] = None
    elif args.real_name is not None:
        changes["real_name"] = args.real_name
    return _client(args, people.update_client(args.ctx, args.client, **changes))


def show_client_(args: Args) -> int:
    view = people.get_client(args.ctx, args.client)
    if not args.real_name:
        return _client(args, view)
    name = people.client_real_name(args.ctx, args.client)
    output(args, {**_plain_client(view), "real_name": name}, [_client_line(view), f"  echte naam / real name: {name or '-'}"])
    return 0


def _plain_client(view: ClientView) -> dict:
    return {"id": view.id, "pseudonym": view.pseudonym, "profile": view.profile, "has_real_name": view.has_real_name}


def _client_line(view: ClientView) -> str:
    known = "  (echte naam bekend / real name known)" if view.has_real_name else ""
    return f"{view.id:>4}  {view.pseudonym}  {view.profile}{known}"


def _client(args: Args, view: ClientView) -> int:
    output(args, view, [_client_line(view)])
    return 0


def _reviewer_line(r: ReviewerView) -> str:
    return f"{r.id:>4}  {r.name}  ({r.role}){'  [gearchiveerd / archived]' if r.archived else ''}"


def _reviewer(args: Args, view: ReviewerView) -> int:
    output(args, view, [_reviewer_line(view)])
    return 0


def _reviewers(args: Args, rows: list[ReviewerView]) -> int:
    output(args, rows, [_reviewer_line(r) for r in rows])
    return 0


def _show(args: Args, value) -> int:
    output(args, value, [str(value)])
    return 0


def _list(args: Args, rows: list) -> int:
    output(args, rows, [str(r) for r in rows])
    return 0
