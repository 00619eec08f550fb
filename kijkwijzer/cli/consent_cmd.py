"""`consent grant|show|correct|withdraw|form`."""

from __future__ import annotations

from pathlib import Path

from kijkwijzer.domain.vocabulary import PURPOSES
from kijkwijzer.errors import UsageError
from kijkwijzer.services import consent

from .common import Args, output, parse_date


def register(sub) -> None:
    cmd = sub.add_parser("consent", help="toestemming / consent").add_subparsers(dest="action", required=True)
    grant = cmd.add_parser("grant")
    grant.add_argument("--conversation", type=int, required=True)
    grant.add_argument("--purpose", choices=PURPOSES, action="append", required=True)
    grant.add_argument("--date", required=True, help="JJJJ-MM-DD")
    grant.add_argument("--method", choices=("form", "verbal"), default="form")
    grant.add_argument("--form", help="ondertekend formulier / signed form file")
    grant.add_argument("--verbal-at-ms", type=int)
    grant.add_argument("--retain-until", help="JJJJ-MM-DD (standaard: een jaar na het gesprek / default: a year "
                                              "after the conversation)")
    grant.add_argument("--reviewer", type=int, action="append", default=[])
    _allow_past(grant)
    grant.set_defaults(func=grant_)
    fix = cmd.add_parser("correct", help="een fout herstellen: nieuwe versie, niets gewist / fix a mistake: a new "
                                         "version, nothing erased")
    fix.add_argument("--consent", type=int, required=True)
    fix.add_argument("--date", help="JJJJ-MM-DD")
    fix.add_argument("--method", choices=("form", "verbal"))
    fix.add_argument("--form", help="ondertekend formulier / signed form file")
    fix.add_argument("--verbal-at-ms", type=int)
    fix.add_argument("--retain-until", help="JJJJ-MM-DD")
    fix.add_argument("--reviewer", type=int, action="append", help="vervangt de kijkers / replaces the reviewers")
    fix.add_argument("--no-reviewers", action="store_true", help="geen kijkers meer / no reviewers any more")
    _allow_past(fix)
    fix.set_defaults(func=correct_)
    show = cmd.add_parser("show")
    show.add_argument("--conversation", type=int, required=True)
    show.set_defaults(func=show_)
    withdraw = cmd.add_parser("withdraw", help="intrekken en wissen, zonder vragen / withdraw and erase, no questions")
    withdraw.add_argument("--consent", type=int, required=True)
    withdraw.set_defaults(func=withdraw_)
    form = cmd.add_parser("form", help="toestemmingsformulier of folder / consent form or leaflet")
    form.add_argument("--conversation", type=int, required=True)
    form.add_argument("--out", required=True, help="FILE.pdf (of .html)")
    form.add_argument("--leaflet", action="store_true", help="cliëntfolder in plaats van formulier / client leaflet")
    form.set_defaults(func=form_)


def _allow_past(parser) -> None:
    parser.add_argument("--allow-past-retention", action="store_true",
                        help="bewaartermijn in het verleden toestaan (de opname wordt dan gewist) / allow a retention "
                             "date in the past (the recording will then be erased)")


def grant_(args: Args) -> int:
    views = [consent.grant(args.ctx, args.conversation, purpose, parse_date(args.date), method=args.method,
                           retain_until=parse_date(args.retain_until) if args.retain_until else None,
                           reviewer_ids=tuple(args.reviewer), form_file=Path(args.form) if args.form else None,
                           verbal_at_ms=args.verbal_at_ms, allow_past_retention=args.allow_past_retention)
             for purpose in args.purpose]
    output(args, views, [f"Toestemming {v.id} ({v.purpose}) vastgelegd, bewaren tot {v.retain_until} / recorded, "
                         f"kept until {v.retain_until}" for v in views])
    return 0


def correct_(args: Args) -> int:
    if args.no_reviewers and args.reviewer:
        raise UsageError("Geef --reviewer of --no-reviewers, niet beide.", "Give --reviewer or --no-reviewers, not both.")
    reviewers = () if args.no_reviewers else (tuple(args.reviewer) if args.reviewer else None)
    view = consent.correct(args.ctx, args.consent, given_on=parse_date(args.date) if args.date else None,
                           method=args.method, retain_until=parse_date(args.retain_until) if args.retain_until else None,
                           reviewer_ids=reviewers, form_file=Path(args.form) if args.form else None,
                           verbal_at_ms=args.verbal_at_ms, allow_past_retention=args.allow_past_retention)
    line = (f"Toestemming {args.consent} gecorrigeerd: nieuwe versie {view.id} ({view.purpose}), bewaren tot "
            f"{view.retain_until} / corrected: new version {view.id}, kept until {view.retain_until}")
    output(args, view, [line])
    return 0


def show_(args: Args) -> int:
    rows = consent.list_for_conversation(args.ctx, args.conversation)
    output(args, rows, [f"{c.id:>4}  {c.purpose:<17} {c.given_on}  {_state(c)}"
                        f"  bewaren tot {c.retain_until or '-'}" for c in rows])
    return 0


def _state(c: consent.ConsentView) -> str:
    if c.active:
        return "actief"
    if c.superseded_at is not None:
        return f"gecorrigeerd (nu {c.superseded_by_id})"
    return "bewaartermijn verstreken" if c.withdrawn_reason == "retention" else "ingetrokken"


def withdraw_(args: Args) -> int:
    report = consent.withdraw(args.ctx, args.consent)
    output(args, report, report.lines())
    return 0


def form_(args: Args) -> int:
    from kijkwijzer.services import consent_documents

    out = consent_documents.write(args.ctx, args.conversation, Path(args.out), leaflet=args.leaflet)
    output(args, {"path": out}, [f"Geschreven / written: {out}"])
    return 0
