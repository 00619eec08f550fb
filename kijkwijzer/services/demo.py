"""A demo workspace that shows the method at work: two generated Dutch conversations of one case (two
espeak-ng voices, a generated picture), a professional, a coach, a researcher, a client-researcher, a
pseudonymised client, consent, annotations placed on the moments they describe, and the whole cycle."""

from __future__ import annotations

import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kijkwijzer.domain.annotation import AnnotationDraft, AnnotationView
from kijkwijzer.errors import BadInput
from kijkwijzer.workspace import Workspace

from . import aandachtspunten, cases, consent, demo_agreement, demo_cycle, people, recordings
from . import annotations as annotation_service  # (the name `annotations` is taken by the __future__ import)
from .context import Actor, Context
from .open_workspace import open_context

DEMO_DIR = Path(__file__).resolve().parents[2] / "resources" / "demo"
HELD_ON = date(2026, 11, 2)
FOLLOW_UP_ON = date(2026, 11, 23)


@dataclass(frozen=True)
class DemoSummary:
    workspace: str
    professional_id: int
    case_id: int
    conversation_id: int
    recording_id: int
    duration_ms: int
    annotations: int
    follow_up_conversation_id: int


def _record(ctx: Context, case_id: int, script: dict, held_on: date, reviewers: tuple[int, ...],
            actors: dict[str, Context], report: Callable[[str], None]) -> tuple[int, int, int, list[AnnotationView]]:
    """One conversation: consent, generated recording in the vault, annotations on the spoken lines."""
    from kijkwijzer.media.synth import make_conversation

    conv = cases.add_conversation(ctx, case_id, held_on, script["goal"], "spreekkamer",
                                  (("professional", "klantmanager"), ("client", "cliënt")))
    for purpose in ("recording", "analysis", "client_interview"):
        consent.grant(ctx, conv.id, purpose, held_on, method="form",  # retention: the default from held_on
                      reviewer_ids=reviewers if purpose == "analysis" else ())
    report(f"Gesprek van {held_on} genereren (espeak-ng, ffmpeg) / generating the conversation")
    lines = script["line"]
    with tempfile.TemporaryDirectory(prefix="kw-demo-") as tmp:
        synth = make_conversation(Path(tmp) / f"gesprek-{held_on}.mp4", [(ln["speaker"], ln["text"]) for ln in lines],
                                  "Gesprek klantmanager en cliënt")
        rec = recordings.import_recording(ctx, conv.id, synth.path)
    notes = []
    for line, spoken in zip(lines, synth.lines, strict=True):
        for note in line.get("annotation", []):
            draft = AnnotationDraft(
                recording_id=rec.id, start_ms=spoken.start_ms,
                end_ms=spoken.end_ms if note.get("span", False) else None,
                themes=tuple(note["theme"]), pillars=tuple(note.get("pillars", ())), level=note.get("level"),
                observation=note["observation"], quote=note.get("quote", ""),
                below_waterline=note.get("below", ""), felt_unsaid=note.get("felt", ""),
            )
            notes.append(annotation_service.add(actors[note["by"]], draft))
    return conv.id, rec.id, rec.duration_ms, notes


def create_demo(workspace: Workspace, report: Callable[[str], None] = lambda _msg: None) -> DemoSummary:
    """Build the demo in an empty workspace; refuses a workspace that already has people in it."""
    ctx = open_context(workspace)
    if people.list_professionals(ctx):
        raise BadInput(f"De werkmap {workspace.root} is niet leeg; de demo wordt alleen in een lege werkmap gemaakt.",
                       f"The workspace {workspace.root} is not empty; the demo is only created in an empty one.")
    first = tomllib.loads((DEMO_DIR / "gesprek.toml").read_text(encoding="utf-8"))
    second = tomllib.loads((DEMO_DIR / "vervolggesprek.toml").read_text(encoding="utf-8"))
    report("Mensen, casus en toestemming / people, case and consent")
    pro, pro_rev = people.add_professional(ctx, "Sanne de Vries", "klantmanager")
    coach = people.add_reviewer(ctx, "Joost Bakker", "coach")
    researcher = people.add_reviewer(ctx, "Amira El Idrissi", "researcher")
    interviewer = people.add_reviewer(ctx, "Lies Jansen", "client_researcher")
    client = people.add_client(ctx, profile=first["client_profile"])
    case = cases.add_case(ctx, pro.id, client.id, first["title"], first["reason"], first["case_goal"],
                          first["case_profile"])
    for event in first["case_event"]:
        cases.add_case_event(ctx, case.id, event["occurred_on"], event["kind"], event["text"])
    who = demo_cycle.DemoPeople(
        pro=ctx.as_actor(Actor(pro_rev.id, pro_rev.name, pro_rev.role)),
        coach=ctx.as_actor(Actor(coach.id, coach.name, coach.role)),
        client_researcher=ctx.as_actor(Actor(interviewer.id, interviewer.name, interviewer.role)),
        professional_id=pro.id,
    )
    actors = {"pro": who.pro, "coach": who.coach}
    reviewers = (coach.id, researcher.id, interviewer.id)
    conv1, rec1, duration, notes1 = _record(ctx, case.id, first, HELD_ON, reviewers, actors, report)
    looks = demo_agreement.second_looks(actors, notes1)  # so the agreement between them shows something
    report("Cliëntinterview, reflectie, SLIM, zelfevaluatie en plan / the rest of the cycle")
    demo_cycle.first_round(who, conv1, rec1, notes1, HELD_ON)
    conv2, _rec2, _dur2, notes2 = _record(ctx, case.id, second, FOLLOW_UP_ON, reviewers, actors, report)
    points = [p.id for p in aandachtspunten.list_aandachtspunten(who.pro, case.id, kind="aandachtspunt")]
    demo_cycle.follow_up(who, conv2, notes2, points)
    ctx.store.dispose()
    return DemoSummary(str(workspace.root), pro.id, case.id, conv1, rec1, duration,
                       len(notes1) + len(looks) + len(notes2), conv2)
