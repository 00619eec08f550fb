"""The workspace bench/bench_seek.py measures in: one two-hour frame-coded recording (kijkwijzer/media/framecode.py:
every frame shows its own number) imported through the services (sealed in the vault, as every recording is),
with annotations a reviewer would jump between:

- NEAR: a run of annotations 1-9.5 s apart from minute 1 on (N / P between them are short seeks);
- FAR: annotations spread over the two hours (a double-click on one in the list is a long seek).

Every start is a random millisecond, not a frame boundary. The video (about a minute of encoding) is kept in
.cache/bench-seek/ between runs; the workspace is made anew each run (a few seconds).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.media.framecode import make_frame_coded_video
from kijkwijzer.services import annotations, cases, consent, people, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
VIDEO_SECONDS = 2 * 3600
VIDEO_SIZE = (320, 160)
GOP = 50  # a key frame every 2 s, as phones and camera apps record (1-2 s)
NEAR, FAR = 30, 24
THEME = "thema.raakmomenten"
THEMES = (THEME, "thema.weerstand", "thema.beleving", "thema.doel", "thema.metacommunicatie", "thema.taal")


@dataclass(frozen=True)
class SeekWorkspace:
    root: Path
    recording_id: int
    near: list[int]  # annotation starts (ms), in time order
    far: list[int]


def coded_video(seconds: int = VIDEO_SECONDS) -> Path:
    target = ROOT / ".cache" / "bench-seek" / f"framenummers-{seconds}s-{VIDEO_SIZE[0]}x{VIDEO_SIZE[1]}-g{GOP}.mp4"
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        make_frame_coded_video(target, seconds=seconds, size=VIDEO_SIZE, gop=GOP)
    return target


def build(root: Path, video: Path, seed: int = 16, bulk: int = 0) -> SeekWorkspace:
    """`bulk`: that many more annotations at random over the recording (30% spans), for the memory benchmark."""
    rng = random.Random(seed)
    ctx = open_context(Workspace.at(root))
    pro, reviewer = people.add_professional(ctx, "Sanne de Vries")
    client = people.add_client(ctx, real_name="Echte Naam", profile="")
    case = cases.add_case(ctx, pro.id, client.id, "Zoeken in een lang gesprek", "meetopstelling")
    conv = cases.add_conversation(ctx, case.id, date(2026, 11, 2), goal="Meten hoe snel het beeld er is")
    for purpose in ("recording", "analysis"):
        consent.grant(ctx, conv.id, purpose, date(2026, 11, 2))
    ctx = ctx.as_actor(Actor(reviewer.id, reviewer.name, "professional"))
    recording = recordings.import_recording(ctx, conv.id, video)
    near, at = [], 60_000 + rng.randrange(1000)
    for _ in range(NEAR):
        near.append(at)
        at += rng.randrange(1000, 9500)
    last = recording.duration_ms - 60_000
    far = sorted(rng.randrange(near[-1] + 60_000, last) for _ in range(FAR))
    drafts = [AnnotationDraft(recording.id, ms, None, themes=(THEME,), observation=f"Meetpunt {i + 1}")
              for i, ms in enumerate(near + far)]
    for i in range(bulk):
        start = rng.randrange(0, recording.duration_ms - 61_000)
        end = start + rng.randrange(1000, 60_000) if rng.random() < 0.3 else None
        drafts.append(AnnotationDraft(recording.id, start, end, themes=(THEMES[i % len(THEMES)],),
                                      observation=f"Waarneming {i + 1}: de cliënt kijkt weg en zegt even niets."))
    annotations.add_many(ctx, drafts)
    ctx.store.dispose()
    return SeekWorkspace(root, recording.id, near, far)
