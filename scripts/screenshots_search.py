"""Screenshot of the search across recordings (issue 15 part 4): Bewerken > Zoeken in alle opnamen on the demo
workspace, a word typed, its hits under their recordings, and the first hit's moment opened in the review.

    KIJKWIJZER_PASSPHRASE=kijkwijzer-demo xvfb-run -s "-screen 0 1600x1000x24" \\
        .venv/bin/python scripts/screenshots_search.py --out docs/screenshots

Makes the demo workspace if it is missing (scripts/screenshots.py ensure_demo), then writes search.png.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import ensure_demo, grab, spin, start_for_shots  # after the path is set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", default=os.environ.get("KIJKWIJZER_DEMO", "/tmp/kw-demo"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--words", default="gesprek", help="what is typed in the search field")
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("Geen DISPLAY: draai dit onder xvfb-run / No DISPLAY: run under xvfb-run")
    workspace, out = Path(args.workspace), Path(args.out)
    ensure_demo(workspace)

    running = start_for_shots(workspace, args.lang)
    if isinstance(running, int):
        return running
    window = running.window
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QTreeWidget

    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
    window.showMaximized()
    spin(1.5)
    window.actions_by_name["search_all"].trigger()
    spin(0.5)
    panel = window.docks.panel("search")
    field = panel.findChild(QLineEdit, "searchField")
    field.insert(args.words)  # (QTest types ASCII only)
    QTest.keyClick(field, Qt.Key.Key_Return)  # the search, the keyboard on the first hit
    spin(0.5)
    results = panel.findChild(QTreeWidget, "searchResults")
    QTest.keyClick(results, Qt.Key.Key_Down)
    QTest.keyClick(results, Qt.Key.Key_Return)  # the second hit's moment in the review
    spin(1.5)
    grab(window, out / "search.png")
    window.close()
    spin(0.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
