"""Benchmark: the PDF reflection report of a conversation with 50 fragments, each with a still.

Target (issue 7): under 5 s. Measured twice on a 1280x720 recording: `cold` takes every still from the
video with ffmpeg first (the first report of a conversation), `warm` finds them in the media cache (every
later report). Prints one line per number and, with --json, one JSON object.

    .venv/bin/python bench/bench_report.py [--json] [--fragments 50]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kijkwijzer.domain.annotation import AnnotationDraft
from kijkwijzer.media.synth import make_test_video
from kijkwijzer.services import annotations, cases, client_feedback, consent, fragments, people, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.services.exchange import report as exchange_report
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace

TARGET_S = 5.0
THEMES = (
    "thema.raakmomenten",
    "thema.weerstand",
    "thema.beleving",
    "thema.doel",
    "thema.metacommunicatie",
    "thema.echtheid",
    "thema.agenda",
    "thema.taal",
)


def _workspace(root: Path, n: int) -> tuple[object, int]:
    ctx = open_context(Workspace.at(root / "werkmap"))
    pro, reviewer = people.add_professional(ctx, "Sanne de Vries")
    client = people.add_client(ctx, real_name="Echte Naam", profile="Man van middelbare leeftijd.")
    case = cases.add_case(ctx, pro.id, client.id, "Vastgelopen traject", "Vooruitgang gaat moeizaam.")
    conv = cases.add_conversation(ctx, case.id, date(2026, 11, 2), goal="Het rapport samen bespreken")
    for purpose in ("recording", "analysis", "client_interview"):
        consent.grant(ctx, conv.id, purpose, date(2026, 11, 2))
    ctx = ctx.as_actor(Actor(reviewer.id, reviewer.name, "professional"))
    seconds = max(60, n * 4)
    video = make_test_video(root / "gesprek.mp4", seconds=seconds, size="1280x720", with_audio=False)
    rec = recordings.import_recording(ctx, conv.id, video)
    step = rec.duration_ms // (n + 1)
    for i in range(n):
        start = (i + 1) * step
        note = annotations.add(
            ctx,
            AnnotationDraft(
                rec.id,
                start,
                start + step // 2,
                themes=(THEMES[i % len(THEMES)],),
                level="niveau.gevoel",
                observation=f"Observatie {i + 1}: de cliënt leunt achterover en de klantmanager vult haar eigen vraag "
                "al in voordat de cliënt kan antwoorden. Daarna blijft het even stil.",
                quote="ik wist al wat er ging komen",
                below_waterline="wil begrepen worden",
            ),
        )
        frag = fragments.from_annotation(ctx, note.id)
        if i % 2 == 0:
            client_feedback.record_reaction(
                ctx, frag.id, "Hier voelde ik me niet gehoord.", "boos", "Zeg gewoon wat we gaan doen."
            )
    return ctx, conv.id


def measure(n: int = 50, keep: Path | None = None) -> dict:
    root = Path(tempfile.mkdtemp(prefix="kw-bench-report-"))
    try:
        ctx, conversation_id = _workspace(root, n)
        timings = {}
        for label in ("cold", "warm"):
            started = time.perf_counter()
            result = exchange_report.export_report(ctx, conversation_id, root / f"verslag-{label}.pdf")
            timings[label] = round(time.perf_counter() - started, 3)
        stills = len(list(ctx.workspace.cache_dir.glob("*-verslag-*.jpg")))
        if keep is not None:
            shutil.copy(result.path, keep)
        size_kb = round(result.path.stat().st_size / 1024)
        ctx.store.dispose()
        return {
            "name": "report_pdf",
            "fragments": n,
            "stills": stills,
            "cold_s": timings["cold"],
            "warm_s": timings["warm"],
            "pdf_kb": size_kb,
            "target_s": TARGET_S,
            "met": timings["cold"] < TARGET_S and timings["warm"] < TARGET_S,
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--fragments", type=int, default=50)
    parser.add_argument("--keep", type=Path, help="bewaar de PDF hier / keep the PDF here")
    args = parser.parse_args(argv)
    result = measure(args.fragments, args.keep)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"report_pdf_cold_s {result['cold_s']}  ({result['fragments']} fragmenten, {result['stills']} stills "
            f"uit de opname; doel < {TARGET_S} s)"
        )
        print(f"report_pdf_warm_s {result['warm_s']}  (stills uit de cache; {result['pdf_kb']} kB PDF)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
