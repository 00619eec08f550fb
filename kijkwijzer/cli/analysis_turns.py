"""`analysis turns|enrol|forget-voice`: the talk-and-listen figures of a recording as JSON for researchers, and the
professional's voice ("dit ben ik") that tells the voices apart (issue 13)."""

from __future__ import annotations

import sys
from typing import Any

from kijkwijzer.analysis.turns import TurnFigures
from kijkwijzer.domain.timecode import format_ms, parse_ms
from kijkwijzer.services import conversation_flow, speech
from kijkwijzer.services.conversation_flow import Flow

from .common import Args, output

WHO = {"professional": "professional", "client": "cliënt / client", "other": "ander / other"}


def register(group) -> None:
    turns = group.add_parser("turns", help="spreekbeurten van een opname / the turns of a recording")
    turns.add_argument("--recording", type=int, required=True)
    turns.set_defaults(func=turns_)
    enrol = group.add_parser("enrol", help="'dit ben ik': de stem van de professional vastleggen / enrol the "
                                           "professional's voice")
    enrol.add_argument("--professional", type=int, required=True)
    enrol.add_argument("--recording", type=int, required=True)
    enrol.add_argument("--from", dest="start", required=True, help="begin, MM:SS")
    enrol.add_argument("--to", dest="end", required=True, help="einde / end, MM:SS")
    enrol.set_defaults(func=enrol_)
    forget = group.add_parser("forget-voice", help="de vastgelegde stem vergeten / forget the enrolled voice")
    forget.add_argument("--professional", type=int, required=True)
    forget.set_defaults(func=forget_)


class _ProgressLine:
    """`Analyseren / analysing  42 %` on stderr, rewritten in place, once per whole percent."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total > 0 else 100
        if percent != self.shown:
            self.shown = percent
            print(f"\rAnalyseren / analysing {percent:3d} %", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.shown >= 0:
            print(file=sys.stderr, flush=True)


def flow_json(flow: Flow) -> dict[str, Any]:
    """Every figure, the events they count and the track's segments, in milliseconds."""
    f: TurnFigures = flow.figures
    return {
        "recording_id": f.recording_id, "source": f.source, "duration_ms": f.duration_ms, "speech_ms": f.speech_ms,
        "overlap_ms": f.overlap_ms, "turn_count": f.turn_count, "median_turn_ms": f.median_turn_ms,
        "longest_turn": f.longest_turn, "longest_monologue": f.longest_monologue, "speakers": f.speakers,
        "turns": f.turns, "silences": f.silences, "overlaps": f.overlaps,
        "questions": [{**vars(q), "wait_ms": q.wait_ms} for q in f.questions],
        "moments": f.moments, "has_transcript": f.has_transcript, "rules": f.rules,
        "segments": flow.track.segments,
    }


def _lines(f: TurnFigures) -> list[str]:
    out = [(f"Opname / recording {f.recording_id} ({f.source}): {format_ms(f.duration_ms, millis=False)}, "
            f"spraak / speech {format_ms(f.speech_ms, millis=False)}, {f.turn_count} beurten / turns")]
    for s in f.speakers:
        out.append(f"  {WHO[s.speaker]:<16} {100 * s.share_of_speech:5.1f} % "
                   f"({format_ms(s.speech_ms, millis=False)}), {s.turns} beurten / turns, "
                   f"mediaan / median {s.median_turn_ms / 1000:.1f} s, langste / longest {s.longest_turn_ms / 1000:.1f} s")
    if f.longest_monologue is not None:
        m = f.longest_monologue
        out.append(f"Langste monoloog / longest monologue: {m.duration_ms // 1000} s, {WHO[m.speaker]}, "
                   f"{format_ms(m.start_ms, millis=False)}")
    out.append(f"Stiltes / silences >= {f.rules.pause_ms // 1000} s: {len(f.silences)}; overlappingen / overlaps: "
               f"{len(f.overlaps)} ({sum(o.taken_over for o in f.overlaps)} onderbrekingen / interruptions)")
    for moment in f.moments:
        out.append(f"  {format_ms(moment.start_ms, millis=False)}  {moment.kind}  {moment.duration_ms // 1000} s")
    return out


def turns_(args: Args) -> int:
    line = _ProgressLine()
    try:
        flow = conversation_flow.analyse(args.ctx, args.recording, progress=line)
    finally:
        line.close()
    output(args, flow_json(flow), _lines(flow.figures))
    return 0


def enrol_(args: Args) -> int:
    start, end = parse_ms(args.start), parse_ms(args.end)
    speech.enrol_voice(args.ctx, args.professional, args.recording, start, end)
    output(args, {"professional_id": args.professional, "recording_id": args.recording, "start_ms": start,
                  "end_ms": end, "enrolled": True},
           [(f"Stem vastgelegd / voice enrolled: professional {args.professional}, "
             f"opname / recording {args.recording} {format_ms(start, millis=False)}-{format_ms(end, millis=False)}")])
    return 0


def forget_(args: Args) -> int:
    had = speech.voice_enrolled(args.ctx, args.professional)
    speech.forget_voice(args.ctx, args.professional)
    output(args, {"professional_id": args.professional, "forgotten": had},
           [f"Stem vergeten / voice forgotten: professional {args.professional}" if had else
            f"Er was geen stem vastgelegd / no voice was enrolled: professional {args.professional}"])
    return 0
