"""Screenshots of the Gespreksverloop (issue 13): the speaker lane under the waveform and the panel with the
talk-and-listen figures and the moments to look at, on the demo conversation with its transcript.

    KIJKWIJZER_PASSPHRASE=kijkwijzer-demo xvfb-run -s "-screen 0 1600x1000x24" \\
        .venv/bin/python scripts/screenshots_turns.py --out docs/screenshots

Makes the demo in its own workspace (`.cache/gespreksverloop-werkmap` unless given) and gives its first
conversation a transcript with the speakers named (the lines and times the demo was spoken with), so the speaker
track comes from the transcript. Then it opens the recording, chooses Gesprek > Gespreksverloop > Analyseren and
writes conversation-flow.png (the whole window) and speaker-lane.png (the timeline with the lane).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import grab, spin, start_for_shots  # after the path is set

SPEAKER_NAMES = {"professional": "Klantmanager", "client": "Cliënt"}


def _cli() -> list[str]:
    cli = Path(sys.executable).parent / "kijkwijzer-cli"
    return [str(cli)] if cli.exists() else [sys.executable, "-m", "kijkwijzer.cli"]


def demo_transcript(target: Path) -> Path:
    """The demo conversation's lines as an SRT with speaker names, timed as the demo speaks them (the same
    generator, the same script: the same times)."""
    from kijkwijzer.formats.cues import format_clock
    from kijkwijzer.media.synth import make_conversation

    script = tomllib.loads((ROOT / "resources" / "demo" / "gesprek.toml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="kw-turns-") as tmp:
        made = make_conversation(Path(tmp) / "gesprek.mp4", [(ln["speaker"], ln["text"]) for ln in script["line"]])
    blocks = [f"{n}\n{format_clock(line.start_ms)} --> {format_clock(line.end_ms)}\n"
              f"{SPEAKER_NAMES[line.speaker]}: {line.text}\n" for n, line in enumerate(made.lines, start=1)]
    target.write_text("\n".join(blocks), encoding="utf-8")
    return target


def ensure_workspace(workspace: Path) -> None:
    if (workspace / ".transcript-klaar").is_file():
        return
    if not (workspace / "kijkwijzer.db").is_file():
        subprocess.run([*_cli(), "--workspace", str(workspace), "demo", "create"], check=True)
    with tempfile.TemporaryDirectory(prefix="kw-turns-") as tmp:
        srt = demo_transcript(Path(tmp) / "gesprek.srt")
        subprocess.run([*_cli(), "--workspace", str(workspace), "import", "srt", str(srt), "--recording", "1",
                        "--replace"], check=True)
    (workspace / ".transcript-klaar").touch()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", default=str(ROOT / ".cache" / "gespreksverloop-werkmap"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("Geen DISPLAY: draai dit onder xvfb-run / No DISPLAY: run under xvfb-run")
    workspace, out = Path(args.workspace), Path(args.out)
    ensure_workspace(workspace)

    running = start_for_shots(workspace, args.lang)
    if isinstance(running, int):
        return running
    window = running.window
    from PySide6.QtGui import QGuiApplication

    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    window.showMaximized()
    spin(1.5)
    window.open_recording(1)
    spin(1.5)
    window.actions_by_name["conversation_flow"].trigger()
    spin(0.8)
    from kijkwijzer.ui.flow import FlowPanel

    panel = window.findChild(FlowPanel)
    if panel is None:
        raise SystemExit("geen Gespreksverloop / no conversation flow panel")
    panel.analyse()
    for _ in range(600):  # the transcript's track takes a moment; the voices' longer
        spin(0.1)
        if not panel.running:
            break
    moment = panel.moments.current_moment()
    if moment is not None:  # the playhead on the first moment, as after a double-click
        window.review.playback.seek(moment.start_ms)
    panel.moments.setFocus()
    spin(1.0)
    grab(window, out / "conversation-flow.png")
    for key in list(window.docks.panels):
        window.docks.close(key)
    spin(0.8)
    timeline = window.review.timeline
    top_left = timeline.mapToGlobal(timeline.rect().topLeft())
    screen = window.screen() or QGuiApplication.primaryScreen()
    shot = screen.grabWindow(0, top_left.x(), top_left.y() - 60, timeline.width(), timeline.height() + 60)
    shot.save(str(out / "speaker-lane.png"))
    print(f"{out / 'speaker-lane.png'} ({shot.width()}x{shot.height()})")
    window.close()
    spin(0.5)
    running.ctx.store.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
