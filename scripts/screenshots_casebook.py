"""Screenshots of the casebook (issue 14 part 6): a case of 004 loaded as texts, its "Waar sta ik" view, and the
review of one of its written accounts (no picture: the transcript, the annotations and the fragments).

    KIJKWIJZER_PASSPHRASE=kijkwijzer-demo xvfb-run -s "-screen 0 1600x1000x24" \\
        .venv/bin/python scripts/screenshots_casebook.py --out docs/screenshots

Loads the casebook into a new workspace (`.cache/casusboek-werkmap` unless given) with `kijkwijzer-cli demo
casebook`, then writes casebook-case.png and casebook-review.png.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import grab, spin, start_for_shots  # after the path is set


def ensure_casebook(workspace: Path) -> None:
    if (workspace / "kijkwijzer.db").is_file():
        return
    cli = Path(sys.executable).parent / "kijkwijzer-cli"
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "kijkwijzer.cli"]
    subprocess.run([*command, "--workspace", str(workspace), "demo", "casebook"], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", default=str(ROOT / ".cache" / "casusboek-werkmap"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--case", type=int, default=2, help="which case of 004 (its number)")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("Geen DISPLAY: draai dit onder xvfb-run / No DISPLAY: run under xvfb-run")
    workspace, out = Path(args.workspace), Path(args.out)
    ensure_casebook(workspace)

    from kijkwijzer.services import cases, recordings

    running = start_for_shots(workspace)
    if isinstance(running, int):
        return running
    window, ctx = running.window, running.ctx
    from PySide6.QtGui import QGuiApplication

    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())  # the whole screen, as the other shots
    window.showMaximized()
    spin(1.5)
    listed = cases.list_cases(ctx)
    case = next((c for c in listed if c.client_pseudonym.endswith(f"-{args.case:02d}")), listed[0])
    conversations = cases.list_conversations(ctx, case.id)
    recording = next(r for c in conversations for r in recordings.list_recordings(ctx, c.id))
    window.open_recording(recording.id)
    spin(1.0)
    annotations = window.review.model.annotations
    if len(annotations):
        window.review.select(annotations.at(0).id)
        window.review.playback.seek(annotations.at(0).start_ms)
    spin(1.0)
    grab(window, out / "casebook-review.png")
    window.intake.open_cycle(case.id)
    spin(1.5)
    grab(window, out / "casebook-case.png")
    window.close()
    spin(0.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
