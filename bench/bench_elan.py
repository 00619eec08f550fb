"""Benchmark: importing an ELAN file of 5,000 annotations (two tiers, a language vocabulary under each) into a
recording, in one transaction (target, issue 15: under 5 s). The file is generated in the shape ELAN writes
(tests/exchange/elan_shapes.py); the time covers reading, planning and writing. Prints the seconds and,
with --json, one JSON object.

    .venv/bin/python bench/bench_elan.py [--json] [--annotations 5000]
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

from kijkwijzer.media.synth import make_test_video
from kijkwijzer.services import cases, consent, people, recordings
from kijkwijzer.services.context import Actor
from kijkwijzer.services.exchange import eaf as exchange_eaf
from kijkwijzer.services.open_workspace import open_context
from kijkwijzer.workspace import Workspace
from tests.exchange.elan_shapes import big_file

TARGET_S = 5.0
VIDEO_S = 60


def measure(n: int = 5_000) -> dict:
    root = Path(tempfile.mkdtemp(prefix="kw-bench-elan-"))
    try:
        ctx = open_context(Workspace.at(root / "werkmap"))
        pro, reviewer = people.add_professional(ctx, "Sanne de Vries")
        coach = people.add_reviewer(ctx, "Coach Ahmed", "coach")
        client = people.add_client(ctx, real_name="Echte Naam")
        case = cases.add_case(ctx, pro.id, client.id, "Onderzoek", "Gesprekken van elders in ELAN.")
        conv = cases.add_conversation(ctx, case.id, date(2026, 11, 2), goal="Analyse")
        consent.grant(ctx, conv.id, "recording", date(2026, 11, 2))
        consent.grant(ctx, conv.id, "analysis", date(2026, 11, 2), reviewer_ids=(coach.id,))
        ctx = ctx.as_actor(Actor(reviewer.id, reviewer.name, "professional"))
        video = make_test_video(root / "gesprek.mp4", seconds=VIDEO_S, size="320x240", with_audio=False)
        rec = recordings.import_recording(ctx, conv.id, video)
        path = big_file(root / "groot.eaf", n, span_ms=rec.duration_ms)
        started = time.perf_counter()
        result = exchange_eaf.import_eaf(
            ctx, rec.id, path, tier_map={"utt@A": reviewer.id, "utt@B": coach.id}, past_end="afkappen"
        )
        seconds = round(time.perf_counter() - started, 3)
        ctx.store.dispose()
        return {
            "name": "elan_import",
            "annotations": n,
            "added": result.added,
            "eaf_kb": round(path.stat().st_size / 1024),
            "seconds": seconds,
            "target_s": TARGET_S,
            "met": seconds < TARGET_S and result.added == n,
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--annotations", type=int, default=5_000)
    args = parser.parse_args(argv)
    result = measure(args.annotations)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"elan_import_s {result['seconds']}  ({result['added']} van {result['annotations']} annotaties, "
            f"{result['eaf_kb']} kB .eaf, één transactie; doel < {TARGET_S} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
