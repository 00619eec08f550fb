"""`search WORDS... [--limit N]`: every annotation, quote, transcript line, client reaction and client feedback
with the words, in every recording the acting reviewer may open (services/search.py), with its moment."""

from __future__ import annotations

from dataclasses import asdict

from kijkwijzer.domain.timecode import format_ms
from kijkwijzer.services import search

from .common import Args, output

KIND_LABELS = {"annotation": "annotatie", "quote": "citaat", "cue": "transcript", "reaction": "reactie cliënt",
               "feedback": "feedback cliënt"}


def register(sub) -> None:
    cmd = sub.add_parser("search", help="zoeken in alle opnamen / search across recordings")
    cmd.add_argument("words", nargs="+", help="de woorden (alle moeten voorkomen) / the words (all must occur)")
    cmd.add_argument("--limit", type=int, default=search.DEFAULT_LIMIT,
                     help=f"hoogstens zoveel resultaten (standaard {search.DEFAULT_LIMIT}) / at most this many")
    cmd.set_defaults(func=search_)


def search_(args: Args) -> int:
    typed = " ".join(args.words)
    hits = search.search(args.ctx, typed, limit=args.limit)
    rows = [{k: v for k, v in asdict(h).items() if k != "parts"} for h in hits]
    lines = [_line(h) for h in hits]
    if not hits:
        lines = [f"Niets gevonden voor ‘{typed}’."]
    elif len(hits) == args.limit:
        lines.append(f"De eerste {len(hits)} resultaten; maak de zoekwoorden specifieker of geef --limit.")
    output(args, rows, lines)
    return 0


def _line(hit: search.SearchHit) -> str:
    when = format_ms(hit.time_ms, millis=False) if hit.time_ms is not None else "--:--"
    place = f"{hit.case_title} · gesprek {hit.conversation_sequence}"
    if hit.recording_id is not None:
        place += f" · opname {hit.recording_id} {hit.recording_name}"
    who = f"{hit.who}: " if hit.who and hit.kind != "feedback" else ""
    return f"{KIND_LABELS[hit.kind]:<15} {place}  {when}  {who}{hit.snippet}"
