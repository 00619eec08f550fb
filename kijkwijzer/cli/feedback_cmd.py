"""`feedback interview|react|compare|mark|score|scores|questions`: what the client says, and how it
compares with what the reviewers annotated. Only where the client consented to the client interview.
(The interview's own date: `conversations update --interviewed-on`.)"""

from __future__ import annotations

from kijkwijzer.domain.feedback import COMPARISON_MARKS, summarize_marks
from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.services import client_feedback

from .common import Args, output


def register(sub) -> None:
    cmd = sub.add_parser("feedback", help="cliëntfeedback / client feedback").add_subparsers(dest="action", required=True)
    iv = cmd.add_parser("interview", help="afspeellijst zoals de cliënt hem ziet / playlist as the client sees it")
    iv.add_argument("--playlist", type=int, required=True)
    iv.set_defaults(func=interview_)
    react = cmd.add_parser("react", help="reactie van de cliënt op een fragment / client's reaction to a fragment")
    react.add_argument("--fragment", type=int, required=True)
    react.add_argument("--words", default="", help="in eigen woorden / in their own words")
    react.add_argument("--feeling", default="", help="hoe het voelde / how it felt")
    react.add_argument("--addition", default="", help="wat de cliënt wil toevoegen / anything to add")
    react.set_defaults(func=react_)
    cmp_ = cmd.add_parser("compare", help="annotaties naast reacties / annotations beside reactions")
    cmp_.add_argument("--recording", type=int, required=True)
    cmp_.set_defaults(func=compare_)
    mark = cmd.add_parser("mark", help="komt overeen / verschilt / alleen de cliënt zag het")
    mark.add_argument("--fragment", type=int, required=True)
    mark.add_argument("--mark", choices=(*COMPARISON_MARKS, "none"), required=True)
    mark.add_argument("--note", default="")
    mark.set_defaults(func=mark_)
    score = cmd.add_parser("score", help="score op een feedbackvraag / score on a feedback question")
    score.add_argument("--conversation", type=int, required=True)
    score.add_argument("--question", required=True, help="werkrelatie | doel (of het volledige id)")
    score.add_argument("--score", type=int, help="weglaten: geen cijfer gegeven (dan --words) / omit: no score given")
    score.add_argument("--words", default="", help="de woorden van de cliënt / the client's words")
    score.set_defaults(func=score_)
    scores = cmd.add_parser("scores", help="scores van een gesprek / a conversation's scores")
    scores.add_argument("--conversation", type=int, required=True)
    scores.set_defaults(func=scores_)
    cmd.add_parser("questions", help="de twee feedbackvragen en de schaal / the questions and scale").set_defaults(
        func=questions_)


def interview_(args: Args) -> int:
    view = client_feedback.open_interview(args.ctx, args.playlist)
    out = [f"Cliëntinterview, afspeellijst {view.playlist_id}: {len(view.items)} fragmenten"]
    out += [f"  {i.number}. {format_ms(i.start_ms)} - {format_ms(i.end_ms)}  "
            f"{'reactie vastgelegd' if i.reaction else 'nog geen reactie'}" for i in view.items]
    output(args, view, out)
    return 0


def react_(args: Args) -> int:
    view = client_feedback.record_reaction(args.ctx, args.fragment, args.words, args.feeling, args.addition)
    output(args, view, [f"Reactie op fragment {view.fragment_id} vastgelegd / recorded"])
    return 0


def compare_(args: Args) -> int:
    rows = client_feedback.compare(args.ctx, args.recording)
    summary = summarize_marks(r.mark for r in rows)
    out = []
    for r in rows:
        f = r.fragment
        out.append(f"Fragment {f.id} {format_ms(f.start_ms)}-{format_ms(f.end_ms)}  {f.title}")
        out += [f"    kijker {a.reviewer_name}: {a.observation} [{', '.join(a.themes)}]" for a in r.annotations]
        if not r.annotations:
            out.append("    (geen annotaties / no annotations)")
        out.append(f"    cliënt: {r.reaction.words if r.reaction else '(nog geen reactie / no reaction yet)'}")
        label = COMPARISON_MARKS[r.mark][0] if r.mark else "nog niet beoordeeld"
        hint = f"  (voorstel: {COMPARISON_MARKS[r.suggested][0]})" if r.suggested and not r.mark else ""
        out.append(f"    vergelijking: {label}{hint}")
    out.append(f"Overeen {summary.match}, verschilt {summary.differ}, alleen cliënt {summary.client_only}, "
               f"open {summary.unmarked}")
    output(args, {"rows": rows, "summary": summary, "mostly_matching": summary.mostly_matching}, out)
    return 0


def mark_(args: Args) -> int:
    view = client_feedback.mark(args.ctx, args.fragment, None if args.mark == "none" else args.mark, args.note)
    output(args, view, [f"Fragment {view.fragment_id}: {COMPARISON_MARKS[view.comparison][0] if view.comparison else '-'}"])
    return 0


def _question_id(args: Args, text: str) -> str:
    ids = [q.id for q in args.ctx.content.feedback_questions]
    return text if text in ids else next((i for i in ids if i.split(".")[-1] == text), text)


def score_(args: Args) -> int:
    view = client_feedback.record_score(args.ctx, args.conversation, _question_id(args, args.question), args.score,
                                        args.words)
    number = f"Score {view.score}" if view.score is not None else "Geen cijfer (alleen woorden) / no score, words only"
    output(args, view, [f"{number} voor {view.question_id} vastgelegd / recorded"])
    return 0


def scores_(args: Args) -> int:
    rows = client_feedback.scores(args.ctx, args.conversation)
    questions = {q.id: q.question for q in args.ctx.content.feedback_questions}
    output(args, rows, [f"{questions.get(r.question_id, r.question_id):<32} {'-' if r.score is None else r.score:>3}"
                        f"  {r.words}" for r in rows]
           or ["Geen scores (of geen toestemming voor het cliëntinterview) / no scores"])
    return 0


def questions_(args: Args) -> int:
    content = args.ctx.content
    scale = content.rating_scale
    value = {"questions": [{"id": q.id, "question": q.question, "question_en": q.question_en}
                           for q in content.feedback_questions],
             "scale": {"minimum": scale.minimum, "maximum": scale.maximum, "low": scale.low_label,
                       "high": scale.high_label}}
    output(args, value, [f"{q.id:<24} {q.question}" for q in content.feedback_questions]
           + [f"Schaal {scale.minimum} ({scale.low_label}) - {scale.maximum} ({scale.high_label})"])
    return 0
