"""Screenshots of the main window for docs/screenshots/, on the demo workspace, under the current DISPLAY.

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py [WORKSPACE]

Plays about three seconds so a real video frame is on screen, pauses, and grabs the screen area of the
window with QScreen.grabWindow(0): VLC draws into a native X11 window that widget.grab() cannot see.
Writes review.png, review-editor.png (annotation editor open), coding-pad-help.png, reflection.png, series.png and slim.png
(panels docked under the review), slim-help.png ("Over SLIM…"), cycle.png (the case's "Waar sta ik" view),
assessment.png (the self-assessment over the window), assessment-pillar-help.png ("Wat betekent begrijpen?"
unfolded) and review-en.png (English UI).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def ensure_demo(workspace: Path) -> None:
    if (workspace / "kijkwijzer.db").is_file():
        return
    cli = Path(sys.executable).parent / "kijkwijzer-cli"
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "kijkwijzer.cli"]
    subprocess.run([*command, "--workspace", str(workspace), "demo", "create"], check=True)


def spin(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def grab(window, target: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    spin(0.3)
    screen = window.screen() or QGuiApplication.primaryScreen()
    frame = window.frameGeometry()
    shot = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    target.parent.mkdir(parents=True, exist_ok=True)
    if not shot.save(str(target)):
        raise SystemExit(f"kon {target} niet schrijven / could not write {target}")
    print(f"{target} ({shot.width()}x{shot.height()})")


def prepare(window, play_s: float = 3.0):
    """Show the window full-screen-ish, play so VLC puts a real frame up, pause on an annotation."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(screen.adjusted(0, 0, 0, 0))
    window.showMaximized()
    spin(1.0)
    review = window.review
    views = review.annotations.views()
    with_text = [v for v in views if v.observation and v.themes] or views
    target = with_text[min(2, len(with_text) - 1)] if with_text else None
    start = max((target.start_ms if target else 20_000) - int(play_s * 1000), 0)
    review.playback.seek(start)
    spin(0.5)
    review.playback.play()
    spin(play_s)
    review.playback.pause()
    spin(0.5)
    if target is not None:
        review.annotate.jump_to(target.id)
    spin(1.0)
    return target


def panels(window, out: Path) -> None:
    """The panels of the menus, docked under the review, each with a real frame above it."""
    from PySide6.QtWidgets import QWizard

    window.fragments_dock.raise_()
    for name, target in (("reflection", "reflection.png"), ("slim", "slim.png"), ("series", "series.png"),
                         ("cycle", "cycle.png")):  # cycle: "Waar sta ik", beside the werkmap
        window.actions_by_name[name].trigger()
        spin(1.0)
        grab(window, out / target)
    from kijkwijzer.ui.slim import SlimPanel

    slim_panel = window.findChild(SlimPanel)
    if slim_panel is not None:  # "Over SLIM…" (Alt+M): the bijlage's texts over the window
        help_dialog = slim_panel.show_help()
        spin(0.8)
        grab(window, out / "slim-help.png")
        help_dialog.close()
    window.actions_by_name["assessment"].trigger()
    spin(0.5)
    wizard = window.findChild(QWizard, "assessmentWizard")
    if wizard is not None:
        wizard.next()  # step 2: the statements; a few answered, so the scale shows its states
        wizard.step2.set_answers({sid: value for sid, value in zip(list(wizard.step2.rows)[:5], (4, 5, 2, 3, 4))})
        spin(0.8)
        grab(window, out / "assessment.png")
        wizard.step2.pillar_help["pijler.begrijpen"].toggle.setChecked(True)  # "Wat betekent begrijpen?"
        spin(0.5)
        grab(window, out / "assessment-pillar-help.png")
        wizard.reject()  # nothing is saved before step 2 is left
    for key in list(window.docks.panels):
        window.docks.close(key)
    spin(0.3)


def start_for_shots(workspace: Path, lang: str = "nl"):
    """The workbench on `workspace` with a fresh settings folder, so screenshots neither depend on nor change the
    user's own window layout; returns app.start's result (the running app, or an exit code)."""
    import tempfile

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="kw-shots-"))

    from kijkwijzer.app import start

    return start([str(workspace), "--lang", lang, "--no-start-prompts"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace_dir", nargs="?", help="demo workspace (made if missing)")
    parser.add_argument("--workspace", default=os.environ.get("KIJKWIJZER_DEMO", "/tmp/kw-demo"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "xcb":
        raise SystemExit("Geen DISPLAY: draai dit onder xvfb-run / No DISPLAY: run under xvfb-run")
    workspace, out = Path(args.workspace_dir or args.workspace), Path(args.out)
    ensure_demo(workspace)

    running = start_for_shots(workspace)
    if isinstance(running, int):
        return running
    window = running.window
    prepare(window)
    window.browser_dock.raise_()  # first picture: the workspace tree beside the review
    grab(window, out / "review.png")

    window.review.annotate.edit_or_commit_span()
    spin(0.8)
    grab(window, out / "review-editor.png")
    pad = window.review.coding_pad  # the theme help (Shift+F1): 004's introduction, then every theme
    pad.toggle_help()
    spin(0.8)
    grab(window, out / "coding-pad-help.png")
    pad.toggle_help()

    window.review.focus_review()
    panels(window, out)
    running.switch_language("en")
    window = running.window
    prepare(window)
    window.review.annotate.edit_or_commit_span()
    spin(0.8)
    grab(window, out / "review-en.png")

    running.switch_language("nl")  # leave the user's setting as it was
    running.window.close()
    running.ctx.store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
