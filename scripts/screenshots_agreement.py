"""Screenshots of "Overeenstemming tussen kijkers" (issue 13) on the demo workspace: the matrix per theme with the
reading (agreement.png) and the moments where the reviewers differ most, one of them opened in the review
(agreement-moments.png).

    KIJKWIJZER_PASSPHRASE=kijkwijzer-demo xvfb-run -s "-screen 0 1600x1000x24" \\
        .venv/bin/python scripts/screenshots_agreement.py [WORKSPACE] --out docs/screenshots [--lang en]

Makes the demo workspace first when WORKSPACE has none (`kijkwijzer-cli demo create`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.screenshots import ensure_demo, grab, prepare, spin, start_for_shots  # after the path is set


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace_dir", nargs="?", help="demo workspace (made if missing)")
    parser.add_argument("--workspace", default=os.environ.get("KIJKWIJZER_DEMO", "/tmp/kw-demo"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("Geen DISPLAY: draai dit onder xvfb-run / No DISPLAY: run under xvfb-run")
    workspace, out = Path(args.workspace_dir or args.workspace), Path(args.out)
    ensure_demo(workspace)

    running = start_for_shots(workspace, args.lang)
    if isinstance(running, int):
        return running
    window = running.window
    prepare(window)
    window.actions_by_name["agreement"].trigger()  # Gesprek > Overeenstemming tussen kijkers…
    spin(1.0)
    from kijkwijzer.ui.agreement import AgreementDialog

    dialog = window.findChild(AgreementDialog)
    if dialog is None:
        raise SystemExit("de dialoog ging niet open / the dialog did not open")
    grab(window, out / "agreement.png")
    dialog.tabs.setCurrentIndex(2)
    dialog.moments.setFocus()
    dialog.moments.selectRow(0)
    dialog.go_to_row(0)  # as a double-click or Enter on it: the review jumps there
    spin(1.0)
    grab(window, out / "agreement-moments.png")
    dialog.close()
    window.close()
    spin(0.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
