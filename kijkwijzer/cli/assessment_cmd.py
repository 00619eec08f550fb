"""`assessment take|correct|analyse|list|show|compare|evidence`: the begrijpen/willen/kunnen self-assessment.

Answers come as JSON on stdin: {"stelling.begrijpen.1": 4, ...} with 1 = helemaal oneens ... 5 = helemaal eens.
`analyse` needs no workspace: it prints step 3 (per pillar: room for improvement, recommendations, tips).
"""

from __future__ import annotations

import argparse
from typing import Any

from kijkwijzer.content import load_content
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.errors import BadInput, UsageError
from kijkwijzer.services import assessment, evidence, people

from . import json_input
from .common import Args, output, parse_date


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    """Also accept --json after the subcommand (SUPPRESS keeps a top-level --json from being reset)."""
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="uitvoer als JSON / JSON output")


def professional_of(args: Args) -> int:
    """--professional, else the professional the acting reviewer belongs to."""
    if getattr(args.ns, "professional", None):
        return int(args.professional)
    reviewer_id = args.ctx.actor.reviewer_id
    if reviewer_id is not None:
        found = people.get_reviewer(args.ctx, reviewer_id).professional_id
        if found is not None:
            return found
    raise UsageError("Geef --professional (of handel --as een professional).",
                     "Give --professional (or act --as a professional).")


def register(sub) -> None:
    cmd = sub.add_parser("assessment", help="zelf-assessment begrijpen/willen/kunnen / self-assessment")
    acts = cmd.add_subparsers(dest="action", required=True)
    take = acts.add_parser("take", help="antwoorden (JSON op stdin) opslaan / store answers (JSON on stdin)")
    take.add_argument("--professional", type=int)
    take.add_argument("--date", help="JJJJ-MM-DD (standaard vandaag / default today)")
    take.set_defaults(func=take_)
    correct = acts.add_parser("correct", help="antwoorden van een assessment wijzigen (JSON op stdin) / change a "
                                              "sitting's answers (JSON on stdin)")
    correct.add_argument("id", type=int)
    correct.set_defaults(func=correct_)
    analyse = acts.add_parser("analyse", help="stap 3 voor antwoorden op stdin, zonder werkmap / step 3, no workspace")
    analyse.add_argument("--lang", choices=("nl", "en"), default="nl")
    analyse.set_defaults(func=analyse_)
    ls = acts.add_parser("list")
    ls.add_argument("--professional", type=int)
    ls.set_defaults(func=list_)
    show = acts.add_parser("show")
    show.add_argument("id", type=int)
    show.set_defaults(func=show_)
    compare = acts.add_parser("compare", help="twee assessments per stelling / two sittings statement by statement")
    compare.add_argument("first", type=int)
    compare.add_argument("second", type=int)
    compare.set_defaults(func=compare_)
    ev = acts.add_parser("evidence", help="geannoteerde momenten per pijler / annotated moments per pillar")
    ev.add_argument("--professional", type=int)
    ev.add_argument("--pillar")
    ev.set_defaults(func=evidence_)
    for parser in (take, correct, analyse, ls, show, compare, ev):
        add_json_flag(parser)


def read_answers() -> dict[str, Any]:
    data = json_input.parse(json_input.read_all(json_input.stdin()))  # BadInput for NaN, nesting, surrogates...
    if not isinstance(data, dict):
        raise BadInput('Verwacht een JSON-object {"STELLING_ID": 1..5}.', 'Expected a JSON object {"STATEMENT_ID": 1..5}.')
    return data


def step3_json(report: assessment.Step3Report) -> dict[str, Any]:
    return {"pillars": list(report.pillars), "pillars_with_room": list(report.pillars_with_room),
            "invite_choice": report.invite_choice, "invitation": report.invitation, "complete": report.complete}


def step3_lines(report: assessment.Step3Report) -> list[str]:
    lines: list[str] = []
    for p in report.pillars:
        state = "ruimte voor verbetering / room for improvement" if p.room_for_improvement else "geen (helemaal) oneens"
        lines.append(f"Pijler {p.number}: {p.title}. {p.question}  [{state}]")
        for s in p.statements:
            lines.append(f"   {s.value if s.value is not None else '-'}  {s.label:<16} {s.text}")
        if p.room_for_improvement:
            lines.append(f"  {p.recommendation_intro}")
            lines.append("  Aanbevelingen:")
            for r in p.recommendations:
                lines.append(f"   • {r.text}")
                lines.extend(f"       ◦ {sub}" for sub in r.sub_items)
                lines.extend(f"       {link}" for link in r.links)
            lines.append("  Lees- en kijktips:")
            for t in p.tips:
                lines.append(f"   • {t.text}")
                lines.extend(f"       {link}" for link in t.links)
    if report.invite_choice:
        lines.append(report.invitation)
    if not report.complete:
        lines.append("Let op: niet alle stellingen zijn beantwoord. / Note: not all statements are answered.")
    return lines


def analyse_(args: Args) -> int:
    report = assessment.analyse_answers(load_content(), read_answers(), args.lang)
    output(args, step3_json(report), step3_lines(report))
    return 0


def take_(args: Args) -> int:
    answers = read_answers()
    view = assessment.take(args.ctx, professional_of(args), answers, parse_date(args.date) if args.date else None)
    value = {"id": view.id, "professional_id": view.professional_id, "taken_on": view.taken_on,
             "answers": view.answers, "step3": step3_json(view.step3)}
    output(args, value, [f"Assessment {view.id} opgeslagen / stored ({view.taken_on})", *step3_lines(view.step3)])
    return 0


def correct_(args: Args) -> int:
    """The window's going back in the wizard: the same sitting (same date), other answers."""
    view = assessment.correct(args.ctx, args.id, read_answers())
    value = {"id": view.id, "professional_id": view.professional_id, "taken_on": view.taken_on,
             "answers": view.answers, "step3": step3_json(view.step3)}
    output(args, value, [f"Assessment {view.id} gewijzigd / changed ({view.taken_on})", *step3_lines(view.step3)])
    return 0


def list_(args: Args) -> int:
    rows = assessment.list_for(args.ctx, professional_of(args))
    output(args, rows, [f"{r.id:>4}  {r.taken_on}  {', '.join(r.pillars_with_room) or '-'}" for r in rows])
    return 0


def show_(args: Args) -> int:
    view = assessment.get(args.ctx, args.id)
    value = {"id": view.id, "professional_id": view.professional_id, "taken_on": view.taken_on,
             "answers": view.answers, "step3": step3_json(view.step3)}
    output(args, value, [f"Assessment {view.id} ({view.taken_on})", *step3_lines(view.step3)])
    return 0


_CHANGE = {"meer_eens": "meer eens", "minder_eens": "minder eens", "gelijk": "gelijk",
           "alleen_eerst": "alleen eerst", "alleen_later": "alleen later"}


def compare_(args: Args) -> int:
    result = assessment.compare(args.ctx, args.first, args.second)
    lines = [f"{result.before_on} -> {result.after_on}"]
    lines += [f"  {s.before or '-'} -> {s.after or '-'}  {_CHANGE[s.change]:<13} {s.text}" for s in result.statements]
    output(args, result, lines)
    return 0


def evidence_(args: Args) -> int:
    try:
        found = evidence.by_pillar(args.ctx, professional_of(args), args.pillar)
    except KeyError:
        raise BadInput(f"Onbekende pijler: {args.pillar}", f"Unknown pillar: {args.pillar}") from None
    lines = []
    for pillar_id, items in found.items():
        lines.append(f"{pillar_id}: {len(items)}")
        lines += [f"  {i.held_on} {i.client_pseudonym} opname {i.recording_id} {format_ms(i.start_ms)}  {i.observation}"
                  for i in items]
    output(args, found, lines)
    return 0
