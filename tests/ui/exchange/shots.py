"""Screenshots of the transcript panel and the ELAN import dialog for docs/screenshots/ (not a test).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.exchange.shots [OUT_DIR]

Builds a throwaway workspace through the services (a professional, a coach named in the consent, a recording
row), imports a short Dutch transcript, and grabs the widgets as the user sees them.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
EAF = ROOT / "tests" / "exchange" / "data" / "elan_onderzoekers.eaf"

LINES = [
    ("KLANTMANAGER", "Goedemorgen, fijn dat je er bent. Koffie?"),
    ("CLIËNT", "Nee, dank je. Laten we maar beginnen."),
    ("KLANTMANAGER", "Ik heb het rapport van de arbeidsdeskundige gelezen."),
    ("CLIËNT", "Ik wist al wat er ging komen."),
    ("KLANTMANAGER", "Wat bedoel je daarmee?"),
    ("CLIËNT", "Dat ik weer iets moet wat niet bij me past."),
    ("KLANTMANAGER", "Wat deed dat met jou, toen je het las?"),
    ("CLIËNT", "Ik werd er moe van. Alweer een plan van een ander."),
    ("KLANTMANAGER", "Ik merk dat we het steeds over de regels hebben."),
    ("KLANTMANAGER", "Zullen we eerst kijken wat jij zelf wilt?"),
    ("CLIËNT", "Ik wil gewoon werk waar ik mijn handen kan gebruiken."),
    ("KLANTMANAGER", "Zoals vroeger bij de hovenier?"),
    ("CLIËNT", "Ja. Daar was ik goed in."),
    ("KLANTMANAGER", "Wat zou er nodig zijn om daar weer te komen?"),
    ("CLIËNT", "Dat mijn schulden eerst geregeld zijn. Anders lukt niks."),
    ("KLANTMANAGER", "Dan maken we daar vandaag samen een begin mee."),
    ("CLIËNT", "Oké. Als het maar niet weer een formulier is."),
    ("KLANTMANAGER", "Eén formulier, en ik vul het met je in."),
    ("CLIËNT", "Goed. Dat is eerlijk."),
    ("KLANTMANAGER", "Begrijpen we elkaar zo beter, denk je?"),
    ("CLIËNT", "Ja, dit keer wel."),
]


def srt_text() -> str:
    def stamp(ms: int) -> str:
        return f"00:{ms // 60000:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"

    blocks, start = [], 2_000
    for number, (speaker, text) in enumerate(LINES, start=1):
        end = start + 1_500 + 60 * len(text)
        blocks.append(f"{number}\n{stamp(start)} --> {stamp(end)}\n{speaker}: {text}\n")
        start = end + 400
    return "\n".join(blocks)


def spin(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def save(widget, target: Path) -> None:
    spin(0.4)
    shot = widget.grab()
    if not shot.save(str(target)):
        raise SystemExit(f"kon {target} niet schrijven / could not write {target}")
    print(f"{target} ({shot.width()}x{shot.height()})")


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from kijkwijzer.services.open_workspace import open_context
    from kijkwijzer.ui.exchange import ElanImportDialog, TranscriptPanel
    from kijkwijzer.workspace import Workspace
    from tests.support.cases import build_case
    from tests.support.rows import add_recording_row

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory(prefix="kw-shots-") as folder:
        made = build_case(open_context(Workspace.at(Path(folder) / "werkmap")), coach="Joost Bakker")
        ctx, sanne, coach = made.as_pro, made.reviewer, made.coach
        recording_id = add_recording_row(ctx, made.conversation.id)
        transcript = Path(folder) / "gesprek-04.srt"
        transcript.write_text(srt_text(), encoding="utf-8")

        panel = TranscriptPanel(ctx)
        panel.setWindowTitle("Transcript")
        panel.resize(560, 460)
        panel.set_recording(recording_id)
        panel.show()
        panel.import_file(transcript)
        cues = panel.cues()
        panel.set_position(cues[6].start_ms + 500)  # "Wat deed dat met jou…" is being said
        save(panel, out / "transcript.png")
        panel.close()

        dialog = ElanImportDialog(ctx, recording_id, EAF)
        dialog.show()
        dialog.set_tier("Observatie A", coach.id)
        dialog.set_tier("Observatie B", sanne.id)
        for value, theme in {
            "RAAK": "thema.raakmomenten",
            "WEER": "thema.weerstand",
            "DOEL": "thema.doel",
            "META": "thema.metacommunicatie",
        }.items():
            dialog.set_theme(value, theme)
        save(dialog, out / "elan-import.png")
        dialog.close()
        ctx.store.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
