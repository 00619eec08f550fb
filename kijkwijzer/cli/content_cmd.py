"""`content list`: the method as loaded from content/ (themes, levels, SLIM, pillars, statements)."""

from __future__ import annotations

from kijkwijzer.content import load_content

from .common import Args, output

KINDS = ("themes", "levels", "slim", "pillars", "statements", "feedback", "all")


def register(sub) -> None:
    cmd = sub.add_parser("content", help="methode-inhoud / method content").add_subparsers(dest="action", required=True)
    ls = cmd.add_parser("list")
    ls.add_argument("kind", nargs="?", choices=KINDS, default="all")
    ls.set_defaults(func=list_)


def list_(args: Args) -> int:
    content = load_content()
    groups = {
        "themes": [(t.id, f"[{t.default_key}] {t.title}: {t.key_question}") for t in content.themes],
        "levels": [(lv.id, lv.label) for lv in content.levels],
        "slim": [(i.id, f"rij {i.row}: {i.label}") for i in content.slim_items]
        + [(v.id, v.label) for v in content.verdicts],
        "pillars": [(p.id, p.title) for p in content.pillars],
        "statements": [(s.id, s.text) for s in content.statements],
        "feedback": [(q.id, q.question) for q in content.feedback_questions],
    }
    chosen = groups if args.kind == "all" else {args.kind: groups[args.kind]}
    value = {kind: [{"id": i, "text": text} for i, text in rows] for kind, rows in chosen.items()}
    lines = [f"{kind}: {len(rows)}" if args.kind == "all" else "" for kind, rows in chosen.items()]
    if args.kind != "all":
        lines = [f"{i:<40} {text}" for i, text in chosen[args.kind]]
    output(args, value, lines)
    return 0
