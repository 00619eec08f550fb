"""A big workspace for the scale benchmark (issue 16 part 3): by default 200 cases, 1,000 recordings and 200,000
annotations, built through the services as a user's years of work would leave it.

People, clients, cases, conversations (with participants) and consents (recording, analysis naming the case's
coach, client interview) go through the services one by one, as the window writes them. Every recording is an
import through `recordings.import_recording` of one small generated video under its own name (a hard link): the
vault keeps the one sealed file (dedup by SHA-256) and each recording row points at it, as a re-import does.
Annotations go in bulk (one insert per recording), each checked first as the service checks it
(`AnnotationDraft.validated`, `check_vocabulary`) and each with the audit row `annotations.add` would write.
One recording (`biggest`, the last) carries `biggest_annotations` of them; the rest share the remainder evenly.
The first reviewer (whom the window opens as) is a team coach named in every analysis consent: the Werkmap shows
all 200 cases, as it does for a coach of the whole team.

`cached()` keeps the finished workspace under .cache/, keyed by GENERATOR_VERSION and the sizes, so `make bench`
builds it once (minutes); what is measured on it is never cached.

    python bench/big_workspace.py [--cases 200 --recordings 1000 --annotations 200000] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GENERATOR_VERSION = 2  # raise when what is generated changes: the cached workspace is then made anew
PASSPHRASE = "kijkwijzer-demo"  # generated, fictional data: the demo's passphrase
DONE = ".groot-compleet"  # marker: written when the generator finished (with the summary)
RENEW_DAYS = 60
VIDEO_SECONDS = 1200  # 20 minutes: 200 annotations lie ~6 s apart, the biggest recording's far closer

OBSERVATIONS = ("Stelt een open vraag over de situatie thuis.", "Vat samen wat de cliënt zei en checkt het.",
                "Geeft uitleg over de regels zonder te vragen wat de cliënt al weet.",
                "Laat een stilte vallen; de cliënt vertelt verder.", "Benoemt de emotie die de cliënt toont.",
                "Spreekt een volgende afspraak af met een concreet doel.", "Onderbreekt de cliënt halverwege.")
QUOTES = ("Hoe gaat het nu met u?", "Als ik u goed begrijp…", "Dat moet van de wet.", "", "", "")


@dataclass(frozen=True)
class BigSummary:
    workspace: str
    cases: int
    conversations: int
    recordings: int
    annotations: int
    typical_recording: int  # a recording with the usual number of annotations
    typical_annotations: int
    biggest_recording: int
    biggest_annotations: int
    seconds: float


def _small_video(folder: Path, seconds: int) -> Path:
    from kijkwijzer.media.synth import make_test_video

    return make_test_video(folder / "bron.mp4", seconds=seconds, with_audio=True, size="96x54", fps=2)


def _annotation_rows(ctx, recording, authors, count: int, rng: random.Random, first_id: int):
    """`count` checked drafts of one recording as rows: annotations, their themes, pillars and audit rows."""
    from kijkwijzer.domain.annotation import AnnotationDraft
    from kijkwijzer.services.annotations import check_vocabulary
    from kijkwijzer.services.topics import Change

    content = ctx.content
    themes = [t.id for t in content.themes]
    pillars = [p.id for p in content.pillars]
    levels = [lv.id for lv in content.levels]
    rows, theme_rows, pillar_rows, audit_rows = [], [], [], []
    step = max(1, recording.duration_ms // max(count, 1))
    verb, object_type = Change.ANNOTATION_ADD.verb, Change.ANNOTATION_ADD.object_type
    for i in range(count):
        start = min(recording.duration_ms - 1, i * step + rng.randrange(step))
        draft = AnnotationDraft(
            recording_id=recording.id, start_ms=start,
            end_ms=start + rng.randrange(1000, 8000) if rng.random() < 0.3 else None,
            themes=tuple(rng.sample(themes, rng.choice((1, 1, 2)))),
            pillars=tuple(rng.sample(pillars, 1)) if rng.random() < 0.4 else (),
            level=rng.choice(levels) if rng.random() < 0.3 else None,
            observation=rng.choice(OBSERVATIONS), quote=rng.choice(QUOTES)).validated(recording.duration_ms)
        check_vocabulary(ctx, draft)
        author = authors[i % len(authors)]
        annotation_id = first_id + i
        rows.append({"id": annotation_id, "recording_id": recording.id, "reviewer_id": author.reviewer_id,
                     "start_ms": draft.start_ms, "end_ms": draft.end_ms, "observation": draft.observation,
                     "quote": draft.quote, "level": draft.level, "below_waterline": "", "felt_unsaid": "",
                     "tags": "", "still_name": None})
        theme_rows += [{"annotation_id": annotation_id, "theme_id": t} for t in draft.themes]
        pillar_rows += [{"annotation_id": annotation_id, "pillar_id": p} for p in draft.pillars]
        audit_rows.append({"actor": author.label, "action": verb, "object_type": object_type,
                           "object_id": annotation_id, "detail": f"recording {recording.id}"})
    return rows, theme_rows, pillar_rows, audit_rows


def _add_annotations(ctx, batch: list[tuple[object, list, int]], rng: random.Random) -> None:
    """One transaction for a batch of (recording, authors, count)."""
    from sqlalchemy import func, insert, select

    from kijkwijzer.store.models import Annotation, AnnotationPillar, AnnotationTheme, AuditEntry

    with ctx.transaction() as session:
        next_id = (session.scalar(select(func.max(Annotation.id))) or 0) + 1
        rows, themes, pillars, audit = [], [], [], []
        for recording, authors, count in batch:
            made = _annotation_rows(ctx, recording, authors, count, rng, next_id)
            next_id += count
            for into, part in zip((rows, themes, pillars, audit), made, strict=True):
                into.extend(part)
        if rows:
            session.execute(insert(Annotation), rows)
            session.execute(insert(AnnotationTheme), themes)
        if pillars:
            session.execute(insert(AnnotationPillar), pillars)
        if audit:
            session.execute(insert(AuditEntry), audit)


def build(root: Path, cases: int = 200, recordings: int = 1000, annotations: int = 200_000,
          biggest_annotations: int = 10_000, report=print, video_seconds: int = VIDEO_SECONDS) -> BigSummary:
    """Generate the workspace in an empty folder `root` (encrypted with PASSPHRASE)."""
    from kijkwijzer.crypto import workspace_key
    from kijkwijzer.services.open_workspace import open_context
    from kijkwijzer.workspace import Workspace

    started = time.perf_counter()
    workspace = Workspace.at(root)
    workspace.ensure()
    workspace_key.create(workspace, PASSPHRASE)
    ctx = open_context(workspace)
    summary = populate(ctx, cases, recordings, annotations, biggest_annotations, report, video_seconds)
    ctx.store.checkpoint()
    ctx.store.dispose()
    return BigSummary(**{**asdict(summary), "workspace": str(root),
                         "seconds": round(time.perf_counter() - started, 1)})


def populate(ctx, cases: int, recordings: int, annotations: int, biggest_annotations: int = 10_000, report=print,
             video_seconds: int = VIDEO_SECONDS) -> BigSummary:
    """Fill an opened, empty workspace (also used by tests/ui/window/test_werkmap_scale.py at a smaller size)."""
    from kijkwijzer.media.probe import probe
    from kijkwijzer.media.vault import VaultEntry
    from kijkwijzer.services import cases as case_service
    from kijkwijzer.services import consent, people
    from kijkwijzer.services import recordings as recording_service
    from kijkwijzer.services.context import Actor

    started = time.perf_counter()
    rng = random.Random(16)
    team_coach = people.add_reviewer(ctx, "Teamcoach", "coach")  # the first reviewer: the window opens as them
    professionals = [people.add_professional(ctx, f"Professional {n + 1:02d}", "klantmanager")
                     for n in range(max(1, cases // 10))]
    coaches = [people.add_reviewer(ctx, f"Coach {n + 1}", "coach") for n in range(max(1, cases // 40))]
    conversations_wanted = max(cases, recordings // 2)
    report(f"{cases} casussen, {conversations_wanted} gesprekken, toestemmingen / cases, conversations, consents")
    plan: list[tuple[int, object, object]] = []  # (conversation id, professional's reviewer, coach)
    held_on = date.today() - timedelta(days=300)
    for n in range(cases):
        pro, pro_reviewer = professionals[n % len(professionals)]
        coach = coaches[n % len(coaches)]
        client = people.add_client(ctx, profile="Gegenereerde cliënt voor de schaalmeting.")
        case = case_service.add_case(ctx, pro.id, client.id, f"Traject {n + 1:03d}", "Schuldhulp", "Zelfstandig rondkomen")
        for k in range(conversations_wanted // cases + (1 if n < conversations_wanted % cases else 0)):
            day = held_on + timedelta(days=7 * k + n % 7)
            conv = case_service.add_conversation(ctx, case.id, day, f"Gesprek {k + 1} van traject {n + 1}",
                                                 "spreekkamer", (("professional", "klantmanager"),
                                                                 ("client", "cliënt")))
            for purpose in ("recording", "analysis", "client_interview"):
                consent.grant(ctx, conv.id, purpose, day, method="form",
                              reviewer_ids=(team_coach.id, coach.id) if purpose == "analysis" else ())
            plan.append((conv.id, pro_reviewer, coach))
    report(f"{time.perf_counter() - started:.0f} s: {recordings} opnamen importeren / importing recordings")
    made = []
    with tempfile.TemporaryDirectory(prefix="kw-groot-") as tmp:
        source = _small_video(Path(tmp), video_seconds)
        first = recording_service.import_recording(ctx, plan[0][0], source)
        # the same content again: the vault keeps its one file (created False) and the service registers the row
        # (and its audit row) exactly as an import of a duplicate does; only the probe is not run 999 times more
        entry = VaultEntry(first.sha256, first.path, first.size_bytes, probe(source), created=False)
        for n in range(recordings):
            conversation_id, pro_reviewer, coach = plan[n % len(plan)]
            named = Path(tmp) / f"gesprek-{conversation_id:04d}-{n // len(plan) + 1}.mp4"
            view = first if n == 0 else recording_service._register(ctx, conversation_id, named, entry, b"", None)
            made.append((view, pro_reviewer, coach))
    report(f"{time.perf_counter() - started:.0f} s: {annotations} annotaties / annotations")
    biggest_annotations = min(biggest_annotations, annotations // 20)
    rest = annotations - biggest_annotations
    others = max(1, len(made) - 1)
    batch: list[tuple[object, list, int]] = []
    for index, (recording, pro_reviewer, coach) in enumerate(made):
        if index == len(made) - 1:
            count = biggest_annotations
        else:
            count = rest // others + (1 if index < rest % others else 0)
        authors = [Actor(pro_reviewer.id, pro_reviewer.name, pro_reviewer.role), Actor(coach.id, coach.name, coach.role)]
        batch.append((recording, authors, count))
        if sum(n for _r, _a, n in batch) >= 10_000 or index == len(made) - 1:
            _add_annotations(ctx, batch, rng)
            batch = []
    typical = made[0][0]
    return BigSummary(str(ctx.workspace.root), cases, len(plan), len(made), annotations, typical.id,
                      rest // others if len(made) > 1 else biggest_annotations, made[-1][0].id,
                      biggest_annotations, round(time.perf_counter() - started, 1))


def cached(cases: int = 200, recordings: int = 1000, annotations: int = 200_000, report=print) -> tuple[Path, BigSummary]:
    """The generated workspace under .cache/ (made when missing, unfinished or of another generator version)."""
    root = ROOT / ".cache" / f"groot-v{GENERATOR_VERSION}-{cases}c-{recordings}r-{annotations}a"
    done = root / DONE
    # its consents keep it for a year: a cache older than RENEW_DAYS is made anew before retention comes near
    if done.exists() and time.time() - done.stat().st_mtime < RENEW_DAYS * 86400:
        return root, BigSummary(**json.loads(done.read_text(encoding="utf-8")))
    shutil.rmtree(root, ignore_errors=True)
    for old in (ROOT / ".cache").glob("groot-v*"):  # another generator version or size: no use any more
        shutil.rmtree(old, ignore_errors=True)
    summary = build(root, cases, recordings, annotations, report=report)
    done.write_text(json.dumps(asdict(summary)), encoding="utf-8")
    return root, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--recordings", type=int, default=1000)
    parser.add_argument("--annotations", type=int, default=200_000)
    parser.add_argument("--out", type=Path, help="an empty folder to build in (default: the cache under .cache/)")
    args = parser.parse_args()
    if args.out:
        summary = build(args.out, args.cases, args.recordings, args.annotations)
    else:
        _root, summary = cached(args.cases, args.recordings, args.annotations)
    print(json.dumps(asdict(summary)))


if __name__ == "__main__":
    main()
