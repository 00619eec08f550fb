"""Screenshot of the product-text mark (issue 14): the consent dialog over the window on the demo workspace,
its caption "Tekst van Kijkwijzer, niet uit de methode" under the form and leaflet buttons.

    KIJKWIJZER_PASSPHRASE=kijkwijzer-demo xvfb-run -s "-screen 0 1600x1000x24" \\
        .venv/bin/python scripts/screenshots_product_text.py .cache/demo-werkmap --out docs/screenshots

Writes product-text-mark.png (the screen, as it shows the window and the dialog).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import ensure_demo, spin, start_for_shots  # after the path is set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", nargs="?", default=str(ROOT / ".cache" / "demo-werkmap"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("Geen DISPLAY: draai dit onder xvfb-run / No DISPLAY: run under xvfb-run")
    workspace, out = Path(args.workspace), Path(args.out)
    ensure_demo(workspace)

    from PySide6.QtGui import QGuiApplication

    from kijkwijzer.services import cases
    from kijkwijzer.ui.privacy.consent_dialog import open_consent_dialog

    running = start_for_shots(workspace)
    if isinstance(running, int):
        return running
    window, ctx = running.window, running.ctx
    window.showMaximized()
    spin(1.5)
    case = cases.list_cases(ctx)[0]
    conversation = cases.list_conversations(ctx, case.id)[0]
    dialog = open_consent_dialog(ctx, conversation.id, window)
    spin(0.8)
    screen = window.screen() or QGuiApplication.primaryScreen()
    shot = screen.grabWindow(0)
    target = out / "product-text-mark.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    if not shot.save(str(target)):
        raise SystemExit(f"kon {target} niet schrijven / could not write {target}")
    frame, room = dialog.frameGeometry(), screen.availableGeometry()
    fits = "fits" if room.contains(frame) else f"DOES NOT FIT: {frame.getRect()} in {room.getRect()}"
    print(f"{target} ({shot.width()}x{shot.height()}) {fits}")
    dialog.close()
    window.close()
    ctx.store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
