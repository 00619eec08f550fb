"""Screenshots of a new user's first steps, on a fresh empty workspace, under the current DISPLAY:

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python scripts/screenshots_intake.py --out DIR [--lang en]

Writes welcome-identity.png, welcome-first-case.png, intake-case.png, intake-conversation.png,
intake-consent.png, intake-people.png, intake-case-events.png, intake-client.png, welcome-cases.png
(the window with the dialog over it, as the screen shows it). Every dialog must fit the screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def spin(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def grab(window, target: Path, dialog=None) -> None:
    from PySide6.QtGui import QGuiApplication

    spin(0.4)
    screen = window.screen() or QGuiApplication.primaryScreen()
    shot = screen.grabWindow(0)
    target.parent.mkdir(parents=True, exist_ok=True)
    shot.save(str(target))
    fits = ""
    if dialog is not None:
        frame, room = dialog.frameGeometry(), screen.availableGeometry()
        fits = " fits" if room.contains(frame) else f" DOES NOT FIT: {frame.getRect()} in {room.getRect()}"
    print(f"{target} ({shot.width()}x{shot.height()}){fits}")


class _NoFileDialog:
    def import_into(self, *_args: object, **_kwargs: object) -> None:
        return None

    def shutdown(self) -> None:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="nl", choices=("nl", "en"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("Geen DISPLAY: draai dit onder xvfb-run / No DISPLAY: run under xvfb-run")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="kw-shots-"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Kijkwijzer")
    from kijkwijzer.ui import i18n

    style = i18n.RESOURCES / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    i18n.install(args.lang)

    from kijkwijzer.media.player_factory import create_player
    from kijkwijzer.services import cases
    from kijkwijzer.services.open_workspace import open_context
    from kijkwijzer.ui.main_window import MainWindow
    from kijkwijzer.workspace import Workspace

    ctx = open_context(Workspace.at(Path(tempfile.mkdtemp(prefix="kw-intake-")) / "werkmap"))
    window = MainWindow(ctx, create_player(headless=True))
    window.importer = _NoFileDialog()  # the flow stops before the file dialog
    window.showMaximized()
    spin(1.0)
    flow = window.intake
    welcome = flow.welcome
    grab(window, out / "welcome-identity.png")
    welcome.identity.name.setText("Sanne de Vries")
    welcome.primary.click()
    spin(0.5)
    grab(window, out / "welcome-first-case.png")

    dialog = flow.new_case()
    dialog.client_fields.real_name.setText("Mevrouw Yilmaz")
    dialog.title.setText("Werk na de schulden")
    dialog.reason.setPlainText("Zit al twee jaar vast; een nieuwe aanpak proberen.")
    grab(window, out / "intake-case.png", dialog)
    dialog.ok_button.click()
    spin(0.5)
    dialog = flow.dialog
    dialog.held_on.setDate(date(2026, 10, 15))
    dialog.goal.setPlainText("Samen afspraken maken over werk en schulden")
    dialog.setting.setCurrentText("bij de welzijnsorganisatie")
    dialog.participants.add_row("interpreter", "tolk Arabisch")
    dialog.participants.add_row("other_professional", "werkcoach van het UWV")
    grab(window, out / "intake-conversation.png", dialog)
    dialog.ok_button.click()
    spin(0.5)
    grab(window, out / "intake-consent.png", flow.dialog)
    flow.dialog.close()

    case = cases.list_cases(ctx)[0]
    people = flow.people()
    people.new_name.setText("Joost Bakker")
    people.add_reviewer()
    grab(window, out / "intake-people.png", people)
    people.close()
    events = flow.case_events(case.id)
    events.new_text.setText("Huisbezoek door fraudeonderzoekers")
    events.add_event()
    grab(window, out / "intake-case-events.png", events)
    events.close()
    client = flow.edit_client(case_id=case.id)
    grab(window, out / "intake-client.png", client)
    client.close()
    spin(0.5)
    grab(window, out / "welcome-cases.png")
    window.close()
    i18n.install("nl")
    ctx.store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
