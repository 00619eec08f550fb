"""A demo workspace that shows the method at work: a generated Dutch conversation (two espeak-ng voices,
a generated picture), a professional, a coach, a researcher, a pseudonymised client, a case, consent,
and annotations across themes, levels and pillars placed on the moments they describe."""

from __future__ import annotations

import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.errors import BadInput
from kijkwijzer.workspace import Workspace

from . import annotations, cases, consent, people, recordings
from .context import Actor, open_context

SCRIPT = Path(__file__).resolve().parents[2] / "resources" / "demo" / "gesprek.toml"
HELD_ON = date(2026, 11, 2)


@dataclass(frozen=True)
class DemoSummary:
    workspace: str
    professional_id: int
    case_id: int
    conversation_id: int
    recording_id: int
    duration_ms: int
    annotations: int


def create_demo(workspace: Workspace, report: Callable[[str], None] = lambda _msg: None) -> DemoSummary:
    """Build the demo in an empty workspace; refuses a workspace that already has people in it."""
    from kijkwijzer.media.synth import make_conversation

    ctx = open_context(workspace)
    if people.list_professionals(ctx):
        raise BadInput(f"De werkmap {workspace.root} is niet leeg; de demo wordt alleen in een lege werkmap gemaakt.",
                       f"The workspace {workspace.root} is not empty; the demo is only created in an empty one.")
    script = tomllib.loads(SCRIPT.read_text(encoding="utf-8"))
    report("Mensen, casus en toestemming / people, case and consent")
    pro, pro_rev = people.add_professional(ctx, "Sanne de Vries", "klantmanager")
    coach = people.add_reviewer(ctx, "Joost Bakker", "coach")
    researcher = people.add_reviewer(ctx, "Amira El Idrissi", "researcher")
    client = people.add_client(ctx, profile=script["client_profile"])
    case = cases.add_case(ctx, pro.id, client.id, script["title"], script["reason"])
    conv = cases.add_conversation(ctx, case.id, HELD_ON, script["goal"], "spreekkamer", "klantmanager, cliënt")
    keep_until = HELD_ON + timedelta(days=365)
    for purpose in ("recording", "analysis", "client_interview"):
        consent.grant(ctx, conv.id, purpose, HELD_ON, method="form", retain_until=keep_until,
                      reviewer_ids=(coach.id, researcher.id) if purpose == "analysis" else ())

    report("Gesprek genereren met espeak-ng en ffmpeg / generating the conversation")
    lines = script["line"]
    with tempfile.TemporaryDirectory(prefix="kw-demo-") as tmp:
        synth = make_conversation(Path(tmp) / "gesprek-demo.mp4", [(ln["speaker"], ln["text"]) for ln in lines],
                                  "Gesprek klantmanager en cliënt")
        report("Opname in de kluis / importing the recording")
        rec = recordings.import_recording(ctx, conv.id, synth.path)

    report("Annotaties plaatsen / placing annotations")
    actors = {"pro": Actor(pro_rev.id, pro_rev.name, pro_rev.role), "coach": Actor(coach.id, coach.name, coach.role)}
    count = 0
    for line, spoken in zip(lines, synth.lines, strict=True):
        for note in line.get("annotation", []):
            span = note.get("span", False)
            draft = AnnotationDraft(
                recording_id=rec.id, start_ms=spoken.start_ms, end_ms=spoken.end_ms if span else None,
                themes=tuple(note["theme"]), pillars=tuple(note.get("pillars", ())), level=note.get("level"),
                observation=note["observation"], quote=note.get("quote", ""),
                below_waterline=note.get("below", ""), felt_unsaid=note.get("felt", ""),
            )
            annotations.add(ctx.as_actor(actors[note["by"]]), draft)
            count += 1
    ctx.store.dispose()
    return DemoSummary(str(workspace.root), pro.id, case.id, conv.id, rec.id, rec.duration_ms, count)
