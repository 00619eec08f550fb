"""`lab ...`: the learning lab without a window: learning groups and their members, sharing a fragment with a group
(cut into its own sealed clip), the professional's question, and the group's feedback thread (tops and tips)."""

from __future__ import annotations

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.domain.unchanged import UNCHANGED, Unchanged
from kijkwijzer.errors import UsageError
from kijkwijzer.services import lab, lab_groups
from kijkwijzer.services.lab import FEEDBACK_KINDS, FeedbackView, ShareView
from kijkwijzer.services.lab_groups import GroupView

from .common import Args, output
from .reflection_cmd import point_line


def register(sub) -> None:
    cmd = sub.add_parser("lab", help="leerlab: fragmenten delen met een leergroep / learning lab: share fragments "
                                     "with a learning group").add_subparsers(dest="action", required=True)
    cmd.add_parser("groups", help="leergroepen en hun leden / learning groups and their members").set_defaults(
        func=groups_)
    add = cmd.add_parser("group-add", help="nieuwe leergroep / new learning group")
    add.add_argument("name")
    add.set_defaults(func=lambda a: _group(a, lab_groups.add_group(a.ctx, a.name)))
    rename = cmd.add_parser("group-rename", help="leergroep hernoemen / rename a learning group")
    rename.add_argument("group", type=int)
    rename.add_argument("name")
    rename.set_defaults(func=lambda a: _group(a, lab_groups.rename_group(a.ctx, a.group, a.name)))
    for action, change, words in (("group-member-add", lab_groups.add_to_group, "kijker toevoegen / add a reviewer"),
                                  ("group-member-remove", lab_groups.remove_from_group,
                                   "kijker eruit halen / remove a reviewer")):
        member = cmd.add_parser(action, help=words)
        member.add_argument("group", type=int)
        member.add_argument("reviewer", type=int)
        member.set_defaults(func=lambda a, change=change: _group(a, change(a.ctx, a.group, a.reviewer)))

    share = cmd.add_parser("share", help="fragment delen met een leergroep (toestemming nodig) / share a fragment "
                                         "with a learning group (needs consent)")
    share.add_argument("fragment", type=int)
    share.add_argument("--group", type=int, required=True)
    share.add_argument("--question", default="", help="uw vraag aan de groep / your question for the group")
    share.set_defaults(func=share_)
    question = cmd.add_parser("question", help="de vraag aan de groep wijzigen / change the question for the group")
    question.add_argument("share", type=int)
    question.add_argument("question")
    question.set_defaults(func=lambda a: _share(a, lab.update_question(a.ctx, a.share, a.question)))
    unshare = cmd.add_parser("unshare", help="delen stoppen: clip en feedback gewist / stop sharing: clip and "
                                             "feedback erased")
    unshare.add_argument("share", type=int)
    unshare.set_defaults(func=unshare_)
    shares = cmd.add_parser("shares", help="gedeelde fragmenten (met mijn groepen, of door mij) / shared fragments "
                                           "(with my groups, or by me)")
    shares.add_argument("--recording", type=int, help="alleen van deze opname / only of this recording")
    shares.set_defaults(func=shares_)

    thread = cmd.add_parser("feedback", help="de feedback op een gedeeld fragment / the feedback on a shared fragment")
    thread.add_argument("share", type=int)
    thread.set_defaults(func=thread_)
    fb = cmd.add_parser("feedback-add", help="top of tip geven / give a top or a tip")
    fb.add_argument("share", type=int)
    fb.add_argument("--kind", choices=FEEDBACK_KINDS, required=True)
    fb.add_argument("--text", required=True)
    fb.add_argument("--theme", help="Kijkwijzer-thema (id) / Kijkwijzer theme (id)")
    fb.set_defaults(func=lambda a: _feedback(a, lab.add_feedback(a.ctx, a.share, a.kind, a.text, a.theme)))
    up = cmd.add_parser("feedback-update", help="eigen feedback wijzigen / change your own feedback")
    up.add_argument("feedback", type=int)
    up.add_argument("--kind", choices=FEEDBACK_KINDS)
    up.add_argument("--text")
    up.add_argument("--theme")
    up.add_argument("--no-theme", action="store_true", help="thema weghalen / remove the theme")
    up.set_defaults(func=update_feedback_)
    rm = cmd.add_parser("feedback-delete", help="eigen feedback verwijderen / delete your own feedback")
    rm.add_argument("feedback", type=int)
    rm.set_defaults(func=delete_feedback_)
    point = cmd.add_parser("to-aandachtspunt", help="feedback tot aandachtspunt maken / turn feedback into an "
                                                    "attention point")
    point.add_argument("feedback", type=int)
    point.add_argument("--reflection", type=int, required=True, help="reflectiegesprek / reflection conversation")
    point.add_argument("--text", help="eigen woorden (anders de feedback) / own words (else the feedback's)")
    point.set_defaults(func=to_point_)


def group_line(g: GroupView) -> str:
    members = ", ".join(f"{m.name} (#{m.id})" for m in g.members) or "nog niemand / nobody yet"
    return f"{g.id:>4}  {g.name}: {members}"


def share_line(s: ShareView) -> str:
    where = f"  vanaf / from {format_ms(s.start_ms)}" if s.mine else ""
    question = f"\n        vraag / question: {s.question}" if s.question else ""
    return (f"{s.id:>4}  {s.title} ({format_ms(s.duration_ms)}) -> {s.group_name}; gedeeld door / shared by "
            f"{s.shared_by or '-'}; feedback {s.feedback_count}{where}{question}")


def feedback_line(f: FeedbackView) -> str:
    theme = f" [{f.theme_id}]" if f.theme_id else ""
    point = f"  -> aandachtspunt {f.aandachtspunt_id}" if f.aandachtspunt_id else ""
    return f"{f.id:>4}  {f.kind.upper()}{theme} {f.reviewer_name}: {f.text}{point}"


def _group(args: Args, view: GroupView) -> int:
    output(args, view, [group_line(view)])
    return 0


def _share(args: Args, view: ShareView) -> int:
    output(args, view, [share_line(view)])
    return 0


def _feedback(args: Args, view: FeedbackView) -> int:
    output(args, view, [feedback_line(view)])
    return 0


def groups_(args: Args) -> int:
    rows = lab_groups.list_groups(args.ctx)
    output(args, rows, [group_line(g) for g in rows] or ["Nog geen leergroepen / no learning groups yet"])
    return 0


def share_(args: Args) -> int:
    view = lab.share_fragment(args.ctx, args.fragment, args.group, args.question)
    output(args, view, [(f"Fragment {view.fragment_id} gedeeld met / shared with {view.group_name}: "
                        f"{share_line(view).strip()}")])
    return 0


def unshare_(args: Args) -> int:
    lab.unshare(args.ctx, args.share)
    output(args, {"unshared": args.share}, [(f"Delen gestopt, clip en feedback gewist / sharing stopped, clip and "
                                            f"feedback erased: {args.share}")])
    return 0


def shares_(args: Args) -> int:
    rows = (lab.shares_of_recording(args.ctx, args.recording) if args.recording is not None
            else lab.shares_for_me(args.ctx))
    output(args, rows, [share_line(s) for s in rows] or ["Geen gedeelde fragmenten / no shared fragments"])
    return 0


def thread_(args: Args) -> int:
    rows = lab.feedback_thread(args.ctx, args.share)
    output(args, rows, [feedback_line(f) for f in rows] or ["Nog geen feedback / no feedback yet"])
    return 0


def update_feedback_(args: Args) -> int:
    if args.theme and args.no_theme:
        raise UsageError("Geef --theme of --no-theme, niet beide.", "Give --theme or --no-theme, not both.")
    theme: str | None | Unchanged = None if args.no_theme else (args.theme or UNCHANGED)
    return _feedback(args, lab.update_feedback(args.ctx, args.feedback, kind=args.kind, text=args.text,
                                               theme_id=theme))


def delete_feedback_(args: Args) -> int:
    lab.delete_feedback(args.ctx, args.feedback)
    output(args, {"deleted": args.feedback}, [f"Feedback {args.feedback} verwijderd / deleted"])
    return 0


def to_point_(args: Args) -> int:
    view = lab.feedback_to_aandachtspunt(args.ctx, args.feedback, args.reflection, args.text)
    output(args, view, [f"Aandachtspunt gemaakt / attention point made: {point_line(view).strip()}"])
    return 0
